// Composition of the aggregator: gRPC ingest → store → HTTPS API. Nothing global, so tests and
// `kubepulse up` can run several in one process.
import { Counter, Gauge, Registry } from 'prom-client';
import { systemClock, type Clock } from '../common/clock.js';
import { createLogger, type Logger } from '../common/logger.js';
import type { AgentAuthenticator } from './auth/types.js';
import { startIngest, type Ingest, type IngestOptions } from './ingest/server.js';
import { startServer, type AggregatorServer, type HttpChecker } from './server.js';
import { MetricsStore } from './store/store.js';

export interface AggregatorOptions {
  /** "host:port" for gRPC ingest; port 0 picks a free port. */
  grpcListen: string;
  /** Address and port of the HTTPS API; port 0 picks a free port. */
  secureHost?: string;
  securePort: number;
  /** PEM serving certificate and key, used by both the HTTPS API and gRPC ingest. */
  tls: { cert: string; key: string };
  /** CAs whose client certificates the HTTPS listener asks for (client CA, front-proxy CA). */
  httpClientCa?: string[];
  /** PEM CA for agent client certificates (--agent-auth mtls). */
  agentClientCa?: string;
  resolutionNs: bigint;
  /** Authentication + authorization of HTTPS requests; absent = allow all (tests only). */
  httpAuth?: HttpChecker;
  agentAuth: AgentAuthenticator;
  /** Serve the minimal core API (kubepulse up only). */
  standalone?: boolean;
  /** Added to 3 × resolution before a silent node leaves the API (store default 10 s). */
  graceNs?: bigint;
  ingestLimits?: IngestOptions['limits'];
  clock?: Clock;
  logger?: Logger;
}

export interface RunningAggregator {
  store: MetricsStore;
  ingest: Ingest;
  server: AggregatorServer;
  /** https://host:port of the API. */
  url: string;
  /** "host:port" agents dial. */
  grpcAddress: string;
  registry: Registry;
  stop(): Promise<void>;
}

const NS_PER_S = 1_000_000_000n;

/**
 * Why ingest counts as stalled: streams are open yet nothing was stored for three resolutions
 * (plus slack). No streams at all is not a liveness failure — a restart would not bring agents back.
 */
export function ingestStallProblem(ingest: Pick<Ingest, 'stats'>, resolutionNs: bigint, nowMonoNs: bigint): string | undefined {
  const s = ingest.stats;
  if (s.streamsOpen === 0) return undefined;
  const limit = 3n * resolutionNs + 10n * NS_PER_S;
  const since = s.lastSampleMonoNs === 0n ? undefined : nowMonoNs - s.lastSampleMonoNs;
  if (since !== undefined && since <= limit) return undefined;
  if (since === undefined) return undefined; // streams just opened; the first sample is on its way
  return `${s.streamsOpen} agent stream(s) open but no sample stored for ${Number(since / 1_000_000n) / 1000}s (limit ${Number(limit / 1_000_000n) / 1000}s)`;
}

function ingestMetrics(registry: Registry, ingest: () => Ingest | undefined): void {
  const counter = (name: string, help: string, pick: (s: Ingest['stats']) => number): void => {
    new Counter({
      name, help, registers: [registry],
      collect() {
        const i = ingest();
        if (!i) return;
        // Ingest keeps the running totals; mirror them rather than counting twice.
        this.reset();
        this.inc(pick(i.stats));
      },
    });
  };
  new Gauge({
    name: 'kubepulse_aggregator_streams_open', help: 'Agent streams currently open.', registers: [registry],
    collect() { this.set(ingest()?.stats.streamsOpen ?? 0); },
  });
  counter('kubepulse_aggregator_streams_accepted_total', 'Agent streams accepted.', (s) => s.streamsAccepted);
  counter('kubepulse_aggregator_streams_rejected_total', 'Agent streams refused (authentication, bad hello, limits).', (s) => s.streamsRejected);
  counter('kubepulse_aggregator_samples_accepted_total', 'Node samples validated and stored.', (s) => s.samplesAccepted);
  counter('kubepulse_aggregator_samples_rejected_total', 'Node samples refused by validation.', (s) => s.samplesRejected);
  counter('kubepulse_aggregator_pods_rejected_total', 'Pods dropped from otherwise valid samples.', (s) => s.podsRejected);
}

export async function startAggregator(opts: AggregatorOptions): Promise<RunningAggregator> {
  const logger = opts.logger ?? createLogger(undefined, 'kubepulse-aggregator');
  const clock = opts.clock ?? systemClock;
  const store = new MetricsStore({ resolutionNs: opts.resolutionNs, clock, ...(opts.graceNs !== undefined ? { graceNs: opts.graceNs } : {}) });
  const registry = new Registry();
  const ingest = await startIngest({
    listen: opts.grpcListen,
    tls: { cert: opts.tls.cert, key: opts.tls.key, ...(opts.agentClientCa ? { clientCa: opts.agentClientCa } : {}) },
    resolutionNs: opts.resolutionNs,
    clock,
    logger,
    ...(opts.ingestLimits ? { limits: opts.ingestLimits } : {}),
  }, store, opts.agentAuth);
  ingestMetrics(registry, () => ingest);
  let server: AggregatorServer;
  try {
    server = await startServer({
      reader: store,
      tls: { cert: opts.tls.cert, key: opts.tls.key, ...(opts.httpClientCa ? { clientCa: opts.httpClientCa } : {}) },
      ...(opts.secureHost !== undefined ? { host: opts.secureHost } : {}),
      port: opts.securePort,
      ...(opts.httpAuth ? { auth: opts.httpAuth } : {}),
      standalone: opts.standalone ?? false,
      livenessProblem: () => ingestStallProblem(ingest, opts.resolutionNs, clock.monoNs()),
      registry,
      nowNs: () => clock.nowNs(),
      log: logger,
    });
  } catch (err) {
    await ingest.stop();
    throw err;
  }
  let stopped = false;
  return {
    store, ingest, server, registry,
    url: server.url,
    grpcAddress: ingest.address,
    async stop(): Promise<void> {
      if (stopped) return;
      stopped = true;
      await Promise.allSettled([server.close(), ingest.stop()]);
    },
  };
}
