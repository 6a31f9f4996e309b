// The per-namespace label index must agree with the plain predicate scan, whatever happens to
// pods: label changes (values, added and removed keys), pods moving nodes (new uid, same name),
// deletes, a node going silent and being pruned, a node restarting (new boot id). Run against the
// real MetricsStore with seeded random histories, plus NamespaceIndex on its own.
import t from 'tap';
import { ManualClock } from '../../common/clock.js';
import { MetricsStore } from '../../aggregator/store/store.js';
import { NamespaceIndex, matchesTerms } from '../../aggregator/store/namespace-index.js';
import type { ContainerIn, PodIn, SampleIn } from '../../aggregator/store/input.js';
import type { LabelTerm } from '../../aggregator/store/types.js';
import { labelQuery, matchesLabels, parseLabelSelector } from '../../aggregator/api/selector.js';

const S = 1_000_000_000n;
const RES = 15n * S;
const T0 = 1_800_000_000n * S;

/** mulberry32: small, seeded, good enough to drive histories. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['app', 'tier', 'track', 'example.com/team'];
const VALUES = ['a', 'b', 'c', ''];

function randomLabels(r: () => number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of KEYS) if (r() < 0.7) out[k] = VALUES[Math.floor(r() * VALUES.length)];
  return out;
}

function randomSelector(r: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const k = KEYS[Math.floor(r() * KEYS.length)];
    const v = (): string => VALUES[Math.floor(r() * VALUES.length)];
    switch (Math.floor(r() * 8)) {
      case 0: parts.push(`${k}=${v()}`); break;
      case 1: parts.push(`${k}==${v()}`); break;
      case 2: parts.push(`${k} in (${v()},${v()})`); break;
      case 3: parts.push(`${k}!=${v()}`); break;
      case 4: parts.push(`${k} notin (${v()})`); break;
      case 5: parts.push(k); break;
      case 6: parts.push(`!${k}`); break;
      default: parts.push(`${k} in (${v()})`); break;
    }
  }
  return parts.join(',');
}

interface ModelPod { ns: string; name: string; uid: string; node: string; labels: Record<string, string>; born: number }

function container(name: string, t: bigint, usage: bigint): ContainerIn {
  return { name, id: `${name}-id`, attempt: 0, startTimeNs: T0 - 3600n * S, cpu: { timeNs: t, usageNs: usage }, memory: { timeNs: t, workingSetBytes: 1n << 20n } };
}

function sampleOf(pods: ModelPod[], t: bigint, round: number): SampleIn {
  const k = BigInt(round);
  return {
    node: { collectedNs: t, startTimeNs: T0 - 86400n * S, cpu: { timeNs: t, usageNs: k * 10n * S }, memory: { timeNs: t, workingSetBytes: 1n << 30n }, memoryCapacityBytes: 1n << 34n, cpuCapacityMillis: 4000n },
    pods: pods.map((p): PodIn => ({
      uid: p.uid, name: p.name, namespace: p.ns, labels: { ...p.labels }, startTimeNs: T0 - 3600n * S,
      containers: [container('app', t, k * S), container('side', t, k * 2n * S)],
    })),
  };
}

const names = (xs: ReadonlyArray<{ name: string }>): string[] => xs.map((x) => x.name);

t.test('store: label-indexed queries equal the predicate scan through relabels, moves, deletes, prunes and restarts', async (t) => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const r = rng(seed);
    const clock = new ManualClock(T0, 0n);
    const store = new MetricsStore({ resolutionNs: RES, clock });
    const nodes = ['n0', 'n1', 'n2', 'n3'];
    const boot = new Map(nodes.map((n) => [n, 'boot-0']));
    for (const n of nodes) store.hello(n, { bootId: 'boot-0', labels: {} });
    /** Rounds each node has been silent (0 = sending). */
    const silent = new Map(nodes.map((n) => [n, 0]));
    const model = new Map<string, ModelPod>(); // "ns/name" → pod
    let uidSeq = 0;
    const live = (): string[] => nodes.filter((n) => silent.get(n) === 0);
    const addPod = (ns: string, name: string, round: number): void => {
      const l = live();
      model.set(`${ns}/${name}`, { ns, name, uid: `u${uidSeq++}`, node: l[Math.floor(r() * l.length)], labels: randomLabels(r), born: round });
    };
    for (let i = 0; i < 40; i++) addPod(i % 2 ? 'ns-a' : 'ns-b', `p${i}`, 0);
    // Round 0: every node reports its pods once before anything happens.
    for (const n of nodes) store.record(n, sampleOf([...model.values()].filter((p) => p.node === n), T0, 0));
    let checks = 0, matchedSome = 0;
    for (let round = 1; round <= 60; round++) {
      // Nodes go silent (never all of them) and come back; a returning node may have rebooted.
      for (const n of nodes) {
        if (silent.get(n)! > 0) {
          silent.set(n, silent.get(n)! + 1);
          if (silent.get(n)! > 6 && r() < 0.5) {
            silent.set(n, 0);
            if (r() < 0.5) { boot.set(n, `boot-${round}`); store.hello(n, { bootId: boot.get(n)!, labels: {} }); }
          }
        } else if (live().length > 2 && r() < 0.04) silent.set(n, 1);
      }
      if (r() < 0.05) {
        // A live node restarts: everything it held is dropped, then its next sample re-adds it.
        const n = live()[Math.floor(r() * live().length)];
        boot.set(n, `boot-r${round}`);
        store.hello(n, { bootId: boot.get(n)!, labels: {} });
      }
      // Mutations: the pods' world changes between samples.
      for (const p of model.values()) {
        const x = r();
        if (silent.get(p.node)! > 0) {
          // A silent node's pods are rescheduled elsewhere, sometimes only after a while.
          if (x < 0.5) { p.node = live()[Math.floor(r() * live().length)]; p.uid = `u${uidSeq++}`; p.born = round; }
        } else if (x < 0.08) p.labels = randomLabels(r);
        else if (x < 0.12) { const k = KEYS[Math.floor(r() * KEYS.length)]; if (k in p.labels) delete p.labels[k]; else p.labels[k] = 'c'; }
        else if (x < 0.15) { p.node = live()[Math.floor(r() * live().length)]; p.uid = `u${uidSeq++}`; p.born = round; }
        else if (x < 0.17) model.delete(`${p.ns}/${p.name}`);
      }
      if (r() < 0.3) addPod(r() < 0.5 ? 'ns-a' : 'ns-b', `q${round}`, round);
      clock.advance(RES);
      const tNs = T0 + BigInt(round) * RES;
      for (const n of nodes) {
        if (silent.get(n)! > 0) continue;
        store.record(n, sampleOf([...model.values()].filter((p) => p.node === n), tNs, round));
      }
      // A silent node's pods still on it are pruned once it is stale (4 rounds of 15 s > 55 s).
      for (const p of [...model.values()]) if (silent.get(p.node)! >= 4) model.delete(`${p.ns}/${p.name}`);

      for (const ns of ['ns-a', 'ns-b']) {
        // The index holds exactly the model's pods, with their current labels...
        const idx = store.namespaceIndex(ns);
        const want = [...model.values()].filter((p) => p.ns === ns).sort((a, b) => (a.name < b.name ? -1 : 1));
        const held = idx ? idx.sorted() : [];
        t.same(held.map((p) => [p.name, { ...p.labels }]), want.map((p) => [p.name, p.labels]), `seed ${seed} round ${round} ${ns}: held pods`);
        // ...and its label entries agree with those pods.
        const dump: Record<string, string[]> = {};
        for (const p of held) for (const [k, v] of Object.entries(p.labels)) (dump[`${k}=${v}`] ??= []).push(p.name);
        for (const v of Object.values(dump)) v.sort();
        t.same(idx ? idx.dumpLabels() : {}, dump, `seed ${seed} round ${round} ${ns}: label index`);
        // Queries through the index equal the plain predicate over every served pod.
        const all = store.podMetrics({ namespace: ns });
        for (let i = 0; i < 8; i++) {
          const sel = randomSelector(r);
          const reqs = parseLabelSelector(sel);
          const got = store.podMetrics({ namespace: ns, ...labelQuery(reqs) });
          const expect = all.filter((p) => matchesLabels(reqs, p.labels));
          t.same(names(got), names(expect), `seed ${seed} round ${round} ${ns}: ${sel}`);
          if (expect.length > 0) matchedSome++;
          checks++;
          const one = want[Math.floor(r() * Math.max(1, want.length))];
          if (one) {
            const byName = store.podMetrics({ namespace: ns, name: one.name, ...labelQuery(reqs) });
            t.same(names(byName), names(expect.filter((p) => p.name === one.name)), `seed ${seed} round ${round}: ${one.name} with ${sel}`);
          }
        }
      }
      // All namespaces at once (kubectl top pods -A -l …).
      const sel = randomSelector(r);
      const reqs = parseLabelSelector(sel);
      t.same(names(store.podMetrics(labelQuery(reqs))), names(store.podMetrics().filter((p) => matchesLabels(reqs, p.labels))), `seed ${seed} round ${round} all namespaces: ${sel}`);
    }
    t.ok(matchedSome > checks / 4, `seed ${seed}: the selectors matched pods in ${matchedSome} of ${checks} queries`);
  }
});

