// Pods the way the kubelet makes them through CRI: kubelet labels and annotations on sandbox and
// containers, cgroup parents in the kubelet's cgroupfs layout, node network namespace, no hostname.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CriClient } from '../../agent/cri/client.js';
import type { runtime } from '../../proto/cri/runtime/v1/gen/api.js';
import type { QosClass } from '../../agent/model.js';
import { BUSYBOX_IMAGE } from './image.js';

// runtime.v1.NamespaceMode
const NODE = 2;
const CONTAINER = 1;
const POD = 0;

export interface ContainerSpec {
  name: string;
  /** Full argv; the image has busybox applets under /bin. */
  command: string[];
  /** CPU request in millicores → cpu.shares as the kubelet computes it. */
  cpuRequestMillis?: number;
  /** CPU limit in millicores → CFS quota. */
  cpuLimitMillis?: number;
  memoryLimitBytes?: number;
  /** Another image already imported (importImage); default the busybox test image. */
  image?: string;
  env?: Record<string, string>;
  /** Host paths bind-mounted into the container (e.g. /sys/fs/cgroup read-only for an agent). */
  mounts?: { hostPath: string; containerPath: string; readonly?: boolean }[];
  /** Needs a privileged pod (PodSpec.privileged). */
  privileged?: boolean;
}

export interface PodSpec {
  name: string;
  namespace?: string;
  uid?: string;
  labels?: Record<string, string>;
  qos: QosClass;
  containers: ContainerSpec[];
  /** The host's PID namespace (hostPID: true). */
  hostPid?: boolean;
  privileged?: boolean;
}

export interface RunningContainer {
  name: string;
  id: string;
  attempt: number;
  spec: ContainerSpec;
}

export interface RunningPod {
  name: string;
  namespace: string;
  uid: string;
  labels: Record<string, string>;
  qos: QosClass;
  hostPid: boolean;
  sandboxId: string;
  /** The pod cgroup, as a path from each hierarchy's root. */
  cgroupParent: string;
  containers: RunningContainer[];
  sandboxConfig: runtime.v1.IPodSandboxConfig;
}

/** Workloads for test containers. */
export const workloads = {
  /** Spins one CPU; give it a CPU limit to keep a shared machine usable. */
  burnCpu: (): string[] => ['/bin/sh', '-c', 'while :; do :; done'],
  /** Writes `mib` MiB into the pod's /dev/shm tmpfs (charged to this container's memory cgroup) and sleeps. */
  holdMemory: (mib: number): string[] => ['/bin/sh', '-c', `dd if=/dev/zero of=/dev/shm/hold-$$ bs=1048576 count=${mib} 2>/dev/null; exec sleep 2147483647`],
  idle: (): string[] => ['/bin/sleep', '2147483647'],
};

export function podCgroupParent(kubepods: string, qos: QosClass, uid: string): string {
  const qosDir = qos === 'Guaranteed' ? '' : qos === 'Burstable' ? '/burstable' : '/besteffort';
  return `${kubepods}${qosDir}/pod${uid}`;
}

/** kubelet MilliCPUToShares. */
export function milliCpuToShares(m: number): number {
  if (m === 0) return 2;
  return Math.min(262144, Math.max(2, Math.floor((m * 1024) / 1000)));
}

function containerConfig(pod: Pick<RunningPod, 'name' | 'namespace' | 'uid' | 'qos' | 'hostPid'>, c: ContainerSpec, attempt: number): runtime.v1.IContainerConfig {
  const period = 100_000;
  return {
    metadata: { name: c.name, attempt },
    image: { image: c.image ?? BUSYBOX_IMAGE },
    command: c.command,
    envs: Object.entries(c.env ?? {}).map(([key, value]) => ({ key, value })),
    mounts: (c.mounts ?? []).map((m) => ({ hostPath: m.hostPath, containerPath: m.containerPath, readonly: m.readonly ?? false })),
    labels: {
      'io.kubernetes.container.name': c.name,
      'io.kubernetes.pod.name': pod.name,
      'io.kubernetes.pod.namespace': pod.namespace,
      'io.kubernetes.pod.uid': pod.uid,
    },
    annotations: {
      'io.kubernetes.container.hash': '1',
      'io.kubernetes.container.restartCount': String(attempt),
      'io.kubernetes.container.terminationMessagePath': '/dev/termination-log',
      'io.kubernetes.container.terminationMessagePolicy': 'File',
      'io.kubernetes.pod.terminationGracePeriod': '30',
    },
    logPath: `${c.name}/${attempt}.log`,
    linux: {
      resources: {
        cpuShares: milliCpuToShares(c.cpuRequestMillis ?? (pod.qos === 'BestEffort' ? 0 : c.cpuLimitMillis ?? 0)),
        cpuPeriod: c.cpuLimitMillis ? period : 0,
        cpuQuota: c.cpuLimitMillis ? Math.max(1000, Math.floor((c.cpuLimitMillis * period) / 1000)) : 0,
        memoryLimitInBytes: c.memoryLimitBytes ?? 0,
        oomScoreAdj: pod.qos === 'Guaranteed' ? -997 : pod.qos === 'BestEffort' ? 1000 : 500,
      },
      securityContext: { privileged: c.privileged ?? false, namespaceOptions: { network: NODE, pid: pod.hostPid ? NODE : CONTAINER, ipc: POD } },
    },
  };
}

