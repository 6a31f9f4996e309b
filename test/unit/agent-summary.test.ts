import t, { type Test } from 'tap';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { metaTime, summaryJson } from '../../agent/summary/summary.js';
import { toJson } from '../../agent/summary/json.js';
import { nsToSeconds, renderResourceMetrics, renderResourceMetricsError } from '../../agent/resource-metrics/render.js';
import type { NodeSnapshot, Psi } from '../../agent/model.js';

type Parsed = Array<{ name: string; help: string; type: string; metrics: Array<{ value: string; labels?: Record<string, string>; timestamp_ms?: string }> }>;
const parseProm = createRequire(import.meta.url)('parse-prometheus-text-format') as (text: string) => Parsed;

const T = 1_795_000_000_123_456_789n; // read time, ns
const BIG = (1n << 53n) + 1n;
const psi: Psi = { some: { totalUs: 12n, avg10: 1.5, avg60: 0, avg300: 0.25 }, full: { totalUs: 3n, avg10: 0, avg60: 0, avg300: 0 } };

function snapshot(): NodeSnapshot {
  return {
    collectedNs: T,
    errors: 0,
    node: {
      nodeName: 'node-a', startTimeNs: 1_763_700_000_000_000_000n, memoryCapacityBytes: 16n << 30n, cpuCapacityMillis: 2000n,
      cpu: { timeNs: T, usageNs: BIG, usageNanoCores: 1_234_567n, psi },
      memory: { timeNs: T + 1_000_000n, usageBytes: 3000n, workingSetBytes: 2000n, rssBytes: 1000n, pageFaults: 5n, majorPageFaults: 1n, limitBytes: 10_000n, swapUsageBytes: 0n, swapLimitBytes: 100n, psi },
      network: { timeNs: T, interfaces: [{ name: 'eth0', rxBytes: 1n, rxErrors: 0n, txBytes: 2n, txErrors: 0n }, { name: 'ens5', rxBytes: 3n, rxErrors: 0n, txBytes: 4n, txErrors: 0n }] },
      fs: { timeNs: T, capacityBytes: 100n, availableBytes: 40n, usedBytes: 60n, inodes: 10n, inodesFree: 4n, inodesUsed: 6n },
      ioPsi: psi, maxPid: 32768n, curProc: 150n,
    },
    pods: [{
      uid: 'u-1', name: 'web-1', namespace: 'shop', labels: { app: 'web' }, startTimeNs: 1_795_000_000_000_000_000n, qosClass: 'Burstable',
      cpu: { timeNs: T, usageNs: 2_500_000_000n, usageNanoCores: 5n },
      memory: { timeNs: T, usageBytes: 800n, workingSetBytes: 700n },
      processCount: 3n, ioPsi: psi,
      containers: [{
        id: 'c'.repeat(64), name: 'nginx', startTimeNs: 1_795_000_000_500_000_000n, attempt: 0,
        cpu: { timeNs: T + 2_000_000n, usageNs: 2_000_000_001n },
        memory: { timeNs: T + 3_000_000n, usageBytes: 600n, workingSetBytes: 500n, limitBytes: 400n, swapUsageBytes: 7n, swapLimitBytes: 70n },
      }],
    }, {
      uid: 'u-2', name: '', namespace: '', labels: {}, startTimeNs: 0n, qosClass: 'BestEffort', containers: [],
    }],
  };
}

// JSON names per struct, from reference/kubelet-stats.md §1.2 (stats/v1alpha1 types.go).
const NAMES: Record<string, string[]> = {
  summary: ['node', 'pods'],
  node: ['nodeName', 'systemContainers', 'startTime', 'cpu', 'memory', 'io', 'network', 'fs', 'runtime', 'rlimit', 'swap'],
  pod: ['podRef', 'startTime', 'containers', 'cpu', 'memory', 'io', 'network', 'volume', 'ephemeral-storage', 'process_stats', 'swap'],
  container: ['name', 'startTime', 'cpu', 'memory', 'io', 'accelerators', 'rootfs', 'logs', 'userDefinedMetrics', 'swap'],
  podRef: ['name', 'namespace', 'uid'],
  cpu: ['time', 'usageNanoCores', 'usageCoreNanoSeconds', 'psi'],
  memory: ['time', 'availableBytes', 'usageBytes', 'workingSetBytes', 'rssBytes', 'pageFaults', 'majorPageFaults', 'psi'],
  io: ['time', 'psi'],
  psi: ['full', 'some'],
  psiData: ['total', 'avg10', 'avg60', 'avg300'],
  swap: ['time', 'swapAvailableBytes', 'swapUsageBytes'],
  network: ['time', 'name', 'rxBytes', 'rxErrors', 'txBytes', 'txErrors', 'interfaces'],
  iface: ['name', 'rxBytes', 'rxErrors', 'txBytes', 'txErrors'],
  fs: ['time', 'availableBytes', 'capacityBytes', 'usedBytes', 'inodesFree', 'inodes', 'inodesUsed'],
  rlimit: ['time', 'maxpid', 'curproc'],
  process_stats: ['process_count'],
};

