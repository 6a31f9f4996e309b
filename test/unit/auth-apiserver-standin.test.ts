// Delegated authentication and authorization against a minimal stand-in kube-apiserver (real
// HTTPS, reached through a kubeconfig): the ConfigMap, TokenReview and SubjectAccessReview.
import t from 'tap';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createCA, createClientCert } from '../../common/tls.js';
import { createHttpAuth } from '../../aggregator/auth/factory.js';
import { certs, startStandInApiserver } from './auth-fixtures.js';

const api = await startStandInApiserver();
t.teardown(() => api.close());
const dir = mkdtempSync(join(tmpdir(), 'kp-auth-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const clientCa = await createCA('cluster-client-ca');
const proxyCa = await createCA('cluster-front-proxy-ca');
const proxy = await createClientCert(proxyCa, 'front-proxy-client');
const alice = await createClientCert(clientCa, 'alice', ['devs']);
const configMap = (ca: string): Record<string, string> => ({
  'client-ca-file': ca,
  'requestheader-client-ca-file': proxyCa.cert,
  'requestheader-allowed-names': '["front-proxy-client"]',
  'requestheader-username-headers': '["X-Remote-User"]',
  'requestheader-group-headers': '["X-Remote-Group"]',
  'requestheader-extra-headers-prefix': '["X-Remote-Extra-"]',
});
const get = (url: string, headers: Record<string, string | string[]> = {}, chain: string[] = []) =>
  ({ method: 'GET', url, headers, peerCertificates: certs(...chain) });
const NODES = '/apis/metrics.k8s.io/v1beta1/nodes';

t.test('stand-in apiserver: a missing ConfigMap stops startup with a clear error', async (t) => {
  api.configMap = null;
  await t.rejects(createHttpAuth({ mode: 'cluster', authenticationKubeconfig: api.kubeconfigPath }), /extension-apiserver-authentication not found/);
});

t.test('stand-in apiserver: CAs and front-proxy settings come from the ConfigMap and follow its changes', async (t) => {
  api.configMap = configMap(clientCa.cert);
  api.sar = () => ({ allowed: true });
  const auth = await createHttpAuth({ mode: 'cluster', authenticationKubeconfig: api.kubeconfigPath, configRefreshMs: 50 });
  t.teardown(() => auth.close());
  t.match(await auth.check(get(NODES, {}, [alice.cert])), { ok: true, user: { username: 'alice', groups: ['devs', 'system:authenticated'] } });
  t.match(await auth.check(get(NODES, { 'x-remote-user': ['hpa'], 'x-remote-group': ['system:serviceaccounts', 'kube-system'] }, [proxy.cert])),
    { ok: true, user: { username: 'hpa', groups: ['system:serviceaccounts', 'kube-system', 'system:authenticated'] } });

  // Rotate the client CA in the ConfigMap: alice's old certificate stops working, a new one works.
  const rotated = await createCA('cluster-client-ca-2');
  const alice2 = await createClientCert(rotated, 'alice');
  api.configMap = configMap(rotated.cert);
  let after = await auth.check(get(NODES, {}, [alice.cert]));
  for (let i = 0; i < 100 && after.ok; i++) {
    await sleep(20);
    after = await auth.check(get(NODES, {}, [alice.cert]));
  }
  t.match(after, { ok: false, statusCode: 401 });
  t.match(await auth.check(get(NODES, {}, [alice2.cert])), { ok: true });
  // A broken ConfigMap keeps the last good configuration.
  api.failWith = 500;
  await sleep(150);
  api.failWith = null;
  t.match(await auth.check(get(NODES, {}, [alice2.cert])), { ok: true });
});

t.test('stand-in apiserver: flags override the ConfigMap key by key', async (t) => {
  api.configMap = configMap(clientCa.cert);
  api.sar = () => ({ allowed: true });
  const flagCa = await createCA('flag-ca');
  const caFile = join(dir, 'flag-ca.pem');
  writeFileSync(caFile, flagCa.cert);
  const bob = await createClientCert(flagCa, 'bob');
  const other = await createClientCert(proxyCa, 'other-proxy');
  const auth = await createHttpAuth({ mode: 'cluster', authenticationKubeconfig: api.kubeconfigPath, clientCaFile: caFile, requestheaderAllowedNames: ['other-proxy'] });
  t.teardown(() => auth.close());
  t.match(await auth.check(get(NODES, {}, [bob.cert])), { ok: true, user: { username: 'bob' } });
  t.match(await auth.check(get(NODES, {}, [alice.cert])), { ok: false, statusCode: 401 }, 'ConfigMap client CA replaced by the flag');
  t.match(await auth.check(get(NODES, { 'x-remote-user': ['u'] }, [other.cert])), { ok: true, user: { username: 'u' } });
  t.match(await auth.check(get(NODES, { 'x-remote-user': ['u'] }, [proxy.cert])), { ok: false, statusCode: 401 }, 'ConfigMap allowed names replaced');
});

t.test('stand-in apiserver: bearer tokens via TokenReview, cached briefly, never cached on errors', async (t) => {
  api.configMap = configMap(clientCa.cert);
  api.sar = () => ({ allowed: true });
  api.tokens.set('good-token', { authenticated: true, user: { username: 'system:serviceaccount:ns:sa', uid: 'x', groups: ['system:serviceaccounts'], extra: { 'authentication.kubernetes.io/pod-name': ['p'] } } });
  const auth = await createHttpAuth({ mode: 'cluster', authenticationKubeconfig: api.kubeconfigPath, tokenCacheTtlMs: 300 });
  t.teardown(() => auth.close());
  const reviews = (): number => api.calls.filter((c) => c.path.endsWith('/tokenreviews')).length;
  const before = reviews();
  t.match(await auth.check(get(NODES, { authorization: ['Bearer good-token'] })),
    { ok: true, user: { username: 'system:serviceaccount:ns:sa', groups: ['system:serviceaccounts', 'system:authenticated'], extra: { 'authentication.kubernetes.io/pod-name': ['p'] } } });
  await auth.check(get(NODES, { authorization: ['Bearer good-token'] }));
  t.equal(reviews() - before, 1, 'second request served from the cache');
  t.match(await auth.check(get(NODES, { authorization: ['Bearer bad-token'] })), { ok: false, statusCode: 401 });
  await sleep(350);
  await auth.check(get(NODES, { authorization: ['Bearer good-token'] }));
  t.equal(reviews() - before, 3, 'cache entry expired after its TTL');
  api.failWith = 503;
  t.match(await auth.check(get(NODES, { authorization: ['Bearer other-token'] })), { ok: false, statusCode: 401 });
  api.failWith = null;
  api.tokens.set('other-token', { authenticated: true, user: { username: 'later', groups: [] } });
  t.match(await auth.check(get(NODES, { authorization: ['Bearer other-token'] })), { ok: true, user: { username: 'later' } }, 'the failure was not cached');
  t.notOk(api.calls.some((c) => JSON.stringify(c.body ?? '').includes('good-token') && c.auth?.includes('good-token')), 'the caller token is sent only in the review body');
});

t.test('stand-in apiserver: SubjectAccessReview with request attributes, allow/deny caching, system:masters short-circuit', async (t) => {
  api.configMap = configMap(clientCa.cert);
  const specs: unknown[] = [];
  api.sar = (spec) => {
    specs.push(spec);
    return spec.resourceAttributes?.['resource'] === 'pods' ? { allowed: true } : { allowed: false, reason: 'no RBAC policy matched' };
  };
  const auth = await createHttpAuth({ mode: 'cluster', authenticationKubeconfig: api.kubeconfigPath, allowCacheTtlMs: 60_000, denyCacheTtlMs: 200 });
  t.teardown(() => auth.close());
  const hdr = { 'x-remote-user': ['hpa'], 'x-remote-group': ['g'], 'x-remote-extra-scopes': ['s1'] };
  const pods = '/apis/metrics.k8s.io/v1beta1/namespaces/team-a/pods?labelSelector=app%3Dweb';
  t.match(await auth.check(get(pods, hdr, [proxy.cert])), { ok: true });
  t.same(specs[0], {
    user: 'hpa', groups: ['g', 'system:authenticated'], extra: { scopes: ['s1'] },
    resourceAttributes: { namespace: 'team-a', verb: 'list', group: 'metrics.k8s.io', version: 'v1beta1', resource: 'pods', subresource: '', name: '' },
  });
  await auth.check(get(pods, hdr, [proxy.cert]));
  t.equal(specs.length, 1, 'allow cached');
  const denied = await auth.check(get('/apis/metrics.k8s.io/v1beta1/nodes/n1', hdr, [proxy.cert]));
  t.match(denied, { ok: false, statusCode: 403, status: { message: 'nodes.metrics.k8s.io "n1" is forbidden: User "hpa" cannot get resource "nodes" in API group "metrics.k8s.io" at the cluster scope: no RBAC policy matched' } });
  await auth.check(get('/apis/metrics.k8s.io/v1beta1/nodes/n1', hdr, [proxy.cert]));
  t.equal(specs.length, 2, 'deny cached');
  await sleep(250);
  await auth.check(get('/apis/metrics.k8s.io/v1beta1/nodes/n1', hdr, [proxy.cert]));
  t.equal(specs.length, 3, 'deny TTL shorter than allow TTL');
  t.match(await auth.check(get('/apis/metrics.k8s.io/v1beta1', hdr, [proxy.cert])), { ok: false, statusCode: 403 });
  t.match(specs[3], { nonResourceAttributes: { path: '/apis/metrics.k8s.io/v1beta1', verb: 'get' } });
  const n = specs.length;
  t.match(await auth.check(get('/apis/metrics.k8s.io/v1beta1', { 'x-remote-user': ['system:kube-aggregator'], 'x-remote-group': ['system:masters'] }, [proxy.cert])), { ok: true });
  t.equal(specs.length, n, 'system:masters never asks');
  api.failWith = 503;
  t.match(await auth.check(get('/apis/metrics.k8s.io/v1beta1/namespaces/x/pods', hdr, [proxy.cert])), { ok: false, statusCode: 500, status: { reason: 'InternalError' } });
  api.failWith = null;
  t.match(await auth.check(get('/apis/metrics.k8s.io/v1beta1/namespaces/x/pods', hdr, [proxy.cert])), { ok: true }, 'errors are not cached');
  t.match(await auth.check(get('/healthz')), { ok: true }, 'health without credentials');
});

t.test('standalone mode: client certificates of its own CA, authenticated means allowed', async (t) => {
  const own = await createCA('kubepulse-up-ca');
  const caFile = join(dir, 'up-ca.pem');
  writeFileSync(caFile, own.cert);
  const admin = await createClientCert(own, 'kubepulse-admin', ['system:masters']);
  const stranger = await createClientCert(clientCa, 'kubepulse-admin');
  const auth = await createHttpAuth({ mode: 'standalone', clientCaFile: caFile });
  t.teardown(() => auth.close());
  t.match(await auth.check(get(NODES, {}, [admin.cert])), { ok: true });
  t.match(await auth.check(get(NODES, {}, [stranger.cert])), { ok: false, statusCode: 401 });
  t.match(await auth.check(get(NODES, { 'x-remote-user': ['admin'] })), { ok: false, statusCode: 401 });
  t.match(await auth.check(get(NODES, { authorization: ['Bearer whatever'] })), { ok: false, statusCode: 401 }, 'no token authenticator without an apiserver');
});
