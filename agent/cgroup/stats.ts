// Reads one cgroup's CPU, memory, PSI and process count, with the kubelet's (cAdvisor's) arithmetic.
// v1: one directory per controller (cpuacct for usage, cpu for throttling, memory, pids).
// v2: one directory; hybrid: v1 for stats and the unified mount only for PSI, when the same cgroup
// path exists there.
import { join } from 'node:path';
import type { Clock } from '../../common/clock.js';
import type { CpuReading, MemoryReading, Psi } from '../model.js';
import { FileCache, ReadError } from './files.js';
import type { CgroupLayout } from './mode.js';
import { countLines, keyedValue, MalformedError, parseCpuacctStat, parseLimit, parsePsi, parseUint, requiredKey } from './parse.js';

export type PsiResource = 'cpu' | 'memory' | 'io';

function dir(root: string, path: string): string {
  return path === '/' ? root : join(root, path);
}

function floorSub(a: bigint, b: bigint | undefined): bigint {
  const d = a - (b ?? 0n);
  return d < 0n ? 0n : d;
}

export class CgroupStats {
  /** Optional files found absent (PSI on hybrid, swap): not re-probed every cycle, only after forget(). */
  private readonly absent = new Set<string>();

  constructor(
    readonly layout: CgroupLayout,
    private readonly files: FileCache,
    private readonly clock: Clock,
  ) {}

  private optional(file: string): boolean {
    if (this.absent.has(file)) return false;
    if (this.files.has(file)) return true;
    this.absent.add(file);
    return false;
  }

  /** Lets optional files that were absent be probed again (a cgroup created later on the unified mount). */
  forgetAbsent(): void {
    this.absent.clear();
  }

  /** Reads a file and parses it; parse failures become ReadError("malformed") naming the file. */
  private parse<T>(file: string, fn: (text: string) => T): T {
    const text = this.files.read(file);
    try {
      return fn(text);
    } catch (err) {
      if (err instanceof MalformedError) throw new ReadError('malformed', file, `${file}: ${err.message}`);
      throw err;
    }
  }

  private controller(name: 'cpu' | 'cpuacct' | 'memory' | 'pids', path: string): string {
    const root = this.layout.controllers[name];
    if (!root) throw new ReadError('missing_controller', name, `cgroup v1 controller "${name}" is not mounted`);
    return dir(root, path);
  }

  cpu(path: string): CpuReading {
    if (this.layout.mode === 'v2') {
      const d = dir(this.layout.unifiedRoot!, path);
      const file = join(d, 'cpu.stat');
      const timeNs = this.clock.nowNs();
      return this.parse(file, (t) => {
        const r: CpuReading = { timeNs, usageNs: requiredKey(t, 'usage_usec', 'cpu.stat') * 1000n };
        const user = keyedValue(t, 'user_usec');
        const system = keyedValue(t, 'system_usec');
        const periods = keyedValue(t, 'nr_periods');
        const throttled = keyedValue(t, 'nr_throttled');
        const throttledUs = keyedValue(t, 'throttled_usec');
        if (user !== undefined) r.userNs = user * 1000n;
        if (system !== undefined) r.systemNs = system * 1000n;
        if (periods !== undefined) r.nrPeriods = periods;
        if (throttled !== undefined) r.nrThrottled = throttled;
        if (throttledUs !== undefined) r.throttledNs = throttledUs * 1000n;
        return r;
      });
    }
    const acct = this.controller('cpuacct', path);
    const timeNs = this.clock.nowNs();
    const r: CpuReading = { timeNs, usageNs: this.parse(join(acct, 'cpuacct.usage'), (t) => parseUint(t, 'cpuacct.usage')) };
    const stat = this.parse(join(acct, 'cpuacct.stat'), parseCpuacctStat);
    r.userNs = stat.userNs;
    r.systemNs = stat.systemNs;
    if (this.layout.controllers.cpu) {
      this.parse(join(dir(this.layout.controllers.cpu, path), 'cpu.stat'), (t) => {
        r.nrPeriods = requiredKey(t, 'nr_periods', 'cpu.stat');
        r.nrThrottled = requiredKey(t, 'nr_throttled', 'cpu.stat');
        r.throttledNs = requiredKey(t, 'throttled_time', 'cpu.stat');
      });
    }
    return r;
  }

