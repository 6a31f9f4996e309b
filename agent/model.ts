// What one collection cycle produces. The collector fills it, /stats/summary and /metrics/resource
// render it, and the push client encodes it onto the wire (proto/kubepulse/v1/ingest.proto).
// Counters are bigint so values past 2^53 stay exact; times are Unix nanoseconds (bigint).
// An absent field means "not measured" (missing controller, unreadable file), never zero.

export interface PsiLine {
  /** Cumulative stall time in microseconds, as the kernel and the kubelet Summary report it. */
  totalUs: bigint;
  avg10: number;
  avg60: number;
  avg300: number;
}

export interface Psi {
  some: PsiLine;
  full: PsiLine;
}

export interface CpuReading {
  /** When the usage file was read. */
  timeNs: bigint;
  usageNs: bigint;
  userNs?: bigint;
  systemNs?: bigint;
  nrPeriods?: bigint;
  nrThrottled?: bigint;
  throttledNs?: bigint;
  psi?: Psi;
  /** Derived by the collector from this and the previous reading; never sent on the wire. */
  usageNanoCores?: bigint;
}

export interface MemoryReading {
  timeNs: bigint;
  usageBytes: bigint;
  workingSetBytes: bigint;
  rssBytes?: bigint;
  pageFaults?: bigint;
  majorPageFaults?: bigint;
  /** Absent when unlimited (above 1<<62, as the kubelet decides). */
  limitBytes?: bigint;
  swapUsageBytes?: bigint;
  swapLimitBytes?: bigint;
  psi?: Psi;
}

export interface InterfaceReading {
  name: string;
  rxBytes: bigint;
  rxErrors: bigint;
  txBytes: bigint;
  txErrors: bigint;
}

export interface NetworkReading {
  timeNs: bigint;
  interfaces: InterfaceReading[];
}

export interface FsReading {
  timeNs: bigint;
  capacityBytes: bigint;
  availableBytes: bigint;
  usedBytes: bigint;
  inodes: bigint;
  inodesFree: bigint;
  inodesUsed: bigint;
}

export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

export interface ContainerReading {
  /** Runtime container id (64 hex characters for containerd and CRI-O). */
  id: string;
  /** CRI container name; the id when the runtime is unknown. */
  name: string;
  /** Container creation time, which is what the kubelet reports as startTime. */
  startTimeNs: bigint;
  /** CRI metadata attempt (restart count in place); 0 when unknown. */
  attempt: number;
  cpu?: CpuReading;
  memory?: MemoryReading;
  ioPsi?: Psi;
}

export interface PodReading {
  uid: string;
  /** Empty until a runtime names the pod (cgroup-only discovery). */
  name: string;
  namespace: string;
  labels: Record<string, string>;
  startTimeNs: bigint;
  qosClass: QosClass;
  cpu?: CpuReading;
  memory?: MemoryReading;
  network?: NetworkReading;
  ioPsi?: Psi;
  processCount?: bigint;
  containers: ContainerReading[];
}

export interface NodeReading {
  nodeName: string;
  /** Boot time. */
  startTimeNs: bigint;
  cpu?: CpuReading;
  memory?: MemoryReading;
  network?: NetworkReading;
  fs?: FsReading;
  ioPsi?: Psi;
  /** MemTotal from /proc/meminfo. */
  memoryCapacityBytes: bigint;
  /** Online CPUs × 1000. */
  cpuCapacityMillis: bigint;
  maxPid?: bigint;
  curProc?: bigint;
}

export interface NodeSnapshot {
  /** When the cycle started. */
  collectedNs: bigint;
  node: NodeReading;
  pods: PodReading[];
  /** Problems met in this cycle (vanished cgroups, unreadable files); the rest was still read. */
  errors: number;
}

/** Anything that can hand out the newest snapshot: the collector, or a test's fixed source. */
export interface SnapshotSource {
  latest(): NodeSnapshot | undefined;
  /** Called after every completed cycle. Returns an unsubscribe function. */
  subscribe(listener: (snapshot: NodeSnapshot) => void): () => void;
}
