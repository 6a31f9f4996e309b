/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are inspected field by field */
import t from 'tap';
import { formatRate, POD_CUSTOM_METRICS } from '../../aggregator/api/custom-metrics.js';
import { handleGet, type ApiContext } from '../../aggregator/api/handler.js';
import { requestInfo } from '../../aggregator/api/requestinfo.js';
import { ApiError } from '../../aggregator/api/status.js';
import type { MetricsReader, NodeMetricsPoint, PodExtraRates, PodMetricsPoint, PodQuery } from '../../aggregator/store/types.js';

// A fixed in-memory reader: the custom metrics API is tested against the MetricsReader seam alone.
const T0 = 1_700_000_000_000_000_000n;
const pod = (namespace: string, name: string, labels: Record<string, string>, extra: PodExtraRates, windowNs = 15_000_000_000n): PodMetricsPoint => ({
  name, namespace, uid: `${namespace}-${name}`, node: 'n1', labels, timestampNs: T0, windowNs,
  containers: [{ name: 'c', usage: { cpuNanoCores: 1n, memoryWorkingSetBytes: 1n } }], extra,
});

class FixedReader implements MetricsReader {
  readonly queries: PodQuery[] = [];
  constructor(readonly pods: PodMetricsPoint[]) {}
  nodeMetrics(): NodeMetricsPoint[] { return []; }
  podMetrics(q: PodQuery = {}): PodMetricsPoint[] {
    this.queries.push(q);
    return this.pods.filter((p) => (q.namespace === undefined || p.namespace === q.namespace) && (q.name === undefined || p.name === q.name));
  }
  hasData(): boolean { return true; }
}

// Deliberately unsorted, to prove the API sorts.
const reader = new FixedReader([
  pod('web', 'web-2', { app: 'web' }, { cpuThrottledSecondsPerSecond: 1.5, cpuThrottledPeriodsRatio: 0.25, networkRxBytesPerSecond: 1_500_000, networkTxBytesPerSecond: 1024 }, 10_400_000_000n),
  pod('web', 'web-1', { app: 'web', tier: 'front' }, { cpuThrottledSecondsPerSecond: 0.0004, cpuThrottledPeriodsRatio: 0, cpuPressureSomeSecondsPerSecond: 0.1234567, memoryPressureSomeSecondsPerSecond: 0.02 }),
  pod('web', 'db', { app: 'db' }, { cpuThrottledSecondsPerSecond: 2, networkRxBytesPerSecond: Number.NaN }),
  pod('other', 'web-9', { app: 'web' }, { cpuThrottledSecondsPerSecond: 9 }),
]);
const ctx: ApiContext = { reader, standalone: false, nowNs: () => T0 };
const BASE = '/apis/custom.metrics.k8s.io/v1beta2';

function get(path: string, accept?: string): { code: number; contentType: string; body: any } {
  const url = new URL(path, 'https://x');
  return handleGet(requestInfo('GET', url.pathname, url.searchParams), url.searchParams, accept, ctx);
}
function fail(path: string, accept?: string): ReturnType<ApiError['toStatus']> {
  const url = new URL(path, 'https://x');
  try {
    handleGet(requestInfo('GET', url.pathname, url.searchParams), url.searchParams, accept, ctx);
  } catch (err) {
    if (err instanceof ApiError) return err.toStatus();
    throw err;
  }
  throw new Error(`expected ${path} to fail`);
}
const values = (body: any): Array<[string, string]> => body.items.map((i: any) => [i.describedObject.name, i.value]);