  /**
   * Memory as the kubelet reports it. `isRoot` selects the root-cgroup rules: on v2 the root has no
   * memory.current (usage = anon + file, as runc emulates it) and no limit.
   */
  memory(path: string, isRoot = false): MemoryReading {
    if (this.layout.mode === 'v2') {
      const d = dir(this.layout.unifiedRoot!, path);
      const timeNs = this.clock.nowNs();
      const usage = isRoot ? undefined : this.parse(join(d, 'memory.current'), (t) => parseUint(t, 'memory.current'));
      return this.parse(join(d, 'memory.stat'), (t) => {
        const anon = requiredKey(t, 'anon', 'memory.stat');
        const usageBytes = usage ?? anon + requiredKey(t, 'file', 'memory.stat');
        const r: MemoryReading = {
          timeNs,
          usageBytes,
          workingSetBytes: floorSub(usageBytes, requiredKey(t, 'inactive_file', 'memory.stat')),
          rssBytes: anon,
        };
        const pf = keyedValue(t, 'pgfault');
        const pmf = keyedValue(t, 'pgmajfault');
        if (pf !== undefined) r.pageFaults = pf;
        if (pmf !== undefined) r.majorPageFaults = pmf;
        if (!isRoot) {
          const limit = this.parse(join(d, 'memory.max'), (x) => parseLimit(x, 'memory.max'));
          if (limit !== undefined) r.limitBytes = limit;
          // Swap files exist only with swap accounting; their absence is not an error.
          const swapFile = join(d, 'memory.swap.current');
          if (this.optional(swapFile)) {
            r.swapUsageBytes = this.parse(swapFile, (x) => parseUint(x, 'memory.swap.current'));
            const swapLimit = this.parse(join(d, 'memory.swap.max'), (x) => parseLimit(x, 'memory.swap.max'));
            if (swapLimit !== undefined) r.swapLimitBytes = swapLimit;
          }
        }
        return r;
      });
    }
    const d = this.controller('memory', path);
    const timeNs = this.clock.nowNs();
    const usageBytes = this.parse(join(d, 'memory.usage_in_bytes'), (t) => parseUint(t, 'memory.usage_in_bytes'));
    const r = this.parse(join(d, 'memory.stat'), (t): MemoryReading => {
      const m: MemoryReading = {
        timeNs,
        usageBytes,
        workingSetBytes: floorSub(usageBytes, requiredKey(t, 'total_inactive_file', 'memory.stat')),
        // total_rss when memory.use_hierarchy=1 (always so for kubepods); the local value otherwise.
        rssBytes: keyedValue(t, 'total_rss') ?? requiredKey(t, 'rss', 'memory.stat'),
      };
      // The v1 keys without total_ count the cgroup alone; cAdvisor reads these, and so do we.
      const pf = keyedValue(t, 'pgfault');
      const pmf = keyedValue(t, 'pgmajfault');
      const swap = keyedValue(t, 'total_swap') ?? keyedValue(t, 'swap');
      if (pf !== undefined) m.pageFaults = pf;
      if (pmf !== undefined) m.majorPageFaults = pmf;
      if (swap !== undefined) m.swapUsageBytes = swap;
      return m;
    });
    if (!isRoot) {
      const limit = this.parse(join(d, 'memory.limit_in_bytes'), (t) => parseLimit(t, 'memory.limit_in_bytes'));
      if (limit !== undefined) r.limitBytes = limit;
    }
    return r;
  }

  /** Pressure of one resource, or undefined where the kernel keeps none (v1, or hybrid without the path). */
  psi(path: string, resource: PsiResource): Psi | undefined {
    if (!this.layout.unifiedRoot) return undefined;
    const file = join(dir(this.layout.unifiedRoot, path), `${resource}.pressure`);
    if (this.layout.mode === 'hybrid' && !this.optional(file)) return undefined;
    return this.parse(file, (t) => parsePsi(t, `${resource}.pressure`));
  }

  /** Processes directly in this cgroup: the lines of cgroup.procs (not recursive, as cAdvisor counts). */
  processes(path: string): bigint {
    // v1: the cpuacct hierarchy, where pods were discovered, so the path is known to exist there.
    const d = this.layout.mode === 'v2' ? dir(this.layout.unifiedRoot!, path) : this.controller(this.layout.controllers.cpuacct ? 'cpuacct' : 'memory', path);
    return this.parse(join(d, 'cgroup.procs'), countLines);
  }
}
