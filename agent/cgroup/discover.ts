// Finds the pods and containers under the pod root by listing directories. It runs every cycle, so
// it lists only what it must: the root, the two QoS directories and each pod directory.
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { QosClass } from '../model.js';
import { containerIdFromName, isPodRootName, podUidFromName, qosFromName } from './names.js';

export interface FoundContainer {
  id: string;
  /** cgroup path from the hierarchy root, e.g. "/kubepods/burstable/pod<uid>/<id>". */
  path: string;
}

export interface FoundPod {
  uid: string;
  qosClass: QosClass;
  path: string;
  containers: FoundContainer[];
}

function dirs(abs: string): Dirent[] {
  try {
    return readdirSync(abs, { withFileTypes: true }).filter((d) => d.isDirectory());
  } catch (err) {
    // A pod or QoS directory removed while we list: it simply has no children now.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

function joinCg(parent: string, name: string): string {
  return parent === '/' ? `/${name}` : `${parent}/${name}`;
}

/**
 * Pods under `podRoot` (a cgroup path) in the hierarchy rooted at `hierarchyDir`. Guaranteed pods
 * sit directly under the root; the other classes under their QoS directory.
 */
export function discoverPods(hierarchyDir: string, podRoot: string): FoundPod[] {
  const pods: FoundPod[] = [];
  const addPod = (path: string, uid: string, qosClass: QosClass): void => {
    const containers: FoundContainer[] = [];
    for (const d of dirs(join(hierarchyDir, path))) {
      const id = containerIdFromName(d.name);
      if (id) containers.push({ id, path: joinCg(path, d.name) });
    }
    pods.push({ uid, qosClass, path, containers });
  };
  for (const d of dirs(join(hierarchyDir, podRoot))) {
    const qos = qosFromName(d.name);
    if (qos) {
      const qosPath = joinCg(podRoot, d.name);
      for (const p of dirs(join(hierarchyDir, qosPath))) {
        const uid = podUidFromName(p.name);
        if (uid) addPod(joinCg(qosPath, p.name), uid, qos);
      }
      continue;
    }
    const uid = podUidFromName(d.name);
    if (uid) addPod(joinCg(podRoot, d.name), uid, 'Guaranteed');
  }
  return pods;
}

/**
 * The pod root when --kubepods-cgroup is not given: "/kubepods" (cgroupfs), "/kubepods.slice"
 * (systemd), or one level down for a kubelet run with --cgroup-root (kind: /kubelet.slice/
 * kubelet-kubepods.slice, or /<parent>/kubepods).
 */
export function detectPodRoot(hierarchyDir: string): string | undefined {
  const top = dirs(hierarchyDir);
  const direct = top.find((d) => d.name === 'kubepods' || d.name === 'kubepods.slice');
  if (direct) return `/${direct.name}`;
  for (const d of top) {
    const inner = dirs(join(hierarchyDir, d.name)).find((c) => isPodRootName(c.name));
    if (inner) return `/${d.name}/${inner.name}`;
  }
  return undefined;
}
