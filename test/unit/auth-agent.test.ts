// Agent identity: projected ServiceAccount tokens with real signatures (RS256 and ES256 keys made
// here) checked against a stand-in kube-apiserver's JWKS or its TokenReview; mTLS node
// certificates; and the loopback rule of agent-auth none.
import t, { type Test } from 'tap';
import { createCA, createClientCert } from '../../common/tls.js';
import { TokenAgentAuthenticator } from '../../aggregator/auth/agent-token.js';
import { MtlsAgentAuthenticator } from '../../aggregator/auth/agent-mtls.js';
import { assertAgentAuthNoneAllowed, assertNodeAllowed, NoneAgentAuthenticator } from '../../aggregator/auth/agent-none.js';
import { createAgentAuth } from '../../aggregator/auth/agent-factory.js';
import { AgentAuthError } from '../../aggregator/auth/types.js';
import { kubeApiFromConfig } from '../../aggregator/auth/kube-client.js';
import { certs, createSaSigner, podTokenClaims, startStandInApiserver } from './auth-fixtures.js';

const api = await startStandInApiserver();
t.teardown(() => api.close());
const rsa = await createSaSigner('RS256', 'rsa-1');
const ec = await createSaSigner('ES256', 'ec-1');
api.jwks = { keys: [rsa.jwk, ec.jwk] };
const kube = kubeApiFromConfig(api.kubeconfigPath);
const SA = ['kubepulse:kubepulse-agent'];
const ctx = (token?: string) => ({ ...(token !== undefined ? { token } : {}), peerAddress: '10.0.0.5:4000' });

async function refused(t: Test, p: Promise<unknown>, code: number, re: RegExp, what: string): Promise<void> {
  const e = await p.then(() => null, (err: unknown) => err);
  t.ok(e instanceof AgentAuthError, `${what}: AgentAuthError`);
  t.equal((e as AgentAuthError).code, code, `${what}: gRPC code ${code}`);
  t.match((e as Error).message, re, what);
}

t.test('stand-in apiserver JWKS: a pod-bound agent token is bound to its node (RS256 and ES256)', async (t) => {
  const a = new TokenAgentAuthenticator({ api: kube, method: 'jwks', serviceAccounts: SA, issuer: 'https://kubernetes.default.svc.cluster.local' });
  for (const s of [rsa, ec]) {
    const tok = await s.sign(podTokenClaims('kubepulse', 'kubepulse-agent', 'node-a'));
    t.same(await a.authenticate(ctx(tok)), { subject: 'system:serviceaccount:kubepulse:kubepulse-agent', nodeName: 'node-a' });
    t.same(await a.authenticate(ctx(`Bearer ${tok}`)), { subject: 'system:serviceaccount:kubepulse:kubepulse-agent', nodeName: 'node-a' });
  }
  t.equal(api.calls.filter((c) => c.path === '/openid/v1/jwks').length, 1, 'keys fetched once and cached');
});

