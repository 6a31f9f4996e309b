import t from 'tap';
import { ManualClock } from '../../common/clock.js';
import { MetricsStore } from '../../aggregator/store/store.js';
import { nanoRate } from '../../aggregator/store/rate-math.js';
import type { SampleIn } from '../../aggregator/store/input.js';

const S = 1_000_000_000n;

// Deterministic xorshift so a failure is reproducible.
let seed = 0x9e3779b9;
function rnd(): number { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) / 4294967296; }
function big(bits: number): bigint { let x = 0n; for (let b = 0; b < bits; b += 16) x = (x << 16n) | BigInt(Math.floor(rnd() * 65536)); return x & ((1n << BigInt(bits)) - 1n); }

t.test('the double fast path equals (du × 1e9n) / dt bit for bit, or declines with NaN', async (t) => {
  let checked = 0, declined = 0;
  const edges: [bigint, bigint][] = [[0n, 1n], [1n, 3n], [(1n << 52n), 1n], [(1n << 52n), (1n << 43n)], [9_000_000n * 15n * S, 15n * S], [(1n << 52n) - 1n, 15n * S + 1n], [15n * S - 1n, 15n * S]];
  for (let i = 0; i < 200_000; i++) {
    const pair = i < edges.length ? edges[i] : [big(1 + Math.floor(rnd() * 56)), 1n + big(1 + Math.floor(rnd() * 46))] as [bigint, bigint];
    const [du, dt] = pair;
    const fast = nanoRate(Number(du), Number(dt));
    if (Number(du) !== Number(BigInt(Number(du))) || BigInt(Number(du)) !== du || BigInt(Number(dt)) !== dt) { if (!Number.isNaN(fast) && BigInt(fast) !== (BigInt(Number(du)) * S) / BigInt(Number(dt))) t.fail('inexact input'); continue; }
    if (Number.isNaN(fast)) { declined++; continue; }
    const want = (du * S) / dt;
    if (BigInt(fast) !== want) { t.fail(`du=${du} dt=${dt}: ${fast} ≠ ${want}`); return; }
    checked++;
  }
  t.ok(checked > 100_000, `${checked} exact, ${declined} left to bigints`);
  t.ok(Number.isNaN(nanoRate(2 ** 53, 1)), 'du past the proven range declines');
  t.ok(Number.isNaN(nanoRate(1, 2 ** 44)), 'dt past the proven range declines');
});

t.test('pod rates from the store equal the bigint formula for counters across 32-bit word boundaries and past 2^53', async (t) => {
  const T0 = 1_800_000_000n * S;
  const clock = new ManualClock(T0, 0n);
  const store = new MetricsStore({ resolutionNs: 15n * S, clock });
  store.hello('n1', { bootId: 'b', labels: {} });
  const bases = [0n, (1n << 32n) - 5n, (1n << 53n) - 3n, (1n << 63n) + 11n, (1n << 64n) - (1n << 40n)];
  const deltas = [0n, 1n, (1n << 32n) + 1n, 15n * S * 64n + 12345n, (1n << 52n) + 99n, (1n << 60n)];
  const want = new Map<string, bigint>();
  const pods = (k: 0 | 1, dt: bigint): SampleIn => {
    const podsIn = [];
    let i = 0;
    for (const b of bases) for (const d of deltas) {
      if (b + d >= 1n << 64n) continue;
      const name = `p${i++}`;
      const u = k === 0 ? b : b + d;
      if (k === 1) want.set(name, (d * S) / dt);
      const time = T0 + BigInt(k) * dt;
      podsIn.push({ uid: name, name, namespace: 'ns', labels: {}, startTimeNs: 1n, containers: [{ name: 'c', id: 'x', attempt: 0, startTimeNs: 1n, cpu: { timeNs: time, usageNs: u }, memory: { timeNs: time, workingSetBytes: 1n } }] });
    }
    return { node: { collectedNs: T0, startTimeNs: 1n, memoryCapacityBytes: 1n, cpuCapacityMillis: 1n }, pods: podsIn };
  };
  for (const dt of [15n * S + 7n, (1n << 32n) + 3n, 1n << 45n]) {
    want.clear();
    const s = new MetricsStore({ resolutionNs: 15n * S, clock });
    s.record('n1', pods(0, dt));
    s.record('n1', pods(1, dt));
    const got = new Map(s.podMetrics().map((p) => [p.name, p]));
    t.equal(got.size, want.size, `dt=${dt}: every pod served`);
    for (const [name, nano] of want) {
      t.equal(got.get(name)?.containers[0].usage.cpuNanoCores, nano, `dt=${dt} ${name}`);
      t.equal(got.get(name)?.windowNs, dt);
    }
  }
  t.ok(store.podMetrics().length === 0);
});
