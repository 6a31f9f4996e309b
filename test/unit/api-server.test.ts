import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { ingestStallProblem } from '../../aggregator/aggregator.js';
import { createHttpAuth } from '../../aggregator/auth/factory.js';
import { requestInfo } from '../../aggregator/api/requestinfo.js';
import { routeLabel, startServer, type AggregatorServer } from '../../aggregator/server.js';
import type { MetricsReader, NodeMetricsPoint } from '../../aggregator/store/types.js';
import { createCA, createClientCert, createServingCert, type PemPair } from '../../common/tls.js';

// A reader the test can fill: readiness follows hasData().
class MutableReader implements MetricsReader {
  nodes: NodeMetricsPoint[] = [];
  nodeMetrics(name?: string): NodeMetricsPoint[] { return this.nodes.filter((n) => name === undefined || n.name === name); }
  podMetrics(): [] { return []; }
  hasData(): boolean { return this.nodes.length > 0; }
}

interface Res { code: number; body: string; type: string }
function call(s: AggregatorServer, ca: string, path: string, opts: { method?: string; client?: PemPair; headers?: Record<string, string> } = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.url}${path}`, {
      method: opts.method ?? 'GET', ca, headers: opts.headers ?? {},
      ...(opts.client ? { cert: opts.client.cert, key: opts.client.key } : {}),
    }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => { body += d.toString(); });
      res.on('end', () => resolve({ code: res.statusCode ?? 0, body, type: String(res.headers['content-type'] ?? '') }));
    });
    req.on('error', reject);
    req.end();
  });
}

const dir = await mkdtemp(join(tmpdir(), 'kp-api-server-'));
t.teardown(() => rm(dir, { recursive: true, force: true }));
const ca = await createCA('unit-ca');
const serving = await createServingCert(ca, ['127.0.0.1']);
const admin = await createClientCert(ca, 'admin', ['system:masters']);
const otherCa = await createCA('other-ca');
const stranger = await createClientCert(otherCa, 'mallory');
await writeFile(join(dir, 'ca.crt'), ca.cert);

t.test('health: /readyz waits for data, /livez follows the ingest, /healthz is up', async (t) => {
  const reader = new MutableReader();
  let problem: string | undefined = undefined;
  const s = await startServer({ reader, tls: serving, host: '127.0.0.1', port: 0, livenessProblem: () => problem });
  t.teardown(() => s.close());
  t.equal((await call(s, ca.cert, '/healthz')).code, 200);
  const notReady = await call(s, ca.cert, '/readyz');
  t.equal(notReady.code, 503);
  t.match(notReady.body, /no node has reported/);
  reader.nodes.push({ name: 'n1', labels: {}, timestampNs: 1n, windowNs: 1n, usage: { cpuNanoCores: 1n, memoryWorkingSetBytes: 1n }, capacity: { cpuMillis: 1n, memoryBytes: 1n } });
  t.equal((await call(s, ca.cert, '/readyz')).code, 200);
  t.equal((await call(s, ca.cert, '/livez')).code, 200);
  problem = 'stalled';
  const dead = await call(s, ca.cert, '/livez');
  t.equal(dead.code, 500);
  t.match(dead.body, /ingest failed: stalled/);
});

t.test('read-only: other methods get 405, unknown paths and OpenAPI get 404 Status', async (t) => {
  const s = await startServer({ reader: new MutableReader(), tls: serving, host: '127.0.0.1', port: 0 });
  t.teardown(() => s.close());
  const post = await call(s, ca.cert, '/apis/metrics.k8s.io/v1beta1/nodes', { method: 'POST' });
  t.equal(post.code, 405);
  t.match(JSON.parse(post.body), { kind: 'Status', reason: 'MethodNotAllowed', code: 405 });
  for (const p of ['/nope', '/openapi/v2', '/openapi/v3', '/api/v1/nodes']) {
    const r = await call(s, ca.cert, p);
    t.equal(r.code, 404, p);
    t.match(r.type, /^application\/json/);
    t.match(JSON.parse(r.body), { kind: 'Status', reason: 'NotFound' });
  }
  const head = await call(s, ca.cert, '/apis/metrics.k8s.io/v1beta1', { method: 'HEAD' });
  t.equal(head.code, 200);
  const list = await call(s, ca.cert, '/apis/metrics.k8s.io/v1beta1/nodes');
  t.same(JSON.parse(list.body), { kind: 'NodeMetricsList', apiVersion: 'metrics.k8s.io/v1beta1', metadata: {}, items: [] });
});

t.test('with client-certificate auth: own CA in, foreign CA and no cert out (401 Status), health open', async (t) => {
  const auth = await createHttpAuth({ mode: 'standalone', clientCaFile: join(dir, 'ca.crt') });
  t.teardown(() => auth.close());
  const s = await startServer({ reader: new MutableReader(), tls: { ...serving, clientCa: [ca.cert] }, host: '127.0.0.1', port: 0, auth, standalone: true });
  t.teardown(() => s.close());
  t.equal((await call(s, ca.cert, '/apis/metrics.k8s.io/v1beta1/nodes', { client: admin })).code, 200);
  t.equal((await call(s, ca.cert, '/api/v1/nodes', { client: admin })).code, 200, 'standalone core API');
  for (const client of [undefined, stranger]) {
    const r = await call(s, ca.cert, '/apis/metrics.k8s.io/v1beta1/nodes', client ? { client } : {});
    t.equal(r.code, 401);
    t.match(JSON.parse(r.body), { kind: 'Status', reason: 'Unauthorized', code: 401 });
  }
  t.equal((await call(s, ca.cert, '/healthz')).code, 200);
  const m = await s.registry.metrics();
  t.match(m, /kubepulse_aggregator_http_auth_failures_total\{code="401"\} 2/);
});

t.test('route labels stay low-cardinality', async (t) => {
  const label = (p: string): string => routeLabel(requestInfo('GET', p, new URLSearchParams()));
  t.equal(label('/apis/metrics.k8s.io/v1beta1/namespaces/a/pods/b'), '/apis/metrics.k8s.io/{version}/namespaces/{namespace}/pods/{name}');
  t.equal(label('/apis/metrics.k8s.io/v1/pods'), '/apis/metrics.k8s.io/{version}/pods');
  t.equal(label('/apis/metrics.k8s.io/v1'), '/apis/metrics.k8s.io/{version}');
  t.equal(label('/random/path/123'), 'other');
  t.equal(label('/apis/other.group/v1/things/x'), 'other');
});

t.test('ingest counts as stalled only when open streams stop delivering', async (t) => {
  const res = 15_000_000_000n;
  const stats = (open: number, last: bigint): { stats: { streamsOpen: number; lastSampleMonoNs: bigint } } =>
    ({ stats: { streamsOpen: open, lastSampleMonoNs: last } });
  const now = 1_000_000_000_000n;
  t.equal(ingestStallProblem(stats(0, 0n) as never, res, now), undefined, 'no agents is not a liveness failure');
  t.equal(ingestStallProblem(stats(2, now - 20_000_000_000n) as never, res, now), undefined, 'within 3 × resolution + 10 s');
  t.match(ingestStallProblem(stats(2, now - 60_000_000_000n) as never, res, now), /2 agent stream\(s\) open but no sample stored for 60s/);
});
