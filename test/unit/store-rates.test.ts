import t from 'tap';
import { ManualClock } from '../../common/clock.js';
import { MetricsStore } from '../../aggregator/store/store.js';
import type { ContainerIn, PodIn, SampleIn } from '../../aggregator/store/input.js';

const S = 1_000_000_000n;
const RES = 15n * S;
const T0 = 1_800_000_000n * S;
const BIG = (1n << 60n) + 7n; // past 2^53: a float would lose the low digits

function container(name: string, t: bigint, usage: bigint, ws = 1000n * 1024n, extra: Partial<ContainerIn> = {}): ContainerIn {
  return { name, id: `${name}-id`, attempt: 0, startTimeNs: T0 - 3600n * S, cpu: { timeNs: t, usageNs: usage }, memory: { timeNs: t, workingSetBytes: ws }, ...extra };
}

function pod(name: string, containers: ContainerIn[], extra: Partial<PodIn> = {}): PodIn {
  return { uid: `uid-${name}`, name, namespace: 'default', labels: { app: name }, startTimeNs: T0 - 3600n * S, containers, ...extra };
}

function sample(t: bigint, nodeUsage: bigint, pods: PodIn[]): SampleIn {
  return {
    node: { collectedNs: t, startTimeNs: T0 - 86400n * S, cpu: { timeNs: t, usageNs: nodeUsage }, memory: { timeNs: t, workingSetBytes: 5n << 30n }, memoryCapacityBytes: 16n << 30n, cpuCapacityMillis: 2000n },
    pods,
  };
}

function setup(): { clock: ManualClock; store: MetricsStore } {
  const clock = new ManualClock(T0, 0n);
  const store = new MetricsStore({ resolutionNs: RES, clock });
  store.hello('n1', { bootId: 'boot-a', labels: { 'kubernetes.io/hostname': 'n1' } });
  return { clock, store };
}

t.test('CPU rate is Δusage/Δt over the two newest samples, exact past 2^53, with the window reported', async (t) => {
  const { clock, store } = setup();
  store.record('n1', sample(T0, BIG, [pod('web', [container('app', T0, BIG), container('side', T0 + 2n * S, 10n)])]));
  t.same(store.nodeMetrics(), [], 'one sample has no rate');
  t.notOk(store.hasData(), 'not ready before a rate exists');
  clock.advance(RES);
  const t1 = T0 + RES;
  // 1.5 cores for 15 s on the node; app used 0.25 core over 15 s; side 0.1 core over 14 s.
  store.record('n1', sample(t1, BIG + 22_500_000_000n, [pod('web', [container('app', t1, BIG + 3_750_000_000n, 2048n * 1024n), container('side', t1 + S, 10n + 1_400_000_000n)])]));
  const [node] = store.nodeMetrics();
  t.equal(node.usage.cpuNanoCores, 1_500_000_000n);
  t.equal(node.windowNs, RES);
  t.equal(node.timestampNs, t1);
  t.equal(node.usage.memoryWorkingSetBytes, 5n << 30n);
  t.same(node.capacity, { cpuMillis: 2000n, memoryBytes: 16n << 30n });
  t.same(node.labels, { 'kubernetes.io/hostname': 'n1' });
  const [p] = store.podMetrics();
  t.equal(p.containers.find((c) => c.name === 'app')!.usage.cpuNanoCores, 250_000_000n);
  t.equal(p.containers.find((c) => c.name === 'side')!.usage.cpuNanoCores, 100_000_000n);
  t.equal(p.containers.find((c) => c.name === 'app')!.usage.memoryWorkingSetBytes, 2048n * 1024n, 'memory is the newest working set');
  t.equal(p.timestampNs, t1, 'pod timestamp is the earliest container read time');
  t.equal(p.windowNs, RES, 'and the window is that container’s');
  t.equal(p.node, 'n1');
  t.ok(store.hasData());
});

