// Reads one cgroup's CPU, memory, PSI and process count, with the kubelet's (cAdvisor's) arithmetic.
// v1: one directory per controller (cpuacct for usage, cpu for throttling, memory, pids).
// v2: one directory; hybrid: v1 for stats and, with PSI turned on, the unified mount for PSI when
// the same cgroup path exists there.
//
// Cost matters (330 cgroups per cycle): every file path is built once per cgroup, and what changes
// only when someone writes it is re-read only then: memory limits, and the CFS quota that decides
// whether throttling counters can be non-zero. Those files are watched (watch.ts), and a write
// re-reads them at the next cycle; a file that cannot be watched is re-read every REFRESH_EVERY
// cycles instead, and a watched one every LIMITS_SAFETY_EVERY (lost events). The process count
// changes without any write (fork, exit), so it is re-read every REFRESH_EVERY cycles. All these
// periodic reads are staggered over cgroups by creation order. Counters that feed rates (usage,
// throttling, PSI totals) are read every cycle so their read time is true.
import type { Clock } from '../../common/clock.js';
import type { CpuReading, MemoryReading, Psi } from '../model.js';
import { CachedFile, FileCache, ReadError } from './files.js';
import type { CgroupLayout } from './mode.js';
import { noPathWatcher, type PathChange, type PathWatch, type PathWatcher } from './watch.js';
import { bytesCountLines, bytesHasQuota, bytesLimit, bytesScanAt, bytesScanHinted, scanHint, bytesValueAt as valueAt, bytesPsi, bytesUint as uint, keySet, MalformedError, parseCpuacctStat } from './parse.js';

const V1_MEMORY_KEYS = keySet(['total_inactive_file', 'total_rss', 'rss', 'pgfault', 'pgmajfault', 'total_swap', 'swap']);
const V1_CFS_KEYS = keySet(['nr_periods', 'nr_throttled', 'throttled_time']);
const V2_CPU_KEYS = keySet(['usage_usec', 'user_usec', 'system_usec', 'nr_periods', 'nr_throttled', 'throttled_usec']);
const V2_MEMORY_KEYS = keySet(['anon', 'file', 'inactive_file', 'pgfault', 'pgmajfault']);
/** Value offsets from the key scans, reused by every scan (the reads are synchronous). */
const at = new Int32Array(8);

export type PsiResource = 'cpu' | 'memory' | 'io';

/**
 * Whether to read pressure (PSI) files. `auto` reads them where the kubelet reports PSI, cgroup v2;
 * on a hybrid host the unified mount has PSI too, but reading it is three more files per cgroup per
 * cycle (about 40 % of a real pod's reads), so it takes `on`.
 */
export type PsiMode = 'auto' | 'on' | 'off';
export const PSI_MODES: readonly PsiMode[] = ['auto', 'on', 'off'];

const PSI_FILE = { cpu: 'cpu.pressure', memory: 'memory.pressure', io: 'io.pressure' } as const;

export const REFRESH_EVERY = 6;
/** Watched limits are re-read this often anyway: against lost inotify events (a queue overflow). */
export const LIMITS_SAFETY_EVERY = 60;

// Parsers for parseFile(), named once so no closure is made per read.
const cpuacctStat = (b: Buffer, n: number): { userNs: bigint; systemNs: bigint } => parseCpuacctStat(b.toString('latin1', 0, n));
const memoryMax = (b: Buffer, n: number): bigint | undefined => bytesLimit(b, n, 'memory.max');
const swapMax = (b: Buffer, n: number): bigint | undefined => bytesLimit(b, n, 'memory.swap.max');
const memoryLimitInBytes = (b: Buffer, n: number): bigint | undefined => bytesLimit(b, n, 'memory.limit_in_bytes');
const PSI_PROBE_EVERY = 30;

function dir(root: string | undefined, path: string): string | undefined {
  if (root === undefined) return undefined;
  return path === '/' ? root : root + path;
}

