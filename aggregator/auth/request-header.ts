// The front-proxy (request-header) authenticator: the kube-apiserver's aggregation layer proxies
// requests with its proxy client certificate and the caller's identity in X-Remote-* headers.
// Those headers are believed ONLY when the certificate verifies against the requestheader CA and
// its CN is allowed (apiserver request/headerrequest + x509 verifier).
import type { X509Certificate } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { AuthnResult, HttpAuthenticator, HttpAuthRequest } from './types.js';
import { subjectOf, verifyClientChain } from './x509.js';

export interface RequestHeaderConfig {
  caBundle: X509Certificate[];
  /** Empty: any CN signed by the CA is allowed. */
  allowedNames: string[];
  usernameHeaders: string[];
  uidHeaders: string[];
  groupHeaders: string[];
  extraHeaderPrefixes: string[];
}

export const DEFAULT_REQUEST_HEADERS = {
  usernameHeaders: ['X-Remote-User'],
  uidHeaders: [] as string[],
  groupHeaders: ['X-Remote-Group'],
  extraHeaderPrefixes: ['X-Remote-Extra-'],
};

function values(headers: IncomingHttpHeaders, name: string): string[] {
  const v = headers[name.toLowerCase()];
  if (v === undefined) return [];
  return splitValues(v);
}

/**
 * Header values as separate entries. Pass `req.headersDistinct` to keep every repeated header
 * apart, as Go's Header.Values does; a plain string (Node's `req.headers` joins repeats with ", ")
 * is split back on commas.
 */
function splitValues(v: string | string[]): string[] {
  const list = Array.isArray(v) ? v : v.split(',');
  return list.map((x) => x.trim()).filter((x) => x !== '');
}

function first(headers: IncomingHttpHeaders, names: string[]): string | undefined {
  for (const n of names) {
    const v = headers[n.toLowerCase()];
    const s = Array.isArray(v) ? v[0] : v;
    if (s !== undefined && s.trim() !== '') return s.trim();
  }
  return undefined;
}

function unescapeKey(key: string): string | null {
  try {
    return decodeURIComponent(key).toLowerCase();
  } catch {
    return null;
  }
}

/** Every header this configuration treats as identity: stripped before any handler sees a request. */
export function isIdentityHeader(cfg: Pick<RequestHeaderConfig, 'usernameHeaders' | 'uidHeaders' | 'groupHeaders' | 'extraHeaderPrefixes'>, name: string): boolean {
  const n = name.toLowerCase();
  return cfg.usernameHeaders.some((h) => h.toLowerCase() === n) ||
    cfg.uidHeaders.some((h) => h.toLowerCase() === n) ||
    cfg.groupHeaders.some((h) => h.toLowerCase() === n) ||
    cfg.extraHeaderPrefixes.some((p) => n.startsWith(p.toLowerCase()));
}

export class RequestHeaderAuthenticator implements HttpAuthenticator {
  constructor(private readonly config: () => RequestHeaderConfig | null) {}

  authenticate(req: HttpAuthRequest): Promise<AuthnResult> {
    return Promise.resolve(this.check(req.peerCertificates, req.headers));
  }

  check(chain: X509Certificate[], headers: IncomingHttpHeaders): AuthnResult {
    const cfg = this.config();
    if (!cfg || cfg.caBundle.length === 0 || chain.length === 0) return { kind: 'none' };
    if (verifyClientChain(chain, cfg.caBundle) !== null) return { kind: 'none' };
    const { commonName } = subjectOf(chain[0]);
    if (cfg.allowedNames.length > 0 && !cfg.allowedNames.includes(commonName)) {
      return { kind: 'rejected', reason: `x509: subject with cn=${commonName} is not in the allowed list` };
    }
    const username = first(headers, cfg.usernameHeaders);
    // A valid proxy certificate without a user header is not a front-proxied request.
    if (username === undefined) return { kind: 'none' };
    const uid = first(headers, cfg.uidHeaders);
    const groups = cfg.groupHeaders.flatMap((h) => values(headers, h));
    const extra: Record<string, string[]> = {};
    for (const [name, raw] of Object.entries(headers)) {
      const lower = name.toLowerCase();
      const prefix = cfg.extraHeaderPrefixes.find((p) => lower.startsWith(p.toLowerCase()));
      if (!prefix || raw === undefined) continue;
      const key = unescapeKey(lower.slice(prefix.length));
      if (key === null || key === '') continue;
      (extra[key] ??= []).push(...splitValues(raw));
    }
    return { kind: 'authenticated', user: { username, ...(uid !== undefined ? { uid } : {}), groups, extra } };
  }
}
