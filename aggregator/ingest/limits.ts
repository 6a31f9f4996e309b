// Every bound ingest enforces, in one object, so the security work can tighten them in one place.
export interface IngestLimits {
  /** gRPC max receive size per message. A 110-pod sample is about 5 KB. */
  maxMessageBytes: number;
  /** Pods per sample; pods past this are rejected (with a warning), the rest kept. */
  maxPods: number;
  /** Containers per pod; a pod with more is rejected. */
  maxContainersPerPod: number;
  /** Labels per pod or node. */
  maxLabels: number;
  /** Total bytes of one pod's label keys and values (the apiserver allows 256 KiB for all annotations). */
  maxLabelBytes: number;
  /** Network interfaces per block. */
  maxInterfaces: number;
  /** A read time further ahead of the aggregator's clock than this is rejected. */
  maxFutureSkewNs: bigint;
  /** A read time older than this is rejected. */
  maxAgeNs: bigint;
  /** Samples closer together than this on one stream are not stored (acked with a warning). */
  minSampleIntervalNs: bigint;
  /** That many too-fast samples in a row close the stream (RESOURCE_EXHAUSTED). */
  maxRateViolations: number;
  /** Open streams per (identity, node); a newer stream replaces the oldest. */
  maxStreamsPerNode: number;
  /** Open streams in total. */
  maxStreams: number;
  /** A stream must say hello within this time. */
  helloTimeoutMs: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxMessageBytes: 4 * 1024 * 1024,
  maxPods: 1000,
  maxContainersPerPod: 64,
  maxLabels: 64,
  maxLabelBytes: 16 * 1024,
  maxInterfaces: 64,
  maxFutureSkewNs: 5n * 60n * 1_000_000_000n,
  maxAgeNs: 10n * 60n * 1_000_000_000n,
  minSampleIntervalNs: 1_000_000_000n,
  maxRateViolations: 10,
  maxStreamsPerNode: 2,
  maxStreams: 20_000,
  helloTimeoutMs: 10_000,
};
