// /proc/<pid>/mountinfo: which cgroup controllers are mounted where. Format (proc(5)):
//   36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
// Fields after the " - " separator are fstype, source and super options; for a v1 cgroup mount
// the super options name its controllers ("rw,cpu", "rw,cpu,cpuacct", "rw,name=systemd").
import { MalformedError } from './parse.js';

export interface MountEntry {
  root: string;
  mountPoint: string;
  fsType: string;
  superOptions: string[];
}

/** Undo the octal escapes the kernel uses for spaces and such in paths ("\040"). */
function unescape(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));
}

export function parseMountinfo(text: string): MountEntry[] {
  const out: MountEntry[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const sep = line.indexOf(' - ');
    if (sep < 0) throw new MalformedError(`mountinfo: no " - " separator in ${JSON.stringify(line.slice(0, 80))}`);
    const pre = line.slice(0, sep).split(' ');
    const post = line.slice(sep + 3).split(' ');
    if (pre.length < 6 || post.length < 3) throw new MalformedError(`mountinfo: too few fields in ${JSON.stringify(line.slice(0, 80))}`);
    out.push({ root: unescape(pre[3]), mountPoint: unescape(pre[4]), fsType: post[0], superOptions: post[2].split(',') });
  }
  return out;
}

export const V1_CONTROLLERS = ['cpu', 'cpuacct', 'memory', 'pids'] as const;
export type V1Controller = (typeof V1_CONTROLLERS)[number];

/** Mount points of the v1 controllers we read, from mountinfo entries of fstype "cgroup". */
export function v1ControllerMounts(entries: MountEntry[]): Partial<Record<V1Controller, string>> {
  const out: Partial<Record<V1Controller, string>> = {};
  for (const e of entries) {
    if (e.fsType !== 'cgroup') continue;
    for (const c of V1_CONTROLLERS) if (e.superOptions.includes(c) && !out[c]) out[c] = e.mountPoint;
  }
  return out;
}
