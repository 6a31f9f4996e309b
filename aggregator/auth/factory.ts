// Builds the HTTPS API's authenticator and authorizer for the three ways kubepulse runs:
//  - cluster:    ConfigMap + flags for certificates, TokenReview and SubjectAccessReview through
//                the authentication/authorization kubeconfig (or the in-cluster service account);
//  - flags:      certificates from flags only, no apiserver; whoever authenticates may read (a
//                front-proxied request was already authorized by the kube-apiserver);
//  - standalone: `kubepulse up`: client certificates against its own CA, authenticated = allowed.
import type { Logger } from '../../common/logger.js';
import { AuthConfigSource, type AuthFlags } from './auth-config.js';
import { ClientCertAuthenticator } from './client-cert.js';
import { checkHttpRequest, DEFAULT_ALWAYS_ALLOW_PATHS, type HttpCheckResult, type HttpRequestLike } from './http-check.js';
import { kubeApiFromConfig, type KubeApi } from './kube-client.js';
import { RequestHeaderAuthenticator } from './request-header.js';
import { AllowAuthenticatedAuthorizer, SubjectAccessReviewAuthorizer } from './sar.js';
import { TokenReviewAuthenticator } from './token-review.js';
import type { Authorizer, HttpAuthenticator } from './types.js';
import { UnionAuthenticator } from './union.js';

export type HttpAuthMode = 'cluster' | 'flags' | 'standalone';

export interface HttpAuthOptions extends AuthFlags {
  mode: HttpAuthMode;
  /** `--authentication-kubeconfig`; empty in cluster mode means in-cluster config. */
  authenticationKubeconfig?: string;
  /** `--authorization-kubeconfig`; defaults to the authentication one. */
  authorizationKubeconfig?: string;
  /** `--authorization-always-allow-paths`; default /healthz, /readyz, /livez. */
  alwaysAllowPaths?: string[];
  anonymous?: boolean;
  configRefreshMs?: number;
  tokenCacheTtlMs?: number;
  allowCacheTtlMs?: number;
  denyCacheTtlMs?: number;
  /** Tests inject stand-in apiservers here instead of kubeconfigs. */
  authenticationApi?: KubeApi;
  authorizationApi?: KubeApi;
  log?: Logger;
}

export interface HttpAuth {
  authenticator: HttpAuthenticator;
  authorizer: Authorizer;
  alwaysAllowPaths: string[];
  /** Authenticate + authorize one request; see http-check.ts. */
  check(req: HttpRequestLike): Promise<HttpCheckResult>;
  close(): void;
}

export async function createHttpAuth(opts: HttpAuthOptions): Promise<HttpAuth> {
  const alwaysAllowPaths = opts.alwaysAllowPaths ?? DEFAULT_ALWAYS_ALLOW_PATHS;
  let authnApi: KubeApi | null = null;
  let authzApi: KubeApi | null = null;
  if (opts.mode === 'cluster') {
    authnApi = opts.authenticationApi ?? kubeApiFromConfig(opts.authenticationKubeconfig || undefined);
    authzApi = opts.authorizationApi ??
      (opts.authorizationKubeconfig && opts.authorizationKubeconfig !== opts.authenticationKubeconfig
        ? kubeApiFromConfig(opts.authorizationKubeconfig)
        : authnApi);
  } else if (opts.mode === 'standalone') {
    if (!opts.clientCaFile) throw new Error('standalone authentication needs a client CA file');
  } else if (!opts.clientCaFile && !opts.requestheaderClientCaFile) {
    throw new Error('set --client-ca-file and/or --requestheader-client-ca-file, or give an --authentication-kubeconfig');
  }

  const source = new AuthConfigSource(authnApi, opts, opts.log);
  await source.start(opts.configRefreshMs ?? 60_000);

  const chain: HttpAuthenticator[] = [];
  if (opts.mode !== 'standalone') chain.push(new RequestHeaderAuthenticator(() => source.current.requestHeader));
  chain.push(new ClientCertAuthenticator(() => source.current.clientCa));
  if (authnApi) chain.push(new TokenReviewAuthenticator(authnApi, { cacheTtlMs: opts.tokenCacheTtlMs ?? 10_000 }));
  const authenticator = new UnionAuthenticator(chain, opts.anonymous ?? false);

  const authorizer: Authorizer = authzApi
    ? new SubjectAccessReviewAuthorizer(authzApi, {
      ...(opts.allowCacheTtlMs !== undefined ? { allowTtlMs: opts.allowCacheTtlMs } : {}),
      ...(opts.denyCacheTtlMs !== undefined ? { denyTtlMs: opts.denyCacheTtlMs } : {}),
    })
    : new AllowAuthenticatedAuthorizer();

  return {
    authenticator,
    authorizer,
    alwaysAllowPaths,
    check: (req) => checkHttpRequest(authenticator, authorizer, alwaysAllowPaths, req),
    close: () => source.stop(),
  };
}
