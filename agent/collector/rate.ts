// usageNanoCores from two cumulative readings, as cAdvisor's InstCpuStats computes it, except that a
// counter that went backwards (a restarted container reusing the cgroup, a recreated cgroup) or a
// window that is not positive gives no rate rather than an error or an absurd number.
//
// The window is the difference of the two read times that go on the wire, so the aggregator,
// dividing the same counters by the same times, gets exactly the agent's number (kubectl top
// equals /stats/summary). The monotonic clock only guards against a wall-clock step between the
// two reads: then the wall window is not what elapsed, and one rate is skipped.

export interface CpuPoint {
  usageNs: bigint;
  /** Read time, Unix ns: the `time` of the CPU block. */
  timeNs: bigint;
  /** Monotonic time of the same read, or of the cycle it was read in (a step is 100 ms or more). */
  monoNs: bigint;
}

/** Wall and monotonic windows further apart than this mean the wall clock was stepped. */
const CLOCK_STEP_NS = 100_000_000n;

export function usageNanoCores(prev: CpuPoint | undefined, cur: CpuPoint): bigint | undefined {
  if (!prev) return undefined;
  const dt = cur.timeNs - prev.timeNs;
  const du = cur.usageNs - prev.usageNs;
  if (dt <= 0n || du < 0n) return undefined;
  const drift = dt - (cur.monoNs - prev.monoNs);
  if (drift > CLOCK_STEP_NS || drift < -CLOCK_STEP_NS) return undefined;
  return (du * 1_000_000_000n) / dt;
}
