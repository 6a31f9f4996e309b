// Agent identity from a projected ServiceAccount token (audience "kubepulse"). Two ways to check
// it, both ending in the same identity: the token's own signature against the cluster's published
// keys (GET /openid/v1/jwks, cached, re-fetched when an unknown key id appears), or a TokenReview
// with the audience. Either way the subject must be an allowed agent ServiceAccount and the token
// must name the node it was issued for; the stream is bound to that node.
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import type { KubeApi } from './kube-client.js';
import { reviewToken } from './token-review.js';
import { AgentAuthError, type AgentAuthContext, type AgentAuthenticator, type AgentIdentity } from './types.js';
import { isValidNodeName } from './names.js';

export const UNAUTHENTICATED = 16;
export const PERMISSION_DENIED = 7;
export const AGENT_AUDIENCE = 'kubepulse';

export interface TokenAgentAuthOptions {
  api: KubeApi;
  method: 'jwks' | 'tokenreview';
  /** Allowed agent ServiceAccounts as "namespace:name". */
  serviceAccounts: string[];
  audience?: string;
  /** Expected `iss`; when unset, any issuer whose key verifies is accepted. */
  issuer?: string;
  /** Tokens living longer than this (exp − iat) are refused: agents must use short-lived ones. */
  maxLifetimeSeconds?: number;
  clockToleranceSeconds?: number;
  /** Least time between JWKS re-fetches triggered by unknown key ids. */
  jwksRefetchMs?: number;
  now?: () => number;
}

function saSubject(nsName: string): string {
  const [ns, name] = nsName.split(':');
  return `system:serviceaccount:${ns ?? ''}:${name ?? ''}`;
}

export class TokenAgentAuthenticator implements AgentAuthenticator {
  private jwks: ReturnType<typeof createLocalJWKSet> | undefined;
  private jwksFetchedAt = 0;
  private readonly allowed: Set<string>;
  private readonly audience: string;

  constructor(private readonly opts: TokenAgentAuthOptions) {
    this.allowed = new Set(opts.serviceAccounts.map(saSubject));
    this.audience = opts.audience ?? AGENT_AUDIENCE;
  }

  async authenticate(ctx: AgentAuthContext): Promise<AgentIdentity> {
    const token = ctx.token?.replace(/^Bearer\s+/i, '').trim();
    if (!token) throw new AgentAuthError(UNAUTHENTICATED, 'no bearer token: the agent must send its projected ServiceAccount token (--token-file)');
    return this.opts.method === 'jwks' ? this.viaJwks(token) : this.viaTokenReview(token);
  }

  private now(): number { return (this.opts.now ?? Date.now)(); }

  private async loadJwks(force: boolean): Promise<ReturnType<typeof createLocalJWKSet>> {
    const stale = this.now() - this.jwksFetchedAt >= (this.opts.jwksRefetchMs ?? 30_000);
    if (this.jwks && !(force && stale)) return this.jwks;
    const res = await this.opts.api.request('GET', '/openid/v1/jwks');
    if (res.status !== 200 || typeof res.body !== 'object' || res.body === null) {
      throw new AgentAuthError(UNAUTHENTICATED, `cannot fetch the cluster's service-account keys (/openid/v1/jwks): HTTP ${res.status}`);
    }
    this.jwks = createLocalJWKSet(res.body as JSONWebKeySet);
    this.jwksFetchedAt = this.now();
    return this.jwks;
  }

  private async verifyOnce(token: string, force: boolean): Promise<JWTPayload> {
    const keys = await this.loadJwks(force);
    const { payload } = await jwtVerify(token, keys, {
      audience: this.audience,
      ...(this.opts.issuer !== undefined ? { issuer: this.opts.issuer } : {}),
      clockTolerance: this.opts.clockToleranceSeconds ?? 60,
      currentDate: new Date(this.now()),
      algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'PS512'],
      requiredClaims: ['exp', 'sub'],
    });
    return payload;
  }

  private async viaJwks(token: string): Promise<AgentIdentity> {
    let payload: JWTPayload;
    try {
      try {
        payload = await this.verifyOnce(token, false);
      } catch (e) {
        // Keys rotate: an unknown kid earns one re-fetch (rate limited), then a final answer.
        if (!(e instanceof joseErrors.JWKSNoMatchingKey)) throw e;
        payload = await this.verifyOnce(token, true);
      }
    } catch (e) {
      if (e instanceof AgentAuthError) throw e;
      throw new AgentAuthError(UNAUTHENTICATED, `invalid agent token: ${describeJoseError(e)}`);
    }
    const lifetime = typeof payload.exp === 'number' && typeof payload.iat === 'number' ? payload.exp - payload.iat : undefined;
    const max = this.opts.maxLifetimeSeconds ?? 48 * 3600;
    if (lifetime === undefined || lifetime > max) {
      throw new AgentAuthError(UNAUTHENTICATED, `agent token must be short-lived (iat and exp at most ${max}s apart); use a projected token with expirationSeconds`);
    }
    const k8s = payload['kubernetes.io'] as { node?: { name?: unknown } } | undefined;
    return this.identity(payload.sub ?? '', typeof k8s?.node?.name === 'string' ? k8s.node.name : undefined);
  }

  private async viaTokenReview(token: string): Promise<AgentIdentity> {
    let answer;
    try {
      answer = await reviewToken(this.opts.api, token, [this.audience]);
    } catch (e) {
      throw new AgentAuthError(UNAUTHENTICATED, `cannot review the agent token: ${(e as Error).message}`);
    }
    if (!answer.authenticated || !answer.user) throw new AgentAuthError(UNAUTHENTICATED, `invalid agent token: ${answer.error ?? 'not authenticated'}`);
    if (answer.audiences && answer.audiences.length > 0 && !answer.audiences.includes(this.audience)) {
      throw new AgentAuthError(UNAUTHENTICATED, `agent token audience is not "${this.audience}"`);
    }
    const node = answer.user.extra['authentication.kubernetes.io/node-name']?.[0];
    return this.identity(answer.user.username, node);
  }

  private identity(subject: string, nodeName: string | undefined): AgentIdentity {
    if (!this.allowed.has(subject)) {
      throw new AgentAuthError(PERMISSION_DENIED, `${subject || 'the token subject'} is not an agent ServiceAccount (allowed: ${[...this.allowed].join(', ')})`);
    }
    if (nodeName === undefined || !isValidNodeName(nodeName)) {
      throw new AgentAuthError(PERMISSION_DENIED, 'agent token is not bound to a node (needs a projected token of a pod scheduled to a node, Kubernetes 1.30+)');
    }
    return { subject, nodeName };
  }
}

function describeJoseError(e: unknown): string {
  if (e instanceof joseErrors.JWTExpired) return 'token has expired';
  if (e instanceof joseErrors.JWTClaimValidationFailed) return `claim "${e.claim}" check failed (${e.reason})`;
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return 'signature verification failed';
  if (e instanceof joseErrors.JWKSNoMatchingKey) return 'signed by a key the cluster does not publish';
  if (e instanceof Error) return e.message;
  return String(e);
}
