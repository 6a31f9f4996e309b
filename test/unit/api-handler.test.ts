/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are inspected field by field */
import t from 'tap';
import { handleGet, type ApiContext } from '../../aggregator/api/handler.js';
import { requestInfo } from '../../aggregator/api/requestinfo.js';
import { ApiError } from '../../aggregator/api/status.js';
import type { MetricsReader, NodeMetricsPoint, PodMetricsPoint, PodQuery } from '../../aggregator/store/types.js';

// A fixed in-memory reader: the handler is tested against the MetricsReader seam alone.
const T0 = 1_700_000_000_000_000_000n;
const node = (name: string, cpu: bigint, mem: bigint, labels: Record<string, string> = {}): NodeMetricsPoint => ({
  name, labels, timestampNs: T0, windowNs: 10_500_000_000n,
  usage: { cpuNanoCores: cpu, memoryWorkingSetBytes: mem },
  capacity: { cpuMillis: 2000n, memoryBytes: 24n << 30n },
});
const pod = (namespace: string, name: string, labels: Record<string, string>, containers: Array<[string, bigint, bigint]>): PodMetricsPoint => ({
  name, namespace, uid: `${namespace}-${name}`, node: 'n1', labels, timestampNs: T0 - 2_000_000_000n, windowNs: 15_000_000_000n,
  containers: containers.map(([cname, cpu, mem]) => ({ name: cname, usage: { cpuNanoCores: cpu, memoryWorkingSetBytes: mem } })),
  extra: {},
});

class FixedReader implements MetricsReader {
  constructor(readonly nodes: NodeMetricsPoint[], readonly pods: PodMetricsPoint[]) {}
  nodeMetrics(name?: string): NodeMetricsPoint[] { return this.nodes.filter((n) => name === undefined || n.name === name); }
  podMetrics(q: PodQuery = {}): PodMetricsPoint[] {
    return this.pods.filter((p) => (q.namespace === undefined || p.namespace === q.namespace) && (q.name === undefined || p.name === q.name));
  }
  hasData(): boolean { return this.nodes.length > 0; }
}

// Deliberately unsorted, to prove the API sorts.
const reader = new FixedReader(
  [node('n2', 250_000_000n, 1536n << 20n, { zone: 'b' }), node('n1', 7_338_891n, 1500n, { zone: 'a' })],
  [
    pod('default', 'web-2', { app: 'web' }, [['nginx', 2_000_000_000n, 4096n]]),
    pod('kube-system', 'dns', { app: 'dns' }, [['coredns', 1n, 1023n]]),
    pod('default', 'web-1', { app: 'web', 'pod-template-hash': 'abc' }, [['sidecar', 500_000n, 1024n], ['nginx', 1_500_000n, 2048n]]),
    pod('default', 'db', { app: 'db' }, [['pg', 100_000_000n, 1n << 30n]]),
  ],
);
const ctx: ApiContext = { reader, standalone: false, nowNs: () => T0 + 5_000_000_000n };

function get(path: string, accept?: string, c: ApiContext = ctx): { code: number; contentType: string; body: any } {
  const url = new URL(path, 'https://x');
  return handleGet(requestInfo('GET', url.pathname, url.searchParams), url.searchParams, accept, c);
}
function fail(path: string, accept?: string, c: ApiContext = ctx, method = 'GET'): ReturnType<ApiError['toStatus']> {
  const url = new URL(path, 'https://x');
  try {
    handleGet(requestInfo(method, url.pathname, url.searchParams), url.searchParams, accept, c);
  } catch (err) {
    if (err instanceof ApiError) return err.toStatus();
    throw err;
  }
  throw new Error(`expected ${path} to fail`);
}

t.test('discovery documents list both versions and never an empty resource list', async (t) => {
  const groups = get('/apis').body;
  t.equal(groups.kind, 'APIGroupList');
  t.same(groups.groups[0].versions.map((v: any) => v.version), ['v1beta1', 'v1']);
  t.equal(groups.groups[0].preferredVersion.version, 'v1beta1');
  t.equal(get('/apis/metrics.k8s.io').body.kind, 'APIGroup');
  for (const v of ['v1beta1', 'v1']) {
    const rl = get(`/apis/metrics.k8s.io/${v}`).body;
    t.equal(rl.groupVersion, `metrics.k8s.io/${v}`);
    t.same(rl.resources.map((r: any) => [r.name, r.kind, r.namespaced, r.verbs]), [
      ['nodes', 'NodeMetrics', false, ['get', 'list']],
      ['pods', 'PodMetrics', true, ['get', 'list']],
    ]);
  }
  t.equal(fail('/apis/metrics.k8s.io/v2').code, 404, 'an unserved version is not found');
});

