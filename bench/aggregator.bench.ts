// Aggregator benchmark: simulated agents (a child process, many streams over ~N/90 channels)
// push over real gRPC on loopback into this process's ingest and store, and an HTTPS client (a
// second child) queries this process's real Metrics API server, so the CPU, memory and latency
// measured here are the aggregator's alone.
//
// Two kinds of round:
// - paced: each node's 15 s sample is sent at its own offset within a 15 s round, as N real agents
//   spread over the resolution. This is the issue's "under ingest" condition; the query latencies
//   and the ingest CPU goal are taken from paced rounds.
// - compressed (stress): a round's samples are sent all at once and acked as fast as ingest goes
//   (a round of 5,000 nodes takes ~4 s of wall instead of 15 s), so this process's core is
//   saturated. Kept as a stress figure and for comparison with earlier runs.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { PerformanceObserver, constants as perfConstants, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { runInNewContext } from 'node:vm';
import type { BenchReport } from './run.js';
import { createLogger } from '../common/logger.js';
import { createCA, createServingCert } from '../common/tls.js';
import { startIngest } from '../aggregator/ingest/server.js';
import { NoneAgentAuthenticator } from '../aggregator/auth/agent-none.js';
import { startServer } from '../aggregator/server.js';
import { MetricsStore } from '../aggregator/store/store.js';
import { labelQuery, parseLabelSelector } from '../aggregator/api/selector.js';
import type { PodQuery } from '../aggregator/store/types.js';

const loopbackAgentAuth = new NoneAgentAuthenticator();
const here = dirname(fileURLToPath(import.meta.url));
const S = 1_000_000_000n;
const SIZES = (process.env['KP_BENCH_NODES'] ?? '1000,5000').split(',').map(Number);
const ROUND_MS = 15_000;
/** Paced rounds with queries (each 15 s). */
const PACED_QUERY_ROUNDS = Number(process.env['KP_BENCH_PACED_ROUNDS'] ?? '2');
/** One query per HPA-like target every 15 s: 500 store-level and 500 HTTP targets → one every 30 ms each. */
const QUERY_INTERVAL_MS = 30;
const NAMESPACES = 100;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function ask(child: ChildProcess, msg: object, want: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const on = (m: { cmd: string; message?: string }): void => {
      if (m.cmd === want) { child.off('message', on); resolve(m); }
      if (m.cmd === 'error') { child.off('message', on); reject(new Error(m.message)); }
    };
    child.on('message', on);
    child.send(msg);
  });
}

/**
 * Nanoseconds the main thread has waited on the run queue (Linux schedstat field 2): a query's
 * wall time minus this is the time it actually ran, whatever else the machine is doing.
 */
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
function runQueueWaitNs(): number {
  try { return Number(readFileSync(schedstat, 'latin1').split(' ')[1]); } catch { return NaN; }
}

function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/**
 * Targets like HPAs: one namespace and one app each, disjoint between the store-level and the
 * HTTP queries (odd apps are tier=web, even apps tier=db in the load), so a target is visited
 * once per 15 s and its pods' points were always invalidated by a newer sample in between.
 */
function selectorFor(app: number): string { return `app=app-${app},tier in (${app % 2 ? 'web' : 'db'})`; }
function target(q: number, odd: boolean): { ns: string; selector: string } {
  const k = q % (NAMESPACES * 5);
  return { ns: `ns-${k % NAMESPACES}`, selector: selectorFor(2 * Math.floor(k / NAMESPACES) + (odd ? 1 : 0)) };
}
const storeQueries = new Map<string, PodQuery>();
function storeQuery(q: number): PodQuery {
  const { ns, selector } = target(q, true);
  const key = `${ns} ${selector}`;
  let query = storeQueries.get(key);
  // Parsed as the API handler parses a request's labelSelector (parse cost included below).
  if (!query) { query = { namespace: ns, ...labelQuery(parseLabelSelector(selector)) }; storeQueries.set(key, query); }
  return query;
}
const httpPaths = Array.from({ length: NAMESPACES * 5 }, (_, q) => {
  const { ns, selector } = target(q, false);
  return `/apis/metrics.k8s.io/v1beta1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(selector)}`;
});

interface Latency { p50: number; p99: number; max: number; n: number; podsPerQuery: number }
function latency(ms: number[], pods: number): Latency {
  return { p50: pct(ms, 50), p99: pct(ms, 99), max: ms.length ? Math.max(...ms) : NaN, n: ms.length, podsPerQuery: ms.length ? pods / ms.length : 0 };
}

