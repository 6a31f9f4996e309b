// The kubelet's CRI labels (kubernetes/kubelet pkg/types/labels.go). It copies every pod label onto
// the sandbox and adds these three, so they are removed to give back the pod's own labels.
export const POD_NAME_LABEL = 'io.kubernetes.pod.name';
export const POD_NAMESPACE_LABEL = 'io.kubernetes.pod.namespace';
export const POD_UID_LABEL = 'io.kubernetes.pod.uid';
export const CONTAINER_NAME_LABEL = 'io.kubernetes.container.name';

const KUBELET_SANDBOX_LABELS = new Set([POD_NAME_LABEL, POD_NAMESPACE_LABEL, POD_UID_LABEL]);

export function podLabelsFromSandbox(labels: Record<string, string> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels ?? {})) {
    if (!KUBELET_SANDBOX_LABELS.has(k)) out[k] = v;
  }
  return out;
}
