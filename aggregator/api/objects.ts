// NodeMetrics / PodMetrics objects as metrics-server serves them (k8s.io/metrics types), built
// from the store's points. v1beta1 and v1 share the schema; only apiVersion differs.
import { formatBytes, formatCpuNanoCores, formatGoDuration } from '../../common/quantity.js';
import type { NodeMetricsPoint, PodMetricsPoint, ResourceUsage } from '../store/types.js';
import { METRICS_GROUP, type MetricsVersion } from './discovery.js';

/** metav1.Time marshals as RFC 3339 with whole seconds. */
export function rfc3339(ns: bigint): string {
  return new Date(Number(ns / 1_000_000n)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface Usage { cpu: string; memory: string }

export function usage(u: ResourceUsage): Usage {
  return { cpu: formatCpuNanoCores(u.cpuNanoCores), memory: formatBytes(u.memoryWorkingSetBytes) };
}

export interface NodeMetrics {
  kind: 'NodeMetrics';
  apiVersion: string;
  metadata: { name: string; creationTimestamp: string; labels?: Record<string, string> };
  timestamp: string;
  window: string;
  usage: Usage;
}

export interface PodMetrics {
  kind: 'PodMetrics';
  apiVersion: string;
  metadata: { name: string; namespace: string; creationTimestamp: string; labels?: Record<string, string> };
  timestamp: string;
  window: string;
  containers: Array<{ name: string; usage: Usage }>;
}

function labelsField(labels: Record<string, string>): { labels?: Record<string, string> } {
  return Object.keys(labels).length > 0 ? { labels } : {};
}

/** `now` is the creation time: metrics objects are made at request time, as in metrics-server. */
export function nodeMetrics(p: NodeMetricsPoint, version: MetricsVersion, now: string): NodeMetrics {
  return {
    kind: 'NodeMetrics',
    apiVersion: `${METRICS_GROUP}/${version}`,
    metadata: { name: p.name, creationTimestamp: now, ...labelsField(p.labels) },
    timestamp: rfc3339(p.timestampNs),
    window: formatGoDuration(p.windowNs),
    usage: usage(p.usage),
  };
}

export function podMetrics(p: PodMetricsPoint, version: MetricsVersion, now: string): PodMetrics {
  return {
    kind: 'PodMetrics',
    apiVersion: `${METRICS_GROUP}/${version}`,
    metadata: { name: p.name, namespace: p.namespace, creationTimestamp: now, ...labelsField(p.labels) },
    timestamp: rfc3339(p.timestampNs),
    window: formatGoDuration(p.windowNs),
    containers: [...p.containers].sort((a, b) => cmp(a.name, b.name)).map((c) => ({ name: c.name, usage: usage(c.usage) })),
  };
}

export function list(kind: 'NodeMetricsList' | 'PodMetricsList', version: MetricsVersion, items: object[]): object {
  return { kind, apiVersion: `${METRICS_GROUP}/${version}`, metadata: {}, items };
}

/** Byte-wise order, as Go's sort.Strings, so results do not depend on the locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
