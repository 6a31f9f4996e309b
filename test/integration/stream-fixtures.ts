// Shared by the stream tests (not a test itself): a SnapshotSource the test drives, snapshots with
// counters past 2^53, and TLS material written to a temp dir.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NodeSnapshot, SnapshotSource } from '../../agent/model.js';
import { createCA, createClientCert, createServingCert } from '../../common/tls.js';

export const MS = 1_000_000n;
export const BIG = (1n << 60n) + 12_345n;

export class TestSource implements SnapshotSource {
  private readonly listeners = new Set<(s: NodeSnapshot) => void>();
  private last: NodeSnapshot | undefined;
  emitted = 0;
  latest(): NodeSnapshot | undefined { return this.last; }
  subscribe(l: (s: NodeSnapshot) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  emit(s: NodeSnapshot): number {
    this.last = s;
    this.emitted++;
    const started = process.hrtime.bigint();
    for (const l of this.listeners) l(s);
    return Number(process.hrtime.bigint() - started);
  }
}

/**
 * A TestSource that emits `build(now, t0)` at once and then every `everyMs`, with `now` in whole
 * milliseconds (so rates derived from it divide exactly) and `t0` the time it was created.
 */
export class TickingSource extends TestSource {
  readonly t0Ns = BigInt(Date.now()) * MS;
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly build: (nowNs: bigint, t0Ns: bigint) => NodeSnapshot, private readonly everyMs: number) {
    super();
  }
  start(): void {
    const tick = (): void => { this.emit(this.build(BigInt(Date.now()) * MS, this.t0Ns)); };
    tick();
    this.timer = setInterval(tick, this.everyMs);
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

/**
 * A snapshot at wall time `tNs` whose counters grow at exactly `nodeMilli`/`podMilli` millicores
 * from `t0Ns`: the expected rate is known exactly.
 */
export function snapshot(nodeName: string, t0Ns: bigint, tNs: bigint, opts: { nodeMilli?: bigint; podMilli?: bigint; pods?: number } = {}): NodeSnapshot {
  const dt = tNs - t0Ns;
  const nodeUsage = BIG + (dt * (opts.nodeMilli ?? 500n)) / 1000n;
  const podUsage = BIG + (dt * (opts.podMilli ?? 100n)) / 1000n;
  const pods = Array.from({ length: opts.pods ?? 2 }, (_, i) => ({
    uid: `00000000-0000-0000-0000-00000000000${i}`,
    name: `web-${i}`,
    namespace: i % 2 ? 'team-b' : 'team-a',
    labels: { app: 'web', idx: String(i) },
    startTimeNs: t0Ns - 3_600_000n * MS,
    qosClass: 'Burstable' as const,
    cpu: { timeNs: tNs, usageNs: podUsage, nrPeriods: 10n, nrThrottled: 1n, throttledNs: 5n },
    memory: { timeNs: tNs, usageBytes: BIG + 2n, workingSetBytes: BIG + 1n },
    network: { timeNs: tNs, interfaces: [{ name: 'eth0', rxBytes: BIG, rxErrors: 0n, txBytes: 7n, txErrors: 0n }] },
    containers: [{
      id: `c${i}`.padEnd(64, '0'), name: 'app', startTimeNs: t0Ns - 3_600_000n * MS, attempt: 0,
      cpu: { timeNs: tNs, usageNs: podUsage }, memory: { timeNs: tNs, usageBytes: 4096n, workingSetBytes: 2048n },
    }],
  }));
  return {
    collectedNs: tNs,
    node: {
      nodeName, startTimeNs: t0Ns - 86_400_000n * MS, memoryCapacityBytes: 16n << 30n, cpuCapacityMillis: 2000n,
      cpu: { timeNs: tNs, usageNs: nodeUsage }, memory: { timeNs: tNs, usageBytes: 8n << 30n, workingSetBytes: 5n << 30n },
    },
    pods,
    errors: 0,
  };
}

export function helloFor(nodeName: string, bootId = 'boot-1'): {
  nodeName: string; agentVersion: string; bootId: string; capabilities: string[]; agentStartTimeNs: bigint; intervalNs: bigint; nodeLabels: Record<string, string>;
} {
  return {
    nodeName, agentVersion: 'test', bootId, capabilities: ['psi'], agentStartTimeNs: BigInt(Date.now()) * MS, intervalNs: 10_000n * MS,
    nodeLabels: { 'kubernetes.io/hostname': nodeName, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64' },
  };
}

export interface TlsFiles {
  dir: string;
  caFile: string;
  serving: { cert: string; key: string };
  clientCertFile: string;
  clientKeyFile: string;
  tokenFile: string;
  cleanup(): void;
}

/** A CA, a serving cert for the given hosts, a client cert for `node-a`, and a token file. */
export async function tlsFiles(hosts: string[] = ['127.0.0.1', 'localhost']): Promise<TlsFiles> {
  const dir = mkdtempSync(join(tmpdir(), 'kp-stream-'));
  const ca = await createCA('stream-test-ca');
  const serving = await createServingCert(ca, hosts);
  const client = await createClientCert(ca, 'system:node:node-a', ['system:nodes']);
  const caFile = join(dir, 'ca.crt');
  writeFileSync(caFile, ca.cert);
  writeFileSync(join(dir, 'client.crt'), client.cert);
  writeFileSync(join(dir, 'client.key'), client.key);
  writeFileSync(join(dir, 'token'), 'token-one\n');
  return {
    dir, caFile, serving, clientCertFile: join(dir, 'client.crt'), clientKeyFile: join(dir, 'client.key'), tokenFile: join(dir, 'token'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Polls `check` every 20 ms until it returns true or `timeoutMs` passes (bounded: tests never hang). */
export async function until(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
