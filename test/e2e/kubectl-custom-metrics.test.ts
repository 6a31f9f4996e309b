// End to end for custom.metrics.k8s.io/v1beta2: a cluster-mode aggregator fed over real gRPC/TLS
// on loopback by a synthetic agent whose throttling, PSI and network counters grow at exact rates,
// read by the real kubectl with a client certificate. Every request passes the real authentication
// and a recording authorizer (standing in for the SubjectAccessReview webhook), so the attributes
// the HPA's RBAC is checked against are asserted too.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are inspected field by field */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { NodeSnapshot } from '../../agent/model.js';
import { TickingSource } from '../integration/stream-fixtures.js';
import { startPush, type PushClient } from '../../agent/push/client.js';
import { formatRate } from '../../aggregator/api/custom-metrics.js';
import { NoneAgentAuthenticator } from '../../aggregator/auth/agent-none.js';
import type { HttpAuth } from '../../aggregator/auth/factory.js';
import { checkHttpRequest } from '../../aggregator/auth/http-check.js';
import type { Authorizer, AuthzDecision, RequestAttributes } from '../../aggregator/auth/types.js';
import { startAggregator, type RunningAggregator } from '../../aggregator/aggregator.js';
import { writeKubeconfig } from '../../common/kubeconfig.js';
import { aggregatorPki } from './aggregator-pki.js';
import { createLogger } from '../../common/logger.js';
import { KUBECTL, run, waitFor } from './up-helpers.js';

const RES_MS = 2000;
const MS = 1_000_000n;
const BASE = '/apis/custom.metrics.k8s.io/v1beta2';

/**
 * One node, pods `api-0` (counters below) and `idle-0` (no throttling, PSI or network counters).
 * Per millisecond of wall time api-0 gains 0.25 ms throttled, 3 of 8 periods throttled, 0.125 ms
 * CPU and 0.05 ms memory PSI "some" stall, and 1500 + 2048 bytes over two interfaces.
 */
const sim = new TickingSource((now, t0): NodeSnapshot => {
  // `now` is in whole milliseconds, so the rates below divide exactly.
  const ms = (now - t0) / MS;
  const psiLine = (totalUs: bigint): { totalUs: bigint; avg10: number; avg60: number; avg300: number } => ({ totalUs, avg10: 0, avg60: 0, avg300: 0 });
  const memory = { timeNs: now, usageBytes: 80n << 20n, workingSetBytes: 64n << 20n };
  const container = (id: string): NodeSnapshot['pods'][number]['containers'][number] => ({
    id: id.repeat(64), name: 'app', startTimeNs: t0 - 60_000n * MS, attempt: 0,
    cpu: { timeNs: now, usageNs: 5n * 10n ** 9n + ms * 250_000n }, memory,
  });
  return {
    collectedNs: now,
    errors: 0,
    node: {
      nodeName: 'sim-node', startTimeNs: t0 - 3_600_000n * MS, memoryCapacityBytes: 8n << 30n, cpuCapacityMillis: 4000n,
      cpu: { timeNs: now, usageNs: 10n ** 12n + ms * 1_500_000n },
      memory: { timeNs: now, usageBytes: 3n << 30n, workingSetBytes: 2n << 30n },
    },
    pods: [{
      uid: '0b5a3c1e-2d7f-4a8b-9c0d-1e2f3a4b5c6d', name: 'api-0', namespace: 'sim', labels: { app: 'api', shard: '0' },
      startTimeNs: t0 - 60_000n * MS, qosClass: 'Burstable',
      cpu: {
        timeNs: now, usageNs: 5n * 10n ** 9n + ms * 250_000n,
        nrPeriods: 1000n + ms * 8n, nrThrottled: 100n + ms * 3n, throttledNs: 7n * 10n ** 9n + ms * 250_000n,
        psi: { some: psiLine(10n ** 6n + ms * 125n), full: psiLine(0n) },
      },
      memory: { ...memory, psi: { some: psiLine(ms * 50n), full: psiLine(0n) } },
      network: {
        timeNs: now,
        interfaces: [
          { name: 'eth0', rxBytes: 10n ** 9n + ms * 1000n, rxErrors: 0n, txBytes: ms * 2000n, txErrors: 0n },
          { name: 'eth1', rxBytes: ms * 500n, rxErrors: 0n, txBytes: ms * 48n, txErrors: 0n },
        ],
      },
      containers: [container('a')],
    }, {
      uid: '1c6b4d2f-3e80-4b9c-8d1e-2f3a4b5c6d7e', name: 'idle-0', namespace: 'sim', labels: { app: 'idle' },
      startTimeNs: t0 - 60_000n * MS, qosClass: 'BestEffort',
      cpu: { timeNs: now, usageNs: 10n ** 9n + ms * 1000n }, memory,
      containers: [container('b')],
    }],
  };
}, RES_MS);

