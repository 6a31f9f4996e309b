// Host-level readings: memory capacity, network, root filesystem, pid limits, boot time and id.
// All through --proc-root so a containerised agent reads the host's /proc mounted elsewhere.
import { readFileSync, statfsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../common/clock.js';
import { FileCache, ReadError } from '../cgroup/files.js';
import { MalformedError } from '../cgroup/parse.js';
import type { FsReading, NetworkReading } from '../model.js';
import { bootTimeNs, loadavgTotal, maxPid, meminfoBytes, parseBootId, parseNetDev } from './proc.js';

export interface Meminfo {
  memTotal: bigint;
  swapTotal?: bigint;
  swapFree?: bigint;
}

export class HostStats {
  // Paths joined once: these files are read every cycle.
  private readonly meminfoFile: string;
  private readonly netDevFile: string;
  private readonly pidMaxFile: string;
  private readonly threadsMaxFile: string;
  private readonly loadavgFile: string;

  constructor(
    private readonly procRoot: string,
    private readonly files: FileCache,
    private readonly clock: Clock,
    /** The filesystem whose usage is the node's "fs" (the kubelet uses its root dir). */
    private readonly fsPath = '/',
  ) {
    this.meminfoFile = join(procRoot, 'meminfo');
    this.netDevFile = join(procRoot, 'net', 'dev');
    this.pidMaxFile = join(procRoot, 'sys', 'kernel', 'pid_max');
    this.threadsMaxFile = join(procRoot, 'sys', 'kernel', 'threads-max');
    this.loadavgFile = join(procRoot, 'loadavg');
  }


  meminfo(): Meminfo {
    return this.files.parse(this.meminfoFile, (t) => {
      const memTotal = meminfoBytes(t, 'MemTotal');
      if (memTotal === undefined) throw new MalformedError('no MemTotal line');
      const out: Meminfo = { memTotal };
      const st = meminfoBytes(t, 'SwapTotal');
      const sf = meminfoBytes(t, 'SwapFree');
      if (st !== undefined) out.swapTotal = st;
      if (sf !== undefined) out.swapFree = sf;
      return out;
    });
  }

  /** The network namespace of --proc-root's "self": the host's when the agent runs with hostNetwork. */
  network(): NetworkReading {
    const timeNs = this.clock.nowNs();
    return { timeNs, interfaces: this.files.parse(this.netDevFile, parseNetDev) };
  }

  fs(): FsReading {
    const timeNs = this.clock.nowNs();
    let s;
    try {
      s = statfsSync(this.fsPath, { bigint: true });
    } catch (err) {
      throw new ReadError('unreadable', this.fsPath, `statfs ${this.fsPath}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    const capacityBytes = s.blocks * s.bsize;
    const availableBytes = s.bavail * s.bsize;
    return {
      timeNs,
      capacityBytes,
      availableBytes,
      // As cAdvisor: used = (blocks − free) × bsize, which counts root-reserved blocks as used.
      usedBytes: (s.blocks - s.bfree) * s.bsize,
      inodes: s.files,
      inodesFree: s.ffree,
      inodesUsed: s.files - s.ffree,
    };
  }

  maxPid(): bigint {
    let threads: string | undefined;
    try {
      threads = this.files.read(this.threadsMaxFile);
    } catch {
      threads = undefined;
    }
    return this.files.parse(this.pidMaxFile, (pidMax) => maxPid(pidMax, threads));
  }

  curProc(): bigint {
    return this.files.parse(this.loadavgFile, loadavgTotal);
  }

  /** Read once at start: boot time does not change while we run. */
  bootTimeNs(): bigint {
    const file = join(this.procRoot, 'stat');
    try {
      return bootTimeNs(readFileSync(file, 'latin1'));
    } catch (err) {
      if (err instanceof MalformedError) throw new ReadError('malformed', file, err.message);
      throw new ReadError('unreadable', file, `${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
  }

  bootId(): string | undefined {
    try {
      return parseBootId(readFileSync(join(this.procRoot, 'sys', 'kernel', 'random', 'boot_id'), 'latin1'));
    } catch {
      return undefined;
    }
  }

  cpuCapacityMillis(): bigint {
    return BigInt(availableParallelism()) * 1000n;
  }
}
