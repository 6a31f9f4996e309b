import t from 'tap';
import { createCA, createClientCert, createServingCert } from '../../common/tls.js';
import { ClientCertAuthenticator } from '../../aggregator/auth/client-cert.js';
import { RequestHeaderAuthenticator, DEFAULT_REQUEST_HEADERS, type RequestHeaderConfig } from '../../aggregator/auth/request-header.js';
import { UnionAuthenticator } from '../../aggregator/auth/union.js';
import { verifyClientChain } from '../../aggregator/auth/x509.js';
import { certs, createIntermediate } from './auth-fixtures.js';

const clientCa = await createCA('client-ca');
const proxyCa = await createCA('front-proxy-ca');
const otherCa = await createCA('other-ca');
// Same name as the real client CA, different key: name matching alone must not be enough.
const impostorCa = await createCA('client-ca');

const rhConfig = (over: Partial<RequestHeaderConfig> = {}): RequestHeaderConfig => ({
  caBundle: certs(proxyCa.cert), allowedNames: ['front-proxy-client'], ...DEFAULT_REQUEST_HEADERS, ...over,
});

t.test('a client certificate from the client CA is user = CN, groups = O, plus system:authenticated', async (t) => {
  const c = await createClientCert(clientCa, 'alice', ['dev', 'ops']);
  const union = new UnionAuthenticator([new ClientCertAuthenticator(() => certs(clientCa.cert))]);
  const r = await union.authenticate({ headers: {}, peerCertificates: certs(c.cert) });
  t.same(r, { kind: 'authenticated', user: { username: 'alice', groups: ['dev', 'ops', 'system:authenticated'], extra: {} } });
});

t.test('certificates the client CA did not sign are not believed', async (t) => {
  const a = new ClientCertAuthenticator(() => certs(clientCa.cert));
  for (const [what, ca] of [['another CA', otherCa], ['a CA with the same name but another key', impostorCa]] as const) {
    const c = await createClientCert(ca, 'mallory', ['system:masters']);
    t.same(await a.authenticate({ headers: {}, peerCertificates: certs(c.cert) }), { kind: 'rejected', reason: 'client certificate: x509: certificate signed by unknown authority' }, what);
    t.match(verifyClientChain(certs(c.cert), certs(clientCa.cert)), /unknown authority/, what);
  }
});

t.test('expired certificates and server-only certificates are refused', async (t) => {
  const expired = await createClientCert(clientCa, 'old', [], { days: -1 });
  t.match(verifyClientChain(certs(expired.cert), certs(clientCa.cert)), /expired or is not yet valid/);
  const serving = await createServingCert(clientCa, ['localhost']);
  t.match(verifyClientChain(certs(serving.cert), certs(clientCa.cert)), /incompatible key usage/);
});

t.test('intermediates come from the presented chain and must be CAs', async (t) => {
  const inter = await createIntermediate(clientCa, 'client-intermediate');
  const leaf = await createClientCert(inter, 'bob', ['team']);
  t.equal(verifyClientChain(certs(leaf.cert, inter.cert), certs(clientCa.cert)), null, 'leaf + intermediate verifies');
  t.match(verifyClientChain(certs(leaf.cert), certs(clientCa.cert)), /unknown authority/, 'without the intermediate it does not');
  const notCa = await createIntermediate(clientCa, 'not-a-ca', false);
  const leaf2 = await createClientCert(notCa, 'eve');
  t.match(verifyClientChain(certs(leaf2.cert, notCa.cert), certs(clientCa.cert)), /unknown authority/, 'a non-CA cannot sign client certs');
  const a = new ClientCertAuthenticator(() => certs(clientCa.cert));
  t.same(await a.authenticate({ headers: {}, peerCertificates: certs(leaf.cert, inter.cert) }),
    { kind: 'authenticated', user: { username: 'bob', groups: ['team'], extra: {} } });
});

