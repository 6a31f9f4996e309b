// One namespace's pods for the read side: by name, sorted by name (rebuilt only when membership
// changes), and by label (key → value → pods), so a label-selector query — the HPA's
// `namespaces/NS/pods?labelSelector=…` — touches only the pods its `=`/`in` terms allow instead
// of every pod in the namespace. The label index changes only when a pod joins, leaves or
// changes its labels (the store hands over a new labels object only then), never per sample.
import type { LabelTerm } from './types.js';

export interface IndexedPod {
  readonly name: string;
  /** Replaced (never mutated) when the labels change; `relabel` is told the old object. */
  readonly labels: Readonly<Record<string, string>>;
}

/** The pod's labels satisfy every term: the key is present and its value is one of the term's values. */
export function matchesTerms(labels: Readonly<Record<string, string>>, terms: readonly LabelTerm[]): boolean {
  for (const t of terms) {
    if (!Object.hasOwn(labels, t.key) || !t.values.includes(labels[t.key] ?? '')) return false;
  }
  return true;
}

/** Code-unit order by name, as the API sorts its lists (and metrics-server does). */
export const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export class NamespaceIndex<P extends IndexedPod> {
  private readonly pods = new Map<string, P>();
  private sortedPods: P[] | undefined;
  private readonly byLabel = new Map<string, Map<string, Set<P>>>();

  get size(): number { return this.pods.size; }
  get(name: string): P | undefined { return this.pods.get(name); }

  /** Adds `pod` under its name; the caller removes any pod held under that name first. */
  add(pod: P): void {
    this.pods.set(pod.name, pod);
    this.sortedPods = undefined;
    for (const k of Object.keys(pod.labels)) this.link(k, pod.labels[k] ?? '', pod);
  }

  /** Removes `pod` if it is the one held under its name; true if it was. */
  remove(pod: P): boolean {
    if (this.pods.get(pod.name) !== pod) return false;
    this.pods.delete(pod.name);
    this.sortedPods = undefined;
    for (const k of Object.keys(pod.labels)) this.unlink(k, pod.labels[k] ?? '', pod);
    return true;
  }

  /** `pod.labels` was replaced; `old` is the object it held before. Only changed pairs move. */
  relabel(pod: P, old: Readonly<Record<string, string>>): void {
    if (this.pods.get(pod.name) !== pod) return;
    const now = pod.labels;
    for (const k of Object.keys(old)) {
      const v = old[k] ?? '';
      if (!Object.hasOwn(now, k) || now[k] !== v) this.unlink(k, v, pod);
    }
    for (const k of Object.keys(now)) {
      const v = now[k] ?? '';
      if (!Object.hasOwn(old, k) || old[k] !== v) this.link(k, v, pod);
    }
  }

  /** Every pod, sorted by name (bytewise). */
  sorted(): readonly P[] {
    return (this.sortedPods ??= [...this.pods.values()].sort(byName));
  }

  /**
   * The pods whose labels satisfy every term, sorted by name. Candidates come from the most
   * selective term's index entries; when that term still allows most of the namespace, a scan of
   * the sorted list is cheaper than sorting the candidates.
   */
  select(terms: readonly LabelTerm[]): readonly P[] {
    if (terms.length === 0) return this.sorted();
    let best: Set<P>[] | undefined;
    let bestCount = Infinity;
    for (const t of terms) {
      const values = this.byLabel.get(t.key);
      const sets: Set<P>[] = [];
      let count = 0;
      if (values) {
        for (const v of new Set(t.values)) {
          const s = values.get(v);
          if (s) { sets.push(s); count += s.size; }
        }
      }
      if (count === 0) return [];
      if (count < bestCount) { best = sets; bestCount = count; }
    }
    if (bestCount * 4 > this.pods.size) return this.sorted().filter((p) => matchesTerms(p.labels, terms));
    const out: P[] = [];
    // One pod has one value per key, so the term's sets are disjoint.
    for (const s of best ?? []) for (const p of s) if (terms.length === 1 || matchesTerms(p.labels, terms)) out.push(p);
    return out.sort(byName);
  }

  private link(key: string, value: string, pod: P): void {
    let values = this.byLabel.get(key);
    if (!values) { values = new Map(); this.byLabel.set(key, values); }
    let set = values.get(value);
    if (!set) { set = new Set(); values.set(value, set); }
    set.add(pod);
  }

  private unlink(key: string, value: string, pod: P): void {
    const values = this.byLabel.get(key);
    const set = values?.get(value);
    if (!values || !set) return;
    set.delete(pod);
    if (set.size === 0) {
      values.delete(value);
      if (values.size === 0) this.byLabel.delete(key);
    }
  }

  /** For tests: the label index's view of the pods, as sorted `key=value → names`. */
  dumpLabels(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [k, values] of this.byLabel) for (const [v, set] of values) out[`${k}=${v}`] = [...set].map((p) => p.name).sort();
    return out;
  }
}