t.test('labelQuery splits a selector into index terms and a predicate that together equal matchesLabels', async (t) => {
  const r = rng(42);
  for (let i = 0; i < 3000; i++) {
    const reqs = parseLabelSelector(randomSelector(r));
    const q = labelQuery(reqs);
    const labels = randomLabels(r);
    const got = (!q.labelTerms || matchesTerms(labels, q.labelTerms)) && (!q.labels || q.labels(labels));
    t.equal(got, matchesLabels(reqs, labels));
  }
  t.same(labelQuery(parseLabelSelector('app=web,tier in (a,b)')).labels, undefined, 'only = and in: no predicate left to run');
  t.same(labelQuery(parseLabelSelector('')), {}, 'the empty selector adds nothing');
});

interface P { name: string; labels: Record<string, string> }

t.test('NamespaceIndex: select() equals a filter of the sorted pods under random adds, removes and relabels', async (t) => {
  const r = rng(7);
  const idx = new NamespaceIndex<P>();
  const held = new Map<string, P>();
  for (let step = 0; step < 4000; step++) {
    const name = `p${Math.floor(r() * 60)}`;
    const x = r();
    const cur = held.get(name);
    if (!cur) { const p = { name, labels: randomLabels(r) }; idx.add(p); held.set(name, p); }
    else if (x < 0.3) { t.ok(idx.remove(cur)); held.delete(name); t.notOk(idx.remove(cur), 'a second remove is a no-op'); }
    else if (x < 0.35) { t.notOk(idx.remove({ name, labels: cur.labels }), 'another object under the same name is not removed'); }
    else { const old = cur.labels; cur.labels = randomLabels(r); idx.relabel(cur, old); }
    if (step % 20 === 0) {
      const terms: LabelTerm[] = [];
      for (let i = 0; i < 1 + Math.floor(r() * 2); i++) terms.push({ key: KEYS[Math.floor(r() * KEYS.length)], values: [VALUES[Math.floor(r() * VALUES.length)], VALUES[Math.floor(r() * VALUES.length)]] });
      const sorted = [...held.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
      t.same(names(idx.sorted()), names(sorted));
      t.same(names(idx.select(terms)), names(sorted.filter((p) => matchesTerms(p.labels, terms))), JSON.stringify(terms));
    }
  }
  for (const p of [...held.values()]) idx.remove(p);
  t.same(idx.dumpLabels(), {}, 'nothing left behind once every pod is gone');
  t.equal(idx.size, 0);
});
