// Seeded randomness for the fuzz suites (not a test itself): the seed is printed so a failure can
// be replayed with KUBEPULSE_FUZZ_SEED=<seed>.
export function fuzzSeed(): number {
  const env = process.env['KUBEPULSE_FUZZ_SEED'];
  return env !== undefined && env !== '' ? Number(env) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
}

/** mulberry32: small, fast, good enough to drive a fuzzer reproducibly. */
export class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let x = this.s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number { return Math.floor(this.next() * n); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]; }
  chance(p: number): boolean { return this.next() < p; }
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b;
  }
  /** Bit flips, truncation, insertion, duplication or overwrite of a valid encoding. */
  mutate(valid: Uint8Array): Buffer {
    const b = Buffer.from(valid);
    switch (this.int(5)) {
      case 0: { for (let i = 0, n = 1 + this.int(8); i < n && b.length; i++) b[this.int(b.length)] ^= 1 << this.int(8); return b; }
      case 1: return b.subarray(0, this.int(b.length + 1));
      case 2: { const at = this.int(b.length + 1); return Buffer.concat([b.subarray(0, at), this.bytes(1 + this.int(16)), b.subarray(at)]); }
      case 3: return Buffer.concat([b, b.subarray(0, this.int(b.length + 1))]);
      default: { const at = this.int(b.length + 1); return Buffer.concat([b.subarray(0, at), Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]), b.subarray(at)]); }
    }
  }
}

/** Open sockets and timers of this process, by kind; a leak shows as a count that does not come back. */
export function resourceCounts(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) out[r] = (out[r] ?? 0) + 1;
  return out;
}

export function socketCount(): number {
  const c = resourceCounts();
  return (c['TCPSocketWrap'] ?? 0) + (c['TLSWrap'] ?? 0) + (c['TCPWRAP'] ?? 0);
}
