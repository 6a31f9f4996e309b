// The in-memory metrics store: ingest writes validated samples (StoreWriter), the HTTPS API reads
// rates (MetricsReader). Rates follow metrics-server's arithmetic — Δcounter/Δt over the two newest
// points, window = Δt, pod timestamp = earliest container timestamp — so the HPA sees what it expects.
import { systemClock, type Clock } from '../../common/clock.js';
import type {
  MetricsReader, NodeMetricsPoint, PodMetricsPoint, PodQuery, ContainerMetricsPoint, PodExtraRates,
} from './types.js';
import type { CpuIn, HelloIn, MemoryIn, NetworkIn, RecordResult, SampleIn, StoreWriter, ContainerIn } from './input.js';
import { F, Point, Slab, type UpdateOutcome } from './slab.js';
import { Interner } from './intern.js';
import { nanoRate } from './rate-math.js';
import { NamespaceIndex, byName, matchesTerms } from './namespace-index.js';

export interface StoreOptions {
  /** The metric resolution agents sample at. */
  resolutionNs: bigint;
  /**
   * Added to 3 × resolution: a node (and its pods) not heard from for that long is dropped.
   * Default 10 s, so at 15 s resolution a silent node disappears after 55 s.
   */
  graceNs?: bigint;
  clock?: Clock;
}

/** metrics-server's freshContainerMinMetricsResolution: a younger container gets no synthetic window. */
const FRESH_MIN_NS = 10_000_000_000n;
const NS_PER_S = 1_000_000_000n;

interface ContainerEntry {
  name: string;
  id: string;
  attempt: number;
  slot: number;
}

interface PodEntry {
  uid: string;
  name: string;
  namespace: string;
  labels: Record<string, string>;
  node: NodeEntry;
  slot: number;
  containers: ContainerEntry[];
  /** The node's record() round that last saw this pod; older means the pod is gone. */
  round: number;
}

interface NodeEntry {
  name: string;
  bootId: string;
  labels: Record<string, string>;
  cpuCapacityMillis: bigint;
  memoryCapacityBytes: bigint;
  slab: Slab;
  slot: number;
  pods: Map<string, PodEntry>;
  /** Monotonic receive time of the newest sample: staleness never trusts the agent's clock. */
  seenMono: bigint;
  round: number;
}

interface Rate { nanoCores: bigint; windowNs: bigint; timeNs: bigint }

/**
 * A pod's point as a class: the lazy `extra` is a prototype getter, so a point costs one object
 * rather than an object with its own accessor plus two closures (150,000 of them per list).
 */
