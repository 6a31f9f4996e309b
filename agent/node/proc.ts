// Parsers for the /proc files the node stats come from, in the kernel's formats (proc(5)).
import { MalformedError } from '../cgroup/parse.js';
import type { InterfaceReading } from '../model.js';

/** /proc/meminfo values in bytes ("MemTotal:       16314372 kB"). Only the keys asked for. */
export function meminfoBytes(text: string, key: string): bigint | undefined {
  let at = 0;
  if (!text.startsWith(`${key}:`)) {
    const i = text.indexOf(`\n${key}:`);
    if (i < 0) return undefined;
    at = i + 1;
  }
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const m = /^[^:]+:\s+(\d+)(?: kB)?$/.exec(text.slice(at, end));
  if (!m) throw new MalformedError(`meminfo: malformed ${key} line`);
  return text.slice(at, end).endsWith(' kB') ? BigInt(m[1]) * 1024n : BigInt(m[1]);
}

/** Boot time from /proc/stat's "btime <unix seconds>" line, in Unix ns. */
export function bootTimeNs(statText: string): bigint {
  const m = /(?:^|\n)btime (\d+)\n?/.exec(statText);
  if (!m) throw new MalformedError('/proc/stat: no btime line');
  return BigInt(m[1]) * 1_000_000_000n;
}

/** Interfaces that are not the node's own traffic, as cAdvisor ignores them. */
const IGNORED_PREFIXES = ['lo', 'veth', 'docker', 'nerdctl'];

/** /proc/net/dev: per-interface cumulative counters (two header lines, then "name: 16 numbers"). */
export function parseNetDev(text: string, skipIgnored = true): InterfaceReading[] {
  const out: InterfaceReading[] = [];
  const lines = text.split('\n');
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0) throw new MalformedError(`/proc/net/dev: no ":" in line ${i + 1}`);
    const name = line.slice(0, colon).trim();
    // Before the counters are split: a node has one veth per pod, read every cycle for nothing.
    if (skipIgnored && IGNORED_PREFIXES.some((p) => name.startsWith(p))) continue;
    const f = line.slice(colon + 1).trim().split(/\s+/);
    if (f.length < 16 || !f.every((x) => /^\d+$/.test(x))) throw new MalformedError(`/proc/net/dev: malformed counters for ${name}`);
    out.push({ name, rxBytes: BigInt(f[0]), rxErrors: BigInt(f[2]), txBytes: BigInt(f[8]), txErrors: BigInt(f[10]) });
  }
  return out;
}

/** Total scheduling entities (threads) from /proc/loadavg's 4th field "running/total". */
export function loadavgTotal(text: string): bigint {
  const m = /^\S+ \S+ \S+ \d+\/(\d+) \d+/.exec(text);
  if (!m) throw new MalformedError('/proc/loadavg: unexpected format');
  return BigInt(m[1]);
}

/** The kubelet's rlimit.maxpid: pid_max, lowered to threads-max when that is smaller. */
export function maxPid(pidMaxText: string, threadsMaxText?: string): bigint {
  const parse = (s: string, what: string): bigint => {
    const t = s.trim();
    if (!/^\d+$/.test(t)) throw new MalformedError(`${what}: expected an integer`);
    return BigInt(t);
  };
  const pidMax = parse(pidMaxText, 'pid_max');
  if (threadsMaxText === undefined) return pidMax;
  const threads = parse(threadsMaxText, 'threads-max');
  return threads < pidMax ? threads : pidMax;
}

/** The boot id (a uuid with a trailing newline). */
export function parseBootId(text: string): string {
  const t = text.trim();
  if (!/^[0-9a-f-]{36}$/.test(t)) throw new MalformedError('boot_id: not a uuid');
  return t;
}