t.test('discovery: the group prefers v1beta2 and the resource list names every pods/<metric>, never empty', async (t) => {
  const group = get('/apis/custom.metrics.k8s.io').body;
  t.same(group, {
    kind: 'APIGroup', apiVersion: 'v1', name: 'custom.metrics.k8s.io',
    versions: [{ groupVersion: 'custom.metrics.k8s.io/v1beta2', version: 'v1beta2' }],
    preferredVersion: { groupVersion: 'custom.metrics.k8s.io/v1beta2', version: 'v1beta2' },
  });
  const all = get('/apis').body;
  t.same(all.groups.map((g: any) => g.name), ['metrics.k8s.io', 'custom.metrics.k8s.io'], '/apis lists both groups');
  const rl = get(`${BASE}/`).body;
  t.equal(rl.kind, 'APIResourceList');
  t.equal(rl.groupVersion, 'custom.metrics.k8s.io/v1beta2');
  t.same(rl.resources.map((r: any) => r.name), [
    'pods/cpu_throttled_seconds_per_second', 'pods/cpu_throttled_periods_ratio', 'pods/cpu_pressure_some_seconds_per_second',
    'pods/memory_pressure_some_seconds_per_second', 'pods/network_receive_bytes_per_second', 'pods/network_transmit_bytes_per_second',
  ]);
  for (const r of rl.resources) t.same({ ...r, name: '' }, { name: '', singularName: '', namespaced: true, kind: 'MetricValueList', verbs: ['get'] });
  const empty = new FixedReader([]);
  const url = new URL(BASE, 'https://x');
  t.equal((handleGet(requestInfo('GET', url.pathname, url.searchParams), url.searchParams, undefined, { ...ctx, reader: empty }).body as any).resources.length, 6, 'listed before any pod has data');
  t.equal(fail('/apis/custom.metrics.k8s.io/v1beta1').code, 404, 'v1beta1 is not served');
  t.equal(fail(`${BASE}/namespaces/web/pods/*/cpu_throttled_seconds_per_second`, 'application/json;as=Table;v=v1;g=meta.k8s.io').code, 406, 'no Table form');
});

t.test('pods/* returns a sorted MetricValueList of the namespace\'s pods that have the metric', async (t) => {
  const body = get(`${BASE}/namespaces/web/pods/*/cpu_throttled_seconds_per_second`).body;
  t.equal(body.kind, 'MetricValueList');
  t.equal(body.apiVersion, 'custom.metrics.k8s.io/v1beta2');
  t.same(body.metadata, {});
  t.same(values(body), [['db', '2'], ['web-1', '0'], ['web-2', '1500m']], 'other namespaces excluded, sorted by name');
  t.same(body.items[2], {
    describedObject: { kind: 'Pod', namespace: 'web', name: 'web-2', apiVersion: '/v1' },
    metric: { name: 'cpu_throttled_seconds_per_second', selector: null },
    timestamp: '2023-11-14T22:13:20Z',
    windowSeconds: 10,
    value: '1500m',
  });
  t.equal(body.items[0].windowSeconds, 15);
  t.same(values(get(`${BASE}/namespaces/web/pods/*/cpu_pressure_some_seconds_per_second`).body), [['web-1', '123m']], 'pods without the measure are left out');
  t.same(values(get(`${BASE}/namespaces/web/pods/*/network_receive_bytes_per_second`).body), [['web-2', '1500k']], 'a NaN rate is never served');
  t.same(get(`${BASE}/namespaces/none/pods/*/cpu_throttled_periods_ratio`).body.items, [], 'an empty namespace is an empty list, as upstream');
});

