// The attack suite: every case below is expected to be REFUSED by a real running aggregator
// (startAggregator: gRPC ingest, store, HTTPS API) wired to the real authenticators. Where the
// kube-apiserver is needed (the extension-apiserver-authentication ConfigMap, SubjectAccessReview,
// the service-account JWKS, TokenReview) a minimal stand-in HTTPS server answers. A well-behaved
// agent streams for node "good-node" the whole time; at the end its data must still be served.
import t, { type Test } from 'tap';
import tls from 'node:tls';
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { createCA, createClientCert } from '../../common/tls.js';
import { toWire } from '../../common/u64.js';
import { parseQuantity } from '../../common/quantity.js';
import { hello, httpsGet, type HttpAnswer, LEGIT_PODS, openStream, sample, startBed, startLegitAgent, MS, type Bed } from './attack-fixtures.js';
import { createSaSigner, podTokenClaims } from '../unit/auth-fixtures.js';

const bed: Bed = await startBed();
t.teardown(() => bed.close());
const legit = await startLegitAgent(bed, 'good-node');
const NODES = '/apis/metrics.k8s.io/v1beta1/nodes';
const PODS_A = '/apis/metrics.k8s.io/v1beta1/namespaces/team-a/pods';
const hpaHeaders = { 'x-remote-user': 'hpa', 'x-remote-group': 'system:serviceaccounts' };

// The legitimate path works first, or every refusal below would prove nothing.
t.before(async () => {
  let last = '';
  for (let i = 0; i < 80; i++) {
    const r = await httpsGet(bed, '/apis/metrics.k8s.io/v1beta1/pods', { cert: bed.proxy, headers: hpaHeaders });
    if (r.status === 200 && r.json.items.length === 2) return;
    last = `${r.status} ${r.body.slice(0, 300)}`;
    await sleep(100);
  }
  const acks = legit.stream.received.map((m) => JSON.stringify(m)).slice(-2).join(' ');
  throw new Error(`the well-behaved agent never became visible to the front-proxied HPA: ${last}; agent saw ${acks}`);
});

const isStatus = (t: Tap, r: HttpAnswer, code: number, reason: string): void => {
  t.equal(r.status, code, `HTTP ${code}`);
  t.match(r.json, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason, code });
};
type Tap = Test;
interface Item { metadata: { name: string; namespace: string } }

async function refusedStream(t: Tap, token: string | undefined, node: string, code: grpc.status, re: RegExp): Promise<void> {
  const s = openStream(bed, token);
  s.call.write(hello(node));
  const st = await s.status;
  s.client.close();
  t.equal(st.code, code, `gRPC ${grpc.status[code]} (got ${grpc.status[st.code]}: ${st.details})`);
  t.match(st.details, re);
  t.notOk(s.received.some((m) => m.settings), 'no Settings were sent to the refused stream');
}

// ---------------------------------------------------------------- HTTPS: authentication

t.test('attack 1: forged X-Remote-User/Group without any client certificate → 401', async (t) => {
  const r = await httpsGet(bed, NODES, { headers: { 'x-remote-user': 'system:admin', 'x-remote-group': 'system:masters' } });
  isStatus(t, r, 401, 'Unauthorized');
  t.equal(r.json.message, 'Unauthorized');
});

t.test('attack 2: forged X-Remote-User with a valid client-CA cert: the cert identity is used, not the header', async (t) => {
  const mallory = await createClientCert(bed.clientCa, 'mallory');
  const r = await httpsGet(bed, NODES, { cert: mallory, headers: { 'x-remote-user': 'hpa', 'x-remote-group': 'system:masters' } });
  isStatus(t, r, 403, 'Forbidden');
  t.match(r.json.message, /User "mallory" cannot list resource "nodes"/);
  t.equal(bed.api.calls.filter((c) => JSON.stringify(c.body ?? '').includes('"system:masters"')).length, 0, 'the forged group never reached a SubjectAccessReview');
});

t.test('attack 3: a front-proxy certificate from another CA (same CN) → 401', async (t) => {
  const rogueCa = await createCA('attack-front-proxy-ca');
  const rogue = await createClientCert(rogueCa, 'front-proxy-client');
  isStatus(t, await httpsGet(bed, PODS_A, { cert: rogue, headers: hpaHeaders }), 401, 'Unauthorized');
});

