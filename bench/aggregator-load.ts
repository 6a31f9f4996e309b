// Child process for bench/aggregator.bench.ts, in one of two roles (argv[2]):
//
// `agents` (default): simulated agents. Many streams share a few channels so the aggregator
// process (the parent) is measured alone. Driven over IPC:
//   {cmd:'open', address, nodes} → 'opened';
//   {cmd:'round', r, spreadMs} → 'encoded' (samples encoded up front), then {cmd:'go'} → 'done'
//   once every sample is acked. spreadMs 0 sends the whole round at once (compressed time);
//   otherwise node k's sample leaves at k/N × spreadMs, interleaved across channels, as N real
//   agents sampling every 15 s would spread over the round.
//
// `query`: an HTTPS client of the aggregator's Metrics API on one keep-alive connection, as the
// HPA controller (through kube-apiserver) would hold. Driven over IPC:
//   {cmd:'start', url, ca, paths, intervalMs} → 'started' (after warm-up requests);
//   {cmd:'stop'} → {cmd:'stopped', ms: number[], items, errors}.
import { Agent, request } from 'node:https';
import * as grpc from '@grpc/grpc-js';
import { kubepulse } from '../proto/kubepulse/v1/gen/ingest.js';
import { toWire } from '../common/u64.js';

const PODS = 30;
const S = 1_000_000_000n;
const STREAMS_PER_CHANNEL = 90;
const base = BigInt(Date.now()) * 1_000_000n - 300n * S;

interface Stream { call: grpc.ClientDuplexStream<Buffer, kubepulse.v1.AggregatorMessage>; node: number }
let streams: Stream[] = [];
let pending = 0;
let onDone: (() => void) | undefined;

function sampleFor(node: number, r: number): Buffer {
  const t = toWire(base + BigInt(r) * 15n * S, true);
  const k = BigInt(r);
  const pods: kubepulse.v1.IPodSample[] = [];
  for (let i = 0; i < PODS; i++) {
    // Namespaces independent of the app label: every namespace holds every app (150 pods each at
    // 5,000 nodes), so a namespace + app selector matches as many pods in every namespace.
    pods.push({
      uid: `uid-${node}-${i}`, name: `pod-${node}-${i}`, namespace: `ns-${(node + i * 37) % 100}`,
      labels: { app: `app-${i % 10}`, tier: i % 2 ? 'web' : 'db', 'pod-template-hash': `h${node % 50}` },
      startTimeUnixNano: toWire(base - 3600n * S, true), qosClass: 'Burstable',
      cpu: { timeUnixNano: t, usageNs: toWire(k * 3n * S + BigInt(i)), nrPeriods: toWire(k * 150n), nrThrottled: toWire(k), throttledNs: toWire(k * 1000n) },
      memory: { timeUnixNano: t, usageBytes: toWire(200n << 20n), workingSetBytes: toWire(100n << 20n) },
      network: { timeUnixNano: t, interfaces: [{ name: 'eth0', rxBytes: toWire(k * 15_000n), txBytes: toWire(k * 30_000n) }] },
      containers: ['app', 'sidecar'].map((name, c) => ({
        name, id: `${node}-${i}-${c}`.padEnd(64, 'a'), startTimeUnixNano: toWire(base - 3600n * S, true),
        cpu: { timeUnixNano: t, usageNs: toWire(k * BigInt(c + 1) * S) }, memory: { timeUnixNano: t, workingSetBytes: toWire(50n << 20n) },
      })),
    });
  }
  return Buffer.from(kubepulse.v1.AgentMessage.encode({
    sample: {
      sequence: toWire(k), collectedUnixNano: t,
      node: { cpu: { timeUnixNano: t, usageNs: toWire(k * 15n * S) }, memory: { timeUnixNano: t, workingSetBytes: toWire(4n << 30n) }, memoryCapacityBytes: toWire(16n << 30n), cpuCapacityMillis: toWire(4000n) },
      pods,
    },
  }).finish());
}

