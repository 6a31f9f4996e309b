// Fuzzing the HTTPS API of a running aggregator: random paths, selectors and headers, with random
// credentials (none, forged identity headers, the front-proxy certificate, tokens), seeded and
// bounded. Asserts no 5xx and no crash, that nobody gets more than their identity allows, no leaked
// sockets, and that the HPA reading alongside keeps getting the right answer.
import t from 'tap';
import { setTimeout as sleep } from 'node:timers/promises';
import { httpsGet, startBed, startLegitAgent, type Bed, type HttpAnswer } from './attack-fixtures.js';
import { fuzzSeed, Rng, socketCount } from './fuzz-fixtures.js';

const seed = fuzzSeed();
t.comment(`fuzz seed ${seed} (replay with KUBEPULSE_FUZZ_SEED=${seed})`);
const rng = new Rng(seed);
const REQUESTS = 400;
const TIME_BUDGET_MS = 40_000;

const bed: Bed = await startBed();
t.teardown(() => bed.close());

const PREFIXES = ['/apis/metrics.k8s.io/v1beta1', '/apis/metrics.k8s.io/v1', '/api/v1', '/apis', '/apis/custom.metrics.k8s.io/v1beta2', '', '/healthz', '/livez', '/readyz', '/metrics', '/openapi/v2', '/openapi/v3', '/version'];
const SEGMENTS = ['nodes', 'pods', 'namespaces', 'team-a', 'team-b', 'good-node', 'web-a', 'web-b', '..', '.', '%2e%2e', '%2F', '%00', '*', 'watch', '', 'status', '%E0%A4', 'a'.repeat(300)];
const SEL_TOKENS = ['app', 'web', '=', '==', '!=', ' in ', ' notin ', '(', ')', ',', '!', 'team-b', 'metadata.name', 'metadata.namespace', 'spec.nodeName', '>', '<', '5', '\\', '%', '&', '\u00e9', 'x'.repeat(200), ' '];
const ACCEPTS = ['application/json', 'application/json;as=Table;v=v1;g=meta.k8s.io', 'application/json;as=Table;v=v1beta1;g=meta.k8s.io', 'application/vnd.kubernetes.protobuf', '*/*', 'text/html', ';;;', 'application/json;as=Table;v=v9;g=x'];

function token(): string {
  let s = '';
  for (let i = 0, n = rng.int(6); i < n; i++) s += rng.pick(SEL_TOKENS);
  return s;
}

function randomPath(): string {
  let p = rng.pick(PREFIXES);
  for (let i = 0, n = rng.int(5); i < n; i++) p += '/' + (rng.chance(0.85) ? rng.pick(SEGMENTS) : encodeURIComponent(String.fromCharCode(...Array.from({ length: 1 + rng.int(6) }, () => 1 + rng.int(0x2ff)))));
  const q: string[] = [];
  if (rng.chance(0.5)) q.push('labelSelector=' + (rng.chance(0.8) ? encodeURIComponent(token()) : token().replace(/ /g, '+')));
  if (rng.chance(0.3)) q.push('fieldSelector=' + encodeURIComponent(token()));
  if (rng.chance(0.1)) q.push(rng.pick(['watch=true', 'watch=1', 'limit=-1', 'resourceVersion=0', 'includeObject=Object', 'labelSelector=a&labelSelector=b']));
  return (p === '' ? '/' : p) + (q.length ? '?' + q.join('&') : '');
}

type Who = 'anonymous' | 'forged' | 'viewer' | 'hpa' | 'proxy-random' | 'admin-token' | 'bad-token';