t.test('node metrics carry canonical quantities, RFC 3339 time and a Go duration window', async (t) => {
  const list = get('/apis/metrics.k8s.io/v1beta1/nodes').body;
  t.equal(list.kind, 'NodeMetricsList');
  t.equal(list.apiVersion, 'metrics.k8s.io/v1beta1');
  t.same(list.items.map((n: any) => n.metadata.name), ['n1', 'n2'], 'sorted by name');
  const [n1, n2] = list.items;
  t.same(n1.usage, { cpu: '7338891n', memory: '1500' });
  t.same(n2.usage, { cpu: '250m', memory: '1536Mi' });
  t.equal(n1.timestamp, '2023-11-14T22:13:20Z');
  t.equal(n1.window, '10.5s');
  t.equal(n1.metadata.creationTimestamp, '2023-11-14T22:13:25Z');
  t.same(n1.metadata.labels, { zone: 'a' });
});

t.test('v1 and v1beta1 serve the same objects and differ only in apiVersion', async (t) => {
  const a = get('/apis/metrics.k8s.io/v1beta1/namespaces/default/pods').body;
  const b = get('/apis/metrics.k8s.io/v1/namespaces/default/pods').body;
  t.equal(b.apiVersion, 'metrics.k8s.io/v1');
  t.equal(b.items[0].apiVersion, 'metrics.k8s.io/v1');
  const strip = (l: any): unknown => JSON.parse(JSON.stringify(l).replaceAll('metrics.k8s.io/v1beta1', 'metrics.k8s.io/v1'));
  t.same(strip(a), b);
});

t.test('pods list per namespace and across namespaces, sorted, containers sorted', async (t) => {
  const ns = get('/apis/metrics.k8s.io/v1beta1/namespaces/default/pods').body;
  t.same(ns.items.map((p: any) => p.metadata.name), ['db', 'web-1', 'web-2']);
  const all = get('/apis/metrics.k8s.io/v1beta1/pods').body;
  t.same(all.items.map((p: any) => `${p.metadata.namespace}/${p.metadata.name}`), ['default/db', 'default/web-1', 'default/web-2', 'kube-system/dns']);
  const web1 = get('/apis/metrics.k8s.io/v1beta1/namespaces/default/pods/web-1').body;
  t.equal(web1.kind, 'PodMetrics');
  t.same(web1.containers, [{ name: 'nginx', usage: { cpu: '1500u', memory: '2Ki' } }, { name: 'sidecar', usage: { cpu: '500u', memory: '1Ki' } }]);
  t.equal(web1.window, '15s');
  t.equal(web1.timestamp, '2023-11-14T22:13:18Z');
});

t.test('label and field selectors filter lists; a bad one is a 400 Status', async (t) => {
  const names = (p: string): string[] => get(p).body.items.map((i: any) => i.metadata.name);
  t.same(names('/apis/metrics.k8s.io/v1beta1/pods?labelSelector=app%3Dweb'), ['web-1', 'web-2']);
  t.same(names('/apis/metrics.k8s.io/v1beta1/pods?labelSelector=app+in+%28web%2Cdns%29%2C%21pod-template-hash'), ['web-2', 'dns'], '+ decodes as a space; namespace then name');
  t.same(names('/apis/metrics.k8s.io/v1beta1/pods?fieldSelector=metadata.namespace%21%3Ddefault'), ['dns']);
  t.same(names('/apis/metrics.k8s.io/v1beta1/namespaces/default/pods?fieldSelector=metadata.name%3Ddb'), ['db']);
  t.same(names('/apis/metrics.k8s.io/v1beta1/nodes?labelSelector=zone%3Db'), ['n2']);
  t.same(names('/apis/metrics.k8s.io/v1beta1/nodes?labelSelector=zone%3Dc'), [], 'no match is an empty list, not an error');
  const bad = fail('/apis/metrics.k8s.io/v1beta1/pods?labelSelector=app+in+web');
  t.match(bad, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'BadRequest', code: 400, message: /expected: '\('/ });
  t.match(fail('/apis/metrics.k8s.io/v1beta1/nodes?fieldSelector=metadata.namespace%3Dx'), { code: 400, message: /field label not supported/ });
});

t.test('missing objects are 404 NotFound Status objects in the apimachinery wording', async (t) => {
  t.same(fail('/apis/metrics.k8s.io/v1beta1/namespaces/default/pods/nope'), {
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure',
    message: 'pods.metrics.k8s.io "nope" not found', reason: 'NotFound',
    details: { name: 'nope', group: 'metrics.k8s.io', kind: 'pods' }, code: 404,
  });
  t.match(fail('/apis/metrics.k8s.io/v1beta1/nodes/nope'), { code: 404, message: 'nodes.metrics.k8s.io "nope" not found' });
  t.match(fail('/apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods/web-1'), { code: 404 }, 'a pod is found only in its own namespace');
  t.match(fail('/apis/metrics.k8s.io/v1beta1/namespaces/default/nodes'), { code: 404 }, 'nodes are not namespaced');
  t.match(fail('/apis/metrics.k8s.io/v1beta1/services'), { code: 404, message: 'the server could not find the requested resource' });
});