function floorSub(a: bigint, b: bigint | undefined): bigint {
  const d = a - (b ?? 0n);
  return d < 0n ? 0n : d;
}

/**
 * Everything known about one cgroup between cycles: its file paths and slowly-changing values. A class
 * with every field present from construction: one hidden class, so the per-read loads stay monomorphic.
 */
class Handle {
  v2: string | undefined = undefined;
  cpuacct: string | undefined = undefined;
  cpu: string | undefined = undefined;
  memory: string | undefined = undefined;
  procsDir: string | undefined = undefined;
  psiDir: string | undefined = undefined;
  psiAbsent: boolean | undefined = undefined;
  psiProbed: number | undefined = undefined;
  swapAbsent: boolean | undefined = undefined;
  /** Limits as last read; undefined is unlimited, so whether they were read at all is kept apart. */
  limit: bigint | undefined = undefined;
  limitRead: boolean | undefined = undefined;
  swapLimit: bigint | undefined = undefined;
  swapLimitRead: boolean | undefined = undefined;
  hasQuota: boolean | undefined = undefined;
  procs: bigint | undefined = undefined;
  /** Watches on the limit files; while one is active, its flag below says when to re-read. */
  cpuWatch: PathWatch | undefined = undefined;
  memoryWatch: PathWatch | undefined = undefined;
  swapWatch: PathWatch | undefined = undefined;
  swapWatchTried: boolean | undefined = undefined;
  /** v1 cpu.cfs_quota_us was written since it was read. */
  cpuWritten: boolean | undefined = undefined;
  /** The memory limit (v1 memory.limit_in_bytes, v2 memory.max or memory.swap.max) was written since read. */
  memoryWritten: boolean | undefined = undefined;
  /** Where memory.stat's and (v2) cpu.stat's keys were last found (bytesScanHinted). */
  memHint: Int32Array | undefined = undefined;
  cpuHint: Int32Array | undefined = undefined;
  /**
   * The cgroup's files, held so that no read builds a path or looks one up (a path built anew each
   * cycle must be flattened and hashed again, which cost more than the rest of the JS per read).
   */
  readonly f = new Files();

  constructor(
    /** Creation order: staggers this cgroup's periodic reads and probes over their periods. */
    readonly order: number,
    public seen: number,
  ) {}
}

/** Built at first use, each at its own call site (a shared keyed helper made the lookups megamorphic). */
class Files {
  cpuStat?: CachedFile; usage?: CachedFile; cpuacctStat?: CachedFile; quota?: CachedFile; cfsStat?: CachedFile;
  memCurrent?: CachedFile; memStat?: CachedFile; memMax?: CachedFile; swapCurrent?: CachedFile; swapMax?: CachedFile;
  memUsage?: CachedFile; memLimit?: CachedFile; procs?: CachedFile; psiCpu?: CachedFile; psiMemory?: CachedFile; psiIo?: CachedFile;
}

function unwatch(h: Handle): void {
  h.cpuWatch?.close();
  h.memoryWatch?.close();
  h.swapWatch?.close();
}

export class CgroupStats {
  private readonly handles = new Map<string, Handle>();
  private cycle = 0;
  private lastPath: string | undefined;
  private last: Handle | undefined;
  private created = 0;

  private readonly psiOn: boolean;

  constructor(
    readonly layout: CgroupLayout,
    private readonly files: FileCache,
    private readonly clock: Clock,
    psi: PsiMode = 'auto',
    private readonly watcher: PathWatcher = noPathWatcher,
  ) {
    this.psiOn = psi === 'on' || (psi === 'auto' && layout.mode === 'v2');
  }

  /** Marks a new cycle; cgroups not touched during the previous one are forgotten. */
  beginCycle(): void {
    // forEach, not for-of over entries: no [key, value] array per cgroup per cycle.
    this.handles.forEach((h, path, map) => {
      if (h.seen >= this.cycle) return;
      // Gone: its watches and kept-open files go with it (some are read only every few minutes, so
      // the FileCache's idle sweep would hold them for as long).
      unwatch(h);
      for (const file of Object.values(h.f) as (CachedFile | undefined)[]) if (file !== undefined) this.files.close(file.path);
      map.delete(path);
    });
    this.cycle++;
  }

