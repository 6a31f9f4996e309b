// What ingest hands the store: one validated node sample, already converted from the wire to
// bigint. Kept apart from the proto types so the store can be fed (and tested, and benchmarked)
// without gRPC, and apart from agent/model.ts because agent/ and aggregator/ never import each other.

export interface CpuIn {
  timeNs: bigint;
  usageNs: bigint;
  nrPeriods?: bigint;
  nrThrottled?: bigint;
  throttledNs?: bigint;
  /** PSI "some" cumulative stall, nanoseconds. */
  psiSomeNs?: bigint;
}

export interface MemoryIn {
  timeNs: bigint;
  workingSetBytes: bigint;
  psiSomeNs?: bigint;
}

export interface NetworkIn {
  timeNs: bigint;
  /** Summed over the pod's interfaces. */
  rxBytes: bigint;
  txBytes: bigint;
}

export interface ContainerIn {
  name: string;
  id: string;
  attempt: number;
  startTimeNs: bigint;
  cpu?: CpuIn;
  memory?: MemoryIn;
}

export interface PodIn {
  uid: string;
  name: string;
  namespace: string;
  labels: Record<string, string>;
  startTimeNs: bigint;
  cpu?: CpuIn;
  memory?: MemoryIn;
  network?: NetworkIn;
  containers: ContainerIn[];
}

export interface NodeIn {
  collectedNs: bigint;
  startTimeNs: bigint;
  cpu?: CpuIn;
  memory?: MemoryIn;
  memoryCapacityBytes: bigint;
  cpuCapacityMillis: bigint;
}

export interface SampleIn {
  node: NodeIn;
  pods: PodIn[];
}

export interface HelloIn {
  bootId: string;
  labels: Record<string, string>;
}

export interface RecordResult {
  /** Blocks whose counter went down without a new boot id or container id: treated as a restart. */
  resets: number;
  /** Blocks older than or equal to what is held (a repeated or reordered message): ignored. */
  stale: number;
}

/** The write side of the store, as ingest uses it. */
export interface StoreWriter {
  /** A stream said hello for `node`. A new boot id drops everything held for the node. */
  hello(node: string, hello: HelloIn): void;
  record(node: string, sample: SampleIn): RecordResult;
}
