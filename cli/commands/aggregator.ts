// `kubepulse aggregator`: the Deployment process. Its flags are exported so `kubepulse up` can offer
// the listening ones.
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { Option, type Command } from 'commander';
import { parseDurationMs } from '../../agent/options.js';
import type { AgentAuthMode } from '../../aggregator/auth/agent-factory.js';
import type { HttpAuthMode } from '../../aggregator/auth/factory.js';
import { createLogger } from '../../common/logger.js';
import { CliError, UsageError } from '../errors.js';
import { untilSignal } from './signals.js';

export interface AggregatorFlags {
  grpcListen: string;
  bindAddress: string;
  securePort: string;
  metricResolution: string;
  tlsCertFile?: string;
  tlsPrivateKeyFile?: string;
  requestheaderClientCaFile?: string;
  requestheaderAllowedNames?: string;
  requestheaderUsernameHeaders?: string;
  requestheaderGroupHeaders?: string;
  requestheaderExtraHeadersPrefix?: string;
  clientCaFile?: string;
  authenticationKubeconfig?: string;
  authorizationKubeconfig?: string;
  authorizationAlwaysAllowPaths: string;
  agentAuth: string;
  agentClientCaFile?: string;
}

export const DEFAULT_METRIC_RESOLUTION = '15s';

/** The listening flags, shared with `kubepulse up`. */
export function addAggregatorListenFlags(cmd: Command, defaults: { bindAddress: string; grpcListen: string }): Command {
  return cmd
    .addOption(new Option('--grpc-listen <host:port>', 'gRPC ingest address agents stream to (port 0: any free port)').default(defaults.grpcListen))
    .addOption(new Option('--bind-address <ip>', 'address of the HTTPS API').default(defaults.bindAddress))
    .addOption(new Option('--secure-port <port>', 'HTTPS API port (0: any free port)').default('10443'))
    .addOption(new Option('--metric-resolution <duration>', 'sampling interval pushed to agents, e.g. 15s').default(DEFAULT_METRIC_RESOLUTION));
}

export function addAggregatorFlags(cmd: Command): Command {
  return addAggregatorListenFlags(cmd, { bindAddress: '0.0.0.0', grpcListen: ':10444' })
    .addOption(new Option('--tls-cert-file <file>', 'PEM serving certificate (default: a self-signed one generated at start)'))
    .addOption(new Option('--tls-private-key-file <file>', 'PEM key of --tls-cert-file'))
    .addOption(new Option('--requestheader-client-ca-file <file>', 'CA of the kube-apiserver front proxy (default: from the extension-apiserver-authentication ConfigMap)'))
    .addOption(new Option('--requestheader-allowed-names <names>', 'comma-separated CNs allowed to act as the front proxy'))
    .addOption(new Option('--requestheader-username-headers <headers>', 'comma-separated user headers').hideHelp())
    .addOption(new Option('--requestheader-group-headers <headers>', 'comma-separated group headers').hideHelp())
    .addOption(new Option('--requestheader-extra-headers-prefix <prefixes>', 'comma-separated extra-header prefixes').hideHelp())
    .addOption(new Option('--client-ca-file <file>', 'CA for direct client certificates (user = CN, groups = O)'))
    .addOption(new Option('--authentication-kubeconfig <file>', 'kubeconfig for TokenReview and the authentication ConfigMap (default: in-cluster)'))
    .addOption(new Option('--authorization-kubeconfig <file>', 'kubeconfig for SubjectAccessReview (default: the authentication one)'))
    .addOption(new Option('--authorization-always-allow-paths <paths>', 'comma-separated paths served without authentication').default('/healthz,/readyz,/livez'))
    .addOption(new Option('--agent-auth <mode>', 'how agents authenticate: token, mtls, or none (loopback only)').choices(['token', 'mtls', 'none']).default('token'))
    .addOption(new Option('--agent-client-ca-file <file>', 'CA that signs agent client certificates (--agent-auth mtls)'));
}

const list = (s: string | undefined): string[] | undefined => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined);

export function parseResolutionNs(text: string): bigint {
  let ms: number;
  try {
    ms = parseDurationMs(text);
  } catch (err) {
    throw new UsageError(`--metric-resolution: ${(err as Error).message}`);
  }
  if (ms < 100) throw new UsageError(`--metric-resolution must be at least 100ms, got ${text}`);
  return BigInt(ms) * 1_000_000n;
}

export function parsePort(text: string, flag: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new UsageError(`${flag} must be a port number 0-65535, got ${JSON.stringify(text)}`);
  return n;
}

function readPem(file: string, flag: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read ${flag} ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, `check the path given to ${flag}`);
  }
}

