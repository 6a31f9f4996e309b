// Seams for authentication and authorization, used by the HTTPS API (aggregator/server) and by
// gRPC ingest (agent identity). Implementations live beside this file.
import type { X509Certificate } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface UserInfo {
  username: string;
  uid?: string;
  groups: string[];
  extra: Record<string, string[]>;
}

export interface HttpAuthRequest {
  headers: IncomingHttpHeaders;
  /** The TLS client chain as presented, leaf first; empty without a client certificate. */
  peerCertificates: X509Certificate[];
}

export type AuthnResult =
  | { kind: 'authenticated'; user: UserInfo }
  /** No credentials this authenticator understands: the next one may try. */
  | { kind: 'none' }
  /** Credentials present but invalid: stop and answer 401. */
  | { kind: 'rejected'; reason: string };

export interface HttpAuthenticator {
  authenticate(req: HttpAuthRequest): Promise<AuthnResult>;
}

/** Kubernetes request attributes, as the generic API server derives them from a request. */
export interface RequestAttributes {
  user: UserInfo;
  verb: string;
  path: string;
  resourceRequest: boolean;
  apiGroup?: string;
  apiVersion?: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

export interface AuthzDecision {
  allowed: boolean;
  reason?: string;
  /** The decision could not be made (e.g. the apiserver is unreachable): answer 500, not 403. */
  error?: string;
}

export interface Authorizer {
  authorize(attrs: RequestAttributes): Promise<AuthzDecision>;
}

/** Who is on the other end of an ingest stream, and which node it may report. */
export interface AgentIdentity {
  /** e.g. "system:serviceaccount:kubepulse:kubepulse-agent" or a certificate CN. */
  subject: string;
  /** The only node this stream may report; null when any node is allowed (agent-auth none). */
  nodeName: string | null;
}

export interface AgentAuthContext {
  /** Bearer token from the `authorization` call metadata, if any. */
  token?: string;
  /** The agent's TLS client certificate, if any. */
  peerCertificate?: X509Certificate;
  peerAddress: string;
}

/** Thrown by an AgentAuthenticator; `code` is a gRPC status code (16 UNAUTHENTICATED, 7 PERMISSION_DENIED). */
export class AgentAuthError extends Error {
  override readonly name = 'AgentAuthError';
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

export interface AgentAuthenticator {
  authenticate(ctx: AgentAuthContext): Promise<AgentIdentity>;
}