/** RunPodSandbox + CreateContainer + StartContainer for each container, as the kubelet does. */
export async function runPod(cri: CriClient, opts: { kubepods: string; logDir: string }, spec: PodSpec): Promise<RunningPod> {
  const uid = spec.uid ?? randomUUID();
  const namespace = spec.namespace ?? 'default';
  const labels = spec.labels ?? {};
  const cgroupParent = podCgroupParent(opts.kubepods, spec.qos, uid);
  const logDirectory = join(opts.logDir, `${namespace}_${spec.name}_${uid}`);
  await mkdir(logDirectory, { recursive: true });
  const sandboxConfig: runtime.v1.IPodSandboxConfig = {
    metadata: { name: spec.name, uid, namespace, attempt: 0 },
    logDirectory,
    labels: {
      ...labels,
      'io.kubernetes.pod.name': spec.name,
      'io.kubernetes.pod.namespace': namespace,
      'io.kubernetes.pod.uid': uid,
    },
    annotations: { 'kubernetes.io/config.source': 'api', 'kubernetes.io/config.seen': new Date().toISOString() },
    linux: {
      cgroupParent,
      securityContext: { privileged: spec.privileged ?? false, namespaceOptions: { network: NODE, pid: spec.hostPid ? NODE : CONTAINER, ipc: POD } },
    },
  };
  const { podSandboxId } = await cri.runPodSandbox({ config: sandboxConfig }, 60_000);
  const pod: RunningPod = { name: spec.name, namespace, uid, labels, qos: spec.qos, hostPid: spec.hostPid ?? false, sandboxId: podSandboxId, cgroupParent, containers: [], sandboxConfig };
  try {
    for (const c of spec.containers) pod.containers.push(await startContainer(cri, pod, c, 0));
  } catch (e) {
    await removePod(cri, pod).catch(() => undefined);
    throw e;
  }
  return pod;
}

/** CreateContainer alone: the runtime lists it as CREATED until StartContainer. Returns its id. */
export async function createContainer(cri: CriClient, pod: RunningPod, c: ContainerSpec, attempt: number): Promise<string> {
  const { containerId } = await cri.createContainer({
    podSandboxId: pod.sandboxId,
    config: containerConfig(pod, c, attempt),
    sandboxConfig: pod.sandboxConfig,
  }, 60_000);
  return containerId;
}

async function startContainer(cri: CriClient, pod: RunningPod, c: ContainerSpec, attempt: number): Promise<RunningContainer> {
  const containerId = await createContainer(cri, pod, c, attempt);
  await cri.startContainer({ containerId }, 60_000);
  return { name: c.name, id: containerId, attempt, spec: c };
}

/**
 * Restart in place the way the kubelet does after a crash: the old container is stopped (and, like
 * the kubelet, left in the runtime as EXITED), a new one with attempt+1 is created and started.
 */
export async function restartContainer(cri: CriClient, pod: RunningPod, name: string): Promise<RunningContainer> {
  const i = pod.containers.findIndex((c) => c.name === name);
  if (i < 0) throw new Error(`pod ${pod.name} has no container ${name}`);
  const old = pod.containers[i];
  await cri.stopContainer({ containerId: old.id, timeout: 0 }, 60_000);
  const next = await startContainer(cri, pod, old.spec, old.attempt + 1);
  pod.containers[i] = next;
  return next;
}

/** StopPodSandbox + RemovePodSandbox (which removes the containers). The pod cgroup stays, as the kubelet removes it later. */
export async function removePod(cri: CriClient, pod: RunningPod): Promise<void> {
  await cri.stopPodSandbox({ podSandboxId: pod.sandboxId }, 60_000);
  await cri.removePodSandbox({ podSandboxId: pod.sandboxId }, 60_000);
}