  /** Whether pressure files are read at all (PsiMode resolved against the layout). */
  get readsPsi(): boolean {
    return this.psiOn;
  }

  get tracked(): number {
    return this.handles.size;
  }

  private handle(path: string): Handle {
    // A cgroup's cpu, memory, PSI and process reads come one after another: skip the map for them.
    if (path === this.lastPath && this.last !== undefined && this.last.seen === this.cycle) return this.last;
    let h = this.handles.get(path);
    if (!h) {
      const l = this.layout;
      // The creation order spreads the periodic reads of cgroups found together (all of them at
      // start) over their period, so no cycle re-reads them all at once. First-sight reads do not wait.
      h = new Handle(this.created++, this.cycle);
      if (l.mode === 'v2') {
        h.v2 = dir(l.unifiedRoot, path)!;
        h.procsDir = h.v2;
        if (this.psiOn) h.psiDir = h.v2;
      } else {
        h.cpuacct = dir(l.controllers.cpuacct, path);
        h.cpu = dir(l.controllers.cpu, path);
        h.memory = dir(l.controllers.memory, path);
        // cgroup.procs from the hierarchy pods were discovered in, so the path is known to exist.
        h.procsDir = h.cpuacct ?? h.memory;
        if (l.mode === 'hybrid' && this.psiOn) h.psiDir = dir(l.unifiedRoot, path);
      }
      // The root's limits are never read. Watched before the first read, so no write is missed.
      if (path !== '/') this.watch(h);
      this.handles.set(path, h);
    }
    h.seen = this.cycle;
    this.lastPath = path;
    this.last = h;
    return h;
  }

  private watch(h: Handle): void {
    // On v2 throttling comes with usage in cpu.stat: no quota file to watch.
    const files = this.files;
    if (h.cpu !== undefined) {
      h.cpuWatch = this.watcher.watch((h.f.quota ??= files.file(h.cpu + '/cpu.cfs_quota_us')).path, (change) => {
        if (change === 'write') h.cpuWritten = true;
      });
    }
    if (h.v2 !== undefined) h.memoryWatch = this.watcher.watch((h.f.memMax ??= files.file(h.v2 + '/memory.max')).path, this.onMemory(h));
    else if (h.memory !== undefined) h.memoryWatch = this.watcher.watch((h.f.memLimit ??= files.file(h.memory + '/memory.limit_in_bytes')).path, this.onMemory(h));
  }

  /** For the memory limit's watches (memory.max and memory.swap.max share one flag). */
  private onMemory(h: Handle): (change: PathChange) => void {
    return (change) => {
      if (change === 'write') h.memoryWritten = true;
    };
  }

  /** Closes every watch (the collector stops). */
  close(): void {
    this.handles.forEach(unwatch);
    this.handles.clear();
    this.last = undefined;
    this.lastPath = undefined;
  }

  private due(h: Handle): boolean {
    return (this.cycle + h.order) % REFRESH_EVERY === 0;
  }

  /** Whether to re-read the quota (cpu) or the limits (memory): written since, or the periodic turn. */
  private limitsDue(h: Handle, watch: PathWatch | undefined, written: boolean | undefined): boolean {
    if (watch === undefined || !watch.active) return this.due(h);
    return written === true || (this.cycle + h.order) % LIMITS_SAFETY_EVERY === 0;
  }

  private missing(name: string): ReadError {
    return new ReadError('missing_controller', name, `cgroup v1 controller "${name}" is not mounted`);
  }

  cpu(path: string): CpuReading {
    const h = this.handle(path);
    try {
      return h.v2 !== undefined ? this.cpuV2(h, h.v2) : this.cpuV1(h, path);
    } catch (err) {
      throw this.files.malformed(err);
    }
  }

