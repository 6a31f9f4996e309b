// Bearer tokens via TokenReview (authentication.k8s.io/v1), as delegated authentication does.
// Answers are cached by a hash of the token (never the token itself) for a short TTL; transport
// errors are not cached, so an apiserver blip does not lock anyone out for the TTL.
import { createHash } from 'node:crypto';
import type { KubeApi } from './kube-client.js';
import { TtlCache } from './ttl-cache.js';
import type { AuthnResult, HttpAuthenticator, HttpAuthRequest, UserInfo } from './types.js';

export interface TokenReviewOptions {
  /** Audiences to ask for; empty means the apiserver's own. */
  audiences?: string[];
  cacheTtlMs?: number;
}

export interface TokenReviewAnswer {
  authenticated: boolean;
  user?: UserInfo;
  audiences?: string[];
  error?: string;
}

export function bearerToken(authorization: string | string[] | undefined): string | undefined {
  const v = Array.isArray(authorization) ? authorization[0] : authorization;
  if (v === undefined) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(v);
  return m ? m[1] : undefined;
}

function asStringArray(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export async function reviewToken(api: KubeApi, token: string, audiences: string[] = []): Promise<TokenReviewAnswer> {
  const res = await api.request('POST', '/apis/authentication.k8s.io/v1/tokenreviews', {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenReview',
    spec: { token, ...(audiences.length > 0 ? { audiences } : {}) },
  });
  if (res.status !== 200 && res.status !== 201) throw new Error(`TokenReview failed with HTTP ${res.status}`);
  const status = (res.body as { status?: Record<string, unknown> } | null)?.status ?? {};
  if (status['authenticated'] !== true) {
    return { authenticated: false, error: typeof status['error'] === 'string' ? status['error'] : 'token not authenticated' };
  }
  const u = (status['user'] ?? {}) as Record<string, unknown>;
  const extra: Record<string, string[]> = {};
  for (const [k, v] of Object.entries((u['extra'] ?? {}) as Record<string, unknown>)) extra[k] = asStringArray(v);
  const username = typeof u['username'] === 'string' ? u['username'] : '';
  if (username === '') return { authenticated: false, error: 'TokenReview returned no username' };
  return {
    authenticated: true,
    user: { username, ...(typeof u['uid'] === 'string' ? { uid: u['uid'] } : {}), groups: asStringArray(u['groups']), extra },
    audiences: asStringArray(status['audiences']),
  };
}

export class TokenReviewAuthenticator implements HttpAuthenticator {
  private readonly cache: TtlCache<AuthnResult>;
  private readonly ttl: number;
  constructor(private readonly api: KubeApi, private readonly opts: TokenReviewOptions = {}) {
    this.ttl = opts.cacheTtlMs ?? 10_000;
    this.cache = new TtlCache(10_000);
  }

  async authenticate(req: HttpAuthRequest): Promise<AuthnResult> {
    const token = bearerToken(req.headers.authorization);
    if (token === undefined) return { kind: 'none' };
    const key = createHash('sha256').update(token).digest('base64');
    const hit = this.cache.get(key);
    if (hit) return hit;
    let answer: TokenReviewAnswer;
    try {
      answer = await reviewToken(this.api, token, this.opts.audiences ?? []);
    } catch (e) {
      return { kind: 'rejected', reason: `token review unavailable: ${(e as Error).message}` };
    }
    const result: AuthnResult = answer.authenticated && answer.user
      ? { kind: 'authenticated', user: answer.user }
      : { kind: 'rejected', reason: answer.error ?? 'invalid bearer token' };
    this.cache.set(key, result, this.ttl);
    return result;
  }
}