t.test('a counter that goes down (container restarted in place) never yields a negative rate', async (t) => {
  const { clock, store } = setup();
  const at = (i: bigint): bigint => T0 + i * RES;
  store.record('n1', sample(at(0n), 0n, [pod('web', [container('app', at(0n), 90n * S)])]));
  clock.advance(RES);
  store.record('n1', sample(at(1n), 15n * S, [pod('web', [container('app', at(1n), 100n * S)])]));
  t.equal(store.podMetrics()[0].containers[0].usage.cpuNanoCores, 666_666_666n);
  clock.advance(RES);
  const r = store.record('n1', sample(at(2n), 30n * S, [pod('web', [container('app', at(2n), 1n * S)])]));
  t.equal(r.resets, 1, 'reported as a reset');
  t.same(store.podMetrics(), [], 'no rate until a second sample after the restart');
  clock.advance(RES);
  store.record('n1', sample(at(3n), 45n * S, [pod('web', [container('app', at(3n), 4n * S)])]));
  t.equal(store.podMetrics()[0].containers[0].usage.cpuNanoCores, 200_000_000n, 'rate from the two post-restart samples only');
});

t.test('a new container id or attempt resets the series even when the counter is higher (no doubled rate)', async (t) => {
  const { clock, store } = setup();
  store.record('n1', sample(T0, 0n, [pod('web', [container('app', T0, 10n * S)])]));
  clock.advance(RES);
  store.record('n1', sample(T0 + RES, 15n * S, [pod('web', [container('app', T0 + RES, 40n * S, 1n, { id: 'new-id', attempt: 1 })])]));
  t.same(store.podMetrics(), [], 'the 30 s jump across containers is not a rate');
});

t.test('a new boot id drops everything held for the node', async (t) => {
  const { clock, store } = setup();
  store.record('n1', sample(T0, 1000n * S, [pod('web', [container('app', T0, 500n * S)])]));
  clock.advance(RES);
  store.record('n1', sample(T0 + RES, 1015n * S, [pod('web', [container('app', T0 + RES, 501n * S)])]));
  t.equal(store.nodeMetrics().length, 1);
  clock.advance(RES);
  store.hello('n1', { bootId: 'boot-b', labels: {} });
  t.same(store.nodeMetrics(), [], 'rebooted node has no rate yet');
  t.same(store.podMetrics(), [], 'nor its pods');
  // After a reboot the counters restart near zero; the same container name and start time must not
  // be compared with the old boot's values.
  const t2 = T0 + 2n * RES;
  store.record('n1', sample(t2, 2n * S, [pod('web', [container('app', t2, 1n * S)])]));
  clock.advance(RES);
  store.record('n1', sample(t2 + RES, 17n * S, [pod('web', [container('app', t2 + RES, 4n * S)])]));
  t.equal(store.nodeMetrics()[0].usage.cpuNanoCores, 1_000_000_000n);
  t.equal(store.podMetrics()[0].containers[0].usage.cpuNanoCores, 200_000_000n);
});

t.test('a repeated or older sample is ignored rather than making a zero or negative window', async (t) => {
  const { clock, store } = setup();
  const s0 = sample(T0, 0n, [pod('web', [container('app', T0, 0n)])]);
  const s1 = sample(T0 + RES, 15n * S, [pod('web', [container('app', T0 + RES, 3n * S)])]);
  store.record('n1', s0);
  clock.advance(RES);
  store.record('n1', s1);
  const r = store.record('n1', s1);
  t.equal(r.stale, 2, 'node and container blocks (the pod block has no counters here) are stale');
  store.record('n1', s0);
  t.equal(store.nodeMetrics()[0].usage.cpuNanoCores, 1_000_000_000n);
  t.equal(store.podMetrics()[0].containers[0].usage.cpuNanoCores, 200_000_000n);
});