type Obj = Record<string, unknown>;
function checkNames(t: Test, kind: string, o: Obj, where: string): void {
  for (const k of Object.keys(o)) t.ok(NAMES[kind].includes(k), `${where}.${k} is a ${kind} field`);
  const sub: Record<string, string> = { cpu: 'cpu', memory: 'memory', io: 'io', psi: 'psi', swap: 'swap', network: 'network', fs: 'fs', rlimit: 'rlimit', podRef: 'podRef', process_stats: 'process_stats' };
  for (const [k, v] of Object.entries(o)) {
    if (kind === 'psi') checkNames(t, 'psiData', v as Obj, `${where}.${k}`);
    else if (k === 'interfaces') for (const i of v as Obj[]) checkNames(t, 'iface', i, `${where}.interfaces[]`);
    else if (sub[k] && typeof v === 'object' && v !== null) checkNames(t, sub[k], v as Obj, `${where}.${k}`);
  }
}

t.test('Summary field names are the kubelet\'s, nested as stats/v1alpha1 nests them', async (t) => {
  const s = JSON.parse(summaryJson(snapshot())) as Obj;
  checkNames(t, 'summary', s, 'summary');
  const node = s['node'] as Obj;
  checkNames(t, 'node', node, 'node');
  for (const p of s['pods'] as Obj[]) {
    checkNames(t, 'pod', p, 'pod');
    for (const c of p['containers'] as Obj[]) checkNames(t, 'container', c, 'container');
  }
  t.same(Object.keys(node['network'] as Obj).slice(0, 2), ['time', 'name'], 'default interface flattened');
  t.equal((node['network'] as Obj)['name'], 'eth0');
  t.same((s['pods'] as Obj[])[0]['process_stats'], { process_count: 3 });
  t.same((s['pods'] as Obj[])[1]['podRef'], { name: 'u-2', namespace: '', uid: 'u-2' }, 'unnamed pod: uid stands in');
  t.same((s['pods'] as Obj[])[1]['containers'], [], 'containers is never omitted');
  t.equal((s['pods'] as Obj[])[1]['startTime'], null, 'zero time is null');
});

