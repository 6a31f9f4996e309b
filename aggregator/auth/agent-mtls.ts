// `--agent-auth mtls`: the agent's client certificate names its node. The subject form is the
// kubelet's own: CN=system:node:<nodeName>, O=system:nodes, signed by the agent CA (--agent-ca-file,
// or the cluster's client CA). Any other subject is refused.
import type { X509Certificate } from 'node:crypto';
import { isValidNodeName } from './names.js';
import { AgentAuthError, type AgentAuthContext, type AgentAuthenticator, type AgentIdentity } from './types.js';
import { subjectOf, verifyClientChain } from './x509.js';

export const NODE_CN_PREFIX = 'system:node:';
export const NODES_GROUP = 'system:nodes';

export class MtlsAgentAuthenticator implements AgentAuthenticator {
  constructor(private readonly roots: () => X509Certificate[]) {}

  authenticate(ctx: AgentAuthContext): Promise<AgentIdentity> {
    try {
      return Promise.resolve(this.check(ctx));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private check(ctx: AgentAuthContext): AgentIdentity {
    const cert = ctx.peerCertificate;
    if (!cert) throw new AgentAuthError(16, 'no client certificate: --agent-auth mtls needs the agent to present one');
    const problem = verifyClientChain([cert], this.roots());
    if (problem) throw new AgentAuthError(16, `agent certificate refused: ${problem}`);
    const { commonName, organizations } = subjectOf(cert);
    if (!commonName.startsWith(NODE_CN_PREFIX) || !organizations.includes(NODES_GROUP)) {
      throw new AgentAuthError(7, `agent certificate subject must be CN=${NODE_CN_PREFIX}<node>, O=${NODES_GROUP}; got CN=${commonName}`);
    }
    const nodeName = commonName.slice(NODE_CN_PREFIX.length);
    if (!isValidNodeName(nodeName)) throw new AgentAuthError(7, `agent certificate names an invalid node "${nodeName}"`);
    return { subject: commonName, nodeName };
  }
}
