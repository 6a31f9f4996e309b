// `kubepulse up`: the aggregator and an agent for this machine in one process, talking over
// loopback gRPC with TLS — the same code paths as in a cluster — plus the certificates and the
// kubeconfig kubectl needs. Runs until SIGINT/SIGTERM, then exits 0.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { RunningAgent } from '../../agent/agent.js';
import type { CriMetadataProvider } from '../../agent/cri/provider.js';
import type { PushClient } from '../../agent/push/client.js';
import type { HttpAuth } from '../../aggregator/auth/factory.js';
import type { RunningAggregator } from '../../aggregator/aggregator.js';
import { writeKubeconfig } from '../../common/kubeconfig.js';
import { createLogger, type Logger } from '../../common/logger.js';
import type { CertificateAuthority } from '../../common/tls.js';
import { KUBEPULSE_VERSION } from '../../common/version.js';
import { CliError, UsageError } from '../errors.js';
import { addAgentFlags, agentOptionsFromFlags, type AgentFlags } from './agent.js';
import { addAggregatorListenFlags, listenError, parsePort, parseResolutionNs } from './aggregator.js';
import { untilSignal } from './signals.js';

interface UpFlags extends AgentFlags {
  stateDir: string;
  grpcListen: string;
  bindAddress: string;
  securePort: string;
  metricResolution: string;
}

export interface StateFiles {
  dir: string;
  caCert: string;
  caKey: string;
  servingCert: string;
  servingKey: string;
  clientCert: string;
  clientKey: string;
  kubeconfig: string;
}

export function stateFiles(dir: string): StateFiles {
  const d = resolve(dir);
  return {
    dir: d,
    caCert: join(d, 'ca.crt'), caKey: join(d, 'ca.key'),
    servingCert: join(d, 'serving.crt'), servingKey: join(d, 'serving.key'),
    clientCert: join(d, 'client.crt'), clientKey: join(d, 'client.key'),
    kubeconfig: join(d, 'kubeconfig'),
  };
}

/** Keeps the CA across runs (kubeconfigs handed out stay valid); leaf certificates are renewed each run. */
// Heavy modules load when `up` runs, not when any command (or --help) starts.
const tls = (): Promise<typeof import('../../common/tls.js')> => import('../../common/tls.js');

async function ensureCA(f: StateFiles): Promise<CertificateAuthority> {
  const { createCA, loadCA } = await tls();
  if (existsSync(f.caCert) && existsSync(f.caKey)) {
    try {
      return await loadCA({ cert: await readFile(f.caCert, 'utf8'), key: await readFile(f.caKey, 'utf8') });
    } catch (err) {
      throw new CliError(`cannot load the CA in ${f.dir}: ${(err as Error).message}`, `remove ${f.caCert} and ${f.caKey} to create a new one`);
    }
  }
  const ca = await createCA('kubepulse-up-ca');
  await writeFile(f.caCert, ca.cert, { mode: 0o644 });
  await writeFile(f.caKey, ca.key, { mode: 0o600 });
  return ca;
}

const hostOf = (listen: string): string => {
  const i = listen.lastIndexOf(':');
  const h = i < 0 ? listen : listen.slice(0, i);
  return h.replace(/^\[|\]$/g, '');
};

export function registerUp(program: Command): void {
  const cmd = program.command('up').description('run an aggregator and an agent for this machine in one process, with a kubeconfig for kubectl');
  cmd.addOption(new Option('--state-dir <dir>', 'where the CA, certificates and kubeconfig are kept').default('./.kubepulse'));
  addAggregatorListenFlags(cmd, { bindAddress: '127.0.0.1', grpcListen: '127.0.0.1:10444' });
  addAgentFlags(cmd, { stream: false }).action(async (f: UpFlags) => {
    const resolutionNs = parseResolutionNs(f.metricResolution);
    const securePort = parsePort(f.securePort, '--secure-port');
    const agentOptions = agentOptionsFromFlags({ ...f, aggregator: undefined });
    const grpcHost = hostOf(f.grpcListen);
    if (!/^127\.|^::1$|^localhost$/.test(grpcHost)) {
      throw new UsageError(`--grpc-listen must be a loopback address in kubepulse up (agents are not authenticated), got ${f.grpcListen}`);
    }
    const logger = createLogger(undefined, 'kubepulse');
    const files = stateFiles(f.stateDir);
    try {
      await mkdir(files.dir, { recursive: true, mode: 0o700 });
    } catch (err) {
      throw new CliError(`cannot create --state-dir ${files.dir}: ${(err as Error).message}`, 'pick a writable directory with --state-dir');
    }
    const ca = await ensureCA(files);
    const { createClientCert, createServingCert } = await tls();
    const hosts = [...new Set(['localhost', '127.0.0.1', '::1', hostname(), f.bindAddress, grpcHost].filter((h) => h && h !== '0.0.0.0' && h !== '::'))];
    const serving = await createServingCert(ca, hosts);
    const client = await createClientCert(ca, 'kubepulse-admin', ['system:masters']);
    await writeFile(files.servingCert, serving.cert);
    await writeFile(files.servingKey, serving.key, { mode: 0o600 });
    await writeFile(files.clientCert, client.cert);
    await writeFile(files.clientKey, client.key, { mode: 0o600 });

    const started = await startAll(f, { files, ca, serving, resolutionNs, securePort, agentOptions, logger });
    const apiHost = f.bindAddress === '0.0.0.0' || f.bindAddress === '::' ? '127.0.0.1' : f.bindAddress;
    const server = `https://${apiHost.includes(':') ? `[${apiHost}]` : apiHost}:${started.agg.server.port}`;
    await writeKubeconfig(files.kubeconfig, { server, caPem: ca.cert, clientCertPem: client.cert, clientKeyPem: client.key });

    const kc = `kubectl --kubeconfig ${files.kubeconfig}`;
    process.stdout.write([
      `kubepulse up: node ${agentOptions.nodeName}`,
      `  metrics API      ${server}  (metrics.k8s.io v1beta1 and v1)`,
      `  gRPC ingest      ${started.agg.grpcAddress}`,
      `  agent            ${started.agent.url}/stats/summary  ${started.agent.url}/metrics/resource`,
      `  kubeconfig       ${files.kubeconfig}`,
      '',
      'Try:',
      `  ${kc} top node`,
      `  ${kc} top pod -A --containers`,
      `  ${kc} get podmetrics -A`,
      `  ${kc} get nodemetrics`,
      `  ${kc} get --raw /apis/metrics.k8s.io/v1/nodes`,
      `  kubepulse top pods -A --kubeconfig ${files.kubeconfig}`,
      '(the first values appear after two samples; Ctrl-C stops)',
      '',
    ].join('\n'));

    const sig = await untilSignal();
    logger.info({ signal: sig }, 'stopping');
    await started.stop();
  });
}

