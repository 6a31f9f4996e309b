// Which cgroup layout this host has, and where each hierarchy we read lives under --cgroup-root.
// The filesystem magic is the authority (as runc's IsCgroup2UnifiedMode does); when --cgroup-root is
// not a cgroup filesystem at all (a fixture tree in a test, a copy) the files present decide.
import { existsSync, readFileSync, statfsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseMountinfo, v1ControllerMounts, V1_CONTROLLERS, type V1Controller } from './mountinfo.js';

export const CGROUP2_SUPER_MAGIC = 0x63677270;
export const CGROUP_SUPER_MAGIC = 0x27e0eb;

export type CgroupMode = 'v1' | 'v2' | 'hybrid';

export interface CgroupLayout {
  mode: CgroupMode;
  /** v2 and hybrid: the unified hierarchy's root directory. */
  unifiedRoot?: string;
  /** v1 and hybrid: each controller's hierarchy root; a missing one means "not mounted". */
  controllers: Partial<Record<V1Controller, string>>;
}

function fsType(path: string): number | undefined {
  try {
    return statfsSync(path).type;
  } catch {
    return undefined;
  }
}

/**
 * Where a v1 controller's hierarchy is under cgroupRoot. Mountinfo tells which mount carries the
 * controller (here cpu and cpuacct are separate mounts; usually they share "cpu,cpuacct"); when the
 * host tree is mounted elsewhere (a container with /sys/fs/cgroup at /host/cgroup), the mount's base
 * name is looked up under cgroupRoot instead.
 */
function findController(cgroupRoot: string, c: V1Controller, mounted: string | undefined, probe: string): string | undefined {
  const candidates: string[] = [];
  if (mounted) {
    if (mounted.startsWith(cgroupRoot + '/')) candidates.push(mounted);
    candidates.push(join(cgroupRoot, basename(mounted)));
  }
  candidates.push(join(cgroupRoot, c));
  if (c === 'cpu' || c === 'cpuacct') candidates.push(join(cgroupRoot, 'cpu,cpuacct'), join(cgroupRoot, 'cpuacct,cpu'));
  return candidates.find((dir) => existsSync(join(dir, probe)));
}

const PROBE: Record<V1Controller, string> = {
  cpu: 'cpu.shares', cpuacct: 'cpuacct.usage', memory: 'memory.usage_in_bytes', pids: 'cgroup.procs',
};

export function detectLayout(cgroupRoot: string, procRoot: string): CgroupLayout {
  const rootType = fsType(cgroupRoot);
  const unifiedDir = join(cgroupRoot, 'unified');
  if (rootType === CGROUP2_SUPER_MAGIC || (rootType !== CGROUP_SUPER_MAGIC && existsSync(join(cgroupRoot, 'cgroup.controllers')))) {
    return { mode: 'v2', unifiedRoot: cgroupRoot, controllers: {} };
  }
  let mounted: Partial<Record<V1Controller, string>> = {};
  try {
    mounted = v1ControllerMounts(parseMountinfo(readFileSync(join(procRoot, 'self', 'mountinfo'), 'latin1')));
  } catch {
    // No mountinfo (a fixture procRoot): fall back to the conventional directory names.
  }
  const controllers: Partial<Record<V1Controller, string>> = {};
  for (const c of V1_CONTROLLERS) {
    const dir = findController(cgroupRoot, c, mounted[c], PROBE[c]);
    if (dir) controllers[c] = dir;
  }
  const unifiedType = fsType(unifiedDir);
  const hybrid = unifiedType === CGROUP2_SUPER_MAGIC || (unifiedType !== undefined && existsSync(join(unifiedDir, 'cgroup.controllers')));
  return hybrid ? { mode: 'hybrid', unifiedRoot: unifiedDir, controllers } : { mode: 'v1', controllers };
}
