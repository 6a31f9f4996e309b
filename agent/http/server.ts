// The agent's HTTP endpoints. Bound to loopback by default: the Summary is node-local information.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from '../../common/logger.js';
import type { SnapshotSource } from '../model.js';
import { renderResourceMetrics, renderResourceMetricsError } from '../resource-metrics/render.js';
import { summaryJson } from '../summary/summary.js';
import type { AgentMetrics } from './self-metrics.js';

export interface AgentHttpOptions {
  host: string;
  port: number;
  source: SnapshotSource;
  metrics: AgentMetrics;
  logger: Logger;
  /** A snapshot older than this makes /readyz fail (the collector stalled). */
  staleAfterMs: () => number;
}

const KNOWN = new Set(['/stats/summary', '/metrics/resource', '/metrics', '/healthz', '/readyz']);

export async function startAgentHttp(o: AgentHttpOptions): Promise<{ app: FastifyInstance; host: string; port: number }> {
  const app = Fastify({ logger: false });
  app.addHook('onResponse', async (req, reply) => {
    const path = req.url.split('?')[0];
    o.metrics.request(KNOWN.has(path) ? path : 'other', reply.statusCode);
  });

  const summary = async (req: { query: unknown }, reply: import('fastify').FastifyReply): Promise<string> => {
    const s = o.source.latest();
    if (!s) return reply.code(503).type('text/plain').send('no stats collected yet\n');
    const q = (req.query ?? {}) as Record<string, unknown>;
    const only = q['only_cpu_and_memory'] === 'true';
    return reply.type('application/json').send(summaryJson(s, only));
  };
  // The kubelet serves the Summary on GET and POST.
  app.get('/stats/summary', summary);
  app.post('/stats/summary', summary);

  app.get('/metrics/resource', async (_req, reply) => {
    const s = o.source.latest();
    reply.type('text/plain; version=0.0.4; charset=utf-8');
    return s ? renderResourceMetrics(s) : renderResourceMetricsError();
  });
  app.get('/metrics', async (_req, reply) => {
    reply.type(o.metrics.registry.contentType);
    return o.metrics.registry.metrics();
  });
  app.get('/healthz', async (_req, reply) => reply.type('text/plain').send('ok'));
  app.get('/readyz', async (_req, reply) => {
    const s = o.source.latest();
    if (!s) return reply.code(503).type('text/plain').send('no collection cycle completed yet');
    const ageMs = Number((BigInt(Date.now()) * 1_000_000n - s.collectedNs) / 1_000_000n);
    if (ageMs > o.staleAfterMs()) return reply.code(503).type('text/plain').send(`last collection ${ageMs}ms ago`);
    return reply.type('text/plain').send('ok');
  });

  await app.listen({ host: o.host, port: o.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  o.logger.info({ host: o.host, port }, 'agent HTTP listening');
  return { app, host: o.host, port };
}