/** Store-level query samples with what was going on around each (GC pauses, run-queue waits). */
class StoreSampler {
  readonly ms: number[] = [];
  readonly waited: number[] = [];
  readonly spans: [number, number][] = [];
  pods = 0;
  private q = 0;
  one(): void {
    const query = storeQuery(this.q++);
    const w0 = runQueueWaitNs();
    const p0 = performance.now();
    const out = theStore.podMetrics(query).length;
    const p1 = performance.now();
    this.ms.push(p1 - p0);
    this.waited.push((runQueueWaitNs() - w0) / 1e6);
    this.spans.push([p0, p1]);
    this.pods += out;
  }
  attribute(gcs: [number, number][]): { slow: number; slowGc: number; slowWaited: number; p99Ran: number } {
    const withGc = this.spans.map(([a, b]) => gcs.some(([g0, g1]) => g0 < b && g1 > a));
    const slow = this.ms.map((ms, i) => ({ ms, gc: withGc[i], waited: this.waited[i] > 1 })).filter((x) => x.ms > 5);
    return {
      slow: slow.length, slowGc: slow.filter((x) => x.gc).length, slowWaited: slow.filter((x) => x.waited).length,
      p99Ran: pct(this.ms.map((ms, i) => Math.max(0, ms - this.waited[i])), 99),
    };
  }
}
let theStore: MetricsStore;

interface Row {
  nodes: number; pods: number;
  /** Ingest CPU per 15 s round: paced (the goal) and compressed (as earlier runs measured it). */
  pacedCpuMs: number; mCpuPerNode: number; compressedCpuMs: number; compressedMCpuPerNode: number; compressedWallMs: number;
  rssKiBPerNode: number; heapKiBPerNode: number;
  /** Growth of each process.memoryUsage() figure (MiB) behind rssKiBPerNode, for the JSON only. */
  memoryGrowthMiB: Record<string, number>;
  listAllMs: number; listAllCpuMs: number; listWarmMs: number; listAllPods: number;
  /** Paced rounds with queries. */
  store: Latency; http: Latency; httpErrors: number; storeSlow: number; storeSlowGc: number; storeSlowWaited: number; storeP99Ran: number;
  loopDelayP99Ms: number; loopDelayMaxMs: number;
  /** GC pauses of this process during the paced rounds with queries. */
  gcOver5: number; gcMaxMs: number; gcShare: number;
  /** Mark-compacts during the paced rounds with queries, and how much ArrayBuffer memory grew over them (MiB). */
  gcMajors: number; arrayBuffersGrowthMiB: number;
  /** HTTP against an empty namespace with the machine idle: the loopback/TLS/wake-up floor. */
  httpFloor: Latency;
  /** Compressed round with queries. */
  stressStore: Latency; stressHttp: Latency; stressStoreP99Ran: number;
}

