// `--agent-auth none`: any stream may report any node. Only safe when nothing but this machine can
// reach the ingest port, so the aggregator refuses to start with it on a non-loopback address.
import { isLoopbackHost, listenHost } from '../../common/net.js';
import { AgentAuthError, type AgentAuthContext, type AgentAuthenticator, type AgentIdentity } from './types.js';

/** Throws unless `--agent-auth none` is safe for this `--grpc-listen` value. For C1/C2 at startup. */
export function assertAgentAuthNoneAllowed(grpcListen: string): void {
  const host = listenHost(grpcListen);
  if (!isLoopbackHost(host)) {
    throw new Error(`--agent-auth none is only allowed when --grpc-listen is a loopback address (got "${grpcListen}"); use --agent-auth token or mtls`);
  }
}

/** A grpc-js peer ("127.0.0.1:5555", "[::1]:5555", "ipv6:[::ffff:127.0.0.1]:5555") on loopback. */
export function isLoopbackPeer(peer: string): boolean {
  return isLoopbackHost(listenHost(peer.replace(/^ipv[46]:/, '')));
}

export class NoneAgentAuthenticator implements AgentAuthenticator {
  authenticate(ctx: AgentAuthContext): Promise<AgentIdentity> {
    // Defence in depth: even if misconfigured, a non-loopback peer is refused.
    if (!isLoopbackPeer(ctx.peerAddress)) {
      return Promise.reject(new AgentAuthError(16, `agent-auth none is for loopback peers only (only loopback may report any node), not ${ctx.peerAddress}`));
    }
    return Promise.resolve({ subject: 'anonymous-loopback', nodeName: null });
  }
}

/** Ingest calls this with the hello's node name: a stream may only report its own node. */
export function assertNodeAllowed(identity: AgentIdentity, nodeName: string): void {
  if (identity.nodeName !== null && identity.nodeName !== nodeName) {
    throw new AgentAuthError(7, `${identity.subject} is bound to node "${identity.nodeName}" and may not report node "${nodeName}"`);
  }
}