  private cpuV2(h: Handle, d: string): CpuReading {
    const files = this.files;
    const timeNs = this.clock.nowNs();
    const n = files.bytes((h.f.cpuStat ??= files.file(d + '/cpu.stat')));
    const b = files.buf;
    // One pass for the six keys, as for every other keyed file (six native searches cost more).
    bytesScanHinted(b, n, V2_CPU_KEYS, at, (h.cpuHint ??= scanHint(V2_CPU_KEYS)));
    const usage = valueAt(b, at[0], n, 'usage_usec');
    if (usage === undefined) throw new MalformedError('cpu.stat: no "usage_usec" line');
    const r: CpuReading = { timeNs, usageNs: usage * 1000n };
    const user = valueAt(b, at[1], n, 'user_usec');
    const system = valueAt(b, at[2], n, 'system_usec');
    const periods = valueAt(b, at[3], n, 'nr_periods');
    const throttled = valueAt(b, at[4], n, 'nr_throttled');
    const throttledUs = valueAt(b, at[5], n, 'throttled_usec');
    if (user !== undefined) r.userNs = user * 1000n;
    if (system !== undefined) r.systemNs = system * 1000n;
    if (periods !== undefined) r.nrPeriods = periods;
    if (throttled !== undefined) r.nrThrottled = throttled;
    if (throttledUs !== undefined) r.throttledNs = throttledUs * 1000n;
    return r;
  }

  private cpuV1(h: Handle, path: string): CpuReading {
    if (h.cpuacct === undefined) throw this.missing('cpuacct');
    const files = this.files;
    const timeNs = this.clock.nowNs();
    const n = files.bytes((h.f.usage ??= files.file(h.cpuacct + '/cpuacct.usage')));
    const r: CpuReading = { timeNs, usageNs: uint(files.buf, n, 'cpuacct.usage') };
    if (path === '/') {
      // user/system only for the node: per-cgroup it would double the files read, and nothing
      // downstream uses it per container (on v2 it comes free in cpu.stat).
      const stat = files.parseFile((h.f.cpuacctStat ??= files.file(h.cpuacct + '/cpuacct.stat')), cpuacctStat);
      r.userNs = stat.userNs;
      r.systemNs = stat.systemNs;
      return r;
    }
    if (h.cpu === undefined) return r;
    // Throttling counters stay 0 unless this cgroup has a CFS quota: read cpu.stat only then.
    if (h.hasQuota === undefined || this.limitsDue(h, h.cpuWatch, h.cpuWritten)) {
      h.cpuWritten = false;
      const q = files.bytes((h.f.quota ??= files.file(h.cpu + '/cpu.cfs_quota_us')));
      h.hasQuota = bytesHasQuota(files.buf, q);
    }
    if (!h.hasQuota) {
      r.nrPeriods = 0n;
      r.nrThrottled = 0n;
      r.throttledNs = 0n;
      return r;
    }
    const m = files.bytes((h.f.cfsStat ??= files.file(h.cpu + '/cpu.stat')));
    const b = files.buf;
    // One pass for the three keys: three native searches cost more than the scan.
    bytesScanAt(b, m, V1_CFS_KEYS, at);
    const periods = valueAt(b, at[0], m, 'nr_periods');
    const throttled = valueAt(b, at[1], m, 'nr_throttled');
    const throttledNs = valueAt(b, at[2], m, 'throttled_time');
    if (periods === undefined) throw new MalformedError('cpu.stat: no "nr_periods" line');
    if (throttled === undefined) throw new MalformedError('cpu.stat: no "nr_throttled" line');
    if (throttledNs === undefined) throw new MalformedError('cpu.stat: no "throttled_time" line');
    r.nrPeriods = periods;
    r.nrThrottled = throttled;
    r.throttledNs = throttledNs;
    return r;
  }

