import t from 'tap';
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { fromWire, toWire, type WireLong } from '../../common/u64.js';
import { DEFAULT_LIMITS } from '../../aggregator/ingest/limits.js';
import { validateSample } from '../../aggregator/ingest/validate.js';
import { WireReader } from '../../aggregator/ingest/wire-reader.js';

const S = 1_000_000_000n;
const NOW = 1_800_000_000n * S;
const U64_MAX = (1n << 64n) - 1n;

/** Every 64-bit width boundary, the 2^53 boundary of the number path, and random values. */
function values(): bigint[] {
  const out = [0n, 1n, 127n, 128n, (1n << 53n) - 1n, 1n << 53n, (1n << 53n) + 1n, U64_MAX, 1n << 63n, (1n << 63n) - 1n];
  for (let bits = 1; bits <= 64; bits++) out.push((1n << BigInt(bits)) - 1n, 1n << BigInt(bits - 1), (1n << BigInt(bits - 1)) + 1n);
  let x = 0x9e3779b97f4a7c15n;
  for (let i = 0; i < 2000; i++) {
    x = (x * 6364136223846793005n + 1442695040888963407n) & U64_MAX;
    out.push(x >> BigInt(i % 64));
  }
  return out.filter((v) => v <= U64_MAX);
}

t.test('uint64 and int64 decode exactly as protobufjs Longs do', async (t) => {
  let mismatches = 0, numbers = 0, bigints = 0;
  for (const v of values()) {
    const signed = BigInt.asIntN(64, v);
    const bytes = kubepulse.v1.CpuCounters.encode({ timeUnixNano: toWire(signed, true), usageNs: toWire(v), nrPeriods: toWire(v) }).finish();
    const viaLong = kubepulse.v1.CpuCounters.decode(bytes);
    const viaWire = kubepulse.v1.CpuCounters.decode(new WireReader(Buffer.from(bytes)));
    const w = viaWire.usageNs as unknown as WireLong;
    if (typeof w === 'number') numbers++; else if (typeof w === 'bigint') bigints++;
    // A number is returned only when exact.
    if (typeof w === 'number' && !(Number.isSafeInteger(w) || w === 2 ** 53)) mismatches++;
    if (fromWire(w) !== v || fromWire(w) !== fromWire(viaLong.usageNs)) mismatches++;
    if (fromWire(viaWire.nrPeriods) !== v) mismatches++;
    const tw = viaWire.timeUnixNano as unknown as WireLong;
    if (fromWire(tw, true) !== signed || fromWire(tw, true) !== fromWire(viaLong.timeUnixNano, true)) mismatches++;
  }
  t.equal(mismatches, 0);
  t.ok(numbers > 0 && bigints > 0, `both paths taken (${numbers} numbers, ${bigints} bigints)`);
});

t.test('numbers at most 2^53 stay numbers; past it, bigints', async (t) => {
  const dec = (v: bigint): WireLong => kubepulse.v1.CpuCounters.decode(new WireReader(Buffer.from(kubepulse.v1.CpuCounters.encode({ usageNs: toWire(v) }).finish()))).usageNs;
  t.equal(dec((1n << 53n) - 1n), 2 ** 53 - 1);
  t.equal(dec(1n << 53n), (1n << 53n));
  t.equal(dec(U64_MAX), U64_MAX);
  t.equal(fromWire(-1n, true), -1n);
  t.equal(fromWire(-1n), U64_MAX, 'a bigint is taken modulo 2^64 as the field type says');
  t.throws(() => fromWire(2 ** 53 + 2), RangeError);
});

t.test('truncated and overlong varints are rejected', async (t) => {
  const full = kubepulse.v1.CpuCounters.encode({ usageNs: toWire(U64_MAX) }).finish();
  for (let cut = 2; cut < full.length; cut++) {
    t.throws(() => kubepulse.v1.CpuCounters.decode(new WireReader(Buffer.from(full.subarray(0, cut)))), `cut at ${cut}`);
  }
  // Field 2 (varint) followed by 11 continuation bytes.
  const overlong = Buffer.from([0x10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
  t.throws(() => kubepulse.v1.CpuCounters.decode(new WireReader(overlong)), /invalid varint/);
});

t.test('a sample validates the same through either reader', async (t) => {
  const tt = toWire(NOW, true);
  const bytes = kubepulse.v1.NodeSample.encode({
    sequence: toWire(7n), collectedUnixNano: tt,
    node: { startTimeUnixNano: toWire(NOW - 3600n * S, true), cpu: { timeUnixNano: tt, usageNs: toWire(U64_MAX - 5n), nrPeriods: toWire(3n) }, memory: { timeUnixNano: tt, workingSetBytes: toWire(1n << 40n) }, cpuCapacityMillis: toWire(2000n), memoryCapacityBytes: toWire(1n << 34n) },
    pods: [{
      uid: 'u-1', name: 'web-1', namespace: 'default', labels: { app: 'web' }, startTimeUnixNano: toWire(NOW - S, true),
      cpu: { timeUnixNano: tt, usageNs: toWire(1n << 53n), nrPeriods: toWire(10n), nrThrottled: toWire(2n), throttledNs: toWire((1n << 53n) + 1n), psi: { some: { totalNs: toWire(99n) } } },
      memory: { timeUnixNano: tt, workingSetBytes: toWire(5n), psi: { some: { totalNs: toWire(1n << 60n) } } },
      network: { timeUnixNano: tt, interfaces: [{ name: 'eth0', rxBytes: toWire(U64_MAX - 1n), txBytes: toWire(0n) }] },
      containers: [{ name: 'app', id: 'abc', startTimeUnixNano: toWire(NOW - S, true), cpu: { timeUnixNano: tt, usageNs: toWire((1n << 62n) + 1n) }, memory: { timeUnixNano: tt, workingSetBytes: toWire(5n) } }],
    }],
  }).finish();
  const a = validateSample(kubepulse.v1.NodeSample.decode(bytes), NOW, DEFAULT_LIMITS);
  const b = validateSample(kubepulse.v1.NodeSample.decode(new WireReader(Buffer.from(bytes))), NOW, DEFAULT_LIMITS);
  t.same(b, a);
  t.equal(b.podsRejected, 0);
  t.equal(b.sample.pods[0].network?.rxBytes, U64_MAX - 1n);
});