t.test('attack 4: a proxy-CA certificate whose CN is not in the allowed names → 401', async (t) => {
  const other = await createClientCert(bed.proxyCa, 'not-the-proxy');
  isStatus(t, await httpsGet(bed, PODS_A, { cert: other, headers: hpaHeaders }), 401, 'Unauthorized');
});

t.test('attack 5: no credentials at all → 401 on the API, /metrics and discovery; health stays open', async (t) => {
  for (const p of [NODES, '/metrics', '/apis/metrics.k8s.io/v1beta1', '/apis', '/openapi/v2']) isStatus(t, await httpsGet(bed, p), 401, 'Unauthorized');
  t.equal((await httpsGet(bed, '/healthz')).status, 200, '/healthz needs no credentials');
});

t.test('attack 6: an expired client certificate → 401', async (t) => {
  const expired = await createClientCert(bed.clientCa, 'token-admin', ['system:masters'], { days: -1 });
  isStatus(t, await httpsGet(bed, NODES, { cert: expired }), 401, 'Unauthorized');
});

t.test('attack 7: a client certificate claiming system:masters from a self-made CA with the client CA\'s name → 401', async (t) => {
  const impostor = await createCA('attack-client-ca');
  const c = await createClientCert(impostor, 'admin', ['system:masters']);
  isStatus(t, await httpsGet(bed, NODES, { cert: c }), 401, 'Unauthorized');
});

t.test('attack 8: unknown bearer token, Basic auth, empty Bearer → 401', async (t) => {
  isStatus(t, await httpsGet(bed, NODES, { headers: { authorization: 'Bearer not-a-token' } }), 401, 'Unauthorized');
  isStatus(t, await httpsGet(bed, NODES, { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } }), 401, 'Unauthorized');
  isStatus(t, await httpsGet(bed, NODES, { headers: { authorization: 'Bearer ' } }), 401, 'Unauthorized');
});

t.test('attack 9: an agent ServiceAccount token is not an API credential (audience kubepulse is not the apiserver\'s)', async (t) => {
  isStatus(t, await httpsGet(bed, NODES, { headers: { authorization: `Bearer ${await bed.agentToken('good-node')}` } }), 401, 'Unauthorized');
});

// ---------------------------------------------------------------- HTTPS: authorization

t.test('attack 10: a valid token without RBAC → 403 in the upstream wording', async (t) => {
  const r = await httpsGet(bed, '/apis/metrics.k8s.io/v1beta1/namespaces/team-a/pods/web-a', { headers: { authorization: 'Bearer nobody-token' } });
  isStatus(t, r, 403, 'Forbidden');
  t.equal(r.json.message, 'pods.metrics.k8s.io "web-a" is forbidden: User "nobody" cannot get resource "pods" in API group "metrics.k8s.io" in the namespace "team-a": no RBAC policy matched');
  t.match(r.json.details, { name: 'web-a', group: 'metrics.k8s.io', kind: 'pods' });
});

t.test('attack 11: the HPA identity may list pods but not read nodes', async (t) => {
  isStatus(t, await httpsGet(bed, NODES, { cert: bed.proxy, headers: hpaHeaders }), 403, 'Forbidden');
  isStatus(t, await httpsGet(bed, `${NODES}/good-node`, { cert: bed.proxy, headers: hpaHeaders }), 403, 'Forbidden');
});

