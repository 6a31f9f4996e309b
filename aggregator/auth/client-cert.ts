// `--client-ca-file`: a direct client presenting a certificate signed by the client CA is user = CN,
// groups = O (apiserver request/x509 CommonNameUserConversion).
import type { X509Certificate } from 'node:crypto';
import type { AuthnResult, HttpAuthenticator, HttpAuthRequest } from './types.js';
import { subjectOf, verifyClientChain } from './x509.js';

/** Supplies the current CA bundle; a function so a ConfigMap change takes effect at once. */
export type CaProvider = () => X509Certificate[];

export class ClientCertAuthenticator implements HttpAuthenticator {
  constructor(private readonly roots: CaProvider) {}

  authenticate(req: HttpAuthRequest): Promise<AuthnResult> {
    return Promise.resolve(this.check(req.peerCertificates));
  }

  check(chain: X509Certificate[]): AuthnResult {
    if (chain.length === 0) return { kind: 'none' };
    const roots = this.roots();
    if (roots.length === 0) return { kind: 'none' };
    const problem = verifyClientChain(chain, roots);
    // Not final: the union still lets the front proxy or a bearer token authenticate the request;
    // the reason only ends up in the log line of a 401.
    if (problem) return { kind: 'rejected', reason: `client certificate: ${problem}` };
    const leaf = chain[0];
    const { commonName, organizations } = subjectOf(leaf);
    if (commonName === '') return { kind: 'rejected', reason: 'client certificate has an empty common name' };
    return { kind: 'authenticated', user: { username: commonName, groups: [...organizations], extra: {} } };
  }
}
