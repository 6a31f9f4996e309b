// End to end: the real kubectl (1.32) against a real `kubepulse up` child process whose agent reads
// real pods run by a real containerd (the test bed), over real gRPC/TLS on loopback.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { startTestBed, workloads, type TestBed } from '../harness/index.js';
import { formatBytes, parseQuantity } from '../../common/quantity.js';
import { CLI, KUBECTL, httpGetJson, httpsGet, run, startUp, table, waitFor, type UpProcess } from './up-helpers.js';

const NODE = 'e2e-node';
const RESOLUTION_S = 3;

interface SummaryCpu { time: string; usageNanoCores?: number | string }
interface SummaryMem { time: string; workingSetBytes?: number | string }
interface Summary {
  node: { cpu: SummaryCpu; memory: SummaryMem };
  pods: Array<{ podRef: { name: string; namespace: string }; containers: Array<{ name: string; cpu: SummaryCpu; memory: SummaryMem }> }>;
}

let bed: TestBed;
let up: UpProcess;
let dir: string;

t.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-e2e-up-'));
  bed = await startTestBed();
  await bed.runPod({ name: 'web', namespace: 'shop', qos: 'Burstable', labels: { app: 'web', tier: 'front' },
    containers: [{ name: 'burn', command: workloads.burnCpu(), cpuRequestMillis: 100, cpuLimitMillis: 250 }, { name: 'side', command: workloads.idle() }] });
  await bed.runPod({ name: 'idle', namespace: 'shop', qos: 'BestEffort', labels: { app: 'idle' }, containers: [{ name: 'sleep', command: workloads.idle() }] });
  await bed.runPod({ name: 'db', namespace: 'data', qos: 'Burstable', labels: { app: 'db', tier: 'back' },
    containers: [{ name: 'hold', command: workloads.holdMemory(96), memoryLimitBytes: 256 << 20 }] });
  up = await startUp(join(dir, 'state'), ['--node-name', NODE, '--kubepods-cgroup', bed.kubepods, '--cri-endpoint', bed.endpoint,
    '--metric-resolution', `${RESOLUTION_S}s`]);
  await waitFor('all three pods in the metrics API', async () => {
    const r = await httpsGet(up.stateDir, `${up.apiUrl}/apis/metrics.k8s.io/v1beta1/pods`);
    const items = (JSON.parse(r.body) as { items?: Array<{ metadata: { name: string } }> }).items ?? [];
    return items.length >= 3 ? true : undefined;
  }, 90_000);
});

t.teardown(async () => {
  const code = await up?.stop();
  await bed?.stop();
  await rm(dir, { recursive: true, force: true });
  // Asserted here too so a failure shows even when an earlier test threw.
  if (code !== 0) throw new Error(`kubepulse up exited ${code}: ${up?.output()}`);
});

const kubectl = (...args: string[]): ReturnType<typeof run> =>
  run(KUBECTL, ['--kubeconfig', up.kubeconfig, '--cache-dir', join(dir, 'kcache'), ...args]);

t.test('kubectl top node shows this machine with percentages from the standalone core API', async (t) => {
  const r = await kubectl('top', 'node');
  t.equal(r.code, 0, r.stderr);
  const rows = table(r.stdout);
  t.same(rows[0], ['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)']);
  t.equal(rows[1]?.[0], NODE);
  t.match(rows[1]?.[1], /^\d+m$/);
  t.match(rows[1]?.[3], /^\d+Mi$/);
});

t.test('kubectl top pod -A lists the test bed pods; --containers, -l and --sort-by work', async (t) => {
  const all = await kubectl('top', 'pod', '-A');
  t.equal(all.code, 0, all.stderr);
  const rows = table(all.stdout);
  t.same(rows[0], ['NAMESPACE', 'NAME', 'CPU(cores)', 'MEMORY(bytes)']);
  const names = rows.slice(1).map((r) => `${r[0]}/${r[1]}`);
  for (const p of ['shop/web', 'shop/idle', 'data/db']) t.ok(names.includes(p), `${p} listed`);

  const c = await kubectl('top', 'pod', '-n', 'shop', 'web', '--containers');
  t.equal(c.code, 0, c.stderr);
  t.same(table(c.stdout).slice(1).map((r) => `${r[0]}/${r[1]}`), ['web/burn', 'web/side']);

  const sel = await kubectl('top', 'pod', '-A', '-l', 'tier in (front,back)');
  t.equal(sel.code, 0, sel.stderr);
  t.same(table(sel.stdout).slice(1).map((r) => r[1]).sort(), ['db', 'web']);

  const byCpu = await kubectl('top', 'pod', '-A', '--sort-by=cpu');
  t.equal(byCpu.code, 0, byCpu.stderr);
  t.equal(table(byCpu.stdout)[1]?.[1], 'web', 'the CPU burner sorts first');
  const byMem = await kubectl('top', 'pod', '-A', '--sort-by=memory');
  t.equal(table(byMem.stdout)[1]?.[1], 'db', 'the 96 MiB holder sorts first');
});

