// The read-only Kubernetes API: metrics.k8s.io discovery and objects, plus (standalone only) the
// sliver of the core group `kubectl top node` needs. Pure request → response so it is testable
// without a socket; the HTTPS server only moves bytes.
import type { MetricsReader, NodeMetricsPoint, PodMetricsPoint } from '../store/types.js';
import { formatBytes, formatDecimal } from '../../common/quantity.js';
import {
  METRICS_GROUP, apiGroup, apiGroupList, coreApiVersions, coreResourceList, isMetricsVersion, metricsResourceList,
  type MetricsVersion,
} from './discovery.js';
import { customMetricsGroup, handleCustomMetrics } from './custom-metrics.js';
import { contentType, negotiate } from './negotiate.js';
import { cmp, list, nodeMetrics, podMetrics, rfc3339, type NodeMetrics, type PodMetrics } from './objects.js';
import type { RequestInfo } from './requestinfo.js';
import { labelQuery, matchesFields, matchesLabels, parseFieldSelector, parseLabelSelector, SelectorError } from './selector.js';
import { ApiError, badRequest, methodNotAllowed, notFound, pathNotFound, watchNotSupported } from './status.js';
import { parseIncludeObject, table } from './table.js';

export interface ApiResponse {
  code: number;
  contentType: string;
  body: unknown;
}

export interface ApiContext {
  reader: MetricsReader;
  /** Serve the minimal core API (`kubepulse up` only; never in a cluster). */
  standalone: boolean;
  /** Wall clock in Unix ns, for creationTimestamp. */
  nowNs: () => bigint;
  /** What /api advertises as the server address. */
  serverAddress?: string;
}

const json = (body: unknown, code = 200): ApiResponse => ({ code, contentType: 'application/json', body });

function selectors(query: URLSearchParams, fields: readonly string[]): { labels: ReturnType<typeof parseLabelSelector>; fields: ReturnType<typeof parseFieldSelector> } {
  try {
    return {
      labels: parseLabelSelector(query.get('labelSelector') ?? ''),
      fields: parseFieldSelector(query.get('fieldSelector') ?? '', fields),
    };
  } catch (err) {
    if (err instanceof SelectorError) throw badRequest(err.message);
    throw err;
  }
}

/** Handles a GET (or HEAD) of any /api, /apis or /version path. Throws ApiError for failures. */
export function handleGet(info: RequestInfo, query: URLSearchParams, accept: string | undefined, ctx: ApiContext): ApiResponse {
  if (info.verb !== 'get' && info.verb !== 'list' && info.verb !== 'watch') throw methodNotAllowed(info.verb.toUpperCase());
  const path = info.path.replace(/\/+$/, '') || '/';
  const custom = handleCustomMetrics(info, query, accept, ctx.reader);
  if (custom) return custom;
  // Discovery and other non-resource documents.
  switch (path) {
    case '/apis': {
      negotiate(accept, false);
      const metricsOnly = apiGroupList() as { groups: object[] };
      return json({ ...metricsOnly, groups: [...metricsOnly.groups, customMetricsGroup()] });
    }
    case `/apis/${METRICS_GROUP}`: negotiate(accept, false); return json(apiGroup());
    case '/api': if (ctx.standalone) { negotiate(accept, false); return json(coreApiVersions(ctx.serverAddress ?? '')); } break;
    case '/api/v1': if (ctx.standalone) { negotiate(accept, false); return json(coreResourceList()); } break;
  }
  const m = /^\/apis\/metrics\.k8s\.io\/([^/]+)$/.exec(path);
  if (m && isMetricsVersion(m[1] ?? '')) { negotiate(accept, false); return json(metricsResourceList(m[1] as MetricsVersion)); }

  if (!info.resourceRequest || info.rest.length > 0) throw pathNotFound();
  if (info.apiGroup === METRICS_GROUP && isMetricsVersion(info.apiVersion ?? '')) return metrics(info, query, accept, ctx);
  if (ctx.standalone && info.apiGroup === '' && info.apiVersion === 'v1') {
    if (info.resource === 'nodes' && info.namespace === undefined) return coreNodes(info, query, accept, ctx);
    if (info.resource === 'pods') return corePods(info, query, accept, ctx);
  }
  throw pathNotFound();
}

