// One stream to one aggregator address. It reconnects on its own with backoff; samples are
// offered to it and never waited for: a bounded queue keeps the newest (counters are cumulative,
// so the newest sample alone restores the rate) and drops the oldest.
import * as grpc from '@grpc/grpc-js';
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { fromWire0 } from '../../common/u64.js';
import type { Logger } from '../../common/logger.js';
import { OnceLogger } from '../../common/logger.js';
import { Backoff, type BackoffOptions } from './backoff.js';
import { frameSample } from './encode.js';
import type { Target } from './targets.js';

const METHOD = '/kubepulse.v1.Ingest/Stream';

export interface ConnectParams {
  credentials: grpc.ChannelCredentials;
  metadata: grpc.Metadata;
  /** TLS SNI when it must differ from the target's server name (an IP address may not be one). */
  sniName?: string;
}

export interface PeerContext {
  /** Builds credentials and call metadata afresh for every connect (files may have rotated). */
  connectParams(target: Target): Promise<ConnectParams>;
  hello(): Buffer;
  onSettings(target: Target, s: kubepulse.v1.Settings): void;
  /** The newest encoded snapshot, sent first when a stream opens so the rate comes back quickly. */
  latest(): Uint8Array | undefined;
  log: Logger;
  backoff: BackoffOptions;
  queueSize: number;
  maxInFlight: number;
  keepaliveMs: number;
  settingsTimeoutMs: number;
}

export type PeerState = 'connecting' | 'open' | 'backoff' | 'stopped';

export interface PeerStatus {
  address: string;
  state: PeerState;
  /** Streams that reached Settings. */
  opens: number;
  failures: number;
  sent: number;
  acked: number;
  /** Samples dropped because the queue was full (the aggregator was slow or absent). */
  dropped: number;
  queued: number;
  /** Delays chosen for every reconnect so far, newest last (bounded). */
  delaysMs: number[];
  lastError?: string;
  replicaId?: string;
}

export class Peer {
  private state: PeerState = 'connecting';
  private client: grpc.Client | undefined;
  private call: grpc.ClientDuplexStream<Buffer, kubepulse.v1.AggregatorMessage> | undefined;
  private readonly queue: Uint8Array[] = [];
  private readonly backoff: Backoff;
  private readonly once: OnceLogger;
  private timer: NodeJS.Timeout | undefined;
  private seq = 0n;
  private inFlight = 0;
  private waitingDrain = false;
  private readonly st: Omit<PeerStatus, 'address' | 'state' | 'queued'> = { opens: 0, failures: 0, sent: 0, acked: 0, dropped: 0, delaysMs: [] };

  constructor(readonly target: Target, private readonly ctx: PeerContext) {
    this.backoff = new Backoff(ctx.backoff);
    this.once = new OnceLogger(ctx.log);
  }

  start(): void { void this.connect(); }

  /** Never blocks: enqueue, drop the oldest beyond the bound, and write what the stream takes. */
  offer(body: Uint8Array): void {
    if (this.state === 'stopped') return;
    this.queue.push(body);
    while (this.queue.length > this.ctx.queueSize) { this.queue.shift(); this.st.dropped++; }
    this.pump();
  }

  status(): PeerStatus {
    return { address: this.target.address, state: this.state, queued: this.queue.length, ...this.st, delaysMs: [...this.st.delaysMs] };
  }

  stop(): void {
    this.state = 'stopped';
    clearTimeout(this.timer);
    this.teardown();
  }

  private async connect(): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'connecting';
    let params: ConnectParams;
    try {
      params = await this.ctx.connectParams(this.target);
    } catch (e) {
      this.fail(`credentials: ${(e as Error).message}`);
      return;
    }
    if (this.state !== 'connecting') return;
    const client = new grpc.Client(this.target.address, params.credentials, {
      'grpc.ssl_target_name_override': params.sniName ?? this.target.serverName,
      'grpc.default_authority': this.target.serverName,
      'grpc.keepalive_time_ms': this.ctx.keepaliveMs,
      'grpc.keepalive_timeout_ms': 10_000,
      'grpc.keepalive_permit_without_calls': 1,
    });
    this.client = client;
    const call = client.makeBidiStreamRequest(METHOD, (b: Buffer) => b, (b: Buffer) => kubepulse.v1.AggregatorMessage.decode(b), params.metadata);
    this.call = call;
    let accepted = false;
    const settingsTimer = setTimeout(() => this.fail(`no Settings within ${this.ctx.settingsTimeoutMs} ms`, call), this.ctx.settingsTimeoutMs);
    call.on('data', (m: kubepulse.v1.AggregatorMessage) => {
      if (call !== this.call) return;
      if (m.settings) {
        this.st.replicaId = m.settings.replicaId ?? '';
        this.ctx.onSettings(this.target, m.settings as kubepulse.v1.Settings);
        if (!accepted) {
          accepted = true;
          clearTimeout(settingsTimer);
          this.state = 'open';
          this.st.opens++;
          this.backoff.reset();
          this.once.clear('down');
          this.ctx.log.info({ aggregator: this.target.address, replica: m.settings.replicaId }, 'stream to aggregator open');
          const latest = this.ctx.latest();
          if (this.queue.length === 0 && latest) this.queue.push(latest);
          this.pump();
        }
      } else if (m.ack) {
        this.st.acked++;
        this.inFlight = Math.max(0, this.inFlight - 1);
        for (const w of m.ack.warnings ?? []) this.once.warn(`ack:${w}`, { aggregator: this.target.address, sequence: String(fromWire0(m.ack.sequence)) }, `aggregator: ${w}`);
        this.pump();
      }
    });
    call.on('error', (e: grpc.ServiceError) => { clearTimeout(settingsTimer); this.fail(`${grpc.status[e.code] ?? e.code}: ${e.details || e.message}`, call); });
    call.on('end', () => { clearTimeout(settingsTimer); this.fail('stream ended by the aggregator', call); });
    call.write(this.ctx.hello());
  }

  private pump(): void {
    const call = this.call;
    if (this.state !== 'open' || !call || this.waitingDrain) return;
    while (this.queue.length > 0 && this.inFlight < this.ctx.maxInFlight) {
      const body = this.queue.shift()!;
      this.inFlight++;
      this.st.sent++;
      if (!call.write(frameSample(body, ++this.seq))) {
        this.waitingDrain = true;
        call.once('drain', () => { this.waitingDrain = false; this.pump(); });
        return;
      }
    }
  }

  private fail(reason: string, call?: grpc.ClientDuplexStream<Buffer, kubepulse.v1.AggregatorMessage>): void {
    if (call && call !== this.call) return;
    if (this.state === 'stopped') return;
    this.st.failures++;
    this.st.lastError = reason;
    this.once.warn('down', { aggregator: this.target.address, reason }, 'stream to aggregator lost; reconnecting with backoff');
    this.teardown();
    const delay = this.backoff.next();
    this.st.delaysMs.push(delay);
    if (this.st.delaysMs.length > 50) this.st.delaysMs.shift();
    this.state = 'backoff';
    this.timer = setTimeout(() => void this.connect(), delay);
  }

  private teardown(): void {
    const call = this.call, client = this.client;
    this.call = undefined;
    this.client = undefined;
    this.inFlight = 0;
    this.waitingDrain = false;
    this.seq = 0n;
    if (call) { call.removeAllListeners('data'); call.on('error', () => {}); call.cancel(); }
    client?.close();
  }
}
