// The seam between the container runtime (agent/cri) and the cgroup collector: names, labels and
// start times for the pods and containers the runtime runs. The collector joins these to cgroups
// by pod uid and container id.

export interface ContainerMeta {
  /** Runtime container id: the same id that appears in the container's cgroup name. */
  id: string;
  name: string;
  /** CRI created_at, Unix ns: the kubelet's container startTime. */
  createdAtNs: bigint;
  /** CRI metadata attempt: increases when the kubelet restarts the container in place. */
  attempt: number;
}

export interface PodMeta {
  uid: string;
  name: string;
  namespace: string;
  /** Pod labels as the kubelet copied them onto the sandbox, minus the io.kubernetes.pod.* ones it adds. */
  labels: Record<string, string>;
  /** Sandbox created_at, Unix ns: the kubelet's pod startTime. */
  createdAtNs: bigint;
  /** The ready sandbox's id; its (pause) cgroup is not a container in the Summary. */
  sandboxId: string;
  /** Running containers only, as the kubelet keeps them. */
  containers: ContainerMeta[];
}

/** A pod as the collector found it in the cgroup tree (structurally, cgroup/discover's FoundPod). */
export interface ObservedPod {
  uid: string;
  /** Container ids from cgroup names; the sandbox's (pause) id is among them. */
  containers: readonly { id: string }[];
}

export interface PodMetadataProvider {
  /**
   * The last known pods keyed by uid: one ready sandbox per pod, running containers only.
   * `null` while no runtime has ever answered: the collector then reports cgroup-only pods by uid.
   * After the runtime was reached once, the last answer stays here while it is unreachable.
   */
  current(): ReadonlyMap<string, PodMeta> | null;
  /**
   * Optional: the collector reports what it found in the cgroup tree each cycle, so a provider can
   * refresh as soon as the two disagree instead of polling the runtime every cycle. Must be cheap
   * and must not throw; the refresh it starts is asynchronous.
   */
  observe?(found: readonly ObservedPod[]): void;
  close(): Promise<void>;
}