t.test('a silent node and its pods disappear after 3 × resolution + grace, not before', async (t) => {
  const { clock, store } = setup();
  store.record('n1', sample(T0, 0n, [pod('web', [container('app', T0, 0n)])]));
  clock.advance(RES);
  store.record('n1', sample(T0 + RES, 15n * S, [pod('web', [container('app', T0 + RES, 3n * S)])]));
  t.equal(store.staleAfter, 55n * S);
  clock.advance(55n * S);
  t.equal(store.nodeMetrics().length, 1, 'still there at exactly the stale time');
  t.equal(store.podMetrics().length, 1);
  clock.advance(1n);
  t.same(store.nodeMetrics(), []);
  t.same(store.podMetrics(), []);
  t.notOk(store.hasData());
  store.prune();
  t.equal(store.stats().nodes, 0, 'and prune frees it');
});

t.test('a pod missing from its node’s newest sample is gone at once', async (t) => {
  const { clock, store } = setup();
  const pods = (tt: bigint, u: bigint): PodIn[] => [pod('a', [container('c', tt, u)]), pod('b', [container('c', tt, u)])];
  store.record('n1', sample(T0, 0n, pods(T0, 0n)));
  clock.advance(RES);
  store.record('n1', sample(T0 + RES, 15n * S, pods(T0 + RES, S)));
  t.same(store.podMetrics().map((p) => p.name), ['a', 'b']);
  clock.advance(RES);
  store.record('n1', sample(T0 + 2n * RES, 30n * S, [pod('b', [container('c', T0 + 2n * RES, 2n * S)])]));
  t.same(store.podMetrics().map((p) => p.name), ['b']);
  t.equal(store.stats().pods, 1);
});

t.test('a pod is served only when every container has a rate (as metrics-server)', async (t) => {
  const { clock, store } = setup();
  store.record('n1', sample(T0, 0n, [pod('web', [container('app', T0, 0n)])]));
  clock.advance(RES);
  const late: ContainerIn = { name: 'late', id: 'l', attempt: 0, startTimeNs: T0 - 3600n * S, cpu: { timeNs: T0 + RES, usageNs: 5n }, memory: { timeNs: T0 + RES, workingSetBytes: 1n } };
  store.record('n1', sample(T0 + RES, 15n * S, [pod('web', [container('app', T0 + RES, S), late])]));
  t.same(store.podMetrics(), [], 'one container without a window hides the pod');
});

t.test('a container younger than one resolution (but over 10 s) gets a rate from its start', async (t) => {
  const { store } = setup();
  const start = T0 - 12n * S;
  store.record('n1', sample(T0, 0n, [pod('new', [container('app', T0, 6n * S, 1n, { startTimeNs: start })])]));
  const [p] = store.podMetrics();
  t.equal(p.containers[0].usage.cpuNanoCores, 500_000_000n);
  t.equal(p.windowNs, 12n * S);
});

t.test('pod throttling is its own cgroup\'s plus its containers\' (a container throttled on its own quota shows)', async (t) => {
  const { clock, store } = setup();
  // The pod cgroup's quota (the sum of its containers') never runs out: its counters stay 0. 'app'
  // is throttled 30% of the time in 40 of its 100 periods a window; 'side' has no quota (zeros).
  const thr = (n: bigint, periods: bigint, throttledN: bigint, ns: bigint) => ({ nrPeriods: periods * n, nrThrottled: throttledN * n, throttledNs: ns * n });
  const at = (tt: bigint, k: bigint, appCpu = thr(k, 100n, 40n, 3n * S)): PodIn => pod('web', [
    container('app', tt, k * S, 1n, { cpu: { timeNs: tt, usageNs: k * S, ...appCpu } }),
    container('side', tt, k * S, 1n, { cpu: { timeNs: tt, usageNs: k * S, ...thr(k, 0n, 0n, 0n) } }),
  ], { cpu: { timeNs: tt, usageNs: 2n * k * S, ...thr(k, 100n, 0n, 0n) } });
  store.record('n1', sample(T0, 0n, [at(T0, 1n)]));
  clock.advance(RES);
  store.record('n1', sample(T0 + RES, 15n * S, [at(T0 + RES, 2n)]));
  let e = store.podMetrics()[0].extra;
  t.equal(e.cpuThrottledSecondsPerSecond, 0.2, "3 s throttled per 15 s window, all of it the container's");
  t.equal(e.cpuThrottledPeriodsRatio, 0.2, '40 throttled of 200 periods (100 the pod\'s, 100 the container\'s)');
  // 'app' restarted: its counters start again from small values and leave this window.
  clock.advance(RES);
  store.record('n1', sample(T0 + 2n * RES, 30n * S, [at(T0 + 2n * RES, 3n, thr(1n, 10n, 10n, 1n))]));
  e = store.podMetrics()[0].extra;
  t.equal(e.cpuThrottledSecondsPerSecond, 0, 'a reset container adds nothing; the others are not throttled');
  t.equal(e.cpuThrottledPeriodsRatio, 0, 'the pod\'s own 100 periods, none throttled');
});