t.test('Summary values: exact uint64 digits, whole-second UTC times, availableBytes = limit − working set, PSI in µs', async (t) => {
  const text = summaryJson(snapshot());
  t.match(text, `"usageCoreNanoSeconds":${BIG}`, 'past 2^53, exact');
  t.notMatch(text, /"usageCoreNanoSeconds":"/, 'integers, not strings');
  const s = JSON.parse(text) as { node: Obj; pods: Obj[] };
  t.equal((s.node['cpu'] as Obj)['time'], '2026-11-18T11:06:40Z');
  t.equal((s.node['memory'] as Obj)['availableBytes'], 8000);
  t.same((s.node['swap']), { time: '2026-11-18T11:06:40Z', swapAvailableBytes: 100, swapUsageBytes: 0 });
  t.same(((s.node['cpu'] as Obj)['psi'] as Obj)['some'], { total: 12, avg10: 1.5, avg60: 0, avg300: 0.25 });
  t.same(s.node['rlimit'], { time: '2026-11-18T11:06:40Z', maxpid: 32768, curproc: 150 });
  const ctr = (s.pods[0]['containers'] as Obj[])[0];
  t.equal((ctr['memory'] as Obj)['availableBytes'], 0, 'working set above the limit: 0, not a wrapped uint64');
  t.notOk('usageNanoCores' in (ctr['cpu'] as Obj), 'no rate yet: omitted');
  t.equal((s.pods[0]['memory'] as Obj)['availableBytes'], undefined, 'no limit: omitted');
  t.equal(metaTime(1_700_000_000_999_999_999n), '2023-11-14T22:13:20Z', 'sub-second part dropped, not rounded');
  t.equal(toJson({ a: undefined, b: [1n, 'x', null] }), '{"b":[1,"x",null]}');
});

t.test('only_cpu_and_memory leaves out network, fs, rlimit, io and process stats', async (t) => {
  const s = JSON.parse(summaryJson(snapshot(), true)) as { node: Obj; pods: Obj[] };
  t.same(Object.keys(s.node).sort(), ['cpu', 'memory', 'nodeName', 'startTime', 'swap']);
  t.same(Object.keys(s.pods[0]).sort(), ['containers', 'cpu', 'memory', 'podRef', 'startTime']);
  t.same(Object.keys((s.pods[0]['containers'] as Obj[])[0]).sort(), ['cpu', 'memory', 'name', 'startTime', 'swap']);
});

t.test('/metrics/resource: kubelet names, HELP, labels, ms read-time timestamps; parses', async (t) => {
  const text = renderResourceMetrics(snapshot());
  const fams = parseProm(text);
  const byName = new Map(fams.map((f) => [f.name, f]));
  t.same([...byName.keys()], [...byName.keys()].sort(), 'families in name order');
  t.equal(byName.get('node_cpu_usage_seconds_total')?.help, '[STABLE] Cumulative cpu time consumed by the node in core-seconds');
  t.equal(byName.get('node_cpu_usage_seconds_total')?.type, 'COUNTER');
  t.equal(byName.get('container_swap_usage_bytes')?.help, '[ALPHA] Current amount of the container swap usage in bytes. Reported only on non-windows systems');
  const node = byName.get('node_cpu_usage_seconds_total')!.metrics[0];
  t.equal(node.value, '9007199.254740993', 'exact seconds');
  t.equal(node.timestamp_ms, '1795000000123', 'the CPU block read time in ms');
  t.equal(byName.get('node_memory_working_set_bytes')!.metrics[0].timestamp_ms, '1795000000124', 'memory has its own read time');
  const ctr = byName.get('container_cpu_usage_seconds_total')!.metrics[0];
  t.same(ctr.labels, { container: 'nginx', namespace: 'shop', pod: 'web-1' });
  t.equal(ctr.value, '2.000000001');
  t.equal(ctr.timestamp_ms, '1795000000125');
  const start = byName.get('container_start_time_seconds')!.metrics[0];
  t.equal(start.value, '1795000000.5');
  t.equal(start.timestamp_ms, undefined, 'start time has no timestamp');
  t.equal(byName.get('container_swap_limit_bytes')!.metrics[0].value, '70');
  t.equal(byName.get('resource_scrape_error')!.metrics[0].value, '0');
  t.notOk(byName.has('scrape_error'), 'deprecated since 1.29 and hidden, as in current kubelets');
  t.match(text, /^pod_cpu_usage_seconds_total\{namespace="shop",pod="web-1"\} 2\.5 1795000000123$/m);
  t.equal(nsToSeconds(0n), '0');
  t.equal(nsToSeconds(1_000_000_000n), '1');
});

t.test('/metrics/resource passes promtool check metrics', async (t) => {
  const which = spawnSync('promtool', ['--version']);
  if (which.error) {
    t.fail('promtool is not installed (apt-get install prometheus)');
    return;
  }
  for (const [what, text] of [['snapshot', renderResourceMetrics(snapshot())], ['error', renderResourceMetricsError()]] as const) {
    const r = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    t.equal(r.status, 0, `${what}: ${r.stdout}${r.stderr}`);
  }
  const weird = snapshot();
  weird.pods[0].name = 'a"b\\c\nd';
  const r = spawnSync('promtool', ['check', 'metrics'], { input: renderResourceMetrics(weird), encoding: 'utf8' });
  t.equal(r.status, 0, `label escaping: ${r.stderr}`);
  t.equal(parseProm(renderResourceMetrics(weird)).find((f) => f.name === 'pod_cpu_usage_seconds_total')!.metrics[0].labels!['pod'], 'a"b\\c\nd');
});