async function open(address: string, nodes: number): Promise<void> {
  const channels: grpc.Client[] = [];
  for (let i = 0; i < Math.ceil(nodes / STREAMS_PER_CHANNEL); i++) {
    channels.push(new grpc.Client(address, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': -1, [`bench.channel`]: i }));
  }
  let opened = 0;
  await new Promise<void>((resolve, reject) => {
    for (let n = 0; n < nodes; n++) {
      const call = channels[Math.floor(n / STREAMS_PER_CHANNEL)].makeBidiStreamRequest('/kubepulse.v1.Ingest/Stream', (b: Buffer) => b, (b: Buffer) => kubepulse.v1.AggregatorMessage.decode(b));
      call.on('data', (m: kubepulse.v1.AggregatorMessage) => {
        if (m.settings && ++opened === nodes) resolve();
        if (m.ack && --pending === 0) onDone?.();
      });
      call.on('error', (e) => reject(e));
      call.write(Buffer.from(kubepulse.v1.AgentMessage.encode({ hello: { nodeName: `node-${n}`, bootId: 'boot', agentVersion: 'bench', nodeLabels: { 'kubernetes.io/hostname': `node-${n}` } } }).finish()));
      streams.push({ call, node: n });
    }
  });
}

async function round(r: number, spreadMs: number): Promise<void> {
  // Encode first so the parent's measured window holds only the aggregator's own work.
  const msgs = streams.map((s) => sampleFor(s.node, r));
  process.send!({ cmd: 'encoded' });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  pending = streams.length;
  const n = streams.length;
  await new Promise<void>((resolve) => {
    onDone = resolve;
    if (spreadMs <= 0) { streams.forEach((s, i) => s.call.write(msgs[i])); return; }
    // Send order k visits the channels round-robin (node = channel × 90 + slot), so consecutive
    // samples arrive on different connections, as from independent agents.
    const channels = Math.ceil(n / STREAMS_PER_CHANNEL);
    const order: number[] = [];
    for (let slot = 0; slot < STREAMS_PER_CHANNEL; slot++) {
      for (let c = 0; c < channels; c++) { const i = c * STREAMS_PER_CHANNEL + slot; if (i < n) order.push(i); }
    }
    const t0 = performance.now();
    let k = 0;
    const tick = (): void => {
      const due = Math.min(n, Math.floor(((performance.now() - t0) / spreadMs) * n) + 1);
      for (; k < due; k++) { const i = order[k]; streams[i].call.write(msgs[i]); }
      if (k < n) setTimeout(tick, Math.max(1, ((k / n) * spreadMs) - (performance.now() - t0)));
    };
    tick();
  });
}

// ---- the `query` role ----

let querying = false;
let queryLoop: Promise<{ ms: number[]; items: number; errors: number }> | undefined;

function get(agent: Agent, url: string, ca: string): Promise<{ code: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ code: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function queries(url: string, ca: string, paths: string[], intervalMs: number, started: () => void): Promise<{ ms: number[]; items: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  // Warm-up: the TLS handshake and the first requests' JIT are not what the HPA sees every 15 s.
  for (let i = 0; i < 20; i++) await get(agent, `${url}${paths[i % paths.length]}`, ca);
  started();
  const ms: number[] = [];
  let items = 0, errors = 0, q = 0;
  while (querying) {
    const t0 = performance.now();
    const res = await get(agent, `${url}${paths[q++ % paths.length]}`, ca);
    const took = performance.now() - t0;
    if (res.code !== 200) { errors++; continue; }
    ms.push(took);
    items += (JSON.parse(res.body) as { items: unknown[] }).items.length;
    // A fixed rate rather than back to back: the next request starts intervalMs after this one did.
    const wait = intervalMs - (performance.now() - t0);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  agent.destroy();
  return { ms, items, errors };
}

interface Msg { cmd: string; address?: string; nodes?: number; r?: number; spreadMs?: number; url?: string; ca?: string; paths?: string[]; intervalMs?: number }

process.on('message', (m: Msg) => {
  if (m.cmd === 'open') void open(m.address!, m.nodes!).then(() => process.send!({ cmd: 'opened' }), (e: Error) => process.send!({ cmd: 'error', message: e.message }));
  if (m.cmd === 'round') void round(m.r!, m.spreadMs ?? 0).then(() => process.send!({ cmd: 'done' }));
  if (m.cmd === 'start') {
    querying = true;
    queryLoop = queries(m.url!, m.ca!, m.paths!, m.intervalMs!, () => process.send!({ cmd: 'started' }));
    queryLoop.catch((e: Error) => process.send!({ cmd: 'error', message: e.message }));
  }
  if (m.cmd === 'stop') {
    querying = false;
    void queryLoop?.then((res) => process.send!({ cmd: 'stopped', ...res }));
  }
  if (m.cmd === 'exit') { for (const s of streams) s.call.end(); streams = []; setTimeout(() => process.exit(0), 200); }
});
// If the benchmark dies, do not linger holding thousands of streams.
process.on('disconnect', () => process.exit(0));
