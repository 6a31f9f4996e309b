// The collection cycle: read the root cgroup and host files, discover pods, read every pod and
// container cgroup, stamp read times, derive usageNanoCores from the previous cycle, and hand the
// snapshot to subscribers. All reads are synchronous preads on kept-open files: no shell, no spawn.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock, type Clock } from '../../common/clock.js';
import { OnceLogger, type Logger } from '../../common/logger.js';
import { PodDiscovery, detectPodRoot, type FoundPod } from '../cgroup/discover.js';
import { FileCache, ReadError, type ReadErrorKind } from '../cgroup/files.js';
import { detectLayout, type CgroupLayout } from '../cgroup/mode.js';
import { CgroupStats, LIMITS_SAFETY_EVERY, REFRESH_EVERY, type PsiMode } from '../cgroup/stats.js';
import { fsPathWatcher, type PathWatcher } from '../cgroup/watch.js';
import type { FileReader } from '../cgroup/reader.js';
import type { PodMetadataProvider } from '../metadata.js';
import type { ContainerReading, CpuReading, NodeReading, NodeSnapshot, PodReading, SnapshotSource } from '../model.js';
import { HostStats } from '../node/host.js';
import { usageNanoCores, type CpuPoint } from './rate.js';

export interface CollectorObserver {
  cycle(wallSeconds: number, cpuSeconds: number): void;
  error(kind: ReadErrorKind): void;
  tracked(cgroups: number, pods: number, openFiles: number): void;
}

export interface CollectorOptions {
  nodeName: string;
  cgroupRoot: string;
  procRoot: string;
  /** Pod root as a cgroup path ("/kubepods", "/kubepods.slice", "/x/kubepods"); detected when absent. */
  kubepodsCgroup?: string;
  /** Filesystem reported as the node's "fs". */
  fsPath?: string;
  /** Whether pressure files are read (default auto: cgroup v2 only). */
  psi?: PsiMode;
  intervalMs: number;
  logger: Logger;
  clock?: Clock;
  metadata?: PodMetadataProvider;
  observer?: CollectorObserver;
  /** Change notices for cgroup directories (default inotify; noPathWatcher polls, as on a host out of watches). */
  watcher?: PathWatcher;
  /** How kept-open files are read (default: the native addon when built, else fs.readSync). */
  reader?: FileReader;
}

/** The cgroup path of a container in a found pod, if it has one. */
function cgroupOf(f: FoundPod, id: string): string | undefined {
  for (const c of f.containers) if (c.id === id) return c.path;
  return undefined;
}

/** How often a missing pod root is looked for again. */
const REDISCOVER_EVERY = 30;

export class Collector implements SnapshotSource {
  readonly layout: CgroupLayout;
  private readonly files: FileCache;
  private readonly cg: CgroupStats;
  private readonly host: HostStats;
  private readonly clock: Clock;
  private readonly watcher: PathWatcher;
  private readonly once: OnceLogger;
  private readonly listeners = new Set<(s: NodeSnapshot) => void>();
  private readonly discoveryDir: string | undefined;
  private podRoot: string | undefined;
  private discovery: PodDiscovery | undefined;
  private sawVanished = false;
  /** Each cgroup's last CPU reading, updated in place (no map or object made per cgroup per cycle). */
  private readonly points = new Map<string, CpuPoint & { cycle: number }>();
  private readonly cur: CpuPoint = { usageNs: 0n, timeNs: 0n, monoNs: 0n };
  private cycleMonoNs = 0n;
  private readonly startTimes = new Map<string, bigint>();
  private failedNow = new Set<string>();
  private failedBefore = new Set<string>();
  /** Pods by uid for the last discovery result (the same array while the tree did not change). */
  private byUid: { found: readonly FoundPod[] | null; map: Map<string, FoundPod> } = { found: null, map: new Map() };
  private errors = 0;
  private cycles = 0;
  private snapshot: NodeSnapshot | undefined;
  private timer: NodeJS.Timeout | undefined;
  private interval: number;
  readonly bootTimeNs: bigint;
  readonly bootId: string | undefined;

