// Test cgroup trees across every mounted hierarchy (v1 controllers, the named systemd one, and a v2
// or hybrid "unified" mount): kill what runs inside, then remove the directories bottom-up.
import { readFile, readdir, rmdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Mount points of every cgroup and cgroup2 filesystem, from /proc/self/mountinfo. */
export async function cgroupMounts(): Promise<string[]> {
  const text = await readFile('/proc/self/mountinfo', 'utf8');
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const dash = line.indexOf(' - ');
    if (dash < 0) continue;
    const fstype = line.slice(dash + 3).split(' ')[0];
    if (fstype === 'cgroup' || fstype === 'cgroup2') out.push(line.split(' ')[4]);
  }
  return out;
}

async function subdirs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => join(dir, d.name));
  } catch {
    return [];
  }
}

/** PIDs in a cgroup directory and below. */
export async function pidsUnder(dir: string): Promise<number[]> {
  const pids: number[] = [];
  try {
    for (const l of (await readFile(join(dir, 'cgroup.procs'), 'utf8')).split('\n')) if (l) pids.push(Number(l));
  } catch { /* gone */ }
  for (const d of await subdirs(dir)) pids.push(...await pidsUnder(d));
  return pids;
}

async function removeTree(dir: string): Promise<void> {
  for (const d of await subdirs(dir)) await removeTree(d);
  for (let i = 0; i < 20; i++) {
    try {
      await rmdir(dir);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      // EBUSY: a killed process has not left the cgroup yet.
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/**
 * Kills (SIGKILL) every process under `relPath` in any hierarchy and removes the directories.
 * Only for trees a test created: everything inside is the test's own.
 */
export async function destroyCgroupTree(relPath: string): Promise<void> {
  if (!relPath.startsWith('/') || relPath === '/' || relPath.includes('..')) throw new Error(`refusing to remove cgroup ${relPath}`);
  const mounts = await cgroupMounts();
  for (let round = 0; round < 3; round++) {
    const pids = new Set<number>();
    for (const m of mounts) for (const p of await pidsUnder(join(m, relPath))) pids.add(p);
    if (pids.size === 0) break;
    for (const p of pids) {
      try { process.kill(p, 'SIGKILL'); } catch { /* exited */ }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const m of mounts) await removeTree(join(m, relPath));
}