t.test('attack 12: selector injection cannot widen a namespace-scoped grant', async (t) => {
  const viewer = { 'x-remote-user': 'viewer-a' };
  const own = await httpsGet(bed, PODS_A, { cert: bed.proxy, headers: viewer });
  t.equal(own.status, 200);
  t.same(own.json.items.map((i: Item) => i.metadata.namespace), ['team-a']);
  for (const q of ['?fieldSelector=metadata.namespace%3Dteam-b', '?fieldSelector=metadata.namespace!%3Dteam-a', '?labelSelector=app%3Dweb%2Cnamespace%3Dteam-b']) {
    const r = await httpsGet(bed, PODS_A + q, { cert: bed.proxy, headers: viewer });
    t.ok(r.status === 200 || r.status === 400, `${q}: ${r.status}`);
    t.notOk(r.body.includes('team-b'), `${q}: nothing from team-b`);
  }
  isStatus(t, await httpsGet(bed, '/apis/metrics.k8s.io/v1beta1/pods?fieldSelector=metadata.namespace%3Dteam-a', { cert: bed.proxy, headers: viewer }), 403, 'Forbidden');
  isStatus(t, await httpsGet(bed, '/apis/metrics.k8s.io/v1beta1/namespaces/team-b/pods', { cert: bed.proxy, headers: viewer }), 403, 'Forbidden');
});

t.test('attack 13: malformed selectors are 400 Status, not a crash or a match-all', async (t) => {
  for (const q of ['labelSelector=app%20in%20(a', 'labelSelector=%3D%3D%3D', 'labelSelector=a%3D' + 'x'.repeat(5000), 'fieldSelector=spec.nodeName%3Dgood-node', 'labelSelector=app%3Dweb)%20or%20(1%3D1']) {
    const r = await httpsGet(bed, `${PODS_A}?${q}`, { headers: { authorization: 'Bearer admin-token' } });
    t.equal(r.status, 400, `${q.slice(0, 40)} → 400`);
    t.match(r.json, { kind: 'Status', reason: 'BadRequest' });
  }
});

t.test('attack 14: path traversal and encoded separators never reach another resource', async (t) => {
  const viewer = { 'x-remote-user': 'viewer-a' };
  for (const p of [
    '/apis/metrics.k8s.io/v1beta1/namespaces/team-a/pods/../../../nodes',
    '/apis/metrics.k8s.io/v1beta1/namespaces/team-a/pods/%2e%2e/%2e%2e/%2e%2e/nodes',
    '/apis/metrics.k8s.io/v1beta1/namespaces/team-a%2Fpods%2F..%2F..%2Fteam-b/pods',
    '/apis/metrics.k8s.io/v1beta1/namespaces/team-a/pods/web-a%00',
    '/apis/metrics.k8s.io/v1beta1/namespaces/team-a/pods/%E0%A4%A',
    // A leading "//" must not turn the first segment into a host and the rest into an API path.
    '//other-host/apis/metrics.k8s.io/v1beta1/nodes',
    '//%00/apis/metrics.k8s.io/v1beta1/namespaces/team-b/pods',
  ]) {
    const r = await httpsGet(bed, p, { cert: bed.proxy, headers: viewer });
    t.ok([400, 403, 404].includes(r.status), `${p} → ${r.status}`);
    t.equal(r.json?.kind, 'Status', `${p}: a Status, no metrics object`);
    t.notOk(r.body.includes('"usage"') || r.body.includes('good-node'), `${p}: no other resource leaked`);
  }
});

t.test('attack 15: header smuggling over a raw TLS socket (CL/TE conflict, smuggled X-Remote-User) is not honoured', async (t) => {
  const smuggled = 'GET /apis/metrics.k8s.io/v1beta1/nodes HTTP/1.1\r\nHost: x\r\nX-Remote-User: hpa\r\nX-Remote-Group: system:masters\r\n\r\n';
  const raw =
    'POST /apis/metrics.k8s.io/v1beta1/nodes HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n' + smuggled;
  const answer = await new Promise<string>((resolve, reject) => {
    const sock = tls.connect({ host: '127.0.0.1', port: bed.agg.server.port, ca: bed.servingCa.cert, servername: 'localhost' }, () => sock.end(raw));
    let buf = '';
    sock.on('data', (d: Buffer) => { buf += d.toString(); });
    sock.on('end', () => resolve(buf));
    sock.on('close', () => resolve(buf));
    sock.on('error', reject);
    sock.setTimeout(5000, () => sock.destroy());
  });
  t.match(answer, /^HTTP\/1\.1 40[01]/, 'the conflicting request is refused');
  t.notMatch(answer, /HTTP\/1\.1 200/, 'nothing was answered 200');
  t.notMatch(answer, /"NodeMetricsList"/);
  // Folded / duplicated identity headers on a request WITH the proxy cert: Node keeps them apart; the first user wins.
  const dup = await httpsGet(bed, NODES, { cert: bed.proxy, headers: { 'x-remote-user': ['hpa', 'token-admin'] } });
  isStatus(t, dup, 403, 'Forbidden');
  t.match(dup.json.message, /User "hpa"/);
});