/** Records every decision; denies anything in namespace "locked". */
class RecordingAuthorizer implements Authorizer {
  readonly seen: RequestAttributes[] = [];
  async authorize(attrs: RequestAttributes): Promise<AuthzDecision> {
    this.seen.push(attrs);
    return attrs.namespace === 'locked' ? { allowed: false, reason: 'no RBAC rule' } : { allowed: true };
  }
}

let dir: string;
let agg: RunningAggregator;
let auth: HttpAuth;
let push: PushClient;
const authorizer = new RecordingAuthorizer();
let kubeconfig: string;

t.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-e2e-custom-'));
  const logger = createLogger('warn');
  // Not system:masters: every request goes through the authorizer.
  const { ca, clientCa, serving, client, auth: httpAuth } = await aggregatorPki(dir, 'hpa-reader', ['e2e-readers'], logger);
  auth = httpAuth;
  const recorded: HttpAuth = { ...auth, authorizer, check: (req) => checkHttpRequest(auth.authenticator, authorizer, auth.alwaysAllowPaths, req) };
  agg = await startAggregator({
    grpcListen: '127.0.0.1:0', secureHost: '127.0.0.1', securePort: 0, tls: serving, httpClientCa: [clientCa.cert],
    resolutionNs: BigInt(RES_MS) * MS, httpAuth: recorded, agentAuth: new NoneAgentAuthenticator(), logger,
  });
  kubeconfig = join(dir, 'kubeconfig');
  await writeKubeconfig(kubeconfig, { server: agg.url, caPem: ca.cert, clientCertPem: client.cert, clientKeyPem: client.key });
  sim.start();
  push = await startPush({
    aggregator: agg.grpcAddress, source: sim, caFile: join(dir, 'ca.crt'), logger,
    hello: {
      nodeName: 'sim-node', agentVersion: 'e2e', bootId: 'sim-boot', capabilities: [], agentStartTimeNs: BigInt(Date.now()) * MS,
      intervalNs: BigInt(RES_MS) * MS, nodeLabels: { 'kubernetes.io/hostname': 'sim-node' },
    },
  });
  await waitFor('both synthetic pods to have rates', async () => (agg.store.podMetrics({ namespace: 'sim' }).length === 2 ? true : undefined), 30_000);
});

t.teardown(async () => {
  sim.stop();
  push?.stop();
  await agg?.stop();
  auth?.close();
  await rm(dir, { recursive: true, force: true });
});

const kubectl = (...args: string[]): ReturnType<typeof run> => run(KUBECTL, ['--kubeconfig', kubeconfig, '--cache-dir', join(dir, 'kcache'), ...args]);
async function raw(path: string): Promise<any> {
  const r = await kubectl('get', '--raw', path);
  if (r.code !== 0) throw new Error(`kubectl get --raw ${path}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const EXPECTED: Array<[string, string]> = [
  ['cpu_throttled_seconds_per_second', '250m'],
  ['cpu_throttled_periods_ratio', '375m'],
  ['cpu_pressure_some_seconds_per_second', '125m'],
  ['memory_pressure_some_seconds_per_second', '50m'],
  ['network_receive_bytes_per_second', '1500k'],
  ['network_transmit_bytes_per_second', '2048k'],
];

t.test('kubectl reads every metric for pods/* with the exact rates of the synthetic counters, equal to the store\'s', async (t) => {
  const store = agg.store.podMetrics({ namespace: 'sim', name: 'api-0' })[0].extra;
  const fromStore: Record<string, number | undefined> = {
    cpu_throttled_seconds_per_second: store.cpuThrottledSecondsPerSecond, cpu_throttled_periods_ratio: store.cpuThrottledPeriodsRatio,
    cpu_pressure_some_seconds_per_second: store.cpuPressureSomeSecondsPerSecond, memory_pressure_some_seconds_per_second: store.memoryPressureSomeSecondsPerSecond,
    network_receive_bytes_per_second: store.networkRxBytesPerSecond, network_transmit_bytes_per_second: store.networkTxBytesPerSecond,
  };
  for (const [metric, want] of EXPECTED) {
    const before = agg.store.podMetrics({ namespace: 'sim', name: 'api-0' })[0];
    // The HPA's exact request shape: the pods' selector, `*` encoded.
    const body = await raw(`${BASE}/namespaces/sim/pods/%2A/${metric}?labelSelector=${encodeURIComponent('app in (api,idle)')}`);
    const after = agg.store.podMetrics({ namespace: 'sim', name: 'api-0' })[0];
    t.equal(body.kind, 'MetricValueList', metric);
    t.equal(body.items.length, 1, `${metric}: idle-0 has no such counter and is left out`);
    const item = body.items[0];
    t.same(item.describedObject, { kind: 'Pod', namespace: 'sim', name: 'api-0', apiVersion: '/v1' });
    t.same(item.metric, { name: metric, selector: null });
    t.equal(item.value, want, `${metric} from the counters`);
    t.equal(item.value, formatRate(fromStore[metric]!), `${metric} as the store computed it`);
    t.ok([before, after].some((p) => item.timestamp === new Date(Number(p.timestampNs / MS)).toISOString().replace(/\.\d{3}Z$/, 'Z')
      && item.windowSeconds === Math.round(Number(p.windowNs) / 1e9)), `${metric}: timestamp and windowSeconds are the store's`);
  }
});

