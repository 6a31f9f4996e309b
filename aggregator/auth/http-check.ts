// One call for the HTTPS server's hook: authenticate, derive attributes, authorize, and either
// return the user or the Kubernetes Status to send. Framework-free so fastify or node:http can use it.
import type { X509Certificate } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { BadPathError, requestAttributes } from './request-info.js';
import { badRequestStatus, forbiddenStatus, internalErrorStatus, unauthorizedStatus, type KubeStatus } from './status.js';
import type { Authorizer, HttpAuthenticator, RequestAttributes, UserInfo } from './types.js';
import { ANONYMOUS_USER } from './union.js';

export interface HttpRequestLike {
  method: string;
  /** Path and query as received (e.g. fastify's `request.url`). */
  url: string;
  /** Prefer `req.raw.headersDistinct` so repeated X-Remote-Group headers stay apart. */
  headers: IncomingHttpHeaders;
  peerCertificates: X509Certificate[];
}

export type HttpCheckResult =
  | { ok: true; user: UserInfo; attributes: RequestAttributes | null }
  | { ok: false; statusCode: number; status: KubeStatus; logReason: string };

export const DEFAULT_ALWAYS_ALLOW_PATHS = ['/healthz', '/readyz', '/livez'];

/** `/healthz` matches exactly; `/healthz/*` matches the prefix, as upstream's path authorizer. */
export function pathAllowed(patterns: string[], path: string): boolean {
  return patterns.some((p) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p));
}

export async function checkHttpRequest(
  authenticator: HttpAuthenticator,
  authorizer: Authorizer,
  alwaysAllowPaths: string[],
  req: HttpRequestLike,
): Promise<HttpCheckResult> {
  const q = req.url.indexOf('?');
  const rawPath = q === -1 ? req.url : req.url.slice(0, q);
  // Health probes carry no credentials (kubelet probes); they skip authentication as well as
  // authorization, since anonymous access is otherwise off.
  if (pathAllowed(alwaysAllowPaths, rawPath)) return { ok: true, user: ANONYMOUS_USER, attributes: null };
  const authn = await authenticator.authenticate({ headers: req.headers, peerCertificates: req.peerCertificates });
  if (authn.kind !== 'authenticated') {
    const logReason = authn.kind === 'rejected' ? authn.reason : 'no credentials';
    return { ok: false, statusCode: 401, status: unauthorizedStatus(), logReason };
  }
  let attrs: RequestAttributes;
  try {
    attrs = requestAttributes(req.method, req.url, authn.user);
  } catch (e) {
    if (e instanceof BadPathError) return { ok: false, statusCode: 400, status: badRequestStatus(e.message), logReason: e.message };
    throw e;
  }
  const decision = await authorizer.authorize(attrs);
  if (decision.allowed) return { ok: true, user: authn.user, attributes: attrs };
  if (decision.error !== undefined) {
    return { ok: false, statusCode: 500, status: internalErrorStatus(decision.error), logReason: decision.error };
  }
  const status = forbiddenStatus(attrs, decision.reason);
  return { ok: false, statusCode: 403, status, logReason: status.message };
}