t.test('extra rates for custom metrics come from pod counters when present', async (t) => {
  const { clock, store } = setup();
  const withCounters = (tt: bigint, k: bigint): PodIn => pod('web', [container('app', tt, k * S)], {
    cpu: { timeNs: tt, usageNs: k * S, nrPeriods: 100n * k, nrThrottled: 25n * k, throttledNs: k * 3n * S, psiSomeNs: k * 1_500_000_000n },
    memory: { timeNs: tt, workingSetBytes: 1n, psiSomeNs: k * 150_000_000n },
    network: { timeNs: tt, rxBytes: k * 15_000n, txBytes: k * 30_000n },
  });
  store.record('n1', sample(T0, 0n, [withCounters(T0, 1n)]));
  clock.advance(RES);
  store.record('n1', sample(T0 + RES, 15n * S, [withCounters(T0 + RES, 2n)]));
  const e = store.podMetrics()[0].extra;
  t.equal(e.cpuThrottledSecondsPerSecond, 0.2);
  t.equal(e.cpuThrottledPeriodsRatio, 0.25);
  t.equal(e.cpuPressureSomeSecondsPerSecond, 0.1);
  t.equal(e.memoryPressureSomeSecondsPerSecond, 0.01);
  t.equal(e.networkRxBytesPerSecond, 1000);
  t.equal(e.networkTxBytesPerSecond, 2000);
  clock.advance(RES);
  store.record('n1', sample(T0 + 2n * RES, 30n * S, [pod('web', [container('app', T0 + 2n * RES, 3n * S)])]));
  t.same(store.podMetrics()[0].extra, {}, 'absent counters give no extra rates (absent is not zero)');
});

t.test('pods are sorted by namespace then name and a namespace query returns only that namespace', async (t) => {
  const { clock, store } = setup();
  const mk = (tt: bigint, u: bigint): PodIn[] => [
    pod('zeta', [container('c', tt, u)], { namespace: 'b', uid: 'u1' }),
    pod('alpha', [container('c', tt, u)], { namespace: 'b', uid: 'u2' }),
    pod('mid', [container('c', tt, u)], { namespace: 'a', uid: 'u3' }),
    pod('', [container('c', tt, u)], { namespace: 'a', uid: 'u4' }),
  ];
  store.record('n1', sample(T0, 0n, mk(T0, 0n)));
  clock.advance(RES);
  store.record('n1', sample(T0 + RES, S, mk(T0 + RES, S)));
  t.same(store.podMetrics().map((p) => `${p.namespace}/${p.name}`), ['a/mid', 'b/alpha', 'b/zeta'], 'unnamed pods are not served');
  t.same(store.podMetrics({ namespace: 'b' }).map((p) => p.name), ['alpha', 'zeta']);
  t.same(store.podMetrics({ namespace: 'b', name: 'zeta' }).map((p) => p.uid), ['u1']);
  t.same(store.podMetrics({ namespace: 'nope' }), []);
  t.same(store.podMetrics({ labels: (l) => l['app'] === 'zeta' }).map((p) => p.name), ['zeta'], 'label pre-filter');
  t.same(store.nodeMetrics('nope'), []);
});