t.test('stand-in apiserver JWKS: bad agent tokens are refused with clear codes', async (t) => {
  const a = new TokenAgentAuthenticator({ api: kube, method: 'jwks', serviceAccounts: SA, issuer: 'https://kubernetes.default.svc.cluster.local', jwksRefetchMs: 0 });
  const good = podTokenClaims('kubepulse', 'kubepulse-agent', 'node-a');
  await refused(t, a.authenticate(ctx()), 16, /no bearer token/, 'no token');
  await refused(t, a.authenticate(ctx(await rsa.sign(good, { expiresInS: -120, iatOffsetS: -3600 }))), 16, /expired/, 'expired');
  await refused(t, a.authenticate(ctx(await rsa.sign(good, { aud: 'https://kubernetes.default.svc' }))), 16, /"aud"/, 'wrong audience');
  await refused(t, a.authenticate(ctx(await rsa.sign(good, { expiresInS: 365 * 86400 }))), 16, /short-lived/, 'year-long token');
  await refused(t, a.authenticate(ctx(await rsa.sign(podTokenClaims('default', 'default', 'node-a')))), 7, /not an agent ServiceAccount/, 'unknown service account');
  await refused(t, a.authenticate(ctx(await rsa.sign(podTokenClaims('kubepulse', 'kubepulse-agent', null)))), 7, /not bound to a node/, 'no node claim');
  await refused(t, a.authenticate(ctx(await rsa.sign(podTokenClaims('kubepulse', 'kubepulse-agent', 'Bad_Node')))), 7, /not bound to a node/, 'invalid node name');
  const stranger = await createSaSigner('RS256', 'rsa-1');
  await refused(t, a.authenticate(ctx(await stranger.sign(good))), 16, /signature verification failed/, 'same kid, another key');
  const unknown = await createSaSigner('ES256', 'not-published');
  await refused(t, a.authenticate(ctx(await unknown.sign(good))), 16, /does not publish/, 'unknown key id');
  const otherIss = await createSaSigner('RS256', 'evil-1', 'https://evil.example');
  api.jwks = { keys: [rsa.jwk, otherIss.jwk, ec.jwk] };
  await refused(t, a.authenticate(ctx(await otherIss.sign(good))), 16, /"iss"/, 'wrong issuer');
  const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url') + '.' + Buffer.from(JSON.stringify({ ...good, aud: 'kubepulse' })).toString('base64url') + '.';
  await refused(t, a.authenticate(ctx(none)), 16, /invalid agent token/, 'alg none');
  await refused(t, a.authenticate(ctx('garbage')), 16, /invalid agent token/, 'garbage');
  api.jwks = { keys: [rsa.jwk, ec.jwk] };
});

t.test('stand-in apiserver JWKS: a rotated signing key is picked up by one re-fetch', async (t) => {
  api.jwks = { keys: [rsa.jwk] };
  const a = new TokenAgentAuthenticator({ api: kube, method: 'jwks', serviceAccounts: SA, jwksRefetchMs: 0 });
  await a.authenticate(ctx(await rsa.sign(podTokenClaims('kubepulse', 'kubepulse-agent', 'n1'))));
  const rotated = await createSaSigner('ES256', 'rotated');
  api.jwks = { keys: [rsa.jwk, rotated.jwk] };
  t.same(await a.authenticate(ctx(await rotated.sign(podTokenClaims('kubepulse', 'kubepulse-agent', 'n2')))), { subject: 'system:serviceaccount:kubepulse:kubepulse-agent', nodeName: 'n2' });
});

t.test('stand-in apiserver TokenReview: audience kubepulse, node from the token extra', async (t) => {
  const a = new TokenAgentAuthenticator({ api: kube, method: 'tokenreview', serviceAccounts: SA });
  const user = (name: string, node?: string) => ({
    username: name, groups: ['system:serviceaccounts'],
    extra: node ? { 'authentication.kubernetes.io/node-name': [node] } : {},
  });
  api.tokens.set('agent-tok', { authenticated: true, user: user('system:serviceaccount:kubepulse:kubepulse-agent', 'node-b'), audiences: ['kubepulse'] });
  api.tokens.set('apiserver-aud', { authenticated: true, user: user('system:serviceaccount:kubepulse:kubepulse-agent', 'node-b'), audiences: ['https://kubernetes.default.svc'] });
  api.tokens.set('other-sa', { authenticated: true, user: user('system:serviceaccount:default:default', 'node-b'), audiences: ['kubepulse'] });
  api.tokens.set('no-node', { authenticated: true, user: user('system:serviceaccount:kubepulse:kubepulse-agent'), audiences: ['kubepulse'] });
  t.same(await a.authenticate(ctx('agent-tok')), { subject: 'system:serviceaccount:kubepulse:kubepulse-agent', nodeName: 'node-b' });
  const sent = api.calls.filter((c) => c.path.endsWith('/tokenreviews')).at(-1);
  t.match(sent?.body, { spec: { token: 'agent-tok', audiences: ['kubepulse'] } });
  await refused(t, a.authenticate(ctx('apiserver-aud')), 16, /audiences do not match/, 'wrong audience');
  await refused(t, a.authenticate(ctx('other-sa')), 7, /not an agent ServiceAccount/, 'unknown SA');
  await refused(t, a.authenticate(ctx('no-node')), 7, /not bound to a node/, 'no node');
  await refused(t, a.authenticate(ctx('forged')), 16, /invalid agent token/, 'unknown token');
});

