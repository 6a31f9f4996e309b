// Label keys and values repeat across thousands of pods (app=web, pod-template-hash=…); decoding
// gives each sample fresh copies. Interning keeps one copy, and reusing the held labels object
// when nothing changed keeps one object per pod instead of one per sample.
export class Interner {
  private readonly pool = new Map<string, string>();

  get(s: string): string {
    const held = this.pool.get(s);
    if (held !== undefined) return held;
    // Bounded: a flood of unique strings (random label values) must not grow this forever.
    if (this.pool.size >= 200_000) this.pool.clear();
    this.pool.set(s, s);
    return s;
  }

  /** `next` if it differs from `held`, with interned strings; otherwise `held` itself. */
  labels(next: Record<string, string>, held: Record<string, string>): Record<string, string> {
    const keys = Object.keys(next);
    const heldKeys = Object.keys(held);
    if (keys.length === heldKeys.length && keys.every((k) => held[k] === next[k])) return held;
    const out: Record<string, string> = {};
    for (const k of keys) out[this.get(k)] = this.get(next[k]);
    return out;
  }
}
