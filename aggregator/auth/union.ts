// Runs authenticators in order (front proxy, client certificate, bearer token) like the generic
// apiserver's union authenticator, then adds `system:authenticated` to every non-anonymous user.
import type { AuthnResult, HttpAuthenticator, HttpAuthRequest, UserInfo } from './types.js';

export const ANONYMOUS_USER: UserInfo = { username: 'system:anonymous', groups: ['system:unauthenticated'], extra: {} };

export class UnionAuthenticator implements HttpAuthenticator {
  constructor(private readonly chain: HttpAuthenticator[], private readonly anonymous = false) {}

  async authenticate(req: HttpAuthRequest): Promise<AuthnResult> {
    const reasons: string[] = [];
    for (const a of this.chain) {
      const r = await a.authenticate(req);
      if (r.kind === 'authenticated') return { kind: 'authenticated', user: withAuthenticatedGroup(r.user) };
      // A rejected credential does not stop the others (upstream unions collect errors and go
      // on): a request may carry both an unknown cert and a valid token.
      if (r.kind === 'rejected') reasons.push(r.reason);
    }
    if (reasons.length > 0) return { kind: 'rejected', reason: reasons.join('; ') };
    if (this.anonymous) return { kind: 'authenticated', user: { ...ANONYMOUS_USER, groups: [...ANONYMOUS_USER.groups], extra: {} } };
    return { kind: 'none' };
  }
}

export function withAuthenticatedGroup(user: UserInfo): UserInfo {
  if (user.username === 'system:anonymous' || user.groups.includes('system:authenticated')) return user;
  return { ...user, groups: [...user.groups, 'system:authenticated'] };
}