t.test('watch is refused with 405 MethodNotAllowed, other verbs too', async (t) => {
  t.match(fail('/apis/metrics.k8s.io/v1beta1/pods?watch=true'), {
    code: 405, reason: 'MethodNotAllowed', message: 'watch is not supported on resources of kind "pods.metrics.k8s.io"',
  });
  t.match(fail('/apis/metrics.k8s.io/v1beta1/watch/nodes'), { code: 405, message: /nodes.metrics.k8s.io/ });
  t.match(fail('/apis/metrics.k8s.io/v1beta1/nodes', undefined, ctx, 'DELETE'), { code: 405, reason: 'MethodNotAllowed' });
  t.equal(get('/apis/metrics.k8s.io/v1beta1/nodes?watch=false').code, 200, 'watch=false is a plain list');
});

const KUBECTL_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

t.test('Table output has metrics-server columns, summed pod usage, and honours includeObject', async (t) => {
  const res = get('/apis/metrics.k8s.io/v1beta1/namespaces/default/pods', KUBECTL_ACCEPT);
  t.equal(res.contentType, 'application/json;as=Table;v=v1;g=meta.k8s.io');
  const tbl = res.body;
  t.equal(tbl.kind, 'Table');
  t.equal(tbl.apiVersion, 'meta.k8s.io/v1');
  t.same(tbl.columnDefinitions.map((c: any) => [c.name, c.format]), [['Name', 'name'], ['cpu', 'quantity'], ['memory', 'quantity'], ['Window', 'duration']]);
  t.same(tbl.rows[1].cells, ['web-1', '2m', '3Ki', '15s'], 'usage summed over containers');
  t.same(tbl.rows[1].object, { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: get('/apis/metrics.k8s.io/v1beta1/namespaces/default/pods/web-1').body.metadata });
  const withObj = get('/apis/metrics.k8s.io/v1beta1/nodes?includeObject=Object', KUBECTL_ACCEPT).body;
  t.equal(withObj.rows[0].object.kind, 'NodeMetrics');
  t.same(withObj.rows[0].cells, ['n1', '7338891n', '1500', '10.5s']);
  const none = get('/apis/metrics.k8s.io/v1beta1/nodes?includeObject=None', KUBECTL_ACCEPT).body;
  t.equal(Object.hasOwn(none.rows[0], 'object'), false);
  t.match(fail('/apis/metrics.k8s.io/v1beta1/nodes?includeObject=All', KUBECTL_ACCEPT), { code: 400, message: /unrecognized includeObject value/ });
  t.equal(get('/apis/metrics.k8s.io/v1beta1/nodes/n2', 'application/json;as=Table;v=v1beta1;g=meta.k8s.io').body.apiVersion, 'meta.k8s.io/v1beta1', 'a single get can be a Table too');
});

t.test('content negotiation: JSON by default, 406 when nothing acceptable is offered', async (t) => {
  t.equal(get('/apis/metrics.k8s.io/v1beta1/nodes', '*/*').body.kind, 'NodeMetricsList');
  t.equal(get('/apis/metrics.k8s.io/v1beta1/nodes', 'application/vnd.kubernetes.protobuf,application/json').body.kind, 'NodeMetricsList');
  t.match(fail('/apis/metrics.k8s.io/v1beta1/nodes', 'application/vnd.kubernetes.protobuf'), { code: 406, reason: 'NotAcceptable' });
  t.match(fail('/apis/metrics.k8s.io/v1beta1/nodes', 'application/json;as=Table;v=v2;g=meta.k8s.io'), { code: 406 });
  t.match(fail('/apis/metrics.k8s.io/v1beta1', 'application/json;as=Table;v=v1;g=meta.k8s.io'), { code: 406 }, 'no Table for discovery');
});

t.test('the core API exists only in standalone mode and carries capacity and allocatable', async (t) => {
  t.match(fail('/api/v1/nodes'), { code: 404 }, 'cluster mode serves nothing of the core group');
  t.match(fail('/api'), { code: 404 });
  const sa: ApiContext = { ...ctx, standalone: true };
  t.same(get('/api', undefined, sa).body.versions, ['v1']);
  t.equal(get('/api/v1', undefined, sa).body.resources[0].name, 'nodes');
  const nodes = get('/api/v1/nodes', undefined, sa).body;
  t.equal(nodes.kind, 'NodeList');
  t.same(nodes.items.map((n: any) => n.metadata.name), ['n1', 'n2']);
  t.same(nodes.items[0].status.capacity, { cpu: '2', memory: '24Gi' });
  t.same(nodes.items[0].status.allocatable, { cpu: '2', memory: '24Gi' });
  t.equal(get('/api/v1/nodes/n2', undefined, sa).body.metadata.name, 'n2');
  t.match(fail('/api/v1/nodes/zz', undefined, sa), { code: 404, message: 'nodes "zz" not found' });
  t.same(get('/api/v1/nodes?labelSelector=zone%3Da', undefined, sa).body.items.map((n: any) => n.metadata.name), ['n1']);
  t.same(get('/api/v1/namespaces/default/pods', undefined, sa).body.items.map((p: any) => p.metadata.name), ['db', 'web-1', 'web-2'],
    'core pods let kubectl top pod tell "no pods" from "no metrics yet"');
  t.match(fail('/api/v1/services', undefined, sa), { code: 404 });
});