t.test('attack 16: oversized headers and URLs are refused and the server stays up', async (t) => {
  const big = await new Promise<string>((resolve) => {
    const sock = tls.connect({ host: '127.0.0.1', port: bed.agg.server.port, ca: bed.servingCa.cert, servername: 'localhost' }, () => {
      sock.end(`GET ${NODES} HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    });
    let buf = '';
    sock.on('data', (d: Buffer) => { buf += d.toString(); });
    sock.on('close', () => resolve(buf));
    sock.on('error', () => resolve(buf));
  });
  t.match(big, /^HTTP\/1\.1 431|^$/, 'header overflow: 431 or connection closed');
  const longUrl = await httpsGet(bed, `${PODS_A}?labelSelector=${'a'.repeat(70_000)}`, { headers: { authorization: 'Bearer admin-token' } }).catch(() => ({ status: 0, body: '', json: null }));
  t.not(longUrl.status, 200, `70 KB URL not served (got ${longUrl.status})`);
  t.equal((await httpsGet(bed, '/healthz')).status, 200, 'still healthy');
});

t.test('attack 17: a TokenReview outage fails closed (401), a SubjectAccessReview outage fails closed (500), neither allows', async (t) => {
  bed.api.failWith = 503;
  try {
    isStatus(t, await httpsGet(bed, NODES, { headers: { authorization: 'Bearer some-new-token' } }), 401, 'Unauthorized');
    const r = await httpsGet(bed, '/apis/metrics.k8s.io/v1beta1/namespaces/fresh-ns/pods', { cert: bed.proxy, headers: { 'x-remote-user': 'someone-new' } });
    isStatus(t, r, 500, 'InternalError');
  } finally {
    bed.api.failWith = null;
  }
});

// ---------------------------------------------------------------- gRPC: agent identity

t.test('attack 18: a stream without a token → UNAUTHENTICATED', async (t) => {
  await refusedStream(t, undefined, 'good-node', grpc.status.UNAUTHENTICATED, /no bearer token/);
});

t.test('attack 19: an expired agent token → UNAUTHENTICATED', async (t) => {
  await refusedStream(t, await bed.agentToken('good-node', { expiresInS: -300, iatOffsetS: -3600 }), 'good-node', grpc.status.UNAUTHENTICATED, /expired/);
});

t.test('attack 20: a token for the apiserver audience → UNAUTHENTICATED', async (t) => {
  await refusedStream(t, await bed.agentToken('good-node', { aud: 'https://kubernetes.default.svc' }), 'good-node', grpc.status.UNAUTHENTICATED, /"aud"/);
});

t.test('attack 21: a token of an unknown service account (a compromised workload pod) → PERMISSION_DENIED', async (t) => {
  await refusedStream(t, await bed.agentToken('good-node', { ns: 'default', sa: 'web' }), 'good-node', grpc.status.PERMISSION_DENIED, /not an agent ServiceAccount/);
});

t.test('attack 22: an agent reporting another node → PERMISSION_DENIED, the real node is untouched', async (t) => {
  const before = legit.acks();
  await refusedStream(t, await bed.agentToken('evil-node'), 'good-node', grpc.status.PERMISSION_DENIED, /may report node evil-node, not good-node/);
  await sleep(600);
  t.ok(legit.acks() > before, 'the real agent keeps getting acks');
});

t.test('attack 23: a token signed by a key the cluster does not publish, and an unsigned token → UNAUTHENTICATED', async (t) => {
  const forger = await createSaSigner('RS256', 'sa-key-1');
  await refusedStream(t, await forger.sign(podTokenClaims('kubepulse', 'kubepulse-agent', 'good-node')), 'good-node', grpc.status.UNAUTHENTICATED, /signature verification failed/);
  const unsigned = Buffer.from('{"alg":"none"}').toString('base64url') + '.' + Buffer.from(JSON.stringify({ ...podTokenClaims('kubepulse', 'kubepulse-agent', 'good-node'), aud: 'kubepulse', exp: 2e9 })).toString('base64url') + '.';
  await refusedStream(t, unsigned, 'good-node', grpc.status.UNAUTHENTICATED, /invalid agent token/);
});

t.test('attack 24: a token not bound to any node → PERMISSION_DENIED', async (t) => {
  await refusedStream(t, await bed.agentToken(null), 'good-node', grpc.status.PERMISSION_DENIED, /not bound to a node/);
});

t.test('attack 25: plaintext gRPC to the TLS ingest port gets nowhere', async (t) => {
  const s = openStream(bed, await bed.agentToken('good-node'), { insecure: true });
  s.call.write(hello('good-node'));
  const st = await s.status;
  s.client.close();
  t.equal(st.code, grpc.status.UNAVAILABLE);
  t.equal(s.received.length, 0);
});

// ---------------------------------------------------------------- gRPC: hostile content from an authenticated agent

t.test('attack 26: an oversized frame → RESOURCE_EXHAUSTED for that stream only', async (t) => {
  const s = openStream(bed, await bed.agentToken('big-node'));
  s.call.write(hello('big-node'));
  await s.next();
  const pods = Array.from({ length: 900 }, (_, i) => ({ ns: 'ns', name: `p-${i}`, uid: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`, labels: { big: 'v'.repeat(60) } }));
  s.call.write(sample(1, pods));
  const st = await s.status;
  s.client.close();
  t.equal(st.code, grpc.status.RESOURCE_EXHAUSTED, `${grpc.status[st.code]}: ${st.details}`);
  const before = legit.acks();
  await sleep(600);
  t.ok(legit.acks() > before, 'the real agent is undisturbed');
});

t.test('attack 27: label bombs are refused (hello: stream closed; pod: pod dropped with a warning)', async (t) => {
  const bomb = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, 'v']));
  const s1 = openStream(bed, await bed.agentToken('bomb-node'));
  s1.call.write(hello('bomb-node', bomb));
  const st = await s1.status;
  s1.client.close();
  t.equal(st.code, grpc.status.INVALID_ARGUMENT);
  t.match(st.details, /labels, limit/);
  const s2 = openStream(bed, await bed.agentToken('bomb-node'));
  s2.call.write(hello('bomb-node'));
  await s2.next();
  s2.call.write(sample(1, [{ ...LEGIT_PODS[0], labels: bomb }, { ns: 'ok', name: 'fine', uid: '33333333-3333-3333-3333-333333333333', labels: { ['a'.repeat(63)]: 'b'.repeat(63), ['c'.repeat(63)]: 'b'.repeat(63) } }, { ns: 'ok', name: 'fine2', uid: '44444444-4444-4444-4444-444444444444', labels: { 'x': 'y'.repeat(64) } }]));
  const ack = (await s2.next()).ack!;
  t.equal(ack.podsAccepted, 1, 'only the sane pod is kept');
  t.equal(ack.podsRejected, 2);
  t.match((ack.warnings ?? []).join('\n'), /labels, limit/);
  s2.close();
});