t.test('mTLS agents: CN=system:node:<name>, O=system:nodes from the agent CA', async (t) => {
  const agentCa = await createCA('agent-ca');
  const otherCa = await createCA('agent-ca');
  const a = new MtlsAgentAuthenticator(() => certs(agentCa.cert));
  const ok = await createClientCert(agentCa, 'system:node:node-c', ['system:nodes']);
  const peer = (pem?: string) => ({ ...(pem ? { peerCertificate: certs(pem)[0] } : {}), peerAddress: '10.0.0.7:1' });
  t.same(await a.authenticate(peer(ok.cert)), { subject: 'system:node:node-c', nodeName: 'node-c' });
  await refused(t, a.authenticate(peer()), 16, /no client certificate/, 'no cert');
  await refused(t, a.authenticate(peer((await createClientCert(otherCa, 'system:node:node-c', ['system:nodes'])).cert)), 16, /unknown authority/, 'other CA');
  await refused(t, a.authenticate(peer((await createClientCert(agentCa, 'node-c', ['system:nodes'])).cert)), 7, /must be CN=system:node:/, 'wrong CN form');
  await refused(t, a.authenticate(peer((await createClientCert(agentCa, 'system:node:node-c', [])).cert)), 7, /O=system:nodes/, 'missing group');
  await refused(t, a.authenticate(peer((await createClientCert(agentCa, 'system:node:UPPER_case', ['system:nodes'])).cert)), 7, /invalid node/, 'bad node name');
});

t.test('a stream may only report its own node', async (t) => {
  t.doesNotThrow(() => assertNodeAllowed({ subject: 's', nodeName: 'a' }, 'a'));
  t.doesNotThrow(() => assertNodeAllowed({ subject: 's', nodeName: null }, 'anything'));
  t.throws(() => assertNodeAllowed({ subject: 's', nodeName: 'a' }, 'b'), { code: 7, message: /bound to node "a" and may not report node "b"/ });
});

t.test('agent-auth none only on loopback listeners and loopback peers', async (t) => {
  for (const l of ['127.0.0.1:10444', '[::1]:10444', 'localhost:10444', '127.0.0.2:1']) t.doesNotThrow(() => assertAgentAuthNoneAllowed(l), l);
  for (const l of [':10444', '0.0.0.0:10444', '[::]:10444', '10.1.2.3:10444', 'example.com:1']) t.throws(() => assertAgentAuthNoneAllowed(l), /only allowed when --grpc-listen is a loopback/, l);
  t.throws(() => createAgentAuth({ mode: 'none', grpcListen: ':10444' }), /loopback/);
  const n = new NoneAgentAuthenticator();
  t.same(await n.authenticate({ peerAddress: '127.0.0.1:5000' }), { subject: 'anonymous-loopback', nodeName: null });
  t.same(await n.authenticate({ peerAddress: 'ipv6:[::1]:5000' }), { subject: 'anonymous-loopback', nodeName: null });
  await refused(t, n.authenticate({ peerAddress: '10.0.0.1:5000' }), 16, /loopback peers only/, 'remote peer');
  t.throws(() => createAgentAuth({ mode: 'mtls', grpcListen: ':1' }), /needs the CA/);
  t.throws(() => createAgentAuth({ mode: 'bogus' as 'none', grpcListen: ':1' }), /unknown --agent-auth/);
});
