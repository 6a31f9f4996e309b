import t from 'tap';
import { createSystemClock } from '../../common/clock.js';

t.test('the system clock gives Unix nanoseconds that never run backwards between reads', async (t) => {
  const clock = createSystemClock();
  let prev = clock.nowNs();
  const wall = BigInt(Date.now()) * 1_000_000n;
  t.ok(prev - wall < 50_000_000n && wall - prev < 50_000_000n, 'within 50 ms of Date.now()');
  let backwards = 0;
  const until = Date.now() + 200;
  let reads = 0;
  while (Date.now() < until && reads < 2_000_000) {
    const now = clock.nowNs();
    if (now < prev) backwards++;
    prev = now;
    reads++;
  }
  t.equal(backwards, 0, `no backwards step in ${reads} reads across millisecond boundaries`);
});