  constructor(private readonly opts: CollectorOptions) {
    this.clock = opts.clock ?? systemClock;
    this.once = new OnceLogger(opts.logger);
    this.interval = opts.intervalMs;
    this.layout = detectLayout(opts.cgroupRoot, opts.procRoot);
    this.files = new FileCache(opts.reader);
    this.watcher = opts.watcher ?? fsPathWatcher((code, dir) =>
      opts.logger.warn({ code, dir }, 'cannot watch cgroup directories; polling them instead (raise fs.inotify.max_user_watches if ENOSPC)'));
    this.cg = new CgroupStats(this.layout, this.files, this.clock, opts.psi, this.watcher);
    this.host = new HostStats(opts.procRoot, this.files, this.clock, opts.fsPath);
    this.discoveryDir = this.layout.mode === 'v2' ? this.layout.unifiedRoot : (this.layout.controllers.cpuacct ?? this.layout.controllers.memory);
    this.bootTimeNs = this.host.bootTimeNs();
    this.bootId = this.host.bootId();
    opts.logger.info({ mode: this.layout.mode, unified: this.layout.unifiedRoot, controllers: this.layout.controllers, psi: this.cg.readsPsi, reader: this.files.reader.kind }, 'cgroup layout detected');
    if (this.layout.mode !== 'v2') {
      for (const c of ['cpuacct', 'memory', 'cpu', 'pids'] as const) {
        if (!this.layout.controllers[c]) this.fail(new ReadError('missing_controller', c, `cgroup v1 controller "${c}" is not mounted under ${opts.cgroupRoot}`));
      }
    }
  }

  get intervalMs(): number {
    return this.interval;
  }

  /** How this collector reads its files: the native addon or fs.readSync. */
  get readerKind(): FileReader['kind'] {
    return this.files.reader.kind;
  }

  /** Changes the interval at runtime (the aggregator's resolution); takes effect from the next cycle. */
  setIntervalMs(ms: number): void {
    if (!Number.isFinite(ms) || ms < 100) throw new RangeError(`interval must be at least 100ms, got ${ms}`);
    this.interval = ms;
    if (this.timer) {
      clearTimeout(this.timer);
      this.schedule();
    }
  }

  latest(): NodeSnapshot | undefined {
    return this.snapshot;
  }

  subscribe(listener: (s: NodeSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Collects at once, then every interval until stop(). */
  start(): void {
    if (this.timer) return;
    this.collect();
    this.schedule();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.cg.close();
    this.files.closeAll();
    this.discovery?.close();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      try {
        this.collect();
      } catch (err) {
        // Anything not a ReadError is a bug; keep the agent sampling rather than take the node's
        // metrics down with it.
        this.opts.logger.error({ err }, 'collection cycle failed');
      }
      this.schedule();
    }, this.interval);
  }

  private fail(err: ReadError): void {
    this.errors++;
    if (err.kind === 'vanished') this.sawVanished = true;
    this.opts.observer?.error(err.kind);
    const key = `${err.kind}:${err.path}`;
    this.failedNow.add(key);
    this.once.warn(key, { kind: err.kind, path: err.path }, err.message);
  }

