// The containerd test bed: a real containerd + runc, a busybox image built without a registry, and
// real pods created through CRI in the kubelet's cgroupfs layout.
//
//   const bed = await startTestBed();            // containerd child process, image imported
//   t.teardown(() => bed.stop());                // always: pods, containerd, shims, mounts, cgroups
//   const pod = await bed.runPod({ name: 'web', namespace: 'ns1', qos: 'Burstable', labels: { app: 'web' },
//     containers: [{ name: 'burn', command: workloads.burnCpu(), cpuRequestMillis: 100, cpuLimitMillis: 300 }] });
//   bed.kubepods        // e.g. "/kubepulse-test-3f2a9c/kubepods": give it to the agent as --kubepods-cgroup
//   bed.endpoint        // "unix:///tmp/kpctd-XXXX/containerd.sock": the agent's --cri-endpoint
//   bed.cri             // a CriClient for the tests' own CRI calls (stats to compare with, etc.)
//   await bed.restartContainer(pod, 'burn');     // attempt+1, old one left EXITED as the kubelet does
//   await bed.removePod(pod);                    // StopPodSandbox + RemovePodSandbox, then the pod cgroup
//   await bed.containerd.restart();              // containerd restarts; shims and containers keep running
//
// Containers can also take { image, env, mounts: [{hostPath, containerPath, readonly}], privileged } and
// pods { hostPid, privileged }: enough to run the agent itself as a pod (import its OCI archive with
// importImage(bed.socket, tarBuffer) first).
//
// Lower-level pieces: startContainerd({baseDir, snapshotter}) → {socket, endpoint, pid, dir, restart,
// kill, start, stop}; buildBusyboxImage() → OCI archive Buffer; importImage(socket, archive);
// runPod/removePod/restartContainer(cri, …); destroyCgroupTree(path); workloads.{burnCpu, holdMemory, idle}.
//
// Needs root, cgroupfs (v1, hybrid or v2) and containerd ≥1.6 with runc; installs them with apt-get
// when missing (Debian). Pods use the node network namespace, so no CNI plugins are needed.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { CriClient } from '../../agent/cri/client.js';
import { startContainerd, type Containerd, type ContainerdOptions } from './containerd.js';
import { buildBusyboxImage, importImage } from './image.js';
import { destroyCgroupTree } from './cgroups.js';
import { runPod, removePod, restartContainer, type PodSpec, type RunningPod, type RunningContainer } from './pods.js';

export { startContainerd, ensureRuntimeInstalled, type Containerd, type ContainerdOptions } from './containerd.js';
export { buildBusyboxImage, importImage, BUSYBOX_IMAGE, PAUSE_IMAGE } from './image.js';
export { destroyCgroupTree, cgroupMounts, pidsUnder } from './cgroups.js';
export { runPod, removePod, restartContainer, createContainer, workloads, podCgroupParent, milliCpuToShares } from './pods.js';
export type { PodSpec, RunningPod, RunningContainer, ContainerSpec } from './pods.js';

export interface TestBed {
  containerd: Containerd;
  endpoint: string;
  socket: string;
  cri: CriClient;
  /** Unique test root (e.g. /kubepulse-test-ab12cd), removed by stop(). */
  cgroupRoot: string;
  /** `<cgroupRoot>/kubepods`: the agent's --kubepods-cgroup. */
  kubepods: string;
  pods: RunningPod[];
  runPod(spec: PodSpec): Promise<RunningPod>;
  removePod(pod: RunningPod): Promise<void>;
  restartContainer(pod: RunningPod, name: string): Promise<RunningContainer>;
  stop(): Promise<void>;
}

export async function startTestBed(options: ContainerdOptions = {}): Promise<TestBed> {
  const containerd = await startContainerd(options);
  const cgroupRoot = `/kubepulse-test-${randomBytes(4).toString('hex')}`;
  const kubepods = `${cgroupRoot}/kubepods`;
  const cri = new CriClient(containerd.endpoint, { timeoutMs: 60_000 });
  const logDir = join(containerd.dir, 'pod-logs');
  let stopped = false;
  const bed: TestBed = {
    containerd,
    endpoint: containerd.endpoint,
    socket: containerd.socket,
    cri,
    cgroupRoot,
    kubepods,
    pods: [],
    async runPod(spec) {
      const pod = await runPod(bed.cri, { kubepods, logDir }, spec);
      bed.pods.push(pod);
      return pod;
    },
    async removePod(pod) {
      await removePod(bed.cri, pod);
      bed.pods = bed.pods.filter((p) => p !== pod);
      // The kubelet removes the pod cgroup once the pod is gone; so does the test bed.
      await destroyCgroupTree(pod.cgroupParent);
    },
    restartContainer: (pod, name) => restartContainer(bed.cri, pod, name),
    async stop() {
      if (stopped) return;
      stopped = true;
      bed.cri.close();
      await containerd.stop().catch(() => undefined);
      await destroyCgroupTree(cgroupRoot);
    },
  };
  try {
    await importImage(containerd.socket, await buildBusyboxImage());
  } catch (e) {
    await bed.stop();
    throw e;
  }
  return bed;
}
