// The agent's push client: one stream per aggregator address, fed from a SnapshotSource.
// Sampling never waits on it: a snapshot is encoded once and offered to every stream's bounded queue.
import { isLoopbackHost, listenHost } from '../../common/net.js';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { checkServerIdentity } from 'node:tls';
import { arch, platform } from 'node:process';
import * as grpc from '@grpc/grpc-js';
import type { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { createLogger, type Logger } from '../../common/logger.js';
import { fromWire0 } from '../../common/u64.js';
import type { SnapshotSource } from '../model.js';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { encodeHello, encodeSnapshot, type HelloFields } from './encode.js';
import { Peer, type PeerStatus } from './peer.js';
import { resolveTargets, systemLookup, type Lookup, type Target } from './targets.js';

/** The SNI sent to an aggregator given by IP address (see connectParams). */
const IP_TARGET_SNI = 'kubepulse-aggregator';

export interface PushOptions {
  /** `--aggregator`: comma-separated host:port; a name resolving to several addresses means one stream each. */
  aggregator: string;
  source: SnapshotSource;
  hello: HelloFields;
  /** Called when an aggregator's Settings change the resolution (the agent's sampling interval). */
  onResolution?: (resolutionNs: bigint) => void;
  /** PEM CA that signed the aggregator's serving certificate. Required unless `insecure`. */
  caFile?: string;
  /** Client certificate and key for mTLS agent auth. */
  certFile?: string;
  keyFile?: string;
  /** Bearer token, re-read on every connect (the kubelet rotates projected tokens). */
  tokenFile?: string;
  /** Plaintext, for `--agent-auth none` on loopback only. */
  insecure?: boolean;
  /** Samples held per stream while it cannot send; the oldest is dropped beyond this. Default 2. */
  queueSize?: number;
  /** Samples written but not yet acked per stream. Default 2. */
  maxInFlight?: number;
  backoff?: Partial<BackoffOptions>;
  /** How often `--aggregator` names are re-resolved. Default 30 s. */
  resolveIntervalMs?: number;
  keepaliveMs?: number;
  settingsTimeoutMs?: number;
  lookup?: Lookup;
  logger?: Logger;
}

export interface PushClient {
  status(): PeerStatus[];
  /** Re-resolve now (also runs every resolveIntervalMs). */
  refresh(): Promise<void>;
  stop(): void;
}

export async function startPush(opts: PushOptions): Promise<PushClient> {
  const log = (opts.logger ?? createLogger()).child({ component: 'push' });
  if (!opts.insecure && !opts.caFile) throw new Error('push: --ca-file is required for TLS to the aggregator (or --agent-auth none on loopback)');
  const lookup = opts.lookup ?? systemLookup;
  const peers = new Map<string, Peer>();
  let latestBody: Uint8Array | undefined;
  let resolution: bigint | undefined;
  const hello = encodeHello(await completeHello(opts.hello));

  const ctx = {
    async connectParams(target: Target) {
      if (opts.insecure && !isLoopbackHost(listenHost(target.address))) throw new Error(`plaintext is allowed only to loopback, not ${target.address}`);
      const metadata = new grpc.Metadata();
      if (opts.tokenFile) {
        const token = (await readFile(opts.tokenFile, 'utf8')).trim();
        if (token) metadata.set('authorization', `Bearer ${token}`);
      }
      if (opts.insecure) return { credentials: grpc.credentials.createInsecure(), metadata };
      const ca = await readFile(opts.caFile!);
      const key = opts.keyFile ? await readFile(opts.keyFile) : null;
      const cert = opts.certFile ? await readFile(opts.certFile) : null;
      if (!isIP(target.serverName)) return { credentials: grpc.credentials.createSsl(ca, key, cert), metadata };
      // An IP address is not a valid TLS server name (RFC 6066; Node warns, DEP0123), but grpc-js
      // always sends one. Send a fixed name instead (the aggregator has one certificate and ignores
      // SNI) and still verify the certificate against the IP address the agent was given.
      const ip = target.serverName;
      const credentials = grpc.credentials.createSsl(ca, key, cert, { checkServerIdentity: (_name, peer) => checkServerIdentity(ip, peer) });
      return { credentials, metadata, sniName: IP_TARGET_SNI };
    },
    hello: () => hello,
    onSettings(target: Target, s: kubepulse.v1.Settings) {
      const ns = fromWire0(s.resolutionNs);
      if (ns > 0n && ns !== resolution) {
        resolution = ns;
        log.info({ aggregator: target.address, resolutionMs: Number(ns / 1_000_000n) }, 'aggregator sets the sampling interval');
        opts.onResolution?.(ns);
      }
    },
    latest: () => latestBody,
    log,
    backoff: { ...DEFAULT_BACKOFF, ...opts.backoff },
    queueSize: opts.queueSize ?? 2,
    maxInFlight: opts.maxInFlight ?? 2,
    keepaliveMs: opts.keepaliveMs ?? 30_000,
    settingsTimeoutMs: opts.settingsTimeoutMs ?? 15_000,
  };

  let stopped = false;
  async function refresh(): Promise<void> {
    const { targets, errors } = await resolveTargets(opts.aggregator, lookup);
    if (stopped) return;
    for (const e of errors) log.warn({ error: e }, 'cannot resolve aggregator name; keeping current streams');
    // A lookup that failed entirely keeps what we have rather than dropping every stream.
    if (targets.length === 0) return;
    const wanted = new Set(targets.map((t) => t.address));
    for (const [addr, p] of peers) if (!wanted.has(addr)) { p.stop(); peers.delete(addr); log.info({ aggregator: addr }, 'aggregator address gone'); }
    for (const t of targets) {
      if (peers.has(t.address)) continue;
      const p = new Peer(t, ctx);
      peers.set(t.address, p);
      p.start();
    }
  }

  await refresh();
  const timer = setInterval(() => void refresh().catch((e: unknown) => log.warn({ err: e }, 'aggregator refresh failed')), opts.resolveIntervalMs ?? 30_000);
  timer.unref();
  const unsubscribe = opts.source.subscribe((snap) => {
    try {
      latestBody = encodeSnapshot(snap);
    } catch (e) {
      log.warn({ err: e }, 'snapshot could not be encoded; not sent');
      return;
    }
    for (const p of peers.values()) p.offer(latestBody);
  });

  return {
    status: () => [...peers.values()].map((p) => p.status()),
    refresh,
    stop() {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      for (const p of peers.values()) p.stop();
      peers.clear();
    },
  };
}

/** Go's GOARCH names, which is what kubernetes.io/arch carries. */
const GOARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };

/**
 * Fills what the agent knows about itself when the caller left it out: the well-known node labels
 * (the caller's values win) and the boot id, which ingest requires (a missing one would make every
 * stream fail its hello).
 */
async function completeHello(h: HelloFields): Promise<HelloFields> {
  const nodeLabels = {
    'kubernetes.io/hostname': h.nodeName,
    'kubernetes.io/os': platform,
    ...(GOARCH[arch] ? { 'kubernetes.io/arch': GOARCH[arch] } : {}),
    ...h.nodeLabels,
  };
  let bootId = h.bootId;
  if (!bootId) bootId = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => '')).trim() || 'unknown';
  return { ...h, nodeLabels, bootId };
}
