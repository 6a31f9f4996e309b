// custom.metrics.k8s.io/v1beta2: per-pod rates the agent already measures (CPU throttling, CPU and
// memory pressure, network), so an HPA `type: Pods` metric can target them without Prometheus and
// an adapter. Same conventions as the metrics.k8s.io handler: pure request → response, Status errors.
import { formatDecimal } from '../../common/quantity.js';
import type { MetricsReader, PodExtraRates, PodMetricsPoint } from '../store/types.js';
import { negotiate } from './negotiate.js';
import { cmp, rfc3339 } from './objects.js';
import type { RequestInfo } from './requestinfo.js';
import { matchesLabels, parseLabelSelector, SelectorError, type LabelRequirement } from './selector.js';
import { ApiError, badRequest, pathNotFound, watchNotSupported } from './status.js';

export const CUSTOM_GROUP = 'custom.metrics.k8s.io';
export const CUSTOM_VERSION = 'v1beta2';
const GROUP_VERSION = `${CUSTOM_GROUP}/${CUSTOM_VERSION}`;

export interface PodCustomMetric {
  name: string;
  /** What it is and its unit, for docs and tests. */
  description: string;
  value(extra: PodExtraRates): number | undefined;
}

/** Every metric served, for `pods` only. Names follow Prometheus conventions (unit last). */
export const POD_CUSTOM_METRICS: readonly PodCustomMetric[] = [
  { name: 'cpu_throttled_seconds_per_second', description: 'CFS throttled time per second of wall time, pod cgroup plus its containers (cgroup throttled_usec / throttled_time)', value: (e) => e.cpuThrottledSecondsPerSecond },
  { name: 'cpu_throttled_periods_ratio', description: 'share of CFS periods throttled over the pod cgroup and its containers (ΣΔnr_throttled / ΣΔnr_periods), 0..1', value: (e) => e.cpuThrottledPeriodsRatio },
  { name: 'cpu_pressure_some_seconds_per_second', description: 'CPU PSI "some": seconds per second in which some task waited for CPU', value: (e) => e.cpuPressureSomeSecondsPerSecond },
  { name: 'memory_pressure_some_seconds_per_second', description: 'memory PSI "some": seconds per second in which some task stalled on memory', value: (e) => e.memoryPressureSomeSecondsPerSecond },
  { name: 'network_receive_bytes_per_second', description: 'bytes received per second, summed over the pod\'s interfaces', value: (e) => e.networkRxBytesPerSecond },
  { name: 'network_transmit_bytes_per_second', description: 'bytes transmitted per second, summed over the pod\'s interfaces', value: (e) => e.networkTxBytesPerSecond },
];
const BY_NAME = new Map(POD_CUSTOM_METRICS.map((m) => [m.name, m]));

interface Response { code: number; contentType: string; body: unknown }
const json = (body: unknown): Response => ({ code: 200, contentType: 'application/json', body });

export function customMetricsGroup(): { name: string; versions: Array<{ groupVersion: string; version: string }>; preferredVersion: { groupVersion: string; version: string } } {
  const v = { groupVersion: GROUP_VERSION, version: CUSTOM_VERSION };
  // The HPA's client takes preferredVersion from discovery; v1beta2 is the only version served.
  return { name: CUSTOM_GROUP, versions: [v], preferredVersion: v };
}

/** Never empty: the metric set is fixed, so every metric is listed whether or not a pod has it yet. */
export function customMetricsResourceList(): object {
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: GROUP_VERSION,
    resources: POD_CUSTOM_METRICS.map((m) => ({ name: `pods/${m.name}`, singularName: '', namespaced: true, kind: 'MetricValueList', verbs: ['get'] })),
  };
}

/**
 * A rate as a canonical DecimalSI Quantity, rounded to the nearest milli-unit ("250m", "1500k",
 * "0"): the HPA compares MilliValue(), so finer digits would only carry float noise.
 */
export function formatRate(value: number): string {
  return formatDecimal(BigInt(Math.round(value * 1000)), -3);
}