  /** Runs one read; a ReadError is logged once, counted, and gives undefined so the cycle goes on. */
  private guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.failed(err);
      return undefined;
    }
  }

  private withRate(path: string, cpu: CpuReading | undefined): CpuReading | undefined {
    if (!cpu) return undefined;
    // The cycle's monotonic time, not the read's: it only guards against a wall-clock step (a 100 ms
    // threshold), and a cycle lasts a few ms.
    const monoNs = this.cycleMonoNs;
    const p = this.points.get(path);
    if (p === undefined) {
      this.points.set(path, { usageNs: cpu.usageNs, timeNs: cpu.timeNs, monoNs, cycle: this.cycles });
      return cpu;
    }
    // A rate only over one interval: a cgroup missing from the last cycle (a failed read) starts again.
    if (p.cycle === this.cycles - 1) {
      const cur = this.cur;
      cur.usageNs = cpu.usageNs;
      cur.timeNs = cpu.timeNs;
      cur.monoNs = monoNs;
      const rate = usageNanoCores(p, cur);
      if (rate !== undefined) cpu.usageNanoCores = rate;
    }
    p.usageNs = cpu.usageNs;
    p.timeNs = cpu.timeNs;
    p.monoNs = monoNs;
    p.cycle = this.cycles;
    return cpu;
  }

  /** Creation time of a cgroup directory: the start time of a pod or container nobody named. */
  private startTime(path: string): bigint {
    let t = this.startTimes.get(path);
    if (t === undefined) {
      try {
        t = statSync(join(this.discoveryDir!, path), { bigint: true }).ctimeNs;
      } catch {
        t = this.clock.nowNs();
      }
      this.startTimes.set(path, t);
    }
    return t;
  }

  private readNode(): NodeReading {
    const mem = this.guard(() => this.host.meminfo());
    const node: NodeReading = {
      nodeName: this.opts.nodeName,
      startTimeNs: this.bootTimeNs,
      memoryCapacityBytes: mem?.memTotal ?? 0n,
      cpuCapacityMillis: this.host.cpuCapacityMillis(),
    };
    const cpu = this.withRate('/', this.guard(() => this.cg.cpu('/')));
    if (cpu) {
      const psi = this.guard(() => this.cg.psi('/', 'cpu'));
      if (psi) cpu.psi = psi;
      node.cpu = cpu;
    }
    const memory = this.guard(() => this.cg.memory('/', true));
    if (memory) {
      // cAdvisor gives the root cgroup MemTotal as its limit, so available = MemTotal − working set.
      if (mem) memory.limitBytes = mem.memTotal;
      if (mem?.swapTotal !== undefined && mem.swapFree !== undefined) {
        memory.swapUsageBytes = mem.swapTotal - mem.swapFree;
        memory.swapLimitBytes = mem.swapTotal;
      }
      const psi = this.guard(() => this.cg.psi('/', 'memory'));
      if (psi) memory.psi = psi;
      node.memory = memory;
    }
    const io = this.guard(() => this.cg.psi('/', 'io'));
    if (io) node.ioPsi = io;
    const net = this.guard(() => this.host.network());
    if (net) node.network = net;
    const fs = this.guard(() => this.host.fs());
    if (fs) node.fs = fs;
    const maxPid = this.guard(() => this.host.maxPid());
    if (maxPid !== undefined) node.maxPid = maxPid;
    const curProc = this.guard(() => this.host.curProc());
    if (curProc !== undefined) node.curProc = curProc;
    return node;
  }

  /** A failed read: a ReadError is logged once and counted; anything else is a bug and goes up. */
  private failed(err: unknown): void {
    if (err instanceof ReadError) this.fail(err);
    else throw err;
  }

  /**
   * CPU, memory and io PSI of one cgroup into `into`; undefined parts stay absent. Called for every
   * pod and container each cycle, so reads are guarded with try/catch here rather than with guard()
   * and a closure per read.
   */
  private readCgroup(path: string, into: { cpu?: CpuReading; memory?: PodReading['memory']; ioPsi?: PodReading['ioPsi'] }): boolean {
    const cg = this.cg;
    let cpu: CpuReading;
    try {
      cpu = cg.cpu(path);
    } catch (err) {
      this.failed(err);
      return false;
    }
    this.withRate(path, cpu);
    into.cpu = cpu;
    let memory: PodReading['memory'];
    try {
      memory = cg.memory(path);
    } catch (err) {
      this.failed(err);
    }
    if (memory) into.memory = memory;
    if (cg.readsPsi) {
      const cpuPsi = this.guard(() => cg.psi(path, 'cpu'));
      if (cpuPsi) cpu.psi = cpuPsi;
      const memPsi = memory && this.guard(() => cg.psi(path, 'memory'));
      if (memory && memPsi) memory.psi = memPsi;
      const io = this.guard(() => cg.psi(path, 'io'));
      if (io) into.ioPsi = io;
    }
    return true;
  }

  private findPods(): readonly FoundPod[] {
    if (!this.discoveryDir) return [];
    if (this.podRoot === undefined && (this.opts.kubepodsCgroup || this.cycles % REDISCOVER_EVERY === 0)) {
      this.podRoot = this.opts.kubepodsCgroup ?? detectPodRoot(this.discoveryDir);
      if (this.podRoot) {
        this.opts.logger.info({ podRoot: this.podRoot }, 'pod cgroup root');
        this.discovery = new PodDiscovery(this.discoveryDir, this.podRoot, this.watcher);
      }
      else this.once.warn('no-pod-root', { dir: this.discoveryDir }, 'no kubepods cgroup found yet; reporting the node only (set --kubepods-cgroup if it lives elsewhere)');
    }
    if (this.podRoot === undefined || !this.discovery) return [];
    try {
      return this.discovery.discover();
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      this.fail(new ReadError(e.code === 'ENOENT' ? 'vanished' : 'unreadable', this.podRoot, `listing pod cgroups under ${this.podRoot}: ${e.code ?? e.message}`));
      return [];
    }
  }

  /** One container's reading; its process count is added to its pod's. */
  private readContainer(pod: PodReading, id: string, path: string | undefined, name: string, startTimeNs: bigint, attempt: number): ContainerReading {
    // Every field the cycle may set is present from the start: one object shape, so the stores in
    // readCgroup stay monomorphic instead of going through a new hidden class per field added.
    const c: ContainerReading = { id, name, startTimeNs, attempt, cpu: undefined, memory: undefined, ioPsi: undefined };
    if (path) {
      this.readCgroup(path, c);
      try {
        pod.processCount = (pod.processCount ?? 0n) + this.cg.processes(path);
      } catch (err) {
        this.failed(err);
      }
    }
    return c;
  }

  private readPods(found: readonly FoundPod[]): PodReading[] {
    const meta = this.opts.metadata?.current() ?? null;
    // Lets the runtime side refresh as soon as the cgroup tree shows a change it has not named.
    this.opts.metadata?.observe?.(found);
    if (this.byUid.found !== found) this.byUid = { found, map: new Map(found.map((p) => [p.uid, p])) };
    const byUid = this.byUid.map;
    const pods: PodReading[] = [];
    if (meta) {
      for (const m of meta.values()) {
        const f = byUid.get(m.uid);
        const pod: PodReading = {
          uid: m.uid, name: m.name, namespace: m.namespace, labels: m.labels, startTimeNs: m.createdAtNs,
          qosClass: f?.qosClass ?? 'BestEffort', containers: [], cpu: undefined, memory: undefined, ioPsi: undefined,
          // Counted from the containers' cgroups: none without the pod's.
          processCount: f ? 0n : undefined,
        };
        this.sawVanished = false;
        if (f) this.readCgroup(f.path, pod);
        for (const cm of m.containers) pod.containers.push(this.readContainer(pod, cm.id, f && cgroupOf(f, cm.id), cm.name, cm.createdAtNs, cm.attempt));
        if (f && this.sawVanished) this.discovery?.markDirty(f.path);
        pods.push(pod);
      }
      return pods;
    }
    for (const f of found) {
      const pod: PodReading = {
        uid: f.uid, name: '', namespace: '', labels: {}, startTimeNs: this.startTime(f.path), qosClass: f.qosClass, containers: [],
        cpu: undefined, memory: undefined, ioPsi: undefined, processCount: 0n,
      };
      this.sawVanished = false;
      this.readCgroup(f.path, pod);
      for (const fc of f.containers) pod.containers.push(this.readContainer(pod, fc.id, fc.path, fc.id, this.startTime(fc.path), 0));
      if (this.sawVanished) this.discovery?.markDirty(f.path);
      pods.push(pod);
    }
    return pods;
  }

  /** One full cycle, synchronously. Public so tests and benchmarks can drive cycles themselves. */
  collect(): NodeSnapshot {
    const wall0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    this.errors = 0;
    const collectedNs = this.clock.nowNs();
    this.cycleMonoNs = this.clock.monoNs();
    this.cg.beginCycle();
    const node = this.readNode();
    const found = this.findPods();
    const pods = this.readPods(found);
    const snapshot: NodeSnapshot = { collectedNs, node, pods, errors: this.errors };

    // Cgroups not read this cycle are gone: drop their previous readings and start times.
    const cycle = this.cycles;
    this.points.forEach((p, path, map) => {
      if (p.cycle !== cycle) map.delete(path);
    });
    if (this.startTimes.size > 0) for (const k of this.startTimes.keys()) if (!this.points.has(k)) this.startTimes.delete(k);
    // A safety net: CgroupStats closes the files of cgroups that are gone. Every file is read at least
    // once per LIMITS_SAFETY_EVERY cycles, so this closes only files nobody reads any more.
    if (this.cycles % REFRESH_EVERY === 0) this.files.sweep(Math.ceil(LIMITS_SAFETY_EVERY / REFRESH_EVERY) + 1);
    for (const key of this.failedBefore) if (!this.failedNow.has(key)) this.once.clear(key);
    this.failedBefore = this.failedNow;
    this.failedNow = new Set();
    this.cycles++;
    this.snapshot = snapshot;

    const cpu = process.cpuUsage(cpu0);
    this.opts.observer?.tracked(this.cg.tracked, pods.length, this.files.size);
    this.opts.observer?.cycle(Number(process.hrtime.bigint() - wall0) / 1e9, (cpu.user + cpu.system) / 1e6);
    for (const l of this.listeners) {
      try {
        l(snapshot);
      } catch (err) {
        this.opts.logger.error({ err }, 'snapshot listener failed');
      }
    }
    return snapshot;
  }
}