interface StartInputs {
  files: StateFiles;
  ca: CertificateAuthority;
  serving: { cert: string; key: string };
  resolutionNs: bigint;
  securePort: number;
  agentOptions: ReturnType<typeof agentOptionsFromFlags>;
  logger: Logger;
}

async function startAll(f: UpFlags, s: StartInputs): Promise<{ agg: RunningAggregator; agent: RunningAgent; stop(): Promise<void> }> {
  const [{ startAgent }, { CriMetadataProvider }, { startPush }, { NoneAgentAuthenticator }, { createHttpAuth }, { startAggregator }] = await Promise.all([
    import('../../agent/agent.js'), import('../../agent/cri/provider.js'), import('../../agent/push/client.js'),
    import('../../aggregator/auth/agent-none.js'), import('../../aggregator/auth/factory.js'), import('../../aggregator/aggregator.js'),
  ]);
  let httpAuth: HttpAuth | undefined;
  let agg: RunningAggregator | undefined;
  let agent: RunningAgent | undefined;
  let push: PushClient | undefined;
  let metadata: CriMetadataProvider | undefined;
  const stop = async (): Promise<void> => {
    push?.stop();
    await agent?.stop();
    await metadata?.close();
    await agg?.stop();
    httpAuth?.close();
  };
  try {
    httpAuth = await createHttpAuth({ mode: 'standalone', clientCaFile: s.files.caCert, log: s.logger });
    try {
      agg = await startAggregator({
        grpcListen: f.grpcListen,
        secureHost: f.bindAddress,
        securePort: s.securePort,
        tls: s.serving,
        httpClientCa: [s.ca.cert],
        resolutionNs: s.resolutionNs,
        httpAuth,
        agentAuth: new NoneAgentAuthenticator(),
        standalone: true,
        logger: s.logger,
      });
    } catch (err) {
      throw listenError(err, 'aggregator failed to start');
    }
    // Pod names, namespaces and labels come from the container runtime; detected when not given.
    metadata = new CriMetadataProvider({
      ...(s.agentOptions.criEndpoint ? { endpoint: s.agentOptions.criEndpoint } : {}),
      refreshMs: Math.min(5000, Number(s.resolutionNs / 1_000_000n)),
      log: s.logger,
    });
    await metadata.start();
    // Until the first Settings arrive the agent samples at the aggregator's resolution anyway.
    const agentOptions = s.agentOptions.intervalExplicit ? s.agentOptions : { ...s.agentOptions, intervalMs: Number(s.resolutionNs / 1_000_000n) };
    try {
      agent = await startAgent(agentOptions, { logger: s.logger, metadata });
    } catch (err) {
      throw listenError(err, `agent failed to start on ${agentOptions.listen}`);
    }
    metadata = undefined; // the agent owns it now and closes it
    const a = agent;
    push = await startPush({
      aggregator: agg.grpcAddress,
      source: a.collector,
      hello: {
        nodeName: agentOptions.nodeName,
        agentVersion: KUBEPULSE_VERSION,
        bootId: a.bootId ?? '',
        capabilities: [],
        agentStartTimeNs: BigInt(Date.now()) * 1_000_000n,
        intervalNs: BigInt(a.collector.intervalMs) * 1_000_000n,
        nodeLabels: { 'kubernetes.io/hostname': agentOptions.nodeName, 'kubernetes.io/os': process.platform },
      },
      caFile: s.files.caCert,
      onResolution: (ns) => a.applyResolutionMs(Number(ns / 1_000_000n)),
      logger: s.logger,
    });
    return { agg, agent, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
