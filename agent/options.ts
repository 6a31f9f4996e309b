// Everything `kubepulse agent` (and `kubepulse up`, which runs an agent in-process) can be told.
import { hostname } from 'node:os';
import type { NativeReadsMode } from './cgroup/reader.js';
import type { PsiMode } from './cgroup/stats.js';

export interface AgentOptions {
  nodeName: string;
  cgroupRoot: string;
  procRoot: string;
  /** Pod root as a cgroup path from the hierarchy's root; detected when absent. */
  kubepodsCgroup?: string;
  /** host:port for the HTTP endpoints; port 0 picks a free port (see RunningAgent.port). */
  listen: string;
  /** Collection interval until (and unless) the aggregator sends its resolution. */
  intervalMs: number;
  /** True when --interval was given: the aggregator's resolution then does not override it. */
  intervalExplicit: boolean;
  /** Filesystem reported as the node's "fs" in the Summary. */
  fsPath: string;
  /** Pressure (PSI) files: auto = on cgroup v2 only, as the kubelet. */
  psi: PsiMode;
  /** Cgroup file reads through the native addon: auto = when it was built; on = refuse to start without it; off. */
  nativeReads: NativeReadsMode;
  criEndpoint?: string;
  /** Aggregator replicas (host:port), or one DNS name resolving to all of them. */
  aggregators: string[];
  tokenFile?: string;
  caFile?: string;
}

export const DEFAULT_LISTEN = '127.0.0.1:10265';
export const DEFAULT_INTERVAL_MS = 10_000;

export function defaultAgentOptions(overrides: Partial<AgentOptions> = {}): AgentOptions {
  return {
    nodeName: hostname(),
    cgroupRoot: '/sys/fs/cgroup',
    procRoot: '/proc',
    listen: DEFAULT_LISTEN,
    intervalMs: DEFAULT_INTERVAL_MS,
    intervalExplicit: false,
    fsPath: '/',
    psi: 'auto',
    nativeReads: 'auto',
    aggregators: [],
    ...overrides,
  };
}

/** "127.0.0.1:10265", "[::1]:0", "localhost:8080" → host and port. A bare ":port" means loopback. */
export function parseListen(listen: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(listen.trim());
  if (!m) throw new RangeError(`--listen must be host:port (e.g. 127.0.0.1:10265), got ${JSON.stringify(listen)}`);
  const port = Number(m[3]);
  if (port > 65535) throw new RangeError(`--listen port out of range: ${port}`);
  const host = m[1] ?? m[2] ?? '';
  return { host: host === '' ? '127.0.0.1' : host, port };
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A Go-style duration ("10s", "500ms", "1m30s") or plain seconds ("15") → milliseconds. */
export function parseDurationMs(text: string): number {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let end = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    total += Number(m[1]) * UNITS[m[2]];
    end = re.lastIndex;
  }
  if (end !== t.length || t.length === 0) throw new RangeError(`invalid duration ${JSON.stringify(text)} (use e.g. 10s, 500ms, 1m)`);
  return Math.round(total);
}