  /**
   * Memory as the kubelet reports it. `isRoot` selects the root-cgroup rules: on v2 the root has no
   * memory.current (usage = anon + file, as runc emulates it) and no limit.
   */
  memory(path: string, isRoot = false): MemoryReading {
    const h = this.handle(path);
    const refresh = !isRoot && this.limitsDue(h, h.memoryWatch, h.memoryWritten);
    if (refresh) h.memoryWritten = false;
    try {
      if (h.v2 !== undefined) return this.memoryV2(h, h.v2, isRoot, refresh);
      if (h.memory === undefined) throw this.missing('memory');
      return this.memoryV1(h, h.memory, isRoot, refresh);
    } catch (err) {
      throw this.files.malformed(err);
    }
  }

  private memoryV2(h: Handle, d: string, isRoot: boolean, refresh: boolean): MemoryReading {
    const files = this.files;
    const timeNs = this.clock.nowNs();
    let usage: bigint | undefined;
    if (!isRoot) {
      const u = files.bytes((h.f.memCurrent ??= files.file(d + '/memory.current')));
      usage = uint(files.buf, u, 'memory.current');
    }
    const n = files.bytes((h.f.memStat ??= files.file(d + '/memory.stat')));
    const b = files.buf;
    bytesScanHinted(b, n, V2_MEMORY_KEYS, at, (h.memHint ??= scanHint(V2_MEMORY_KEYS)));
    const anon = valueAt(b, at[0], n, 'anon');
    // file only where it makes the usage: the root, which has no memory.current.
    const file = usage === undefined ? valueAt(b, at[1], n, 'file') : 0n;
    const inactive = valueAt(b, at[2], n, 'inactive_file');
    const pf = valueAt(b, at[3], n, 'pgfault');
    const pmf = valueAt(b, at[4], n, 'pgmajfault');
    if (anon === undefined || inactive === undefined || file === undefined) {
      throw new MalformedError('memory.stat: no "anon", "file" or "inactive_file" line');
    }
    const usageBytes = usage ?? anon + file;
    const r: MemoryReading = { timeNs, usageBytes, workingSetBytes: floorSub(usageBytes, inactive), rssBytes: anon };
    if (pf !== undefined) r.pageFaults = pf;
    if (pmf !== undefined) r.majorPageFaults = pmf;
    if (isRoot) return r;
    if (refresh || !h.limitRead) {
      h.limit = files.parseFile((h.f.memMax ??= files.file(d + '/memory.max')), memoryMax);
      h.limitRead = true;
    }
    if (h.limit !== undefined) r.limitBytes = h.limit;
    // Swap files exist only with swap accounting; their absence is not an error.
    if (refresh && h.swapAbsent) h.swapAbsent = undefined;
    if (!h.swapAbsent) {
      const swapFile = (h.f.swapCurrent ??= files.file(d + '/memory.swap.current'));
      if (files.hasFile(swapFile)) {
        const sn = files.bytes(swapFile);
        r.swapUsageBytes = uint(files.buf, sn, 'memory.swap.current');
        const swapMaxFile = (h.f.swapMax ??= files.file(d + '/memory.swap.max'));
        // The swap limit is re-read with the memory limit (memoryWritten), so a write to either counts.
        if (!h.swapWatchTried && h.memoryWatch?.active) {
          h.swapWatchTried = true;
          h.swapWatch = this.watcher.watch(swapMaxFile.path, this.onMemory(h));
        }
        if (refresh || !h.swapLimitRead) {
          h.swapLimit = files.parseFile(swapMaxFile, swapMax);
          h.swapLimitRead = true;
        }
        if (h.swapLimit !== undefined) r.swapLimitBytes = h.swapLimit;
      } else h.swapAbsent = true;
    }
    return r;
  }

