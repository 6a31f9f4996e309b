// Discovery documents for metrics.k8s.io (and, in standalone mode, the core group), shaped as
// metav1 APIGroupList / APIGroup / APIResourceList so kubectl's RESTMapper and the kube-aggregator's
// legacy discovery fetch both accept them.

export const METRICS_GROUP = 'metrics.k8s.io';
/** Served versions, preferred first: v1beta1 is what every released kubectl and HPA asks for. */
export const METRICS_VERSIONS = ['v1beta1', 'v1'] as const;
export type MetricsVersion = typeof METRICS_VERSIONS[number];

export function isMetricsVersion(v: string): v is MetricsVersion {
  return (METRICS_VERSIONS as readonly string[]).includes(v);
}

interface GroupVersionForDiscovery { groupVersion: string; version: string }

export function metricsGroup(): { name: string; versions: GroupVersionForDiscovery[]; preferredVersion: GroupVersionForDiscovery } {
  const versions = METRICS_VERSIONS.map((v) => ({ groupVersion: `${METRICS_GROUP}/${v}`, version: v }));
  return { name: METRICS_GROUP, versions, preferredVersion: versions[0] ?? { groupVersion: `${METRICS_GROUP}/v1beta1`, version: 'v1beta1' } };
}

export function apiGroupList(): object {
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: [metricsGroup()] };
}

export function apiGroup(): object {
  return { kind: 'APIGroup', apiVersion: 'v1', ...metricsGroup() };
}

/** Never an empty `resources` list: some clients treat that as a broken group. */
export function metricsResourceList(version: MetricsVersion): object {
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: `${METRICS_GROUP}/${version}`,
    resources: [
      { name: 'nodes', singularName: '', namespaced: false, kind: 'NodeMetrics', verbs: ['get', 'list'] },
      { name: 'pods', singularName: '', namespaced: true, kind: 'PodMetrics', verbs: ['get', 'list'] },
    ],
  };
}

// Standalone mode only: just enough of the core group for `kubectl top node`.
export function coreApiVersions(serverAddress: string): object {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

export function coreResourceList(): object {
  return {
    kind: 'APIResourceList',
    groupVersion: 'v1',
    resources: [
      { name: 'nodes', singularName: 'node', namespaced: false, kind: 'Node', verbs: ['get', 'list'], shortNames: ['no'] },
      { name: 'pods', singularName: 'pod', namespaced: true, kind: 'Pod', verbs: ['get', 'list'], shortNames: ['po'] },
    ],
  };
}