t.test('attack 28: invalid names and injection in names are refused', async (t) => {
  const s = openStream(bed, await bed.agentToken('name-node'));
  s.call.write(hello('name-node'));
  await s.next();
  const bad = ['../../etc', 'Team-A', 'a b', 'x'.repeat(70), 'ns\u0000x', 'ns,app=web'];
  s.call.write(sample(1, bad.map((ns, i) => ({ ns, name: 'p', uid: `55555555-5555-5555-5555-${String(i).padStart(12, '0')}` }))));
  const ack = (await s.next()).ack!;
  t.equal(ack.podsAccepted, 0);
  t.equal(ack.podsRejected, bad.length);
  s.close();
  const h = openStream(bed, await bed.agentToken('name-node'));
  h.call.write({ hello: { nodeName: 'name-node', agentVersion: 'x', bootId: 'b\u0007\n' } });
  t.equal((await h.status).code, grpc.status.INVALID_ARGUMENT, 'control characters in the boot id');
  h.client.close();
});

t.test('attack 29: samples before hello, a second hello, and times far in the future are refused', async (t) => {
  const s = openStream(bed, await bed.agentToken('time-node'));
  s.call.write(sample(1, []));
  const st = await s.status;
  s.client.close();
  t.equal(st.code, grpc.status.FAILED_PRECONDITION);
  const s2 = openStream(bed, await bed.agentToken('time-node'));
  s2.call.write(hello('time-node'));
  await s2.next();
  s2.call.write(sample(1, LEGIT_PODS, 250n, BigInt(Date.now()) * MS + 3_600_000n * MS));
  const ack = (await s2.next()).ack!;
  t.match((ack.warnings ?? []).join(), /in the future/);
  t.equal(ack.podsAccepted ?? 0, 0);
  await sleep(200);
  s2.call.write({ hello: { nodeName: 'good-node', agentVersion: 'x', bootId: 'b' } });
  t.equal((await s2.status).code, grpc.status.FAILED_PRECONDITION, 'a second hello cannot switch nodes');
  s2.client.close();
  const api = await httpsGet(bed, `${NODES}/time-node`, { headers: { authorization: 'Bearer admin-token' } });
  t.equal(api.status, 404, 'the future-dated node never became visible');
});