class StoredPodPoint implements PodMetricsPoint {
  readonly #pod: PodEntry;
  readonly #extrasOf: (pod: PodEntry) => PodExtraRates;
  #extra: PodExtraRates | undefined;
  readonly name: string;
  readonly namespace: string;
  readonly uid: string;
  readonly node: string;
  readonly labels: Record<string, string>;
  constructor(pod: PodEntry, extrasOf: (pod: PodEntry) => PodExtraRates, readonly timestampNs: bigint, readonly windowNs: bigint, readonly containers: ContainerMetricsPoint[]) {
    this.#pod = pod;
    this.#extrasOf = extrasOf;
    this.name = pod.name;
    this.namespace = pod.namespace;
    this.uid = pod.uid;
    this.node = pod.node.name;
    this.labels = pod.labels;
  }
  // `extra` is computed on first read: metrics.k8s.io lists (the hot path) never read it.
  get extra(): PodExtraRates { return (this.#extra ??= this.#extrasOf(this.#pod)); }
}

export class MetricsStore implements MetricsReader, StoreWriter {
  private readonly nodes = new Map<string, NodeEntry>();
  /**
   * namespace → its pods by name, sorted, and by label. One entry per name: a pod that moved
   * nodes is replaced by its newer report. Held entries are exactly those in some node's `pods`.
   */
  private readonly byNamespace = new Map<string, NamespaceIndex<PodEntry>>();
  private sortedNamespaces: string[] | undefined;
  private readonly strings = new Interner();
  private readonly scratch = new Point();
  private readonly clock: Clock;
  private readonly staleAfterNs: bigint;
  private lastPruneMono = 0n;
  private readonly extrasOf = (pod: PodEntry): PodExtraRates => this.extras(pod);
  /** The window of the last `containerNano` call: a number on the exact fast path, else bigint. */
  private win: number | bigint = 0;

  constructor(private readonly opts: StoreOptions) {
    this.clock = opts.clock ?? systemClock;
    this.staleAfterNs = 3n * opts.resolutionNs + (opts.graceNs ?? 10n * NS_PER_S);
  }

  /** How long a silent node (and its pods) stays visible. */
  get staleAfter(): bigint { return this.staleAfterNs; }

  hello(node: string, hello: HelloIn): void {
    const entry = this.nodes.get(node);
    if (entry && entry.bootId !== hello.bootId) this.dropNode(entry);
    const e = this.nodes.get(node) ?? this.addNode(node, hello.bootId);
    e.labels = this.strings.labels(hello.labels, e.labels);
  }

  record(node: string, sample: SampleIn): RecordResult {
    const result: RecordResult = { resets: 0, stale: 0 };
    const e = this.nodes.get(node) ?? this.addNode(node, '');
    e.seenMono = this.clock.monoNs();
    e.round++;
    e.cpuCapacityMillis = sample.node.cpuCapacityMillis;
    e.memoryCapacityBytes = sample.node.memoryCapacityBytes;
    this.count(result, e.slab.update(e.slot, this.point(sample.node.cpu, sample.node.memory, undefined, sample.node.startTimeNs)));

    for (const p of sample.pods) {
      // A pod the runtime could not name cannot be served by name: not held.
      if (p.name === '' || p.namespace === '') continue;
      let pod = e.pods.get(p.uid);
      if (!pod) pod = this.addPod(e, p.uid, p.namespace, p.name);
      pod.round = e.round;
      const old = pod.labels;
      pod.labels = this.strings.labels(p.labels, old);
      // Labels rarely change: the index moves only when the interner hands back a new object.
      if (pod.labels !== old) this.byNamespace.get(pod.namespace)?.relabel(pod, old);
      this.count(result, e.slab.update(pod.slot, this.point(p.cpu, p.memory, p.network, p.startTimeNs)));
      this.recordContainers(e, pod, p.containers, result);
    }
    for (const pod of e.pods.values()) if (pod.round !== e.round) this.dropPod(pod);
    this.maybePrune();
    return result;
  }

  private recordContainers(e: NodeEntry, pod: PodEntry, containers: ContainerIn[], result: RecordResult): void {
    // The common case — the same containers in the same order — updates the held entries in
    // place: no new list per pod per sample, which would live 15 s and so churn the old generation.
    const held = pod.containers;
    let same = held.length === containers.length;
    for (let i = 0; same && i < held.length; i++) {
      const h = held[i], c = containers[i];
      same = h.name === c.name && h.id === c.id && h.attempt === c.attempt;
    }
    if (same) {
      for (let i = 0; i < held.length; i++) {
        const c = containers[i];
        this.count(result, e.slab.update(held[i].slot, this.point(c.cpu, c.memory, undefined, c.startTimeNs)));
      }
      return;
    }
    const keep: ContainerEntry[] = [];
    for (const c of containers) {
      let entry = pod.containers.find((x) => x.name === c.name);
      if (entry && (entry.id !== c.id || entry.attempt !== c.attempt)) {
        // A new container id or attempt is a restart even if the counter happens to be higher.
        e.slab.clear(entry.slot);
        entry.id = this.strings.get(c.id);
        entry.attempt = c.attempt;
        result.resets++;
      }
      if (!entry) entry = { name: this.strings.get(c.name), id: this.strings.get(c.id), attempt: c.attempt, slot: e.slab.alloc() };
      keep.push(entry);
      this.count(result, e.slab.update(entry.slot, this.point(c.cpu, c.memory, undefined, c.startTimeNs)));
    }
    for (const old of pod.containers) if (!keep.includes(old)) e.slab.release(old.slot);
    pod.containers = keep;
  }

  private count(r: RecordResult, o: UpdateOutcome): void {
    if (o === 'reset') r.resets++;
    else if (o === 'stale') r.stale++;
  }

  private point(cpu: CpuIn | undefined, mem: MemoryIn | undefined, net: NetworkIn | undefined, start: bigint): Point {
    const p = this.scratch;
    p.clear();
    if (cpu) {
      p.set(F.CPU_T, cpu.timeNs);
      p.set(F.CPU_USAGE, cpu.usageNs);
      p.set(F.THROTTLED_NS, cpu.throttledNs);
      p.set(F.NR_PERIODS, cpu.nrPeriods);
      p.set(F.NR_THROTTLED, cpu.nrThrottled);
      p.set(F.CPU_PSI_SOME, cpu.psiSomeNs);
    }
    if (mem) {
      p.set(F.MEM_T, mem.timeNs);
      p.set(F.WORKING_SET, mem.workingSetBytes);
      p.set(F.MEM_PSI_SOME, mem.psiSomeNs);
    }
    if (net) {
      p.set(F.NET_T, net.timeNs);
      p.set(F.RX, net.rxBytes);
      p.set(F.TX, net.txBytes);
    }
    if (start > 0n) p.set(F.START, start);
    return p;
  }

  private addNode(name: string, bootId: string): NodeEntry {
    const slab = new Slab();
    const e: NodeEntry = {
      name, bootId, labels: {}, cpuCapacityMillis: 0n, memoryCapacityBytes: 0n,
      slab, slot: slab.alloc(), pods: new Map(), seenMono: this.clock.monoNs(), round: 0,
    };
    this.nodes.set(name, e);
    return e;
  }

  private dropNode(e: NodeEntry): void {
    for (const pod of e.pods.values()) this.unindex(pod);
    this.nodes.delete(e.name);
  }

  private addPod(e: NodeEntry, uid: string, namespace: string, name: string): PodEntry {
    const pod: PodEntry = {
      uid: this.strings.get(uid), name: this.strings.get(name), namespace: this.strings.get(namespace),
      labels: {}, node: e, slot: e.slab.alloc(), containers: [], round: e.round,
    };
    // A pod of the same name held from another node (it moved) or under another uid is gone:
    // its series are freed and it leaves the indexes before the new entry joins them.
    const displaced = this.byNamespace.get(namespace)?.get(name);
    if (displaced) this.dropPod(displaced);
    e.pods.set(pod.uid, pod);
    let ns = this.byNamespace.get(pod.namespace);
    if (!ns) {
      ns = new NamespaceIndex();
      this.byNamespace.set(pod.namespace, ns);
      this.sortedNamespaces = undefined;
    }
    ns.add(pod);
    return pod;
  }

  private dropPod(pod: PodEntry): void {
    for (const c of pod.containers) pod.node.slab.release(c.slot);
    pod.node.slab.release(pod.slot);
    pod.node.pods.delete(pod.uid);
    this.unindex(pod);
  }

  private unindex(pod: PodEntry): void {
    const ns = this.byNamespace.get(pod.namespace);
    if (!ns?.remove(pod)) return;
    if (ns.size === 0) {
      this.byNamespace.delete(pod.namespace);
      this.sortedNamespaces = undefined;
    }
  }

  private isFresh(e: NodeEntry, now: bigint): boolean { return now - e.seenMono <= this.staleAfterNs; }

  /** Drops nodes not heard from within the stale time. Runs at most once a second, from writes and reads. */
  prune(): void {
    const now = this.clock.monoNs();
    this.lastPruneMono = now;
    for (const e of [...this.nodes.values()]) if (!this.isFresh(e, now)) this.dropNode(e);
  }

  private maybePrune(): void {
    if (this.clock.monoNs() - this.lastPruneMono >= NS_PER_S) this.prune();
  }

  // ---- reads ----

  private cpuRate(slab: Slab, slot: number): Rate | undefined {
    if (!slab.hasLast(slot, F.CPU_T) || !slab.hasLast(slot, F.CPU_USAGE)) return undefined;
    const t = slab.last(slot, F.CPU_T);
    const u = slab.last(slot, F.CPU_USAGE);
    if (slab.hasPrev(slot, F.CPU_T) && slab.hasPrev(slot, F.CPU_USAGE)) {
      const dt = t - slab.prev(slot, F.CPU_T);
      const du = u - slab.prev(slot, F.CPU_USAGE);
      if (dt <= 0n || du < 0n) return undefined;
      return { nanoCores: (du * NS_PER_S) / dt, windowNs: dt, timeNs: t };
    }
    // metrics-server's fresh-container rule: a container that started within one resolution (but
    // at least 10 s) before its first sample gets a rate from its start, when the counter was 0.
    if (slab.hasLast(slot, F.START)) {
      const age = t - slab.last(slot, F.START);
      if (age >= FRESH_MIN_NS && age <= this.opts.resolutionNs) return { nanoCores: (u * NS_PER_S) / age, windowNs: age, timeNs: t };
    }
    return undefined;
  }

  /**
   * A container's nanocores, equal to cpuRate's `(du × 1e9) / dt` bit for bit but on doubles where
   * that is proven exact (rate-math.ts); bigints otherwise. Sets `this.win`.
   */
  private containerNano(slab: Slab, slot: number): bigint | undefined {
    if (!slab.hasLast(slot, F.CPU_T) || !slab.hasLast(slot, F.CPU_USAGE)) return undefined;
    if (slab.hasPrev(slot, F.CPU_T) && slab.hasPrev(slot, F.CPU_USAGE)) {
      const dt = slab.delta(slot, F.CPU_T);
      const du = slab.delta(slot, F.CPU_USAGE);
      // Both are exact when not NaN (NaN compares false and falls through to bigints).
      if (dt <= 0 || du < 0) return undefined;
      const n = nanoRate(du, dt);
      if (!Number.isNaN(n)) { this.win = dt; return BigInt(n); }
    }
    const rate = this.cpuRate(slab, slot);
    if (!rate) return undefined;
    this.win = rate.windowNs;
    return rate.nanoCores;
  }

  private counterRate(slab: Slab, slot: number, field: number, timeField: number): number | undefined {
    if (!slab.hasLast(slot, field) || !slab.hasPrev(slot, field) || !slab.hasLast(slot, timeField) || !slab.hasPrev(slot, timeField)) return undefined;
    const dt = slab.last(slot, timeField) - slab.prev(slot, timeField);
    const dv = slab.last(slot, field) - slab.prev(slot, field);
    if (dt <= 0n || dv < 0n) return undefined;
    return Number(dv) / (Number(dt) / 1e9);
  }

  private extras(pod: PodEntry): PodExtraRates {
    const { slab } = pod.node;
    const s = pod.slot;
    const out: PodExtraRates = {};
    // Throttling happens in the cgroup whose quota ran out: a container's own (the usual case: the
    // pod cgroup's quota is the sum of its containers' and is almost never the one exhausted) or
    // the pod's (a pod-level limit). So the pod's throttling is its own cgroup's plus its containers'.
    let thr: number | undefined;
    let periods = 0n, throttled = 0n;
    for (let i = -1; i < pod.containers.length; i++) {
      const slot = i < 0 ? s : pod.containers[i].slot;
      const r = this.counterRate(slab, slot, F.THROTTLED_NS, F.CPU_T);
      if (r !== undefined) thr = (thr ?? 0) + r;
      if (slab.hasLast(slot, F.NR_PERIODS) && slab.hasPrev(slot, F.NR_PERIODS) && slab.hasLast(slot, F.NR_THROTTLED) && slab.hasPrev(slot, F.NR_THROTTLED)) {
        const dp = slab.last(slot, F.NR_PERIODS) - slab.prev(slot, F.NR_PERIODS);
        const dth = slab.last(slot, F.NR_THROTTLED) - slab.prev(slot, F.NR_THROTTLED);
        // A counter reset (a restarted container) leaves that cgroup out of this window.
        if (dp >= 0n && dth >= 0n && dth <= dp) {
          periods += dp;
          throttled += dth;
        }
      }
    }
    if (thr !== undefined) out.cpuThrottledSecondsPerSecond = thr / 1e9;
    if (periods > 0n) out.cpuThrottledPeriodsRatio = Number(throttled) / Number(periods);
    const cpsi = this.counterRate(slab, s, F.CPU_PSI_SOME, F.CPU_T);
    if (cpsi !== undefined) out.cpuPressureSomeSecondsPerSecond = cpsi / 1e9;
    const mpsi = this.counterRate(slab, s, F.MEM_PSI_SOME, F.MEM_T);
    if (mpsi !== undefined) out.memoryPressureSomeSecondsPerSecond = mpsi / 1e9;
    const rx = this.counterRate(slab, s, F.RX, F.NET_T);
    if (rx !== undefined) out.networkRxBytesPerSecond = rx;
    const tx = this.counterRate(slab, s, F.TX, F.NET_T);
    if (tx !== undefined) out.networkTxBytesPerSecond = tx;
    return out;
  }

  private nodePoint(e: NodeEntry): NodeMetricsPoint | undefined {
    const rate = this.cpuRate(e.slab, e.slot);
    if (!rate || !e.slab.hasLast(e.slot, F.WORKING_SET)) return undefined;
    return {
      name: e.name,
      labels: e.labels,
      timestampNs: rate.timeNs,
      windowNs: rate.windowNs,
      usage: { cpuNanoCores: rate.nanoCores, memoryWorkingSetBytes: e.slab.last(e.slot, F.WORKING_SET) },
      capacity: { cpuMillis: e.cpuCapacityMillis, memoryBytes: e.memoryCapacityBytes },
    };
  }

  /**
   * A pod's point is built on every read and never kept: the HPA reads each pod once per
   * resolution, so a cache kept until the next sample never hit for it, yet every cached point
   * (~650 B of objects) lived 15 s, was promoted to the old generation and made major GCs —
   * whose marking blocked the event loop for tens of ms — run every few seconds at 150,000 pods.
   */
  private podPoint(pod: PodEntry): PodMetricsPoint | undefined {
    return this.buildPodPoint(pod);
  }

  /** As metrics-server: a pod is served only when every container has a CPU rate and memory. */
  private buildPodPoint(pod: PodEntry): PodMetricsPoint | undefined {
    if (pod.containers.length === 0) return undefined;
    const { slab } = pod.node;
    const containers: ContainerMetricsPoint[] = [];
    let earliest = -1;
    let earliestWin: number | bigint = 0;
    for (const c of pod.containers) {
      const nano = this.containerNano(slab, c.slot);
      if (nano === undefined || !slab.hasLast(c.slot, F.WORKING_SET)) return undefined;
      if (earliest < 0 || slab.compareLast(c.slot, earliest, F.CPU_T) < 0) { earliest = c.slot; earliestWin = this.win; }
      containers.push({ name: c.name, usage: { cpuNanoCores: nano, memoryWorkingSetBytes: slab.last(c.slot, F.WORKING_SET) } });
    }
    for (let i = 1; i < containers.length; i++) {
      if (containers[i - 1].name > containers[i].name) { containers.sort(byName); break; }
    }
    const windowNs = typeof earliestWin === 'bigint' ? earliestWin : BigInt(earliestWin);
    return new StoredPodPoint(pod, this.extrasOf, slab.last(earliest, F.CPU_T), windowNs, containers);
  }

  nodeMetrics(name?: string): NodeMetricsPoint[] {
    const now = this.clock.monoNs();
    const entries = name !== undefined ? [this.nodes.get(name)].filter((e) => e !== undefined) : [...this.nodes.values()];
    const out: NodeMetricsPoint[] = [];
    for (const e of entries) {
      if (!this.isFresh(e, now)) continue;
      const p = this.nodePoint(e);
      if (p) out.push(p);
    }
    return out.sort(byName);
  }

  podMetrics(query: PodQuery = {}): PodMetricsPoint[] {
    // Fresh ⇔ seenMono ≥ now − staleAfter: one subtraction per query, not a BigInt per pod.
    const freshSince = this.clock.monoNs() - this.staleAfterNs;
    const out: PodMetricsPoint[] = [];
    const namespaces = query.namespace !== undefined ? [query.namespace] : this.namespaces();
    for (const nsName of namespaces) {
      const ns = this.byNamespace.get(nsName);
      if (!ns) continue;
      if (query.name !== undefined) {
        const pod = ns.get(query.name);
        if (!pod || pod.node.seenMono < freshSince) continue;
        if (query.labelTerms && !matchesTerms(pod.labels, query.labelTerms)) continue;
        if (query.labels && !query.labels(pod.labels)) continue;
        const p = this.podPoint(pod);
        if (p) out.push(p);
        continue;
      }
      for (const pod of query.labelTerms ? ns.select(query.labelTerms) : ns.sorted()) {
        if (pod.node.seenMono < freshSince) continue;
        if (query.labels && !query.labels(pod.labels)) continue;
        const p = this.podPoint(pod);
        if (p) out.push(p);
      }
    }
    return out;
  }

  /** How many pods `podMetrics()` returns, without building their points (the /metrics gauge). */
  podCount(): number {
    const freshSince = this.clock.monoNs() - this.staleAfterNs;
    let n = 0;
    for (const ns of this.byNamespace.values()) {
      for (const pod of ns.sorted()) if (pod.node.seenMono >= freshSince && this.servable(pod)) n++;
    }
    return n;
  }

  /** buildPodPoint() would return a point: every container has a CPU rate and memory. */
  private servable(pod: PodEntry): boolean {
    if (pod.containers.length === 0) return false;
    const { slab } = pod.node;
    for (const c of pod.containers) {
      if (this.containerNano(slab, c.slot) === undefined || !slab.hasLast(c.slot, F.WORKING_SET)) return false;
    }
    return true;
  }

  hasData(): boolean {
    const now = this.clock.monoNs();
    for (const e of this.nodes.values()) if (this.isFresh(e, now) && this.nodePoint(e)) return true;
    return false;
  }

  private namespaces(): string[] {
    this.sortedNamespaces ??= [...this.byNamespace.keys()].sort();
    return this.sortedNamespaces;
  }

  /** For tests: the namespace's index (undefined when it holds no pod). */
  namespaceIndex(namespace: string): NamespaceIndex<PodEntry> | undefined {
    return this.byNamespace.get(namespace);
  }

  /** Counts for the aggregator's own /metrics. */
  stats(): { nodes: number; pods: number; bytes: number } {
    let pods = 0, bytes = 0;
    for (const e of this.nodes.values()) { pods += e.pods.size; bytes += e.slab.bytes; }
    return { nodes: this.nodes.size, pods, bytes };
  }
}

