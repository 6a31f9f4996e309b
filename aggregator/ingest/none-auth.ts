// `--agent-auth none`: any node may be reported, so it is accepted only from loopback peers
// (`kubepulse up`, tests, benchmarks). The real token and mTLS authenticators live in ../auth.
import { AgentAuthError, type AgentAuthenticator, type AgentIdentity } from '../auth/types.js';

export function isLoopbackPeer(peer: string): boolean {
  // grpc-js peers look like "127.0.0.1:5555", "[::1]:5555" or "[::ffff:127.0.0.1]:5555".
  const host = peer.startsWith('[') ? peer.slice(1, peer.indexOf(']')) : peer.slice(0, peer.lastIndexOf(':'));
  return /^127\./.test(host) || host === '::1' || /^::ffff:127\./.test(host);
}

export const loopbackAgentAuth: AgentAuthenticator = {
  authenticate(ctx): Promise<AgentIdentity> {
    if (!isLoopbackPeer(ctx.peerAddress)) {
      return Promise.reject(new AgentAuthError(7, `agent-auth none accepts only loopback peers, not ${ctx.peerAddress}`));
    }
    return Promise.resolve({ subject: 'loopback', nodeName: null });
  },
};
