// Builds the ingest's AgentAuthenticator from `--agent-auth`.
import { readFileSync } from 'node:fs';
import { MtlsAgentAuthenticator } from './agent-mtls.js';
import { assertAgentAuthNoneAllowed, NoneAgentAuthenticator } from './agent-none.js';
import { TokenAgentAuthenticator } from './agent-token.js';
import { kubeApiFromConfig, type KubeApi } from './kube-client.js';
import type { AgentAuthenticator } from './types.js';
import { parsePemBundle } from './x509.js';

export type AgentAuthMode = 'token' | 'mtls' | 'none';

export interface AgentAuthOptions {
  mode: AgentAuthMode;
  /** `--grpc-listen`: `none` is refused unless it is a loopback address. */
  grpcListen: string;
  /** token: verify signatures locally (jwks, default) or ask the apiserver (tokenreview). */
  tokenMethod?: 'jwks' | 'tokenreview';
  /** token: allowed agent ServiceAccounts, "namespace:name"; default kubepulse:kubepulse-agent. */
  serviceAccounts?: string[];
  issuer?: string;
  kubeconfig?: string;
  api?: KubeApi;
  /** mtls: PEM file of the CA that signs agent certificates. */
  agentCaFile?: string;
}

export const DEFAULT_AGENT_SERVICE_ACCOUNTS = ['kubepulse:kubepulse-agent'];

export function createAgentAuth(opts: AgentAuthOptions): AgentAuthenticator {
  switch (opts.mode) {
    case 'none':
      assertAgentAuthNoneAllowed(opts.grpcListen);
      return new NoneAgentAuthenticator();
    case 'mtls': {
      if (!opts.agentCaFile) throw new Error('--agent-auth mtls needs the CA that signs agent certificates');
      const roots = parsePemBundle(readFileSync(opts.agentCaFile, 'utf8'), opts.agentCaFile);
      return new MtlsAgentAuthenticator(() => roots);
    }
    case 'token':
      return new TokenAgentAuthenticator({
        api: opts.api ?? kubeApiFromConfig(opts.kubeconfig || undefined),
        method: opts.tokenMethod ?? 'jwks',
        serviceAccounts: opts.serviceAccounts ?? DEFAULT_AGENT_SERVICE_ACCOUNTS,
        ...(opts.issuer !== undefined ? { issuer: opts.issuer } : {}),
      });
    default:
      throw new Error(`unknown --agent-auth "${String(opts.mode)}" (token, mtls or none)`);
  }
}