/** Turns listen errors into one-line CLI errors. */
export function listenError(err: unknown, what: string): CliError {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE') return new CliError(`${what}: address already in use`, 'pick other ports with --secure-port / --grpc-listen / --listen');
  if (e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL') return new CliError(`${what}: cannot listen (${e.code})`, 'pick another address or port');
  return new CliError(`${what}: ${e.message}`);
}

export function registerAggregator(program: Command): void {
  const cmd = program.command('aggregator').description('metrics.k8s.io aggregator: gRPC ingest from agents, HTTPS API for kubectl top and the HPA');
  addAggregatorFlags(cmd).action(async (f: AggregatorFlags) => {
    // Loaded here, not at the top: every other command (and --help) starts faster without them.
    const [{ createAgentAuth }, { createHttpAuth }, { startAggregator }, { createCA, createServingCert }] = await Promise.all([
      import('../../aggregator/auth/agent-factory.js'), import('../../aggregator/auth/factory.js'),
      import('../../aggregator/aggregator.js'), import('../../common/tls.js'),
    ]);
    const resolutionNs = parseResolutionNs(f.metricResolution);
    const securePort = parsePort(f.securePort, '--secure-port');
    if (f.agentAuth === 'token' && !f.authenticationKubeconfig && !process.env['KUBERNETES_SERVICE_HOST']) {
      throw new UsageError('--agent-auth token verifies ServiceAccount tokens with the apiserver: give --authentication-kubeconfig (or run in a cluster), or use --agent-auth mtls, or none on loopback');
    }
    if (Boolean(f.tlsCertFile) !== Boolean(f.tlsPrivateKeyFile)) throw new UsageError('--tls-cert-file and --tls-private-key-file go together');
    const logger = createLogger(undefined, 'kubepulse-aggregator');
    const mode: HttpAuthMode = f.authenticationKubeconfig || process.env['KUBERNETES_SERVICE_HOST'] ? 'cluster' : 'flags';
    let httpAuth;
    try {
      const allowedNames = list(f.requestheaderAllowedNames);
      const userHeaders = list(f.requestheaderUsernameHeaders);
      const groupHeaders = list(f.requestheaderGroupHeaders);
      const extraPrefixes = list(f.requestheaderExtraHeadersPrefix);
      httpAuth = await createHttpAuth({
        mode,
        ...(f.clientCaFile ? { clientCaFile: f.clientCaFile } : {}),
        ...(f.requestheaderClientCaFile ? { requestheaderClientCaFile: f.requestheaderClientCaFile } : {}),
        ...(allowedNames ? { requestheaderAllowedNames: allowedNames } : {}),
        ...(userHeaders ? { requestheaderUsernameHeaders: userHeaders } : {}),
        ...(groupHeaders ? { requestheaderGroupHeaders: groupHeaders } : {}),
        ...(extraPrefixes ? { requestheaderExtraHeadersPrefix: extraPrefixes } : {}),
        ...(f.authenticationKubeconfig ? { authenticationKubeconfig: f.authenticationKubeconfig } : {}),
        ...(f.authorizationKubeconfig ? { authorizationKubeconfig: f.authorizationKubeconfig } : {}),
        alwaysAllowPaths: list(f.authorizationAlwaysAllowPaths) ?? [],
        log: logger,
      });
    } catch (err) {
      throw new CliError(`authentication setup failed: ${(err as Error).message}`, 'see kubepulse aggregator --help');
    }
    let agentAuth;
    try {
      agentAuth = createAgentAuth({
        mode: f.agentAuth as AgentAuthMode,
        grpcListen: f.grpcListen,
        ...(f.agentClientCaFile ? { agentCaFile: f.agentClientCaFile } : {}),
        ...(f.authenticationKubeconfig ? { kubeconfig: f.authenticationKubeconfig } : {}),
      });
    } catch (err) {
      httpAuth.close();
      throw new UsageError(`--agent-auth ${f.agentAuth}: ${(err as Error).message}`);
    }
    let tls: { cert: string; key: string };
    let clientCas: string[];
    try {
      clientCas = [f.clientCaFile, f.requestheaderClientCaFile].filter((x): x is string => Boolean(x)).map((p) => readPem(p, 'CA file'));
      if (f.tlsCertFile && f.tlsPrivateKeyFile) {
        tls = { cert: readPem(f.tlsCertFile, '--tls-cert-file'), key: readPem(f.tlsPrivateKeyFile, '--tls-private-key-file') };
      } else {
        // As metrics-server does without certificates: self-signed, fine behind an APIService with
        // insecureSkipTLSVerify, never for agents that verify with --ca-file.
        const ca = await createCA('kubepulse-aggregator-self-signed');
        tls = await createServingCert(ca, ['localhost', '127.0.0.1', hostname()]);
        logger.warn('no --tls-cert-file: serving with a self-signed certificate generated at start');
      }
    } catch (err) {
      httpAuth.close();
      throw err;
    }
    let agg;
    try {
      agg = await startAggregator({
        grpcListen: f.grpcListen,
        secureHost: f.bindAddress,
        securePort,
        tls,
        // The TLS CertificateRequest lists these CAs; a client using Go's crypto/tls directly sends
        // only a certificate issued by a listed CA (client-go sends its certificate regardless). In
        // cluster mode the CAs come from the ConfigMap too and can rotate, so list none there:
        // every client sends its certificate and aggregator/auth verifies it.
        ...(clientCas.length > 0 && mode === 'flags' ? { httpClientCa: clientCas } : {}),
        ...(f.agentClientCaFile ? { agentClientCa: readPem(f.agentClientCaFile, '--agent-client-ca-file') } : {}),
        resolutionNs,
        httpAuth,
        agentAuth,
        logger,
      });
    } catch (err) {
      httpAuth.close();
      throw listenError(err, 'aggregator failed to start');
    }
    process.stdout.write(`kubepulse aggregator: API ${agg.url}, gRPC ingest ${agg.grpcAddress}\n`);
    const sig = await untilSignal();
    logger.info({ signal: sig }, 'stopping');
    await agg.stop();
    httpAuth.close();
  });
}