t.test('kubectl get podmetrics/nodemetrics print the Table columns', async (t) => {
  const pm = await kubectl('get', 'podmetrics', '-A');
  t.equal(pm.code, 0, pm.stderr);
  const rows = table(pm.stdout);
  t.same(rows[0], ['NAMESPACE', 'NAME', 'CPU', 'MEMORY', 'WINDOW']);
  t.ok(rows.some((r) => r[0] === 'data' && r[1] === 'db'));
  const nm = await kubectl('get', 'nodemetrics');
  t.equal(nm.code, 0, nm.stderr);
  t.same(table(nm.stdout)[0], ['NAME', 'CPU', 'MEMORY', 'WINDOW']);
  t.equal(table(nm.stdout)[1]?.[0], NODE);
  const sorted = await kubectl('get', 'podmetrics', '-n', 'shop', '--sort-by=.metadata.name');
  t.equal(sorted.code, 0, sorted.stderr);
  t.same(table(sorted.stdout).slice(1).map((r) => r[0]), ['idle', 'web'], 'sort-by asks includeObject=Object and gets full rows');
});

t.test('kubectl get --raw reads both versions, label selectors included', async (t) => {
  const v1 = await kubectl('get', '--raw', '/apis/metrics.k8s.io/v1/namespaces/shop/pods/web');
  t.equal(v1.code, 0, v1.stderr);
  const pod = JSON.parse(v1.stdout) as { apiVersion: string; containers: Array<{ name: string; usage: { cpu: string; memory: string } }> };
  t.equal(pod.apiVersion, 'metrics.k8s.io/v1');
  t.same(pod.containers.map((c) => c.name), ['burn', 'side']);
  t.match(pod.containers[0]?.usage.cpu, /^\d+n?$|^\d+[mu]$/);
  const sel = await kubectl('get', '--raw', '/apis/metrics.k8s.io/v1beta1/pods?labelSelector=app%20in%20(web,db),tier');
  t.equal(sel.code, 0, sel.stderr);
  t.same((JSON.parse(sel.stdout) as { items: Array<{ metadata: { name: string } }> }).items.map((i) => i.metadata.name), ['db', 'web']);
  const disc = await kubectl('get', '--raw', '/apis/metrics.k8s.io/v1');
  t.equal((JSON.parse(disc.stdout) as { resources: unknown[] }).resources.length, 2);
});

t.test('errors come back as Status objects kubectl understands', async (t) => {
  const missing = await kubectl('get', '--raw', '/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods/nope');
  t.not(missing.code, 0);
  t.match(missing.stderr, /Error from server \(NotFound\): pods.metrics.k8s.io "nope" not found/);
  const topMissing = await kubectl('top', 'pod', '-n', 'shop', 'nope');
  t.not(topMissing.code, 0);
  t.match(topMissing.stderr, /NotFound|not found/);
  const bad = await kubectl('get', '--raw', '/apis/metrics.k8s.io/v1beta1/pods?labelSelector=app%20in%20web');
  t.not(bad.code, 0);
  t.match(bad.stderr, /Error from server \(BadRequest\): unable to parse requirement/);
  const watch = await kubectl('get', '--raw', '/apis/metrics.k8s.io/v1beta1/pods?watch=true');
  t.not(watch.code, 0);
  t.match(watch.stderr, /Error from server \(MethodNotAllowed\): watch is not supported/);
});

t.test('a client without a certificate from the up CA is refused with 401; health stays open', async (t) => {
  const anon = await httpsGet(up.stateDir, `${up.apiUrl}/apis/metrics.k8s.io/v1beta1/nodes`, false);
  t.equal(anon.code, 401);
  t.match(JSON.parse(anon.body), { kind: 'Status', reason: 'Unauthorized' });
  t.equal((await httpsGet(up.stateDir, `${up.apiUrl}/readyz`, false)).code, 200);
  t.equal((await httpsGet(up.stateDir, `${up.apiUrl}/livez`, false)).code, 200);
});

t.test('kubepulse top prints the same pods straight from the aggregator', async (t) => {
  const r = await run(process.execPath, [CLI, 'top', 'pods', '-A', '--containers', '--kubeconfig', up.kubeconfig]);
  t.equal(r.code, 0, r.stderr);
  const rows = table(r.stdout);
  t.same(rows[0], ['NAMESPACE', 'POD', 'NAME', 'CPU(cores)', 'MEMORY(bytes)']);
  t.ok(rows.some((x) => x[0] === 'shop' && x[1] === 'web' && x[2] === 'burn'));
  const n = await run(process.execPath, [CLI, 'top', 'nodes', '--kubeconfig', up.kubeconfig]);
  t.equal(n.code, 0, n.stderr);
  t.equal(table(n.stdout)[1]?.[0], NODE);
  const bad = await run(process.execPath, [CLI, 'top', 'pods', '-n', 'shop', 'nope', '--kubeconfig', up.kubeconfig]);
  t.equal(bad.code, 1);
  t.match(bad.stderr, /pods.metrics.k8s.io "nope" not found/);
});