function randomRequest(): { who: Who; path: string; headers: Record<string, string | string[]>; useProxy: boolean } {
  const who = rng.pick<Who>(['anonymous', 'forged', 'viewer', 'hpa', 'proxy-random', 'admin-token', 'bad-token']);
  const headers: Record<string, string | string[]> = {};
  if (rng.chance(0.5)) headers['accept'] = rng.pick(ACCEPTS);
  const forge = (): void => {
    headers['x-remote-user'] = rng.pick(['token-admin', 'hpa', 'system:admin', 'viewer-a']);
    headers['x-remote-group'] = rng.pick([['system:masters'], ['a', 'b'], ['system:masters', 'x']]);
    if (rng.chance(0.5)) headers[`x-remote-extra-${rng.pick(['scopes', '%zz', 'a%2Fb', 'x'.repeat(100)])}`] = rng.pick(['v', '']);
  };
  let useProxy = false;
  switch (who) {
    case 'forged': forge(); break;
    case 'viewer': useProxy = true; headers['x-remote-user'] = 'viewer-a'; break;
    case 'hpa': useProxy = true; headers['x-remote-user'] = 'hpa'; break;
    case 'proxy-random': useProxy = true; if (rng.chance(0.8)) forge(); break;
    case 'admin-token': headers['authorization'] = 'Bearer admin-token'; break;
    case 'bad-token': headers['authorization'] = rng.pick(['Bearer ', 'Bearer x y', 'bearer admin-token-', 'Basic Zm9vOmJhcg==', 'Bearer ' + 'z'.repeat(5000), 'Negotiate abc']); if (rng.chance(0.5)) forge(); break;
    default: break;
  }
  return { who, path: randomPath(), headers, useProxy };
}

const ALWAYS_ALLOWED = new Set(['/healthz', '/livez', '/readyz']);

t.test(`${REQUESTS} random requests: no 5xx, no over-reach, no leak, the HPA undisturbed (seed ${seed})`, async (t) => {
  const legit = await startLegitAgent(bed, 'good-node');
  const hpaList = (): Promise<HttpAnswer> => httpsGet(bed, '/apis/metrics.k8s.io/v1beta1/pods', { cert: bed.proxy, headers: { 'x-remote-user': 'hpa' } });
  for (let i = 0; i < 80; i++) { const r = await hpaList(); if (r.status === 200 && r.json.items.length === 2) break; await sleep(100); }
  const socketsBefore = socketCount();
  const started = Date.now();
  const byStatus = new Map<number, number>();
  const problems: string[] = [];
  let done = 0, next = 0, hpaChecks = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < REQUESTS && Date.now() - started < TIME_BUDGET_MS) {
      next++;
      const rq = randomRequest();
      const r = await httpsGet(bed, rq.path, { headers: rq.headers, ...(rq.useProxy ? { cert: bed.proxy } : {}) })
        .catch((e: Error) => ({ status: -1, body: e.message, json: null }));
      done++;
      byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
      const bare = rq.path.split('?')[0];
      const label = `${rq.who} ${rq.path.slice(0, 120)} → ${r.status}`;
      if (r.status >= 500 || r.status === -1) problems.push(`${label}: ${r.body.slice(0, 160)}`);
      const unauthenticated = rq.who === 'anonymous' || rq.who === 'forged' || rq.who === 'bad-token';
      if (unauthenticated && r.status === 200 && !ALWAYS_ALLOWED.has(bare)) problems.push(`${label}: served without valid credentials`);
      if (rq.who === 'viewer' && r.status === 200) {
        const items = (r.json?.items ?? r.json?.rows?.map((x: { object?: unknown }) => x.object) ?? []) as Array<{ metadata?: { namespace?: string } } | undefined>;
        if (items.some((i) => i?.metadata?.namespace !== undefined && i.metadata.namespace !== 'team-a') || r.body.includes('"good-node"')) {
          problems.push(`${label}: viewer saw beyond team-a`);
        }
      }
      if (done % 50 === 0) {
        hpaChecks++;
        const h = await hpaList();
        const names = (h.json?.items ?? []).map((i: { metadata: { namespace: string; name: string } }) => `${i.metadata.namespace}/${i.metadata.name}`).join(',');
        if (h.status !== 200 || names !== 'team-a/web-a,team-b/web-b') problems.push(`HPA list disturbed: ${h.status} ${names}`);
      }
    }
  }));
  t.comment(`${done} requests in ${Date.now() - started} ms; statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort((a, b) => a[0] - b[0])))}; ${hpaChecks} HPA checks alongside`);
  t.ok(done >= 100, `at least 100 requests ran (${done})`);
  t.same(problems, [], 'no 5xx, no transport failure, no over-reach, HPA answers unchanged');
  t.equal((await httpsGet(bed, '/healthz')).status, 200, 'still healthy');
  let sockets = socketCount();
  for (let i = 0; i < 50 && sockets > socketsBefore; i++) { await sleep(100); sockets = socketCount(); }
  t.ok(sockets <= socketsBefore, `sockets back to baseline (${sockets} ≤ ${socketsBefore})`);
  await legit.stop();
});
