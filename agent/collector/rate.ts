// usageNanoCores from two cumulative readings, as cAdvisor's InstCpuStats computes it, except that a
// counter that went backwards (a restarted container reusing the cgroup, a recreated cgroup) or a
// window that is not positive gives no rate rather than an error or an absurd number.

export interface CpuPoint {
  usageNs: bigint;
  /** Monotonic read time: immune to wall-clock steps between the two readings. */
  monoNs: bigint;
}

export function usageNanoCores(prev: CpuPoint | undefined, cur: CpuPoint): bigint | undefined {
  if (!prev) return undefined;
  const dt = cur.monoNs - prev.monoNs;
  const du = cur.usageNs - prev.usageNs;
  if (dt <= 0n || du < 0n) return undefined;
  return (du * 1_000_000_000n) / dt;
}