t.test('attack 30: a sample flood → RESOURCE_EXHAUSTED after the allowed violations', async (t) => {
  const s = openStream(bed, await bed.agentToken('flood-node'));
  s.call.write(hello('flood-node'));
  await s.next();
  for (let i = 0; i < 40; i++) s.call.write(sample(i + 1, []));
  const st = await s.status;
  s.client.close();
  t.equal(st.code, grpc.status.RESOURCE_EXHAUSTED);
  t.match(st.details, /faster than/);
});

t.test('attack 31: counters that go backwards or overflow do not produce negative or absurd rates', async (t) => {
  const s = openStream(bed, await bed.agentToken('reset-node'));
  s.call.write(hello('reset-node'));
  await s.next();
  const now = BigInt(Date.now()) * MS;
  s.call.write(sample(1, [], 500n, now - 1000n * MS));
  await s.next();
  await sleep(200);
  const down = sample(2, [], 500n, now);
  down.sample!.node!.cpu!.usageNs = toWire(5n);
  s.call.write(down);
  await s.next();
  const r = await httpsGet(bed, `${NODES}/reset-node`, { headers: { authorization: 'Bearer admin-token' } });
  if (r.status === 200) t.notMatch(r.json.usage.cpu, /^-/, 'no negative CPU');
  else t.equal(r.status, 404, 'no rate until two sane samples');
  s.close();
});

// ---------------------------------------------------------------- the well-behaved client, throughout

t.test('the well-behaved agent and reader were never disturbed', async (t) => {
  const r = await httpsGet(bed, `${NODES}/good-node`, { headers: { authorization: 'Bearer admin-token' } });
  t.equal(r.status, 200);
  t.equal(r.json.metadata.name, 'good-node');
  // The agent's counters grow at 250 millicores: the served rate must say so.
  const nano = Number(parseQuantity(String(r.json.usage.cpu), 9));
  t.ok(Math.abs(nano - 250_000_000) < 2_500_000, `cpu ${r.json.usage.cpu} ≈ 250m`);
  const pods = await httpsGet(bed, '/apis/metrics.k8s.io/v1beta1/pods', { cert: bed.proxy, headers: hpaHeaders });
  t.same(pods.json.items.map((i: Item) => `${i.metadata.namespace}/${i.metadata.name}`), ['team-a/web-a', 'team-b/web-b']);
  const st = await legit.stop();
  t.equal(st.code, grpc.status.OK, `the legit stream ends cleanly (${st.details})`);
  const troubled = legit.stream.received.filter((m) => m.ack && ((m.ack.podsRejected ?? 0) > 0 || (m.ack.warnings ?? []).length > 0));
  t.same(troubled.map((m) => m.ack?.warnings), [], 'none of its samples or pods was ever rejected or warned about');
});
