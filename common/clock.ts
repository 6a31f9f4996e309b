// The one seam for time: collectors, stores and health checks take a Clock so tests can move it.
export interface Clock {
  /** Wall clock, Unix nanoseconds. */
  nowNs(): bigint;
  /** Monotonic nanoseconds, for measuring intervals immune to wall-clock jumps. */
  monoNs(): bigint;
}

export const systemClock: Clock = {
  nowNs: () => BigInt(Date.now()) * 1_000_000n + (process.hrtime.bigint() % 1_000_000n),
  monoNs: () => process.hrtime.bigint(),
};

/** A clock that moves only when told to. */
export class ManualClock implements Clock {
  constructor(private wall: bigint = 1_700_000_000_000_000_000n, private mono: bigint = 0n) {}
  nowNs(): bigint { return this.wall; }
  monoNs(): bigint { return this.mono; }
  advance(ns: bigint | number): void {
    const d = BigInt(ns);
    this.wall += d;
    this.mono += d;
  }
  setWall(ns: bigint): void { this.wall = ns; }
}