t.test('discovery, single pod, selectors and errors through kubectl', async (t) => {
  const group = await raw('/apis/custom.metrics.k8s.io');
  t.equal(group.preferredVersion.version, 'v1beta2');
  const rl = await raw(BASE);
  t.same(rl.resources.map((r: any) => r.name), EXPECTED.map(([m]) => `pods/${m}`));
  const one = await raw(`${BASE}/namespaces/sim/pods/api-0/network_receive_bytes_per_second`);
  t.same(one.items.map((i: any) => [i.describedObject.name, i.value]), [['api-0', '1500k']]);
  const idle = await raw(`${BASE}/namespaces/sim/pods/*/cpu_throttled_seconds_per_second?labelSelector=app%3Didle`);
  t.same(idle.items, [], 'a selected pod without the counter gives an empty list');
  const cases: Array<[string, RegExp]> = [
    [`${BASE}/namespaces/sim/pods/*/http_requests`, /NotFound\): the server could not find the metric http_requests for pods/],
    [`${BASE}/namespaces/sim/pods/idle-0/cpu_throttled_seconds_per_second`, /NotFound\): the server could not find the metric cpu_throttled_seconds_per_second for pods idle-0/],
    [`${BASE}/namespaces/sim/pods/*/cpu_throttled_seconds_per_second?labelSelector=app%20in%20(`, /BadRequest\): labelSelector: /],
    [`${BASE}/namespaces/sim/pods/*/cpu_throttled_seconds_per_second?watch=true`, /MethodNotAllowed/],
  ];
  for (const [path, re] of cases) {
    const r = await kubectl('get', '--raw', path);
    t.not(r.code, 0, path);
    t.match(r.stderr, re, path);
  }
});

t.test('authorization sees the upstream attributes: pods, name *, the metric as subresource, verb get', async (t) => {
  authorizer.seen.length = 0;
  await raw(`${BASE}/namespaces/sim/pods/*/cpu_pressure_some_seconds_per_second?labelSelector=app%3Dapi`);
  await raw(`${BASE}/namespaces/sim/pods/api-0/cpu_pressure_some_seconds_per_second`);
  await raw(BASE);
  const attrs = authorizer.seen.map((a) => ({ ...a, user: a.user.username }));
  t.same(attrs[0], {
    user: 'hpa-reader', verb: 'get', path: `${BASE}/namespaces/sim/pods/*/cpu_pressure_some_seconds_per_second`, resourceRequest: true,
    apiGroup: 'custom.metrics.k8s.io', apiVersion: 'v1beta2', resource: 'pods', namespace: 'sim', name: '*', subresource: 'cpu_pressure_some_seconds_per_second',
  });
  t.match(attrs[1], { verb: 'get', resource: 'pods', namespace: 'sim', name: 'api-0', subresource: 'cpu_pressure_some_seconds_per_second' });
  t.match(attrs[2], { verb: 'get', path: BASE, resourceRequest: false });
  const denied = await kubectl('get', '--raw', `${BASE}/namespaces/locked/pods/*/cpu_throttled_seconds_per_second`);
  t.not(denied.code, 0);
  t.match(denied.stderr, /Forbidden\): pods.custom.metrics.k8s.io "\*" is forbidden: User "hpa-reader" cannot get resource "pods\/cpu_throttled_seconds_per_second" in API group "custom.metrics.k8s.io" in the namespace "locked"/);
});
