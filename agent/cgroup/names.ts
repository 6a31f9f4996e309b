// Names the kubelet and the runtimes give pod and container cgroups, for both cgroup drivers:
//   cgroupfs: kubepods/burstable/pod<uid>/<id>            (CRI-O: crio-<id>)
//   systemd:  kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod<uid_>.slice/
//             cri-containerd-<id>.scope | crio-<id>.scope | docker-<id>.scope
import type { QosClass } from '../model.js';

const UID_CHARS = /^[0-9a-fA-F-]{8,64}$/;

/** The pod uid from a pod cgroup's base name, or undefined when it is not a pod cgroup. */
export function podUidFromName(name: string): string | undefined {
  if (name.endsWith('.slice')) {
    // systemd escapes "-" in each name part as "_"; the pod part is the last "-"-separated one.
    const last = name.slice(name.lastIndexOf('-') + 1, -'.slice'.length);
    if (!last.startsWith('pod')) return undefined;
    const uid = last.slice(3).replace(/_/g, '-');
    return UID_CHARS.test(uid) ? uid : undefined;
  }
  if (!name.startsWith('pod')) return undefined;
  const uid = name.slice(3);
  return UID_CHARS.test(uid) ? uid : undefined;
}

/** The QoS class a directory under the pod root stands for, or undefined. */
export function qosFromName(name: string): Exclude<QosClass, 'Guaranteed'> | undefined {
  if (name === 'burstable' || name.endsWith('-burstable.slice')) return 'Burstable';
  if (name === 'besteffort' || name.endsWith('-besteffort.slice')) return 'BestEffort';
  return undefined;
}

const HEX64 = /^[0-9a-f]{64}$/;
const RUNTIME_ID = /^[0-9a-zA-Z]+$/;
const PREFIXES = ['cri-containerd-', 'crio-', 'docker-'] as const;

/**
 * The runtime container id from a container cgroup's base name: "<prefix><id>.scope" (systemd),
 * "crio-<id>" (CRI-O on cgroupfs) or a bare 64-hex id (containerd and docker on cgroupfs).
 * CRI-O's conmon cgroups and systemd's .mount units are not containers.
 */
export function containerIdFromName(name: string): string | undefined {
  if (name.startsWith('crio-conmon-') || name.endsWith('.mount')) return undefined;
  const base = name.endsWith('.scope') ? name.slice(0, -'.scope'.length) : name;
  for (const p of PREFIXES) {
    if (base.startsWith(p)) {
      const id = base.slice(p.length);
      return RUNTIME_ID.test(id) ? id : undefined;
    }
  }
  return HEX64.test(base) ? base : undefined;
}

/** Whether a directory name is a pod root ("kubepods", "kubepods.slice", "kubelet-kubepods.slice"). */
export function isPodRootName(name: string): boolean {
  return name === 'kubepods' || name === 'kubepods.slice' || name.endsWith('-kubepods.slice');
}
