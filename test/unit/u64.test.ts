import t from 'tap';
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { fromWire, fromWire0, toWire } from '../../common/u64.js';

t.test('uint64 counters survive an encode/decode round trip exactly', async (t) => {
  const values = [0n, 1n, (1n << 53n) + 1n, (1n << 63n) + 12345n, (1n << 64n) - 1n];
  for (const v of values) {
    const bytes = kubepulse.v1.CpuCounters.encode({ usageNs: toWire(v), timeUnixNano: toWire(-5n, true) }).finish();
    const back = kubepulse.v1.CpuCounters.decode(bytes);
    t.equal(fromWire0(back.usageNs), v, `usage ${v}`);
    t.equal(fromWire0(back.timeUnixNano, true), -5n);
  }
});

t.test('optional fields stay absent rather than becoming zero', async (t) => {
  const bytes = kubepulse.v1.MemoryCounters.encode({ usageBytes: toWire(10n) }).finish();
  const back = kubepulse.v1.MemoryCounters.decode(bytes);
  t.equal(fromWire(back.limitBytes), undefined);
  t.equal(Object.hasOwn(back, 'limitBytes'), false);
});

t.test('out-of-range values are refused, not wrapped', async (t) => {
  t.throws(() => toWire(-1n), RangeError);
  t.throws(() => toWire(1n << 64n), RangeError);
  t.throws(() => toWire(1n << 63n, true), RangeError);
  t.throws(() => fromWire(2 ** 60), RangeError);
});

t.test('unknown fields from a newer agent are ignored', async (t) => {
  const w = kubepulse.v1.Hello.encode({ nodeName: 'n1' });
  // field 99, varint 7: something a future version might send
  w.uint32((99 << 3) | 0).uint64(7);
  const back = kubepulse.v1.Hello.decode(w.finish());
  t.equal(back.nodeName, 'n1');
});