// The wording of custom-metrics-apiserver's NewMetricNotFoundError / NewMetricNotFoundForError.
function metricNotFound(metric: string, resource: string, name?: string): ApiError {
  return new ApiError(404, 'NotFound', `the server could not find the metric ${metric} for ${resource}${name !== undefined ? ` ${name}` : ''}`);
}

function parseSelector(query: URLSearchParams, param: string): LabelRequirement[] {
  try {
    return parseLabelSelector(query.get(param) ?? '');
  } catch (err) {
    if (err instanceof SelectorError) throw badRequest(`${param}: ${err.message}`);
    throw err;
  }
}

function metricValue(p: PodMetricsPoint, metric: PodCustomMetric): object | undefined {
  const v = metric.value(p.extra);
  if (v === undefined || !Number.isFinite(v) || v < 0) return undefined;
  return {
    describedObject: { kind: 'Pod', namespace: p.namespace, name: p.name, apiVersion: '/v1' },
    // The series carry no labels of their own, so there is no metric selector to report.
    metric: { name: metric.name, selector: null },
    timestamp: rfc3339(p.timestampNs),
    // Integer seconds in this API; the HPA falls back to 1m when absent, so never send 0.
    windowSeconds: Math.max(1, Math.round(Number(p.windowNs) / 1e9)),
    value: formatRate(v),
  };
}

/**
 * Serves every /apis/custom.metrics.k8s.io path; undefined for any other path, so the caller
 * goes on routing. Throws ApiError for failures.
 */
export function handleCustomMetrics(info: RequestInfo, query: URLSearchParams, accept: string | undefined, reader: MetricsReader): Response | undefined {
  const path = info.path.replace(/\/+$/, '');
  if (path === `/apis/${CUSTOM_GROUP}`) { negotiate(accept, false); return json({ kind: 'APIGroup', apiVersion: 'v1', ...customMetricsGroup() }); }
  if (path === `/apis/${GROUP_VERSION}`) { negotiate(accept, false); return json(customMetricsResourceList()); }
  if (!info.resourceRequest || info.apiGroup !== CUSTOM_GROUP) return undefined;
  if (info.apiVersion !== CUSTOM_VERSION) throw pathNotFound();

  // <resource>/<name>/<metric>, or namespaces/<ns>/metrics/<metric> for the namespace object.
  let resource = info.resource ?? '';
  let name = info.name;
  let metricName = info.rest.length === 1 ? info.rest[0] : undefined;
  if (info.namespace !== undefined && resource === 'metrics' && info.rest.length === 0 && name !== undefined) {
    metricName = name; resource = 'namespaces'; name = info.namespace;
  }
  if (metricName === undefined || name === undefined) throw pathNotFound();
  if (info.verb === 'watch') throw watchNotSupported(resource, CUSTOM_GROUP);
  negotiate(accept, false);
  const metric = BY_NAME.get(metricName);
  // Only pods are described, and pods only live in namespaces.
  if (resource !== 'pods' || info.namespace === undefined || !metric) throw metricNotFound(metricName, resource);
  const namespace = info.namespace;
  const labels = parseSelector(query, 'labelSelector');
  const metricLabels = parseSelector(query, 'metricLabelSelector');

  if (name !== '*') {
    const p = reader.podMetrics({ namespace, name }).find((x) => x.namespace === namespace && x.name === name);
    const item = p && matchesLabels(metricLabels, {}) ? metricValue(p, metric) : undefined;
    if (!item) throw metricNotFound(metricName, 'pods', name);
    return json({ kind: 'MetricValueList', apiVersion: GROUP_VERSION, metadata: {}, items: [item] });
  }
  const items = matchesLabels(metricLabels, {})
    ? reader.podMetrics({ namespace, labels: (l) => matchesLabels(labels, l) })
      .filter((p) => p.namespace === namespace && matchesLabels(labels, p.labels))
      .sort((a, b) => cmp(a.name, b.name))
      .map((p) => metricValue(p, metric))
      .filter((x) => x !== undefined)
    : [];
  return json({ kind: 'MetricValueList', apiVersion: GROUP_VERSION, metadata: {}, items });
}
