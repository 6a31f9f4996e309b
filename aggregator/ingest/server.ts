// The aggregator's gRPC ingest: one bidirectional stream per agent. Each stream authenticates,
// says hello, gets Settings, then sends samples that are validated, stored and acked one by one.
// A bad stream is closed with a gRPC status; nothing it does reaches another stream.
import { X509Certificate, randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import type { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { systemClock, type Clock } from '../../common/clock.js';
import { createLogger, type Logger } from '../../common/logger.js';
import { toWire } from '../../common/u64.js';
import { KUBEPULSE_VERSION } from '../../common/version.js';
import { AgentAuthError, type AgentAuthenticator, type AgentIdentity } from '../auth/types.js';
import type { StoreWriter } from '../store/input.js';
import { DEFAULT_LIMITS, type IngestLimits } from './limits.js';
import { ingestService, type AgentMessage, type AggregatorMessage } from './service.js';
import { Invalid, validateHello, validateSample } from './validate.js';
import { releaseGrpcDecoderChunks } from './grpc-decoder-release.js';
import { isLoopbackHost } from '../../common/net.js';

export interface IngestTls {
  /** PEM serving certificate (chain) and key. */
  cert: string | Buffer;
  key: string | Buffer;
  /**
   * PEM CA for agent client certificates (`--agent-auth mtls`). When set, every agent must present a
   * certificate signed by it (grpc-js can only ask for client certificates by requiring them).
   */
  clientCa?: string | Buffer;
}

export interface IngestOptions {
  /** "host:port"; ":10444" means every address. Port 0 picks a free port. */
  listen: string;
  /** Without TLS the listener must be loopback (`--agent-auth none` in `kubepulse up` and tests). */
  tls?: IngestTls;
  /** The metric resolution sent to agents as Settings.resolution_ns. */
  resolutionNs: bigint;
  limits?: Partial<IngestLimits>;
  replicaId?: string;
  clock?: Clock;
  logger?: Logger;
}

export interface IngestStats {
  streamsOpen: number;
  streamsAccepted: number;
  streamsRejected: number;
  samplesAccepted: number;
  samplesRejected: number;
  podsRejected: number;
  /** Monotonic ns of the newest stored sample (0 before any): /livez uses it to spot a stalled ingest. */
  lastSampleMonoNs: bigint;
}

export interface Ingest {
  /** "host:port" actually bound. */
  readonly address: string;
  readonly port: number;
  readonly stats: Readonly<IngestStats>;
  readonly limits: Readonly<IngestLimits>;
  /** Change the resolution and push new Settings to every open stream. */
  setResolution(ns: bigint): void;
  /** Closes every stream (UNAVAILABLE, so agents reconnect elsewhere) and the listener. */
  stop(): Promise<void>;
}

interface StreamState {
  call: grpc.ServerDuplexStream<AgentMessage, AggregatorMessage>;
  peer: string;
  identity?: AgentIdentity;
  node?: string;
  key?: string;
  lastSampleMono?: bigint;
  violations: number;
  closed: boolean;
}

function splitListen(listen: string): { host: string; port: number } {
  const i = listen.lastIndexOf(':');
  if (i < 0) throw new Error(`--grpc-listen ${listen}: expected host:port`);
  let host = listen.slice(0, i);
  const port = Number(listen.slice(i + 1));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--grpc-listen ${listen}: bad port`);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return { host, port };
}

export async function startIngest(options: IngestOptions, store: StoreWriter, agentAuth: AgentAuthenticator): Promise<Ingest> {
  const limits: IngestLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const clock = options.clock ?? systemClock;
  const log = options.logger ?? createLogger();
  const replicaId = options.replicaId ?? randomUUID();
  let resolutionNs = options.resolutionNs;
  // Streams must not pin their last sample's HTTP/2 chunks for 15 s (see grpc-decoder-release.ts).
  if (!releaseGrpcDecoderChunks()) log.warn('grpc-js stream decoder not as expected: each stream keeps its last message\'s chunks until the next one');
  const { host, port } = splitListen(options.listen);
  const bindHost = host === '' ? '0.0.0.0' : host;
  if (!options.tls && !isLoopbackHost(bindHost)) {
    throw new Error(`refusing plaintext gRPC ingest on ${options.listen}: without TLS it may only listen on loopback`);
  }

  const stats: IngestStats = {
    streamsOpen: 0, streamsAccepted: 0, streamsRejected: 0, samplesAccepted: 0, samplesRejected: 0, podsRejected: 0, lastSampleMonoNs: 0n,
  };
  const streams = new Set<StreamState>();
  const byNode = new Map<string, StreamState[]>();

  const settings = (): kubepulse.v1.ISettings => ({
    resolutionNs: toWire(resolutionNs),
    maxPods: limits.maxPods,
    maxContainersPerPod: limits.maxContainersPerPod,
    maxMessageBytes: limits.maxMessageBytes,
    aggregatorVersion: KUBEPULSE_VERSION,
    replicaId,
  });

  function close(s: StreamState, code: grpc.status, details: string): void {
    if (s.closed) return;
    s.closed = true;
    forget(s);
    // Shutdown closes every stream with UNAVAILABLE: one line for the server, not one per agent.
    if (code !== grpc.status.OK && code !== grpc.status.UNAVAILABLE) log.warn({ peer: s.peer, node: s.node, code: grpc.status[code], details }, 'ingest stream closed');
    s.call.emit('error', { code, details });
  }

  function forget(s: StreamState): void {
    if (!streams.delete(s)) return;
    stats.streamsOpen--;
    if (s.key) {
      const list = (byNode.get(s.key) ?? []).filter((x) => x !== s);
      if (list.length) byNode.set(s.key, list); else byNode.delete(s.key);
    }
  }

  async function authenticate(s: StreamState): Promise<void> {
    const auth = s.call.getAuthContext();
    const raw = auth.sslPeerCertificate?.raw;
    const header = s.call.metadata.get('authorization')[0];
    const token = typeof header === 'string' && /^bearer /i.test(header) ? header.slice(7).trim() : undefined;
    s.identity = await agentAuth.authenticate({
      ...(token ? { token } : {}),
      ...(raw ? { peerCertificate: new X509Certificate(raw) } : {}),
      peerAddress: s.peer,
    });
  }

  function onHello(s: StreamState, msg: AgentMessage): void {
    if (!msg.hello) throw new StreamError(grpc.status.FAILED_PRECONDITION, 'the first message on a stream must be a hello');
    let v;
    try { v = validateHello(msg.hello, limits); } catch (e) {
      if (e instanceof Invalid) throw new StreamError(grpc.status.INVALID_ARGUMENT, e.message);
      throw e;
    }
    const id = s.identity!;
    if (id.nodeName !== null && id.nodeName !== v.nodeName) {
      throw new StreamError(grpc.status.PERMISSION_DENIED, `identity ${id.subject} may report node ${id.nodeName}, not ${v.nodeName}`);
    }
    s.node = v.nodeName;
    s.key = `${id.subject}\u0000${v.nodeName}`;
    const list = byNode.get(s.key) ?? [];
    list.push(s);
    byNode.set(s.key, list);
    // A restarted agent's old stream may linger until keepalive notices; the newest one wins.
    // close() rebuilds the node's list, so pick the victims first.
    for (const old of list.slice(0, Math.max(0, list.length - limits.maxStreamsPerNode))) {
      close(old, grpc.status.ABORTED, `replaced by a newer stream for node ${v.nodeName}`);
    }
    store.hello(v.nodeName, v.hello);
    s.call.write({ settings: settings() });
    log.info({ node: v.nodeName, peer: s.peer, subject: id.subject, agentVersion: msg.hello.agentVersion }, 'agent stream open');
  }

  function onSample(s: StreamState, msg: AgentMessage): void {
    if (msg.hello) throw new StreamError(grpc.status.FAILED_PRECONDITION, 'hello may be sent only once per stream');
    if (!msg.sample) throw new StreamError(grpc.status.INVALID_ARGUMENT, 'empty message');
    // WireReader gives a number, or a bigint past 2^53, which the encoder takes only as a Long.
    const wireSeq: unknown = msg.sample.sequence ?? 0;
    const seq = typeof wireSeq === 'bigint' ? toWire(wireSeq) : msg.sample.sequence ?? 0;
    const now = clock.monoNs();
    const ack: kubepulse.v1.IAck = { sequence: seq, receivedUnixNano: toWire(clock.nowNs(), true) };
    if (s.lastSampleMono !== undefined && now - s.lastSampleMono < limits.minSampleIntervalNs) {
      stats.samplesRejected++;
      if (++s.violations >= limits.maxRateViolations) {
        throw new StreamError(grpc.status.RESOURCE_EXHAUSTED, `samples arrive faster than one per ${limits.minSampleIntervalNs / 1_000_000n} ms`);
      }
      ack.podsRejected = msg.sample.pods?.length ?? 0;
      ack.warnings = [`sample not stored: faster than one per ${limits.minSampleIntervalNs / 1_000_000n} ms`];
      s.call.write({ ack });
      return;
    }
    s.violations = 0;
    let v;
    try { v = validateSample(msg.sample, clock.nowNs(), limits); } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      stats.samplesRejected++;
      ack.podsRejected = msg.sample.pods?.length ?? 0;
      ack.warnings = [`sample rejected: ${e.message}`];
      s.call.write({ ack });
      return;
    }
    s.lastSampleMono = now;
    const r = store.record(s.node!, v.sample);
    stats.samplesAccepted++;
    stats.podsRejected += v.podsRejected;
    stats.lastSampleMonoNs = now;
    if (r.resets > 0) v.warnings.push(`${r.resets} counters went down or changed identity: treated as restarts`);
    if (r.stale > 0) v.warnings.push(`${r.stale} blocks not newer than the held ones: ignored`);
    ack.podsAccepted = v.sample.pods.length;
    ack.podsRejected = v.podsRejected;
    ack.warnings = v.warnings;
    s.call.write({ ack });
  }

  function handle(call: grpc.ServerDuplexStream<AgentMessage, AggregatorMessage>): void {
    const s: StreamState = { call, peer: call.getPeer(), violations: 0, closed: false };
    if (streams.size >= limits.maxStreams) {
      stats.streamsRejected++;
      s.closed = true;
      call.emit('error', { code: grpc.status.RESOURCE_EXHAUSTED, details: `too many streams (limit ${limits.maxStreams})` });
      return;
    }
    streams.add(s);
    stats.streamsOpen++;
    stats.streamsAccepted++;
    const helloTimer = setTimeout(() => close(s, grpc.status.DEADLINE_EXCEEDED, `no hello within ${limits.helloTimeoutMs} ms`), limits.helloTimeoutMs);
    helloTimer.unref();
    // Messages are handled strictly in order, after authentication, on one promise chain.
    let chain = authenticate(s);
    const fail = (e: unknown): void => {
      if (e instanceof StreamError) close(s, e.code, e.message);
      else if (e instanceof AgentAuthError) { stats.streamsRejected++; close(s, e.code, e.message); }
      else { log.error({ err: e, peer: s.peer }, 'ingest stream failed'); close(s, grpc.status.INTERNAL, 'internal error'); }
    };
    chain.catch(fail);
    call.on('data', (msg: AgentMessage) => {
      chain = chain.then(() => {
        if (s.closed) return;
        if (s.node === undefined) { onHello(s, msg); clearTimeout(helloTimer); } else onSample(s, msg);
      });
      chain.catch(fail);
    });
    const gone = (): void => { clearTimeout(helloTimer); if (!s.closed) { s.closed = true; forget(s); } };
    call.on('end', () => { gone(); call.end(); });
    call.on('cancelled', gone);
    call.on('close', gone);
    call.on('error', gone);
  }

  const server = new grpc.Server({
    'grpc.max_receive_message_length': limits.maxMessageBytes,
    'grpc.keepalive_time_ms': 60_000,
    'grpc.keepalive_timeout_ms': 20_000,
    'grpc.max_concurrent_streams': 100,
    // Agents ping every 30 s so a dead aggregator is noticed; allow that.
    'grpc.http2.min_ping_interval_without_data_ms': 10_000,
  });
  server.addService(ingestService, { stream: handle });
  const creds = options.tls
    ? grpc.ServerCredentials.createSsl(
      options.tls.clientCa ? Buffer.from(options.tls.clientCa) : null,
      [{ cert_chain: Buffer.from(options.tls.cert), private_key: Buffer.from(options.tls.key) }],
      Boolean(options.tls.clientCa))
    : grpc.ServerCredentials.createInsecure();
  const target = `${isIP(bindHost) === 6 ? `[${bindHost}]` : bindHost}:${port}`;
  const bound = await new Promise<number>((resolve, reject) => server.bindAsync(target, creds, (err, p) => (err ? reject(err) : resolve(p))));
  const address = `${isIP(bindHost) === 6 ? `[${bindHost}]` : bindHost}:${bound}`;
  log.info({ address, tls: Boolean(options.tls), resolutionNs: String(resolutionNs) }, 'gRPC ingest listening');

  return {
    address,
    port: bound,
    stats,
    limits,
    setResolution(ns: bigint): void {
      resolutionNs = ns;
      for (const s of streams) if (s.node !== undefined && !s.closed) s.call.write({ settings: settings() });
    },
    async stop(): Promise<void> {
      for (const s of [...streams]) close(s, grpc.status.UNAVAILABLE, 'aggregator shutting down');
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => { server.forceShutdown(); resolve(); }, 2000);
        server.tryShutdown(() => { clearTimeout(t); resolve(); });
      });
    },
  };
}

class StreamError extends Error {
  constructor(readonly code: grpc.status, message: string) { super(message); }
}
