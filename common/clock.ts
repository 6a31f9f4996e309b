// The one seam for time: collectors, stores and health checks take a Clock so tests can move it.
export interface Clock {
  /** Wall clock, Unix nanoseconds. */
  nowNs(): bigint;
  /** Monotonic nanoseconds, for measuring intervals immune to wall-clock jumps. */
  monoNs(): bigint;
}

/** A wall-clock step larger than this re-anchors the nanosecond wall clock. */
const REANCHOR_NS = 50_000_000n;

/** How often (monotonic ns) nowNs() compares itself with Date.now(). */
const CHECK_EVERY_NS = 10_000_000n;

/**
 * Wall time with nanosecond resolution: the monotonic clock plus an offset to the wall clock.
 * Between two reads it never runs backwards; when the wall clock is stepped (or drifts) by more
 * than 50 ms, the offset follows it, so read times stay true Unix times. Callers that derive
 * rates from wall times compare them with monoNs() to notice such a step.
 *
 * The comparison with Date.now() runs at most once per 10 ms of monotonic time: a collection cycle
 * stamps hundreds of reads within a few milliseconds, and four BigInt operations per stamp cost
 * more than the stamp. A step is therefore noticed within 10 ms instead of at once.
 */
export function createSystemClock(): Clock {
  let offset = BigInt(Date.now()) * 1_000_000n - process.hrtime.bigint();
  let checkAfter = -1n;
  return {
    nowNs(): bigint {
      const mono = process.hrtime.bigint();
      let t = mono + offset;
      if (mono >= checkAfter) {
        checkAfter = mono + CHECK_EVERY_NS;
        const wall = BigInt(Date.now()) * 1_000_000n;
        if (t - wall > REANCHOR_NS || wall - t > REANCHOR_NS) {
          offset = wall - mono;
          t = wall;
        }
      }
      return t;
    },
    monoNs: () => process.hrtime.bigint(),
  };
}

export const systemClock: Clock = createSystemClock();

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
