// The agent's HTTP endpoints. Bound to loopback by default: the Summary is node-local information.
// Five fixed GET paths need no framework: plain node:http keeps ~18 MB of fastify out of the
// DaemonSet process (the aggregator, with auth and many routes, keeps fastify).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
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

export interface AgentHttp {
  host: string;
  port: number;
  close(): Promise<void>;
}

interface Reply { code: number; type: string; body: string }

const TEXT = 'text/plain; charset=utf-8';
const EXPOSITION = 'text/plain; version=0.0.4; charset=utf-8';

function text(code: number, body: string): Reply {
  return { code, type: TEXT, body };
}

export async function startAgentHttp(o: AgentHttpOptions): Promise<AgentHttp> {
  const route = async (method: string, path: string, query: URLSearchParams): Promise<Reply | undefined> => {
    // The kubelet serves the Summary on GET and POST; everything else is GET (HEAD answered alike).
    if (path === '/stats/summary' && (method === 'GET' || method === 'HEAD' || method === 'POST')) {
      const s = o.source.latest();
      if (!s) return text(503, 'no stats collected yet\n');
      return { code: 200, type: 'application/json; charset=utf-8', body: summaryJson(s, query.get('only_cpu_and_memory') === 'true') };
    }
    if (method !== 'GET' && method !== 'HEAD') return undefined;
    switch (path) {
      case '/metrics/resource': {
        const s = o.source.latest();
        return { code: 200, type: EXPOSITION, body: s ? renderResourceMetrics(s) : renderResourceMetricsError() };
      }
      case '/metrics':
        return { code: 200, type: o.metrics.registry.contentType, body: await o.metrics.registry.metrics() };
      case '/healthz':
        return text(200, 'ok');
      case '/readyz': {
        const s = o.source.latest();
        if (!s) return text(503, 'no collection cycle completed yet');
        const ageMs = Number((BigInt(Date.now()) * 1_000_000n - s.collectedNs) / 1_000_000n);
        if (ageMs > o.staleAfterMs()) return text(503, `last collection ${ageMs}ms ago`);
        return text(200, 'ok');
      }
      default:
        return undefined;
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    req.resume(); // a POST body is not used; drain it so the connection can be reused
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://agent');
    const known = await route(method, url.pathname, url.searchParams).catch((err: unknown) => {
      o.logger.error({ err, path: url.pathname }, 'agent HTTP handler failed');
      return text(500, 'internal error\n');
    });
    const reply = known ?? { code: 404, type: 'application/json; charset=utf-8', body: JSON.stringify({ message: `Route ${method}:${url.pathname} not found`, error: 'Not Found', statusCode: 404 }) };
    res.writeHead(reply.code, { 'content-type': reply.type, 'content-length': Buffer.byteLength(reply.body) });
    res.end(method === 'HEAD' ? undefined : reply.body);
    o.metrics.request(known ? url.pathname : 'other', reply.code);
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: o.host, port: o.port }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  o.logger.info({ host: o.host, port }, 'agent HTTP listening');
  return {
    host: o.host,
    port,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      // Keep-alive connections of scrapers would otherwise hold close() open.
      server.closeIdleConnections();
    }),
  };
}
