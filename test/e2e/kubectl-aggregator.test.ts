// End to end in cluster mode: an aggregator (no core API, client certificates against its client
// CA) fed over real gRPC/TLS on loopback by a real in-process agent reading this machine's cgroups
// and by a synthetic agent whose counters are exact, read by the real kubectl and by
// @kubernetes/client-node's Metrics helpers as a second real client.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { KubeConfig, Metrics } from '@kubernetes/client-node';
import { startAgent, type RunningAgent } from '../../agent/agent.js';
import { defaultAgentOptions } from '../../agent/options.js';
import type { NodeSnapshot } from '../../agent/model.js';
import { TickingSource } from '../integration/stream-fixtures.js';
import { startPush, type PushClient } from '../../agent/push/client.js';
import { NoneAgentAuthenticator } from '../../aggregator/auth/agent-none.js';
import type { HttpAuth } from '../../aggregator/auth/factory.js';
import { startAggregator, type RunningAggregator } from '../../aggregator/aggregator.js';
import { writeKubeconfig } from '../../common/kubeconfig.js';
import { aggregatorPki } from './aggregator-pki.js';
import { createLogger } from '../../common/logger.js';
import { spawn } from 'node:child_process';
import { CLI, KUBECTL, run, table, waitFor } from './up-helpers.js';

const RES_MS = 2000;
const MS = 1_000_000n;

/** A node with one pod whose counters grow at exactly 250m (pod container) and 1500m (node). */
const sim = new TickingSource((now, t0): NodeSnapshot => {
  // `now` is in whole milliseconds, so the rates below divide exactly.
  const dt = now - t0;
  return {
    collectedNs: now,
    errors: 0,
    node: {
      nodeName: 'sim-node', startTimeNs: t0 - 3_600_000n * MS, memoryCapacityBytes: 8n << 30n, cpuCapacityMillis: 4000n,
      cpu: { timeNs: now, usageNs: 10n ** 12n + (dt * 3n) / 2n },
      memory: { timeNs: now, usageBytes: 3n << 30n, workingSetBytes: 2n << 30n },
    },
    pods: [{
      uid: '0b5a3c1e-2d7f-4a8b-9c0d-1e2f3a4b5c6d', name: 'api-0', namespace: 'sim', labels: { app: 'api', shard: '0' },
      startTimeNs: t0 - 60_000n * MS, qosClass: 'Burstable',
      cpu: { timeNs: now, usageNs: 5n * 10n ** 9n + dt / 4n },
      memory: { timeNs: now, usageBytes: 80n << 20n, workingSetBytes: 64n << 20n },
      containers: [{
        id: 'a'.repeat(64), name: 'app', startTimeNs: t0 - 60_000n * MS, attempt: 0,
        cpu: { timeNs: now, usageNs: 5n * 10n ** 9n + dt / 4n },
        memory: { timeNs: now, usageBytes: 80n << 20n, workingSetBytes: 64n << 20n },
      }],
    }],
  };
}, RES_MS);

let dir: string;
let agg: RunningAggregator;
let auth: HttpAuth;
let agent: RunningAgent;
const pushes: PushClient[] = [];
let kubeconfig: string;

t.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-e2e-agg-'));
  const logger = createLogger('warn');
  const { ca, clientCa, serving, client, auth: httpAuth } = await aggregatorPki(dir, 'jane', ['system:masters'], logger);
  auth = httpAuth;
  agg = await startAggregator({
    grpcListen: '127.0.0.1:0', secureHost: '127.0.0.1', securePort: 0, tls: serving, httpClientCa: [clientCa.cert],
    resolutionNs: BigInt(RES_MS) * MS, httpAuth: auth, agentAuth: new NoneAgentAuthenticator(), logger,
  });
  kubeconfig = join(dir, 'kubeconfig');
  await writeKubeconfig(kubeconfig, { server: agg.url, caPem: ca.cert, clientCertPem: client.cert, clientKeyPem: client.key });

  agent = await startAgent(defaultAgentOptions({ nodeName: 'real-node', listen: '127.0.0.1:0', intervalMs: RES_MS }), { logger });
  const hello = (nodeName: string, bootId: string): Parameters<typeof startPush>[0]['hello'] => ({
    nodeName, agentVersion: 'e2e', bootId, capabilities: [], agentStartTimeNs: BigInt(Date.now()) * MS,
    intervalNs: BigInt(RES_MS) * MS, nodeLabels: { 'kubernetes.io/hostname': nodeName, role: nodeName === 'sim-node' ? 'sim' : 'real' },
  });
  pushes.push(await startPush({ aggregator: agg.grpcAddress, source: agent.collector, hello: hello('real-node', agent.bootId ?? 'real'), caFile: join(dir, 'ca.crt'), logger }));
  sim.start();
  pushes.push(await startPush({ aggregator: agg.grpcAddress, source: sim, hello: hello('sim-node', 'sim-boot'), caFile: join(dir, 'ca.crt'), logger }));
  await waitFor('both nodes and the synthetic pod to have rates', async () => {
    const pods = agg.store.podMetrics({ namespace: 'sim' });
    return agg.store.nodeMetrics().length === 2 && pods.length === 1 ? true : undefined;
  }, 30_000);
});

t.teardown(async () => {
  sim.stop();
  for (const p of pushes) p.stop();
  await agent?.stop();
  await agg?.stop();
  auth?.close();
  await rm(dir, { recursive: true, force: true });
});

