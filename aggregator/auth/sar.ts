// Delegated authorization: a SubjectAccessReview (authorization.k8s.io/v1) per distinct request,
// cached briefly (allow and deny TTLs, 10 s each by default as in the generic apiserver), with
// `system:masters` short-circuited so the aggregation layer's discovery probe never waits on it.
import type { KubeApi } from './kube-client.js';
import { TtlCache } from './ttl-cache.js';
import type { AuthzDecision, Authorizer, RequestAttributes } from './types.js';

export interface SarOptions {
  allowTtlMs?: number;
  denyTtlMs?: number;
  alwaysAllowGroups?: string[];
}

export function sarSpec(a: RequestAttributes): Record<string, unknown> {
  const spec: Record<string, unknown> = {
    user: a.user.username,
    groups: a.user.groups,
    extra: a.user.extra,
  };
  if (a.user.uid !== undefined) spec['uid'] = a.user.uid;
  if (a.resourceRequest) {
    spec['resourceAttributes'] = {
      namespace: a.namespace ?? '',
      verb: a.verb,
      group: a.apiGroup ?? '',
      version: a.apiVersion ?? '',
      resource: a.resource ?? '',
      subresource: a.subresource ?? '',
      name: a.name ?? '',
    };
  } else {
    spec['nonResourceAttributes'] = { path: a.path, verb: a.verb };
  }
  return spec;
}

export class SubjectAccessReviewAuthorizer implements Authorizer {
  private readonly cache = new TtlCache<AuthzDecision>(10_000);
  private readonly allowTtl: number;
  private readonly denyTtl: number;
  private readonly alwaysAllowGroups: string[];

  constructor(private readonly api: KubeApi, opts: SarOptions = {}) {
    this.allowTtl = opts.allowTtlMs ?? 10_000;
    this.denyTtl = opts.denyTtlMs ?? 10_000;
    this.alwaysAllowGroups = opts.alwaysAllowGroups ?? ['system:masters'];
  }

  async authorize(a: RequestAttributes): Promise<AuthzDecision> {
    if (a.user.groups.some((g) => this.alwaysAllowGroups.includes(g))) return { allowed: true };
    const spec = sarSpec(a);
    const key = JSON.stringify(spec);
    const hit = this.cache.get(key);
    if (hit) return hit;
    let res: { status: number; body: unknown };
    try {
      res = await this.api.request('POST', '/apis/authorization.k8s.io/v1/subjectaccessreviews', {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
        spec,
      });
    } catch (e) {
      return { allowed: false, error: `SubjectAccessReview failed: ${(e as Error).message}` };
    }
    if (res.status !== 200 && res.status !== 201) {
      return { allowed: false, error: `SubjectAccessReview failed with HTTP ${res.status}` };
    }
    const status = (res.body as { status?: Record<string, unknown> } | null)?.status ?? {};
    const reason = typeof status['reason'] === 'string' && status['reason'] !== '' ? status['reason'] : undefined;
    const decision: AuthzDecision = status['allowed'] === true && status['denied'] !== true
      ? { allowed: true }
      : { allowed: false, ...(reason !== undefined ? { reason } : {}) };
    this.cache.set(key, decision, decision.allowed ? this.allowTtl : this.denyTtl);
    return decision;
  }
}

/** Standalone (`kubepulse up`) and flag-only mode: whoever authenticated may read. */
export class AllowAuthenticatedAuthorizer implements Authorizer {
  authorize(a: RequestAttributes): Promise<AuthzDecision> {
    return Promise.resolve(a.user.username !== 'system:anonymous' ? { allowed: true } : { allowed: false, reason: 'anonymous requests are not allowed' });
  }
}