// kubectl top rounds CPU up to millicores and memory down to Mi.
const milli = (n: bigint): string => `${(n + 999_999n) / 1_000_000n}m`;
const mi = (b: bigint): string => `${b / (1n << 20n)}Mi`;
const sec = (iso: string): string => iso.replace(/\.\d+Z$/, 'Z');

t.test('kubectl top prints what the agent\'s own /stats/summary says for the same sample', async (t) => {
  // Both reflect one collection cycle when the summary's read time is the same before and after
  // and the API's timestamp (whole seconds; cycles are 3 s apart) names that cycle before and after;
  // a window under 1.5 resolutions means the aggregator's rate spans the same two readings.
  interface ApiNode { timestamp: string; window: string; usage: { cpu: string; memory: string } }
  interface ApiPod { timestamp: string; containers: Array<{ name: string; usage: { cpu: string; memory: string } }> }
  const api = async (): Promise<{ node: ApiNode; pod: ApiPod }> => {
    const n = JSON.parse((await httpsGet(up.stateDir, `${up.apiUrl}/apis/metrics.k8s.io/v1beta1/nodes/${NODE}`)).body) as ApiNode;
    const p = JSON.parse((await httpsGet(up.stateDir, `${up.apiUrl}/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods/web`)).body) as ApiPod;
    return { node: n, pod: p };
  };
  const windowS = (w: string): number => (w.endsWith('ms') ? Number(w.slice(0, -2)) / 1000 : Number(w.slice(0, -1)));
  const match = await waitFor('a window where kubectl, the API and the summary show one cycle', async () => {
    const s1 = await httpGetJson(`${up.agentUrl}/stats/summary`) as Summary;
    const a1 = await api();
    const node = await kubectl('top', 'node', NODE, '--no-headers');
    const pod = await kubectl('top', 'pod', '-n', 'shop', 'web', '--containers', '--no-headers');
    const a2 = await api();
    const s2 = await httpGetJson(`${up.agentUrl}/stats/summary`) as Summary;
    const burn1 = s1.pods.find((p) => p.podRef.name === 'web' && p.podRef.namespace === 'shop')?.containers.find((c) => c.name === 'burn');
    const burn2 = s2.pods.find((p) => p.podRef.name === 'web')?.containers.find((c) => c.name === 'burn');
    if (!burn1 || !burn2 || s1.node.cpu.time !== s2.node.cpu.time || burn1.cpu.time !== burn2.cpu.time) return undefined;
    if (a1.node.timestamp !== a2.node.timestamp || a1.node.timestamp !== sec(s1.node.cpu.time)) return undefined;
    if (a1.pod.timestamp !== a2.pod.timestamp || JSON.stringify(a1) !== JSON.stringify(a2)) return undefined;
    if (windowS(a1.node.window) > 1.5 * RESOLUTION_S) return undefined;
    return { s1, a1, node, pod, burn1 };
  }, 60_000, 100);
  const { s1, a1, node, pod, burn1 } = match;
  const nodeRow = table(node.stdout)[0] ?? [];
  const burnRow = table(pod.stdout).find((r) => r[1] === 'burn') ?? [];
  const apiBurn = a1.pod.containers.find((c) => c.name === 'burn')?.usage ?? { cpu: '-1', memory: '-1' };
  // Memory is one reading: exact all the way through.
  t.equal(a1.node.usage.memory, formatBytes(BigInt(s1.node.memory.workingSetBytes ?? -1)), 'API node memory = summary working set');
  t.equal(nodeRow[3], mi(BigInt(s1.node.memory.workingSetBytes ?? -1)), 'kubectl node memory = summary working set');
  t.equal(apiBurn.memory, formatBytes(BigInt(burn1.memory.workingSetBytes ?? -1)), 'API container memory = summary');
  t.equal(burnRow[3], mi(BigInt(burn1.memory.workingSetBytes ?? -1)), 'kubectl container memory = summary');
  // CPU: the agent and the aggregator divide the same two counter readings by the same two read
  // times (the ones on the wire), so the API's rate is the summary's to the nanocore, and kubectl
  // prints the API's rate rounded up to millicores.
  t.equal(nodeRow[1], milli(parseQuantity(a1.node.usage.cpu, 9)), 'kubectl node CPU = API');
  t.equal(burnRow[2], milli(parseQuantity(apiBurn.cpu, 9)), 'kubectl container CPU = API');
  t.equal(parseQuantity(a1.node.usage.cpu, 9), BigInt(s1.node.cpu.usageNanoCores ?? -1), 'API node CPU = summary usageNanoCores');
  t.equal(parseQuantity(apiBurn.cpu, 9), BigInt(burn1.cpu.usageNanoCores ?? -1), 'API container CPU = summary usageNanoCores');
  t.equal(nodeRow[1], milli(BigInt(s1.node.cpu.usageNanoCores ?? -1)), 'kubectl node CPU = summary, in kubectl units');
});