const kubectl = (...args: string[]): ReturnType<typeof run> => run(KUBECTL, ['--kubeconfig', kubeconfig, '--cache-dir', join(dir, 'kcache'), ...args]);

t.test('kubectl reads nodes from two agents streaming over gRPC, with exact synthetic values', async (t) => {
  const nm = await kubectl('get', 'nodemetrics');
  t.equal(nm.code, 0, nm.stderr);
  const rows = table(nm.stdout);
  t.same(rows.slice(1).map((r) => r[0]), ['real-node', 'sim-node'], 'sorted by name');
  t.same(rows[2]?.slice(1, 3), ['1500m', '2Gi'], 'sim-node: 1.5 cores from its counters, 2 GiB working set');
  const sel = await kubectl('get', '--raw', '/apis/metrics.k8s.io/v1/nodes?labelSelector=role%3Dsim');
  t.same((JSON.parse(sel.stdout) as { items: Array<{ metadata: { name: string } }> }).items.map((i) => i.metadata.name), ['sim-node']);
});

t.test('kubectl top pod and get podmetrics show the synthetic pod at exactly 250m / 64Mi', async (t) => {
  const top = await kubectl('top', 'pod', '-n', 'sim');
  t.equal(top.code, 0, top.stderr);
  t.same(table(top.stdout)[1], ['api-0', '250m', '64Mi']);
  const cont = await kubectl('top', 'pod', '-n', 'sim', '-l', 'app=api,shard in (0)', '--containers');
  t.equal(cont.code, 0, cont.stderr);
  t.same(table(cont.stdout)[1], ['api-0', 'app', '250m', '64Mi']);
  const pm = await kubectl('get', 'podmetrics', '-A');
  const row = table(pm.stdout).find((r) => r[0] === 'sim') ?? [];
  t.same(row.slice(0, 4), ['sim', 'api-0', '250m', '64Mi']);
  t.match(row[4], /^\d+(\.\d+)?(ms|s)$/, 'window is a Go duration');
});

t.test('cluster mode serves nothing of the core API: kubectl top node needs the real apiserver', async (t) => {
  const raw = await kubectl('get', '--raw', '/api/v1/nodes');
  t.not(raw.code, 0);
  t.match(raw.stderr, /NotFound/);
  const top = await kubectl('top', 'node');
  t.not(top.code, 0, 'without /api/v1/nodes kubectl top node cannot work here — by design');
});

t.test('errors from the aggregator are Status objects kubectl prints', async (t) => {
  t.match((await kubectl('get', '--raw', '/apis/metrics.k8s.io/v1beta1/nodes/ghost')).stderr, /NotFound\): nodes.metrics.k8s.io "ghost" not found/);
  t.match((await kubectl('get', '--raw', '/apis/metrics.k8s.io/v1beta1/pods?labelSelector=x%3D%3D%3D')).stderr, /BadRequest/);
  t.match((await kubectl('get', '--raw', '/apis/metrics.k8s.io/v1beta1/nodes?watch=1')).stderr, /MethodNotAllowed/);
});

t.test('@kubernetes/client-node Metrics reads the same objects as a second client', async (t) => {
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const metrics = new Metrics(kc);
  const nodes = await metrics.getNodeMetrics();
  t.equal(nodes.kind, 'NodeMetricsList');
  const simNode = nodes.items.find((n) => n.metadata.name === 'sim-node');
  t.same(simNode?.usage, { cpu: '1500m', memory: '2Gi' });
  const pods = await metrics.getPodMetrics('sim');
  t.same(pods.items.map((p) => [p.metadata.name, p.containers[0]?.name, p.containers[0]?.usage.cpu, p.containers[0]?.usage.memory]), [['api-0', 'app', '250m', '64Mi']]);
  const all = await metrics.getPodMetrics();
  t.ok(all.items.some((p) => p.metadata.namespace === 'sim'), 'all-namespaces list');
});

t.test('/metrics exposes streams, samples, freshness and request latency', async (t) => {
  const text = await agg.registry.metrics();
  t.match(text, /kubepulse_aggregator_streams_open 2/);
  t.match(text, /kubepulse_aggregator_samples_accepted_total \d+/);
  t.match(text, /kubepulse_aggregator_oldest_node_sample_age_seconds \d/);
  t.match(text, /kubepulse_aggregator_http_request_duration_seconds_count\{route="\/apis\/metrics.k8s.io\/\{version\}\/nodes",code="200"\} \d+/);
  t.match(text, /kubepulse_aggregator_http_request_duration_seconds_count\{route="\/apis\/metrics.k8s.io\/\{version\}\/nodes\/\{name\}",code="404"\} \d+/);
});

t.test('kubepulse top pods --watch redraws from the aggregator until SIGINT, then exits 0', async (t) => {
  const once = await run(process.execPath, [CLI, 'top', 'pods', '-A', '--sort-by', 'cpu', '--kubeconfig', kubeconfig]);
  t.equal(once.code, 0, once.stderr);
  t.same(table(once.stdout).find((r) => r[1] === 'api-0'), ['sim', 'api-0', '250m', '64Mi']);
  const child = spawn(process.execPath, [CLI, 'top', 'pods', '-n', 'sim', '--watch', '--interval', '500ms', '--kubeconfig', kubeconfig], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  t.teardown(() => { if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL'); });
  await waitFor('two redraws', async () => ((out.match(/api-0\s+250m\s+64Mi/g) ?? []).length >= 2 ? true : undefined), 30_000, 100);
  if (child.pid) process.kill(child.pid, 'SIGINT');
  t.equal(await exited, 0);
});
