// Exponential backoff with jitter: many agents that lost the same aggregator must not reconnect
// in lockstep. Reset after a stream is accepted (Settings received), not merely connected.
export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  multiplier: number;
  /** ± fraction of the delay, e.g. 0.2 → 80 %..120 %. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 1000, maxMs: 30_000, multiplier: 2, jitter: 0.2 };

export class Backoff {
  private attempt = 0;
  constructor(private readonly opts: BackoffOptions = DEFAULT_BACKOFF, private readonly random: () => number = Math.random) {}

  /** The delay before the next attempt; each call grows the base delay up to the maximum. */
  next(): number {
    const base = Math.min(this.opts.maxMs, this.opts.initialMs * this.opts.multiplier ** this.attempt);
    this.attempt++;
    const factor = 1 - this.opts.jitter + 2 * this.opts.jitter * this.random();
    return Math.max(0, Math.round(base * factor));
  }

  reset(): void { this.attempt = 0; }

  get attempts(): number { return this.attempt; }
}
