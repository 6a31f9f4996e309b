// The few kube-apiserver calls auth needs (TokenReview, SubjectAccessReview, one ConfigMap, the
// service-account JWKS), over node:https with the credentials of a kubeconfig or of the pod.
// @kubernetes/client-node loads and applies the kubeconfig (certs, tokens, exec plugins); the
// requests themselves stay small and bounded so a slow apiserver cannot pile up work.
import https from 'node:https';
import { KubeConfig } from '@kubernetes/client-node';

export interface KubeApi {
  /** JSON request; resolves with the status code and parsed body (null when not JSON). */
  request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

export class KubeApiError extends Error {
  override readonly name = 'KubeApiError';
}

const MAX_RESPONSE_BYTES = 4 << 20;

/** From a kubeconfig file, or the in-cluster service account when `kubeconfigPath` is empty. */
export function kubeApiFromConfig(kubeconfigPath?: string, timeoutMs = 10_000): KubeApi {
  const kc = new KubeConfig();
  if (kubeconfigPath) kc.loadFromFile(kubeconfigPath);
  else kc.loadFromCluster();
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new KubeApiError(`no current cluster in ${kubeconfigPath ?? 'the in-cluster configuration'}`);
  const base = new URL(cluster.server);
  return {
    async request(method, path, body) {
      const opts: https.RequestOptions = {
        method,
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port,
        path: base.pathname.replace(/\/$/, '') + path,
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        timeout: timeoutMs,
      };
      await kc.applyToHTTPSOptions(opts);
      return sendJson(opts, body);
    },
  };
}

function sendJson(opts: https.RequestOptions, body: unknown): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = https.request(opts, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_RESPONSE_BYTES) {
          req.destroy(new KubeApiError(`response from ${opts.path} exceeds ${MAX_RESPONSE_BYTES} bytes`));
          return;
        }
        chunks.push(c);
      });
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = null;
        try { parsed = JSON.parse(text); } catch { /* not JSON: the status code says enough */ }
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new KubeApiError(`${opts.method} ${opts.path}: timed out`)));
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}