async function measure(nodes: number): Promise<Row> {
  gc();
  const mem0 = process.memoryUsage();
  const rss0 = mem0.rss, heap0 = mem0.heapUsed;
  const store = new MetricsStore({ resolutionNs: 15n * S });
  theStore = store;
  storeQueries.clear();
  const ingest = await startIngest({
    listen: '127.0.0.1:0', resolutionNs: 15n * S, logger: createLogger('silent'),
    // Compressed rounds send samples 15 s apart (by their read times) back to back.
    limits: { minSampleIntervalNs: 0n, maxStreams: 20_000 },
  }, store, loopbackAgentAuth);
  const ca = await createCA('bench-ca');
  const serving = await createServingCert(ca, ['127.0.0.1']);
  // The real HTTPS server; no authentication hook (as in the unit tests), so the figure is the
  // API's own path: TLS, fastify routing, handler, selector, store, JSON.
  const server = await startServer({ reader: store, tls: serving, host: '127.0.0.1', port: 0 });
  const agents = fork(join(here, 'aggregator-load.js'), ['agents'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const client = fork(join(here, 'aggregator-load.js'), ['query'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const gcs: [number, number][] = [];
  let majors = 0;
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcs.push([e.startTime, e.startTime + e.duration]);
      if (((e as unknown as { detail?: { kind?: number } }).detail)?.kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) majors++;
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  let r = 0;
  const round = async (spreadMs: number): Promise<{ cpuMs: number; wallMs: number }> => {
    await ask(agents, { cmd: 'round', r: ++r, spreadMs }, 'encoded');
    const c0 = process.cpuUsage(), w0 = performance.now();
    await ask(agents, { cmd: 'go' }, 'done');
    const c = process.cpuUsage(c0);
    return { cpuMs: (c.user + c.system) / 1000, wallMs: performance.now() - w0 };
  };
  const httpStart = (): Promise<unknown> => ask(client, { cmd: 'start', url: server.url, ca: ca.cert, paths: httpPaths, intervalMs: QUERY_INTERVAL_MS }, 'started');
  const httpStop = async (): Promise<{ ms: number[]; items: number; errors: number }> => (await ask(client, { cmd: 'stop' }, 'stopped')) as unknown as { ms: number[]; items: number; errors: number };
  try {
    // The floor: the same client and rate against an empty namespace, before any ingest.
    await ask(client, { cmd: 'start', url: server.url, ca: ca.cert, paths: ['/apis/metrics.k8s.io/v1beta1/namespaces/empty/pods?labelSelector=app%3Dx'], intervalMs: QUERY_INTERVAL_MS }, 'started');
    await new Promise((res) => setTimeout(res, 3000));
    const floor = await httpStop();
    await ask(agents, { cmd: 'open', address: ingest.address, nodes }, 'opened');
    // Warm-up: stream setup, first points, first rates, allocation.
    await round(0);
    await round(0);
    // Compressed ingest CPU, no queries (the method of earlier runs).
    const compressed = await round(0);
    // Paced ingest CPU, no queries: the goal figure.
    const paced = await round(ROUND_MS);

    // Paced rounds with store-level and HTTP queries, each at one per 30 ms.
    const sampler = new StoreSampler();
    await httpStart();
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const timer = setInterval(() => sampler.one(), QUERY_INTERVAL_MS);
    const gcFrom = gcs.length, gcT0 = performance.now(), majors0 = majors, ab0 = process.memoryUsage().arrayBuffers;
    for (let i = 0; i < PACED_QUERY_ROUNDS; i++) await round(ROUND_MS);
    clearInterval(timer);
    loop.disable();
    await new Promise((res) => setTimeout(res, 50));
    const pacedGcs = gcs.slice(gcFrom).map(([a, b]) => b - a);
    const pacedWallMs = performance.now() - gcT0;
    const pacedMajors = majors - majors0, abGrowth = (process.memoryUsage().arrayBuffers - ab0) / 2 ** 20;
    const http = await httpStop();
    // GC entries arrive asynchronously: let them land before attributing slow queries.
    await new Promise((res) => setTimeout(res, 50));
    const attr = sampler.attribute(gcs);

    // Stress: a compressed round with store-level queries back to back and the HTTP client.
    const stress = new StoreSampler();
    await httpStart();
    let querying = true;
    const queries = (async () => {
      while (querying) {
        await new Promise((res) => setImmediate(res));
        stress.one();
      }
    })();
    await round(0);
    querying = false;
    await queries;
    const stressHttp = await httpStop();
    gcObserver.disconnect();

    gc();
    const mem = process.memoryUsage();
    const lists: number[] = [];
    let listed = 0, listCpuMs = 0;
    // A new round so that every pod's point is invalidated, as after any 15 s of real ingest.
    await round(0);
    for (let i = 0; i < 5; i++) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      listed = store.podMetrics().length;
      lists.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (i === 0) { const c = process.cpuUsage(c0); listCpuMs = (c.user + c.system) / 1000; }
    }
    return {
      nodes, pods: store.stats().pods,
      // CPU-ms per 15 s round → millicores: ms / 15 000 ms × 1000 = ms / 15.
      pacedCpuMs: paced.cpuMs, mCpuPerNode: paced.cpuMs / 15 / nodes,
      compressedCpuMs: compressed.cpuMs, compressedMCpuPerNode: compressed.cpuMs / 15 / nodes, compressedWallMs: compressed.wallMs,
      rssKiBPerNode: (mem.rss - rss0) / 1024 / nodes,
      heapKiBPerNode: (mem.heapUsed - heap0) / 1024 / nodes,
      memoryGrowthMiB: Object.fromEntries((['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'] as const).map((k) => [k, (mem[k] - mem0[k]) / 2 ** 20])),
      listAllMs: lists[0], listAllCpuMs: listCpuMs, listWarmMs: pct(lists.slice(1), 50), listAllPods: listed,
      store: latency(sampler.ms, sampler.pods), http: latency(http.ms, http.items), httpErrors: http.errors + stressHttp.errors,
      storeSlow: attr.slow, storeSlowGc: attr.slowGc, storeSlowWaited: attr.slowWaited, storeP99Ran: attr.p99Ran,
      gcOver5: pacedGcs.filter((d) => d > 5).length, gcMaxMs: Math.max(0, ...pacedGcs), gcShare: pacedGcs.reduce((a, b) => a + b, 0) / pacedWallMs,
      gcMajors: pacedMajors, arrayBuffersGrowthMiB: abGrowth,
      loopDelayP99Ms: loop.percentile(99) / 1e6, loopDelayMaxMs: loop.max / 1e6,
      httpFloor: latency(floor.ms, floor.items),
      stressStore: latency(stress.ms, stress.pods), stressHttp: latency(stressHttp.ms, stressHttp.items), stressStoreP99Ran: stress.attribute([]).p99Ran,
    };
  } finally {
    gcObserver.disconnect();
    agents.send({ cmd: 'exit' });
    client.send({ cmd: 'exit' });
    await new Promise((res) => setTimeout(res, 300));
    agents.kill('SIGKILL');
    client.kill('SIGKILL');
    await server.close();
    await ingest.stop();
  }
}

/** The aggregator Deployment's NODE_OPTIONS (manifests/base/aggregator-deployment.yaml). */
export const nodeFlags = ['--single-threaded-gc'] as const;

export async function run(): Promise<BenchReport> {
  const rows: Row[] = [];
  for (const n of SIZES) rows.push(await measure(n));
  const f = (x: number, d = 2): string => x.toFixed(d);
  const lat = (l: Latency): string => `${f(l.p50)} / ${f(l.p99)} / ${f(l.max)} ms (${l.n})`;
  const tables = [
    '### Ingest, memory, list all',
    '',
    '| nodes | pods held | ingest CPU per 15 s round, paced | mCPU per node (goal ≤ 0.05) | compressed round: CPU (mCPU per node), wall | RSS per node (goal ≤ 100 KiB) | heap per node | list all pods, first after a round: wall (CPU) (goal ≤ 1 s) | list all, again |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.nodes} | ${r.pods} | ${f(r.pacedCpuMs, 0)} ms | ${f(r.mCpuPerNode, 4)} | ${f(r.compressedCpuMs, 0)} ms (${f(r.compressedMCpuPerNode, 4)}), ${f(r.compressedWallMs, 0)} ms | ${f(r.rssKiBPerNode, 1)} KiB | ${f(r.heapKiBPerNode, 1)} KiB | ${f(r.listAllMs, 0)} ms (${f(r.listAllCpuMs, 0)} ms CPU) for ${r.listAllPods} pods | ${f(r.listWarmMs, 0)} ms |`),
    '',
    `### Namespace + label-selector query under ingest at the real 15 s rate (goal p99 ≤ 5 ms), ${PACED_QUERY_ROUNDS} paced rounds`,
    '',
    '| nodes | store level p50 / p99 / max (queries) | HTTP end to end p50 / p99 / max (requests) | pods per response | store queries > 5 ms: with a GC pause / preempted > 1 ms | store p99 of wall − run-queue wait | event-loop delay p99 / max | GC pauses > 5 ms, longest, share of wall | mark-compacts; ArrayBuffer memory growth | HTTP floor: empty namespace, no ingest, p50 / p99 / max |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.nodes} | ${lat(r.store)} | ${lat(r.http)}${r.httpErrors ? `, ${r.httpErrors} errors` : ''} | ${f(r.http.podsPerQuery, 0)} | ${r.storeSlow}: ${r.storeSlowGc} / ${r.storeSlowWaited} | ${f(r.storeP99Ran)} ms | ${f(r.loopDelayP99Ms)} / ${f(r.loopDelayMaxMs)} ms | ${r.gcOver5}, ${f(r.gcMaxMs, 1)} ms, ${f(r.gcShare * 100, 1)} % | ${r.gcMajors}; ${f(r.arrayBuffersGrowthMiB, 1)} MiB | ${lat(r.httpFloor)} |`),
    '',
    '### Stress: the same queries during a compressed round (ingest saturating this process; not the goal\'s condition)',
    '',
    '| nodes | store level p50 / p99 / max (queries, back to back) | store p99 of wall − run-queue wait | HTTP p50 / p99 / max (requests, one per 30 ms) |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.nodes} | ${lat(r.stressStore)} | ${f(r.stressStoreP99Ran)} ms | ${lat(r.stressHttp)} |`),
  ].join('\n');
  const markdown = `
## Method
- Aggregator = this process, started with the Deployment's V8 flags (\`${nodeFlags.join(' ')}\`): \`startIngest\` (plaintext gRPC on 127.0.0.1, agent-auth none) + \`MetricsStore\` + the real HTTPS API server (\`startServer\`, fastify, TLS on 127.0.0.1, no authentication hook), 15 s resolution.
- Agents = one child process holding one bidirectional stream per simulated node, ≤ 90 streams per gRPC channel.
  Each node: 30 pods × 2 containers, node/pod/container CPU and memory counters, pod throttling and network counters, 3 labels per pod (\`app\` one of 10, \`tier\`, \`pod-template-hash\`), ${NAMESPACES} namespaces, each holding every app (pod i of node n is in namespace (n + 37 i) mod 100).
  The child encodes a round's samples before the round starts, so a round's window holds only the aggregator's work.
- Two kinds of round. **Paced**: node k's sample (read times 15 s apart between rounds) is sent at k/N × 15 s into the round, the send order alternating between channels, as N agents spread over the 15 s resolution; the round ends when every sample is acked (~15 s).
  **Compressed** (stress only): all of a round's samples are sent at once and acked as fast as ingest goes, which saturates this process's core.
- Order per size: the HTTP floor (below), 2 compressed warm-up rounds (streams, first points, first rates), 1 compressed round (CPU), 1 paced round without queries (CPU), ${PACED_QUERY_ROUNDS} paced rounds with queries, 1 compressed round with queries (stress), then memory and a last round before list all.
- Ingest CPU = this process's user+system CPU over a round (validation, decode, store, acks, gRPC/HTTP2, timers, GC); mCPU per node = CPU-ms per round ÷ 15 s ÷ nodes. The goal figure is the paced round's; the compressed figure is measured as earlier runs did.
- RSS/heap per node = growth after the rounds (after a forced GC) over the process before the aggregator (ingest, store, HTTPS server) started, ÷ nodes.
- List all = \`MetricsReader.podMetrics()\` returning every PodMetricsPoint, right after a compressed round; "again" is the median of 4 more lists with nothing new (the store builds points on every read since it stopped caching them, so both build all 150,000). The first list's CPU time is given too.
- Queries: like HPAs, each target is one namespace and one \`app\`: selector \`app=app-X,tier in (web|db)\` (the matching tier, so ~1/10 of the namespace matches). The store-level and HTTP queries use disjoint targets (odd and even apps), 500 each,
  one query every ${QUERY_INTERVAL_MS} ms each, so each target is visited once per 15 s, between which every one of its pods got a newer sample (the HPA's case; it matters for stores that cache a pod's point until its next sample, as this one did before).
  **Store level** = \`podMetrics({ namespace, labels, labelTerms })\` as the API handler calls it (\`labelQuery(parseLabelSelector(…))\`, parsed once per target), timed synchronously on this process's event loop (a 30 ms timer).
  **HTTP** = \`GET /apis/metrics.k8s.io/v1beta1/namespaces/<ns>/pods?labelSelector=…\` from a second child process over one keep-alive HTTPS connection (20 warm-up requests first), timed in the client from request to the last body byte; it includes TLS, fastify, the handler, JSON and any wait behind ingest work on the event loop — what the HPA (through kube-apiserver) sees of the aggregator.
  A store query is "with a GC pause" when a V8 GC event of this process (perf_hooks \`gc\` entries) overlaps it; "preempted" when the main thread waited > 1 ms on the kernel's run queue during it (\`/proc/self/task/<pid>/schedstat\`); "wall − run-queue wait" is the time the query had the CPU.
  Mark-compacts = perf_hooks \`gc\` entries of kind major during those rounds; ArrayBuffer memory growth = \`process.memoryUsage().arrayBuffers\` after them minus before (buffers that only a mark-compact frees show up here: ingest drops grpc-js' per-stream views of the last message's HTTP/2 chunks, see \`aggregator/ingest/grpc-decoder-release.ts\`).
  Event-loop delay = \`perf_hooks.monitorEventLoopDelay\` (1 ms resolution) over the paced rounds with queries: how late a 1 ms timer ran, i.e. how long a request arriving at a random moment could wait for the loop.
  HTTP floor = the same client at the same rate against an empty namespace before any agent connects: TLS on loopback plus waking two idle processes (on this VM a request every 30 ms takes ~1.1–1.6 ms, back to back ~0.25 ms).
- Stress: the same kinds of query during a compressed round: store level back to back (\`setImmediate\` between), HTTP one per ${QUERY_INTERVAL_MS} ms.

## Results
${tables}
`;
  return { markdown, data: rows };
}