  private memoryV1(h: Handle, d: string, isRoot: boolean, refresh: boolean): MemoryReading {
    const files = this.files;
    const timeNs = this.clock.nowNs();
    const u = files.bytes((h.f.memUsage ??= files.file(d + '/memory.usage_in_bytes')));
    const usageBytes = uint(files.buf, u, 'memory.usage_in_bytes');
    const n = files.bytes((h.f.memStat ??= files.file(d + '/memory.stat')));
    const b = files.buf;
    bytesScanHinted(b, n, V1_MEMORY_KEYS, at, (h.memHint ??= scanHint(V1_MEMORY_KEYS)));
    const inactive = valueAt(b, at[0], n, 'total_inactive_file');
    if (inactive === undefined) throw new MalformedError('memory.stat: no "total_inactive_file" line');
    // total_rss when memory.use_hierarchy=1 (always so for kubepods); the local value otherwise.
    const rssBytes = at[1] >= 0 ? valueAt(b, at[1], n, 'total_rss') : valueAt(b, at[2], n, 'rss');
    if (rssBytes === undefined) throw new MalformedError('memory.stat: no "total_rss" or "rss" line');
    const pf = valueAt(b, at[3], n, 'pgfault');
    const pmf = valueAt(b, at[4], n, 'pgmajfault');
    const sw = at[5] >= 0 ? valueAt(b, at[5], n, 'total_swap') : valueAt(b, at[6], n, 'swap');
    const r: MemoryReading = { timeNs, usageBytes, workingSetBytes: floorSub(usageBytes, inactive), rssBytes };
    // The v1 keys without total_ count the cgroup alone; cAdvisor reads these, and so do we.
    if (pf !== undefined) r.pageFaults = pf;
    if (pmf !== undefined) r.majorPageFaults = pmf;
    if (sw !== undefined) r.swapUsageBytes = sw;
    if (!isRoot) {
      if (refresh || !h.limitRead) {
        h.limit = files.parseFile((h.f.memLimit ??= files.file(d + '/memory.limit_in_bytes')), memoryLimitInBytes);
        h.limitRead = true;
      }
      if (h.limit !== undefined) r.limitBytes = h.limit;
    }
    return r;
  }

  /**
   * Pressure of one resource, or undefined where none is read or kept: PSI off, v1, a hybrid cgroup
   * absent from the unified mount, or a kernel booted without PSI (psi=0, RHEL's default).
   */
  psi(path: string, resource: PsiResource): Psi | undefined {
    const h = this.handle(path);
    if (h.psiDir === undefined) return undefined;
    const f = h.f;
    const files = this.files;
    const file = resource === 'cpu' ? (f.psiCpu ??= files.file(h.psiDir + '/cpu.pressure'))
      : resource === 'memory' ? (f.psiMemory ??= files.file(h.psiDir + '/memory.pressure')) : (f.psiIo ??= files.file(h.psiDir + '/io.pressure'));
    // On hybrid the same path exists on the unified mount only if something (systemd, runc) made
    // it there; a kernel without PSI has no pressure files at all. Probe at first sight, then now
    // and then, each cgroup in its own cycle so the probes never pile up in one.
    if (h.psiProbed !== this.cycle && (h.psiAbsent === undefined || (h.psiAbsent && (this.cycle + h.order) % PSI_PROBE_EVERY === 0))) {
      h.psiProbed = this.cycle;
      h.psiAbsent = !files.hasFile(file);
    }
    if (h.psiAbsent) return undefined;
    const n = files.bytes(file);
    try {
      return bytesPsi(files.buf, n, PSI_FILE[resource]);
    } catch (err) {
      throw files.malformed(err);
    }
  }

  /** Processes directly in this cgroup: the lines of cgroup.procs (not recursive, as cAdvisor counts). */
  processes(path: string): bigint {
    const h = this.handle(path);
    if (h.procsDir === undefined) throw this.missing('cpuacct');
    if (h.procs === undefined || this.due(h)) h.procs = this.files.parseFile((h.f.procs ??= this.files.file(h.procsDir + '/cgroup.procs')), bytesCountLines);
    return h.procs;
  }
}