t.test('labelSelector narrows the pods (pre-filter and filter); metricLabelSelector matches the label-less series', async (t) => {
  reader.queries.length = 0;
  const sel = get(`${BASE}/namespaces/web/pods/%2A/cpu_throttled_seconds_per_second?labelSelector=${encodeURIComponent('app in (web),tier!=back')}`).body;
  t.same(values(sel), [['web-1', '0'], ['web-2', '1500m']]);
  t.type(reader.queries[0]?.labels, 'function', 'the store is given the selector as a pre-filter');
  t.same(values(get(`${BASE}/namespaces/web/pods/*/cpu_throttled_seconds_per_second?labelSelector=tier`).body), [['web-1', '0']]);
  t.same(values(get(`${BASE}/namespaces/web/pods/*/cpu_throttled_seconds_per_second?metricLabelSelector=!foo`).body).length, 3);
  t.same(get(`${BASE}/namespaces/web/pods/*/cpu_throttled_seconds_per_second?metricLabelSelector=foo%3Dbar`).body.items, [], 'no series has label foo');
  for (const param of ['labelSelector', 'metricLabelSelector']) {
    const s = fail(`${BASE}/namespaces/web/pods/*/cpu_throttled_seconds_per_second?${param}=${encodeURIComponent('app in (web')}`);
    t.equal(s.code, 400, param);
    t.equal(s.reason, 'BadRequest');
    t.match(s.message, new RegExp(`^${param}: `));
  }
});

t.test('a single pod is a one-item list; missing pods, metrics and paths are NotFound Status', async (t) => {
  const one = get(`${BASE}/namespaces/web/pods/web-1/memory_pressure_some_seconds_per_second`).body;
  t.equal(one.kind, 'MetricValueList');
  t.same(values(one), [['web-1', '20m']], 'exactly one item, as the HPA\'s object-metric path requires');
  const cases: Array<[string, string]> = [
    [`${BASE}/namespaces/web/pods/*/http_requests`, 'the server could not find the metric http_requests for pods'],
    [`${BASE}/namespaces/web/pods/ghost/cpu_throttled_seconds_per_second`, 'the server could not find the metric cpu_throttled_seconds_per_second for pods ghost'],
    [`${BASE}/namespaces/web/pods/db/network_transmit_bytes_per_second`, 'the server could not find the metric network_transmit_bytes_per_second for pods db'],
    [`${BASE}/namespaces/web/services/*/cpu_throttled_seconds_per_second`, 'the server could not find the metric cpu_throttled_seconds_per_second for services'],
    [`${BASE}/namespaces/web/metrics/cpu_throttled_seconds_per_second`, 'the server could not find the metric cpu_throttled_seconds_per_second for namespaces'],
    [`${BASE}/pods/*/cpu_throttled_seconds_per_second`, 'the server could not find the metric cpu_throttled_seconds_per_second for pods'],
  ];
  for (const [path, message] of cases) {
    const s = fail(path);
    t.same({ code: s.code, reason: s.reason, message: s.message, kind: s.kind }, { code: 404, reason: 'NotFound', message, kind: 'Status' }, path);
  }
  for (const path of [`${BASE}/namespaces/web/pods`, `${BASE}/namespaces/web/pods/web-1`, `${BASE}/namespaces/web/pods/web-1/a/b`]) {
    t.equal(fail(path).message, 'the server could not find the requested resource', path);
  }
});

t.test('watch is 405 MethodNotAllowed, in both spellings', async (t) => {
  for (const path of [`${BASE}/namespaces/web/pods/*/cpu_throttled_seconds_per_second?watch=true`, `${BASE}/watch/namespaces/web/pods/*/cpu_throttled_seconds_per_second`]) {
    const s = fail(path);
    t.equal(s.code, 405, path);
    t.equal(s.message, 'watch is not supported on resources of kind "pods.custom.metrics.k8s.io"');
  }
});

t.test('values are canonical DecimalSI Quantities rounded to the nearest milli-unit', async (t) => {
  const cases: Array<[number, string]> = [
    [0, '0'], [0.25, '250m'], [1.5, '1500m'], [2, '2'], [0.1234567, '123m'], [0.0004, '0'], [0.0005, '1m'],
    [0.25000000000000006, '250m'], [1024, '1024'], [1_500_000, '1500k'], [2e9, '2G'], [12_345_678.9, '12345678900m'],
  ];
  for (const [v, want] of cases) t.equal(formatRate(v), want, String(v));
  t.equal(POD_CUSTOM_METRICS.length, new Set(POD_CUSTOM_METRICS.map((m) => m.name)).size, 'names are unique');
});
