// Finding the node's CRI socket when --cri-endpoint is not given, in the order the kubelet's
// usual configurations use them. A socket that exists but does not answer is still remembered
// as a fallback: the runtime may be starting.
import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CriClient } from './client.js';

export const KNOWN_CRI_SOCKETS: readonly string[] = [
  '/run/containerd/containerd.sock',
  '/var/run/containerd/containerd.sock',
  // k3s and rke2 run their own containerd here.
  '/run/k3s/containerd/containerd.sock',
  '/var/snap/microk8s/common/run/containerd.sock',
  '/run/crio/crio.sock',
  '/var/run/crio/crio.sock',
  '/run/cri-dockerd.sock',
  '/var/run/cri-dockerd.sock',
];

export interface DetectOptions {
  /** Prefix for every candidate, e.g. `/host` when the host's /run is mounted there. */
  root?: string;
  candidates?: readonly string[];
  /** Version call deadline per candidate. */
  timeoutMs?: number;
}

export interface DetectedEndpoint {
  endpoint: string;
  /** The runtime answered Version. */
  answered: boolean;
  runtimeName?: string;
  runtimeVersion?: string;
}

async function isSocket(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isSocket();
  } catch {
    return false;
  }
}

/** The first candidate socket whose runtime answers; else the first that exists; else null. */
export async function detectCriEndpoint(options: DetectOptions = {}): Promise<DetectedEndpoint | null> {
  const root = options.root ?? '';
  let fallback: DetectedEndpoint | null = null;
  const seen = new Set<string>();
  for (const c of options.candidates ?? KNOWN_CRI_SOCKETS) {
    const path = root ? join(root, c) : c;
    if (!(await isSocket(path))) continue;
    // /var/run is usually a link to /run: ask each real socket once.
    const real = await realpath(path).catch(() => path);
    if (seen.has(real)) continue;
    seen.add(real);
    const endpoint = `unix://${path}`;
    const client = new CriClient(endpoint, { timeoutMs: options.timeoutMs ?? 1000 });
    try {
      const v = await client.version();
      return { endpoint, answered: true, runtimeName: v.runtimeName, runtimeVersion: v.runtimeVersion };
    } catch {
      fallback ??= { endpoint, answered: false };
    } finally {
      client.close();
    }
  }
  return fallback;
}
