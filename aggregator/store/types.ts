// The seam between ingest (writes samples) and the API (reads metrics). Everything the HTTP side
// needs is here; how samples are held (compact arrays, pruning) is the store's business.

export interface ResourceUsage {
  /** CPU rate over `windowNs`, in nanocores. */
  cpuNanoCores: bigint;
  memoryWorkingSetBytes: bigint;
}

export interface NodeMetricsPoint {
  name: string;
  labels: Record<string, string>;
  /** End of the window: the newer sample's read time. */
  timestampNs: bigint;
  windowNs: bigint;
  usage: ResourceUsage;
  /** For the standalone core API (`kubectl top node` needs capacity). */
  capacity: { cpuMillis: bigint; memoryBytes: bigint };
}

export interface ContainerMetricsPoint {
  name: string;
  usage: ResourceUsage;
}

/** Per-pod measures beyond CPU and memory, for custom.metrics.k8s.io. Rates are per second. */
export interface PodExtraRates {
  cpuThrottledSecondsPerSecond?: number;
  cpuThrottledPeriodsRatio?: number;
  cpuPressureSomeSecondsPerSecond?: number;
  memoryPressureSomeSecondsPerSecond?: number;
  networkRxBytesPerSecond?: number;
  networkTxBytesPerSecond?: number;
}

export interface PodMetricsPoint {
  name: string;
  namespace: string;
  uid: string;
  node: string;
  labels: Record<string, string>;
  /** The earliest container read time in the pod, as metrics-server reports it for the HPA. */
  timestampNs: bigint;
  windowNs: bigint;
  containers: ContainerMetricsPoint[];
  extra: PodExtraRates;
}

/** A label selector's `=`, `==` or `in` requirement: the label `key` is present with one of `values`. */
export interface LabelTerm {
  key: string;
  values: readonly string[];
}

export interface PodQuery {
  namespace?: string;
  name?: string;
  /**
   * Optional pre-filter on the pod's labels (e.g. a parsed label selector), applied before the
   * pod's metrics are built, so a selective query over a large namespace stays cheap.
   */
  labels?: (labels: Readonly<Record<string, string>>) => boolean;
  /**
   * Terms every returned pod satisfies (the selector's `=`/`in` requirements). The store answers
   * them from a per-namespace label index, so the query's cost follows the pods the terms allow,
   * not the namespace's size; `labels`, when given, still decides for the rest of the selector.
   */
  labelTerms?: readonly LabelTerm[];
}

export interface MetricsReader {
  /** Nodes with a usable rate (two samples), sorted by name. */
  nodeMetrics(name?: string): NodeMetricsPoint[];
  /** Pods with a usable rate, sorted by namespace then name. */
  podMetrics(query?: PodQuery): PodMetricsPoint[];
  /** True once any node has a rate to serve. */
  hasData(): boolean;
  /** `podMetrics().length` without building the points, when the reader can count them cheaply. */
  podCount?(): number;
}
