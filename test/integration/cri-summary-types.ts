// The parts of the kubelet Summary (stats/v1alpha1) JSON the CRI tests read back over HTTP.
export interface SummaryContainer {
  name: string;
  cpu: { usageNanoCores: number; usageCoreNanoSeconds: number };
  memory: { workingSetBytes: number };
}
export interface SummaryPod {
  podRef: { name: string; namespace: string; uid: string };
  cpu: { usageNanoCores: number; usageCoreNanoSeconds: number };
  memory: { workingSetBytes: number };
  containers: SummaryContainer[];
}
export interface Summary {
  node: { cpu: { usageCoreNanoSeconds: number }; memory: { workingSetBytes: number } };
  pods: SummaryPod[];
}