function metrics(info: RequestInfo, query: URLSearchParams, accept: string | undefined, ctx: ApiContext): ApiResponse {
  const version = info.apiVersion as MetricsVersion;
  const resource = info.resource;
  if (resource === 'nodes' && info.namespace !== undefined) throw pathNotFound();
  if (resource !== 'nodes' && resource !== 'pods') throw pathNotFound();
  if (info.verb === 'watch') throw watchNotSupported(resource, METRICS_GROUP);
  const rep = negotiate(accept, true);
  const include = rep.kind === 'table' ? parseIncludeObject(query.get('includeObject') ?? undefined) : 'Metadata';
  const now = rfc3339(ctx.nowNs());
  let objects: Array<NodeMetrics | PodMetrics>;
  if (resource === 'nodes') {
    if (info.name !== undefined) {
      const p = ctx.reader.nodeMetrics(info.name).find((n) => n.name === info.name);
      if (!p) throw notFound('nodes', METRICS_GROUP, info.name);
      objects = [nodeMetrics(p, version, now)];
    } else {
      const sel = selectors(query, ['metadata.name']);
      objects = ctx.reader.nodeMetrics()
        .filter((n) => matchesLabels(sel.labels, n.labels) && matchesFields(sel.fields, { 'metadata.name': n.name }))
        .sort((a, b) => cmp(a.name, b.name))
        .map((n) => nodeMetrics(n, version, now));
    }
  } else {
    if (info.name !== undefined) {
      const ns = info.namespace ?? '';
      const p = ctx.reader.podMetrics({ namespace: ns, name: info.name }).find((x) => x.namespace === ns && x.name === info.name);
      if (!p) throw notFound('pods', METRICS_GROUP, info.name);
      objects = [podMetrics(p, version, now)];
    } else {
      const sel = selectors(query, ['metadata.name', 'metadata.namespace']);
      // The label selector goes to the store as a pre-filter, so pods it rules out are never built.
      const labels = labelQuery(sel.labels);
      objects = ctx.reader.podMetrics(info.namespace !== undefined ? { namespace: info.namespace, ...labels } : labels)
        .filter((p) => (info.namespace === undefined || p.namespace === info.namespace)
          && matchesLabels(sel.labels, p.labels)
          && matchesFields(sel.fields, { 'metadata.name': p.name, 'metadata.namespace': p.namespace }))
        .sort(byNamespaceThenName)
        .map((p) => podMetrics(p, version, now));
    }
  }
  if (rep.kind === 'table') return { code: 200, contentType: contentType(rep), body: table(objects, include, rep.version) };
  if (info.name !== undefined) return json(objects[0]);
  return json(list(resource === 'nodes' ? 'NodeMetricsList' : 'PodMetricsList', version, objects));
}

function byNamespaceThenName(a: PodMetricsPoint, b: PodMetricsPoint): number {
  return cmp(a.namespace, b.namespace) || cmp(a.name, b.name);
}

// --- standalone core API -----------------------------------------------------------------------

function nodeObject(p: NodeMetricsPoint): object {
  const resources = { cpu: formatDecimal(p.capacity.cpuMillis, -3), memory: formatBytes(p.capacity.memoryBytes) };
  return {
    kind: 'Node',
    apiVersion: 'v1',
    metadata: { name: p.name, labels: p.labels, creationTimestamp: rfc3339(p.timestampNs) },
    spec: {},
    // Nothing is reserved on a standalone machine, so allocatable is the capacity.
    status: { capacity: resources, allocatable: resources, conditions: [{ type: 'Ready', status: 'True', reason: 'KubepulseAgentReporting', message: 'the kubepulse agent is reporting' }] },
  };
}

function coreNodes(info: RequestInfo, query: URLSearchParams, accept: string | undefined, ctx: ApiContext): ApiResponse {
  if (info.verb === 'watch') throw watchNotSupported('nodes', '');
  negotiate(accept, false);
  if (info.name !== undefined) {
    const p = ctx.reader.nodeMetrics(info.name).find((n) => n.name === info.name);
    if (!p) throw new ApiError(404, 'NotFound', `nodes "${info.name}" not found`, { name: info.name, kind: 'nodes' });
    return json(nodeObject(p));
  }
  const sel = selectors(query, ['metadata.name']);
  const items = ctx.reader.nodeMetrics()
    .filter((n) => matchesLabels(sel.labels, n.labels) && matchesFields(sel.fields, { 'metadata.name': n.name }))
    .sort((a, b) => cmp(a.name, b.name))
    .map(nodeObject);
  return json({ kind: 'NodeList', apiVersion: 'v1', metadata: { resourceVersion: '' }, items });
}

// `kubectl top pod` lists core pods when the metrics list comes back empty, to tell "no pods" from
// "metrics not ready yet"; the pods the agent reports are all this machine has.
function podObject(p: PodMetricsPoint): object {
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: { name: p.name, namespace: p.namespace, uid: p.uid, labels: p.labels, creationTimestamp: rfc3339(p.timestampNs) },
    spec: { nodeName: p.node, containers: p.containers.map((c) => ({ name: c.name, image: '' })) },
    status: { phase: 'Running' },
  };
}

function corePods(info: RequestInfo, query: URLSearchParams, accept: string | undefined, ctx: ApiContext): ApiResponse {
  if (info.verb === 'watch') throw watchNotSupported('pods', '');
  negotiate(accept, false);
  if (info.name !== undefined) {
    const ns = info.namespace ?? '';
    const p = ctx.reader.podMetrics({ namespace: ns, name: info.name }).find((x) => x.namespace === ns && x.name === info.name);
    if (!p) throw new ApiError(404, 'NotFound', `pods "${info.name}" not found`, { name: info.name, kind: 'pods' });
    return json(podObject(p));
  }
  const sel = selectors(query, ['metadata.name', 'metadata.namespace']);
  const items = ctx.reader.podMetrics(info.namespace !== undefined ? { namespace: info.namespace } : {})
    .filter((p) => (info.namespace === undefined || p.namespace === info.namespace)
      && matchesLabels(sel.labels, p.labels)
      && matchesFields(sel.fields, { 'metadata.name': p.name, 'metadata.namespace': p.namespace }))
    .sort(byNamespaceThenName)
    .map(podObject);
  return json({ kind: 'PodList', apiVersion: 'v1', metadata: { resourceVersion: '' }, items });
}