t.test('front proxy: identity from X-Remote-* only with a valid proxy certificate and allowed CN', async (t) => {
  const proxy = await createClientCert(proxyCa, 'front-proxy-client');
  const rh = new RequestHeaderAuthenticator(() => rhConfig());
  const headers = {
    'x-remote-user': ['jane'],
    'x-remote-group': ['g1', 'g2'],
    'x-remote-extra-scopes': ['a', 'b'],
    'x-remote-extra-acme.com%2fproject': ['p1'],
  };
  t.same(await rh.authenticate({ headers, peerCertificates: certs(proxy.cert) }), {
    kind: 'authenticated',
    user: { username: 'jane', groups: ['g1', 'g2'], extra: { scopes: ['a', 'b'], 'acme.com/project': ['p1'] } },
  });
  // Node's joined form of repeated headers is split back.
  const joined = await rh.authenticate({ headers: { 'x-remote-user': 'jane', 'x-remote-group': 'g1, g2' }, peerCertificates: certs(proxy.cert) });
  t.same(joined.kind === 'authenticated' && joined.user.groups, ['g1', 'g2']);
});

t.test('front proxy headers are ignored without the proxy certificate', async (t) => {
  const rh = new RequestHeaderAuthenticator(() => rhConfig());
  const forged = { 'x-remote-user': 'admin', 'x-remote-group': 'system:masters' };
  t.same(await rh.authenticate({ headers: forged, peerCertificates: [] }), { kind: 'none' }, 'no cert');
  const fromClientCa = await createClientCert(clientCa, 'front-proxy-client');
  t.same(await rh.authenticate({ headers: forged, peerCertificates: certs(fromClientCa.cert) }), { kind: 'none' }, 'cert from the client CA');
  // Through the whole union the client cert wins, and the forged headers leave no trace.
  const union = new UnionAuthenticator([rh, new ClientCertAuthenticator(() => certs(clientCa.cert))]);
  const r = await union.authenticate({ headers: forged, peerCertificates: certs(fromClientCa.cert) });
  t.same(r, { kind: 'authenticated', user: { username: 'front-proxy-client', groups: ['system:authenticated'], extra: {} } });
});

t.test('a proxy certificate whose CN is not allowed is rejected with the upstream message', async (t) => {
  const rogue = await createClientCert(proxyCa, 'someone-else');
  const rh = new RequestHeaderAuthenticator(() => rhConfig());
  t.same(await rh.authenticate({ headers: { 'x-remote-user': 'admin' }, peerCertificates: certs(rogue.cert) }),
    { kind: 'rejected', reason: 'x509: subject with cn=someone-else is not in the allowed list' });
  const any = new RequestHeaderAuthenticator(() => rhConfig({ allowedNames: [] }));
  const r = await any.authenticate({ headers: { 'x-remote-user': 'admin' }, peerCertificates: certs(rogue.cert) });
  t.equal(r.kind, 'authenticated', 'empty allowed names accept any CN the CA signed');
});

t.test('configured header names replace the defaults', async (t) => {
  const proxy = await createClientCert(proxyCa, 'front-proxy-client');
  const rh = new RequestHeaderAuthenticator(() => rhConfig({ usernameHeaders: ['X-Who'], groupHeaders: ['X-Teams'], extraHeaderPrefixes: ['X-Ext-'], uidHeaders: ['X-Uid'] }));
  const r = await rh.authenticate({ headers: { 'x-remote-user': 'ignored', 'x-who': 'kim', 'x-teams': 't', 'x-ext-k': 'v', 'x-uid': 'u-1' }, peerCertificates: certs(proxy.cert) });
  t.same(r, { kind: 'authenticated', user: { username: 'kim', uid: 'u-1', groups: ['t'], extra: { k: ['v'] } } });
  t.same(await rh.authenticate({ headers: { 'x-remote-user': 'x' }, peerCertificates: certs(proxy.cert) }), { kind: 'none' }, 'no configured user header: not proxied');
});
