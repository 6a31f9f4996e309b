// The aggregator's HTTPS server (fastify 5): the read-only Kubernetes API from aggregator/api,
// health endpoints, its own Prometheus metrics, and an authentication/authorization hook that
// delegates to aggregator/auth. Every error leaves as a Kubernetes Status.
import type { X509Certificate as X509Type } from 'node:crypto';
import { X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { TLSSocket, PeerCertificate, DetailedPeerCertificate } from 'node:tls';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../common/logger.js';
import { KUBEPULSE_VERSION } from '../common/version.js';
import { handleGet, type ApiContext } from './api/handler.js';
import { requestInfo, type RequestInfo } from './api/requestinfo.js';
import { ApiError, badRequest, internalError, methodNotAllowed, pathNotFound, type Status } from './api/status.js';
import type { HttpCheckResult, HttpRequestLike } from './auth/http-check.js';
import type { MetricsReader } from './store/types.js';

export interface HttpChecker {
  check(req: HttpRequestLike): Promise<HttpCheckResult>;
}

export interface ServerOptions {
  reader: MetricsReader;
  tls: { cert: string; key: string; /** CAs whose client certificates the TLS layer asks for. */ clientCa?: string[] };
  host?: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Authentication + authorization; absent means every request is allowed (tests only). */
  auth?: HttpChecker;
  /** Serve the minimal core API for `kubectl top node` (standalone `kubepulse up` only). */
  standalone?: boolean;
  /** Why ingest counts as stalled, or undefined when healthy; drives /livez. */
  livenessProblem?: () => string | undefined;
  /** Shared with ingest so one /metrics shows streams, samples and requests. */
  registry?: Registry;
  nowNs?: () => bigint;
  log?: Logger;
}

export interface AggregatorServer {
  app: FastifyInstance;
  port: number;
  url: string;
  registry: Registry;
  close(): Promise<void>;
}

function sendStatus(reply: FastifyReply, err: ApiError | Status): FastifyReply {
  const status = err instanceof ApiError ? err.toStatus() : err;
  return reply.code(status.code).header('content-type', 'application/json').send(JSON.stringify(status));
}

/** The client chain as presented, leaf first, for the x509 authenticators. */
function peerChain(req: FastifyRequest): X509Type[] {
  const sock = req.raw.socket as Partial<TLSSocket>;
  if (typeof sock.getPeerCertificate !== 'function') return [];
  let cur: PeerCertificate | DetailedPeerCertificate | undefined = sock.getPeerCertificate(true);
  const out: X509Type[] = [];
  const seen = new Set<string>();
  while (cur && 'raw' in cur && cur.raw && cur.raw.length > 0 && !seen.has(cur.fingerprint256)) {
    seen.add(cur.fingerprint256);
    out.push(new X509Certificate(cur.raw));
    cur = 'issuerCertificate' in cur ? cur.issuerCertificate : undefined;
  }
  return out;
}

/** A low-cardinality route label: the URL with versions, namespaces and names abstracted. */
export function routeLabel(info: RequestInfo): string {
  if (!info.resourceRequest) {
    const p = info.path.replace(/\/+$/, '') || '/';
    if (/^\/apis\/metrics\.k8s\.io\/[^/]+$/.test(p)) return '/apis/metrics.k8s.io/{version}';
    return ['/apis', '/apis/metrics.k8s.io', '/api', '/api/v1', '/healthz', '/livez', '/readyz', '/metrics', '/version', '/openapi/v2', '/openapi/v3'].includes(p) ? p : 'other';
  }
  const base = info.apiGroup ? `/apis/${info.apiGroup}/{version}` : '/api/{version}';
  if (info.apiGroup && info.apiGroup !== 'metrics.k8s.io') return 'other';
  const res = info.resource === 'pods' || info.resource === 'nodes' ? info.resource : '{other}';
  return `${base}${info.namespace !== undefined ? '/namespaces/{namespace}' : ''}/${res}${info.name !== undefined ? '/{name}' : ''}`;
}

export async function startServer(opts: ServerOptions): Promise<AggregatorServer> {
  const registry = opts.registry ?? new Registry();
  const latency = new Histogram({
    name: 'kubepulse_aggregator_http_request_duration_seconds',
    help: 'HTTPS API request latency by route and status code.',
    labelNames: ['route', 'code'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const authFailures = new Counter({
    name: 'kubepulse_aggregator_http_auth_failures_total',
    help: 'Requests refused by authentication (401) or authorization (403).',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const reader = opts.reader;
  const nowNs = opts.nowNs ?? ((): bigint => BigInt(Date.now()) * 1_000_000n);
  new Gauge({
    name: 'kubepulse_aggregator_nodes',
    help: 'Nodes with a usable rate in the store.',
    registers: [registry],
    collect() { this.set(reader.nodeMetrics().length); },
  });
  new Gauge({
    name: 'kubepulse_aggregator_pods',
    help: 'Pods with a usable rate in the store.',
    registers: [registry],
    // A count, not 150,000 points built and dropped on every scrape.
    collect() { this.set(reader.podCount ? reader.podCount() : reader.podMetrics().length); },
  });
  new Gauge({
    name: 'kubepulse_aggregator_oldest_node_sample_age_seconds',
    help: 'Age of the stalest node sample being served (freshness: stays near the resolution when agents keep up).',
    registers: [registry],
    collect() {
      const now = nowNs();
      let oldest = 0;
      for (const n of reader.nodeMetrics()) oldest = Math.max(oldest, Number(now - n.timestampNs) / 1e9);
      this.set(oldest);
    },
  });

  const app = Fastify({
    https: {
      cert: opts.tls.cert,
      key: opts.tls.key,
      ...(opts.tls.clientCa && opts.tls.clientCa.length > 0 ? { ca: opts.tls.clientCa } : {}),
      // Ask for a client certificate but let the authenticators decide: tokens and the
      // front proxy must work too, and a 401 Status beats a TLS alert.
      requestCert: true,
      rejectUnauthorized: false,
    },
    logger: false,
    // Label selectors and field selectors can be long, but not unbounded.
    routerOptions: { maxParamLength: 2048 },
    bodyLimit: 64 * 1024,
    // Malformed URLs (broken percent-encoding) fail in fastify's router before any hook runs;
    // answer them with a Kubernetes Status like every other error, never fastify's own body.
    frameworkErrors: (err, _req, reply) => {
      void sendStatus(reply, badRequest(`malformed request: ${err.message}`));
    },
  });
  const ctx: ApiContext = {
    reader,
    standalone: opts.standalone ?? false,
    nowNs,
  };
  const infos = new WeakMap<FastifyRequest, RequestInfo>();

  const parse = (req: FastifyRequest): { info: RequestInfo; query: URLSearchParams } => {
    // Never `new URL(req.url, base)`: a path starting with "//" would be read as a host, so
    // "//x/apis/…" would route as "/apis/…" while authorization saw another path.
    const url = new URL(`https://localhost${req.url.startsWith('/') ? '' : '/'}${req.url}`);
    const query = url.searchParams;
    let info = infos.get(req);
    if (!info) {
      info = requestInfo(req.method, url.pathname, query);
      infos.set(req, info);
    }
    return { info, query };
  };

  app.addHook('onRequest', async (req, reply) => {
    parse(req);
    if (!opts.auth) return;
    const result = await opts.auth.check({ method: req.method, url: req.url, headers: req.raw.headersDistinct, peerCertificates: peerChain(req) });
    if (!result.ok) {
      authFailures.inc({ code: String(result.statusCode) });
      opts.log?.debug({ path: req.url, reason: result.logReason }, 'request refused');
      return reply.code(result.statusCode).header('content-type', 'application/json').send(JSON.stringify(result.status));
    }
  });
  app.addHook('onResponse', async (req, reply) => {
    latency.observe({ route: routeLabel(parse(req).info), code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof ApiError) return sendStatus(reply, err);
    opts.log?.error({ err }, 'request failed');
    return sendStatus(reply, internalError(err instanceof Error ? err.message : String(err)));
  });
  app.setNotFoundHandler((req, reply) => {
    // HEAD and GET of an unknown path are 404; other methods on unknown paths are 404 as well.
    void req;
    return sendStatus(reply, pathNotFound());
  });

  const api = async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const { info, query } = parse(req);
    if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed(req.method);
    const res = handleGet(info, query, req.headers.accept, { ...ctx, serverAddress: `${req.hostname}` });
    return reply.code(res.code).header('content-type', res.contentType).send(JSON.stringify(res.body));
  };
  for (const url of ['/apis', '/apis/*', '/api', '/api/*']) app.all(url, api);

  const text = (reply: FastifyReply, code: number, body: string): FastifyReply =>
    reply.code(code).header('content-type', 'text/plain; charset=utf-8').header('x-content-type-options', 'nosniff').send(body);

  app.get('/healthz', async (_req, reply) => text(reply, 200, 'ok'));
  app.get('/livez', async (_req, reply) => {
    const problem = opts.livenessProblem?.();
    return problem ? text(reply, 500, `[-]ingest failed: ${problem}\nlivez check failed\n`) : text(reply, 200, 'ok');
  });
  app.get('/readyz', async (_req, reply) => (reader.hasData()
    ? text(reply, 200, 'ok')
    : text(reply, 503, '[-]metrics-available failed: no node has reported two samples yet\nreadyz check failed\n')));
  app.get('/metrics', async (_req, reply) => reply.code(200).header('content-type', registry.contentType).send(await registry.metrics()));
  app.get('/version', async (_req, reply) => reply.code(200).header('content-type', 'application/json').send(JSON.stringify({
    major: '1', minor: '32', gitVersion: `v${KUBEPULSE_VERSION}-kubepulse`, gitCommit: '', gitTreeState: '', buildDate: '',
    goVersion: '', compiler: 'node', platform: `${process.platform}/${process.arch}`,
  })));
  // No OpenAPI documents: a 404 is what the aggregation layer accepts as "no spec".
  app.get('/openapi/v2', async (_req, reply) => sendStatus(reply, pathNotFound()));
  app.get('/openapi/v3', async (_req, reply) => sendStatus(reply, pathNotFound()));

  await app.listen({ host: opts.host ?? '0.0.0.0', port: opts.port });
  const port = (app.server.address() as AddressInfo).port;
  const host = opts.host && opts.host !== '0.0.0.0' && opts.host !== '::' ? opts.host : '127.0.0.1';
  return {
    app,
    port,
    url: `https://${host.includes(':') ? `[${host}]` : host}:${port}`,
    registry,
    close: () => app.close(),
  };
}
