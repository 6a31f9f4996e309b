import t from 'tap';
import { BadPathError, requestAttributes } from '../../aggregator/auth/request-info.js';
import { forbiddenStatus, unauthorizedStatus } from '../../aggregator/auth/status.js';
import { checkHttpRequest } from '../../aggregator/auth/http-check.js';
import type { UserInfo } from '../../aggregator/auth/types.js';

const u: UserInfo = { username: 'u', groups: [], extra: {} };
const pick = (m: string, url: string): Record<string, unknown> => {
  const a = requestAttributes(m, url, u);
  const { user: _u, ...rest } = a;
  return rest;
};

t.test('resource attributes match the generic apiserver for the metrics.k8s.io table', async (t) => {
  const g = { apiGroup: 'metrics.k8s.io', apiVersion: 'v1beta1', resourceRequest: true };
  t.match(pick('GET', '/apis/metrics.k8s.io/v1beta1/nodes'), { ...g, resource: 'nodes', verb: 'list', namespace: '' });
  t.match(pick('GET', '/apis/metrics.k8s.io/v1beta1/nodes/n1'), { ...g, resource: 'nodes', name: 'n1', verb: 'get' });
  t.match(pick('GET', '/apis/metrics.k8s.io/v1beta1/namespaces/ns/pods?labelSelector=app%3Dx'), { ...g, resource: 'pods', namespace: 'ns', verb: 'list' });
  t.match(pick('GET', '/apis/metrics.k8s.io/v1beta1/pods'), { ...g, resource: 'pods', verb: 'list', namespace: '' });
  t.match(pick('GET', '/apis/metrics.k8s.io/v1beta1/namespaces/ns/pods/p'), { ...g, resource: 'pods', namespace: 'ns', name: 'p', verb: 'get' });
  t.match(pick('GET', '/apis/custom.metrics.k8s.io/v1beta2/namespaces/ns/pods/*/qps'),
    { apiGroup: 'custom.metrics.k8s.io', apiVersion: 'v1beta2', resource: 'pods', name: '*', subresource: 'qps', namespace: 'ns', verb: 'get' });
  t.match(pick('GET', '/apis/metrics.k8s.io/v1beta1'), { resourceRequest: false, path: '/apis/metrics.k8s.io/v1beta1', verb: 'get' });
  t.match(pick('GET', '/apis/metrics.k8s.io/v1beta1/pods?watch=true'), { verb: 'watch' });
  t.match(pick('GET', '/apis/metrics.k8s.io/v1beta1/watch/pods'), { verb: 'watch', resource: 'pods' });
  t.match(pick('GET', '/apis/metrics.k8s.io/v1beta1/nodes?fieldSelector=metadata.name%3Dn2'), { verb: 'list', name: 'n2' });
  t.match(pick('POST', '/apis/metrics.k8s.io/v1beta1/namespaces/ns/pods'), { verb: 'create' });
  t.match(pick('DELETE', '/apis/metrics.k8s.io/v1beta1/namespaces/ns/pods'), { verb: 'deletecollection' });
  t.match(pick('GET', '/api/v1/nodes/n1'), { apiGroup: '', apiVersion: 'v1', resource: 'nodes', name: 'n1', verb: 'get' });
});

t.test('paths that could make routing and authorization disagree are refused', async (t) => {
  for (const p of ['/apis/metrics.k8s.io/v1beta1/namespaces/a%2Fpods', '/apis/metrics.k8s.io/v1beta1/namespaces/ns/pods/..',
    '/apis/metrics.k8s.io/v1beta1/namespaces/%2e%2e/pods', '/apis/metrics.k8s.io/v1beta1/nodes/%00', '/apis/metrics.k8s.io/v1beta1/nodes/%E0%A4%A']) {
    t.throws(() => requestAttributes('GET', p, u), BadPathError, p);
  }
});

t.test('403 and 401 Status bodies use the upstream wording', async (t) => {
  const s = (m: string, url: string, reason?: string): string => forbiddenStatus(requestAttributes(m, url, u), reason).message;
  t.equal(s('GET', '/apis/metrics.k8s.io/v1beta1/namespaces/ns/pods/p'),
    'pods.metrics.k8s.io "p" is forbidden: User "u" cannot get resource "pods" in API group "metrics.k8s.io" in the namespace "ns"');
  t.equal(s('GET', '/apis/metrics.k8s.io/v1beta1/nodes'),
    'nodes.metrics.k8s.io is forbidden: User "u" cannot list resource "nodes" in API group "metrics.k8s.io" at the cluster scope');
  t.equal(s('GET', '/apis/custom.metrics.k8s.io/v1beta2/namespaces/ns/pods/*/qps', 'no RBAC'),
    'pods.custom.metrics.k8s.io "*" is forbidden: User "u" cannot get resource "pods/qps" in API group "custom.metrics.k8s.io" in the namespace "ns": no RBAC');
  t.equal(s('GET', '/metrics'), 'forbidden: User "u" cannot get path "/metrics"');
  const st = forbiddenStatus(requestAttributes('GET', '/apis/metrics.k8s.io/v1beta1/nodes/n1', u));
  t.match(st, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Forbidden', code: 403, details: { name: 'n1', group: 'metrics.k8s.io', kind: 'nodes' } });
  t.same(unauthorizedStatus(), { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
});

t.test('always-allow paths skip authentication; others need it; denial and errors map to 403 and 500', async (t) => {
  const seen: string[] = [];
  const authn = { authenticate: async () => ({ kind: 'authenticated' as const, user: u }) };
  const none = { authenticate: async () => ({ kind: 'none' as const }) };
  const deny = { authorize: async (a: { path: string }) => { seen.push(a.path); return { allowed: false }; } };
  const broken = { authorize: async () => ({ allowed: false, error: 'SubjectAccessReview failed: HTTP 503' }) };
  const paths = ['/healthz', '/readyz', '/livez'];
  const req = (url: string) => ({ method: 'GET', url, headers: {}, peerCertificates: [] });
  t.match(await checkHttpRequest(none, deny, paths, req('/healthz')), { ok: true });
  t.match(await checkHttpRequest(none, deny, paths, req('/healthz/extra')), { ok: false, statusCode: 401 }, 'exact match only');
  t.match(await checkHttpRequest(none, deny, ['/healthz/*'], req('/healthz/extra')), { ok: true }, 'prefix pattern');
  t.match(await checkHttpRequest(none, deny, paths, req('/apis/metrics.k8s.io/v1beta1/nodes')), { ok: false, statusCode: 401, status: { reason: 'Unauthorized' } });
  t.match(await checkHttpRequest(authn, deny, paths, req('/apis/metrics.k8s.io/v1beta1/nodes')), { ok: false, statusCode: 403, status: { reason: 'Forbidden' } });
  t.match(await checkHttpRequest(authn, broken, paths, req('/apis/metrics.k8s.io/v1beta1/nodes')), { ok: false, statusCode: 500, status: { reason: 'InternalError' } });
  t.match(await checkHttpRequest(authn, deny, paths, req('/apis/metrics.k8s.io/v1beta1/nodes/..')), { ok: false, statusCode: 400 });
  t.same(seen, ['/apis/metrics.k8s.io/v1beta1/nodes']);
});
