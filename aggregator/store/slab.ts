// Per-node storage of the two newest points of every series (the node, each pod, each container)
// in one BigUint64Array, so a node with 30 pods × 2 containers costs a few typed-array rows rather
// than hundreds of small objects. Two points are what a rate needs; Prometheus keeps history.

/** Field positions inside one point. Times are Unix ns (validated non-negative by ingest). */
export const F = {
  CPU_T: 0,
  CPU_USAGE: 1,
  MEM_T: 2,
  WORKING_SET: 3,
  THROTTLED_NS: 4,
  NR_PERIODS: 5,
  NR_THROTTLED: 6,
  CPU_PSI_SOME: 7,
  MEM_PSI_SOME: 8,
  NET_T: 9,
  RX: 10,
  TX: 11,
  START: 12,
} as const;
export const FIELDS = 13;
const ROW = FIELDS * 2;

export type UpdateOutcome = 'appended' | 'first' | 'reset' | 'stale';

/** One point being written: values plus a presence bit per field (absent ≠ zero). */
export class Point {
  readonly v = new BigUint64Array(FIELDS);
  mask = 0;
  clear(): void { this.mask = 0; }
  set(field: number, value: bigint | undefined): void {
    if (value === undefined) return;
    this.v[field] = value;
    this.mask |= 1 << field;
  }
}

/** Which 32-bit word of a u64 is the low one on this machine. */
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;
const TWO32 = 4294967296;

export class Slab {
  private data: BigUint64Array;
  /** The same bytes as 32-bit words: reads for rate math without allocating a BigInt each. */
  private words: Uint32Array;
  /** Presence masks, two per slot: [slot*2 + 0|1]. */
  private masks: Uint16Array;
  /** Which of the two points is the newer one. */
  private heads: Uint8Array;
  private readonly free: number[] = [];
  private used = 0;

  constructor(capacity = 8) {
    this.data = new BigUint64Array(capacity * ROW);
    this.words = new Uint32Array(this.data.buffer);
    this.masks = new Uint16Array(capacity * 2);
    this.heads = new Uint8Array(capacity);
  }

  get capacity(): number { return this.heads.length; }

  alloc(): number {
    const s = this.free.pop() ?? this.used++;
    if (s >= this.capacity) this.grow(Math.max(8, this.capacity * 2));
    this.masks[s * 2] = 0;
    this.masks[s * 2 + 1] = 0;
    this.heads[s] = 0;
    return s;
  }

  release(slot: number): void {
    this.masks[slot * 2] = 0;
    this.masks[slot * 2 + 1] = 0;
    this.free.push(slot);
  }

  private grow(cap: number): void {
    const d = new BigUint64Array(cap * ROW); d.set(this.data); this.data = d;
    this.words = new Uint32Array(d.buffer);
    const m = new Uint16Array(cap * 2); m.set(this.masks); this.masks = m;
    const h = new Uint8Array(cap); h.set(this.heads); this.heads = h;
  }

  /** Forget both points (a restart: the counters before and after are unrelated). */
  clear(slot: number): void {
    this.masks[slot * 2] = 0;
    this.masks[slot * 2 + 1] = 0;
  }

  /**
   * Add a point. A point not newer than the held one is ignored (repeated or reordered message);
   * a lower CPU counter or a different start time means a restart, so the older point is dropped
   * rather than producing a negative or a doubled rate.
   */
  update(slot: number, p: Point): UpdateOutcome {
    const head = this.heads[slot];
    const lastMask = this.masks[slot * 2 + head];
    const lastBase = slot * ROW + head * FIELDS;
    let outcome: UpdateOutcome = 'appended';
    if (lastMask === 0) {
      outcome = 'first';
    } else {
      const tField = has(p.mask, F.CPU_T) && has(lastMask, F.CPU_T) ? F.CPU_T : F.MEM_T;
      if (has(p.mask, tField) && has(lastMask, tField) && p.v[tField] <= this.data[lastBase + tField]) return 'stale';
      const restarted =
        (has(p.mask, F.START) && has(lastMask, F.START) && p.v[F.START] !== this.data[lastBase + F.START]) ||
        (has(p.mask, F.CPU_USAGE) && has(lastMask, F.CPU_USAGE) && p.v[F.CPU_USAGE] < this.data[lastBase + F.CPU_USAGE]);
      if (restarted) outcome = 'reset';
    }
    const next = outcome === 'appended' ? 1 - head : head;
    this.data.set(p.v, slot * ROW + next * FIELDS);
    this.masks[slot * 2 + next] = p.mask;
    if (outcome !== 'appended') this.masks[slot * 2 + (1 - next)] = 0;
    this.heads[slot] = next;
    return outcome;
  }

  hasLast(slot: number, field: number): boolean { return has(this.masks[slot * 2 + this.heads[slot]], field); }
  hasPrev(slot: number, field: number): boolean { return has(this.masks[slot * 2 + 1 - this.heads[slot]], field); }
  last(slot: number, field: number): bigint { return this.data[slot * ROW + this.heads[slot] * FIELDS + field]; }
  prev(slot: number, field: number): bigint { return this.data[slot * ROW + (1 - this.heads[slot]) * FIELDS + field]; }

  /**
   * last − prev of a field as an exact number, or NaN when it might not be exact (the caller then
   * uses bigints). A negative result is exact too.
   */
  delta(slot: number, field: number): number {
    const h = this.heads[slot];
    const l = (slot * ROW + h * FIELDS + field) * 2;
    const p = (slot * ROW + (1 - h) * FIELDS + field) * 2;
    const dhi = this.words[l + HI] - this.words[p + HI];
    // |dhi| < 2^20 keeps dhi·2^32 + dlo below 2^53 in magnitude.
    if (dhi < 0 || dhi >= 0x100000) return NaN;
    return dhi * TWO32 + (this.words[l + LO] - this.words[p + LO]);
  }

  /** The newer point's field compared across two slots (−1, 0, 1) without allocating. */
  compareLast(a: number, b: number, field: number): number {
    const la = (a * ROW + this.heads[a] * FIELDS + field) * 2;
    const lb = (b * ROW + this.heads[b] * FIELDS + field) * 2;
    const w = this.words;
    if (w[la + HI] !== w[lb + HI]) return w[la + HI] < w[lb + HI] ? -1 : 1;
    if (w[la + LO] !== w[lb + LO]) return w[la + LO] < w[lb + LO] ? -1 : 1;
    return 0;
  }

  /** Approximate bytes held, for the benchmark's accounting. */
  get bytes(): number { return this.data.byteLength + this.masks.byteLength + this.heads.byteLength; }
}

function has(mask: number, field: number): boolean { return (mask & (1 << field)) !== 0; }
