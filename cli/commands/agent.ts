// `kubepulse agent`: the DaemonSet process. The flags are exported so `kubepulse up` can offer them.
import { Option, type Command } from 'commander';
import { hostname } from 'node:os';
import { startAgent } from '../../agent/agent.js';
import { defaultAgentOptions, DEFAULT_LISTEN, parseDurationMs, parseListen, type AgentOptions } from '../../agent/options.js';
import { createLogger } from '../../common/logger.js';
import { criTarget } from '../../agent/cri/target.js';
import { PSI_MODES, type PsiMode } from '../../agent/cgroup/stats.js';
import { NATIVE_READS_MODES, type NativeReadsMode } from '../../agent/cgroup/reader.js';
import { CliError, UsageError } from '../errors.js';
import { untilSignal } from './signals.js';

export interface AgentFlags {
  nodeName?: string;
  cgroupRoot: string;
  procRoot: string;
  kubepodsCgroup?: string;
  criEndpoint?: string;
  listen: string;
  aggregator?: string;
  tokenFile?: string;
  caFile?: string;
  clientCertFile?: string;
  clientKeyFile?: string;
  interval?: string;
  fsPath: string;
  psi: string;
  nativeReads: string;
}

/**
 * The agent's flags. `stream: false` leaves out the ones that point a DaemonSet agent at remote
 * aggregators (kubepulse up streams to its own aggregator over loopback and would ignore them).
 */
export function addAgentFlags(cmd: Command, { stream = true }: { stream?: boolean } = {}): Command {
  cmd
    .addOption(new Option('--node-name <name>', 'node name to report (default: hostname)').env('NODE_NAME'))
    .addOption(new Option('--cgroup-root <dir>', 'where the host cgroup tree is mounted').env('CGROUP_ROOT').default('/sys/fs/cgroup'))
    .addOption(new Option('--proc-root <dir>', 'where the host /proc is mounted').env('PROC_ROOT').default('/proc'))
    .addOption(new Option('--kubepods-cgroup <path>', 'pod root as a cgroup path, e.g. /kubepods or /kubepods.slice (default: detected)').env('KUBEPODS_CGROUP'))
    .addOption(new Option('--cri-endpoint <endpoint>', 'CRI socket, e.g. unix:///run/containerd/containerd.sock (default: detected)').env('CRI_ENDPOINT'))
    .addOption(new Option('--listen <host:port>', 'HTTP address for /stats/summary and /metrics/resource (port 0: any free port)').env('KUBEPULSE_LISTEN').default(DEFAULT_LISTEN));
  if (stream) {
    cmd
      .addOption(new Option('--aggregator <list>', 'aggregator replicas: comma-separated host:port, or a DNS name resolving to all').env('KUBEPULSE_AGGREGATOR'))
      .addOption(new Option('--token-file <file>', 'ServiceAccount token presented to the aggregator').env('KUBEPULSE_TOKEN_FILE'))
      .addOption(new Option('--ca-file <file>', 'CA bundle that signed the aggregator\'s serving certificate').env('KUBEPULSE_CA_FILE'))
      .addOption(new Option('--client-cert-file <file>', 'client certificate for --agent-auth mtls aggregators (CN=system:node:<node-name>)').env('KUBEPULSE_CLIENT_CERT_FILE'))
      .addOption(new Option('--client-key-file <file>', 'private key of --client-cert-file').env('KUBEPULSE_CLIENT_KEY_FILE'));
  }
  return cmd
    .addOption(new Option('--interval <duration>', 'collection interval, e.g. 10s (default: the aggregator\'s resolution, else 10s)').env('KUBEPULSE_INTERVAL'))
    .addOption(new Option('--fs-path <dir>', 'filesystem reported as the node fs in the Summary').env('KUBEPULSE_FS_PATH').default('/'))
    .addOption(new Option('--psi <mode>', 'read pressure (PSI) files: auto = on cgroup v2 only, as the kubelet; on = also from a hybrid host\'s unified mount (3 more reads per cgroup); off').env('KUBEPULSE_PSI').choices(PSI_MODES).default('auto'))
    .addOption(new Option('--native-reads <mode>', 'read cgroup files through the agent\'s native addon: auto = when it was built (else fs.readSync, same results, more CPU); on = refuse to start without it; off').env('KUBEPULSE_NATIVE_READS').choices(NATIVE_READS_MODES).default('auto'));
}

/** Parsed flags → agent options. Bad values throw UsageError (exit 2). */
export function agentOptionsFromFlags(f: AgentFlags): AgentOptions {
  try {
    parseListen(f.listen);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  let intervalMs: number | undefined;
  if (f.interval !== undefined) {
    try {
      intervalMs = parseDurationMs(f.interval);
    } catch (err) {
      throw new UsageError(`--interval: ${(err as Error).message}`);
    }
    if (intervalMs < 100) throw new UsageError(`--interval must be at least 100ms, got ${f.interval}`);
  }
  if (f.criEndpoint !== undefined && f.criEndpoint !== 'none') {
    try {
      criTarget(f.criEndpoint);
    } catch (err) {
      throw new UsageError(`--cri-endpoint: ${(err as Error).message}`);
    }
  }
  if ((f.clientCertFile === undefined) !== (f.clientKeyFile === undefined)) {
    throw new UsageError('--client-cert-file and --client-key-file go together');
  }
  if (f.kubepodsCgroup !== undefined && !f.kubepodsCgroup.startsWith('/')) {
    throw new UsageError(`--kubepods-cgroup must be a cgroup path starting with "/", got ${JSON.stringify(f.kubepodsCgroup)}`);
  }
  const nodeName = f.nodeName || hostname();
  const o = defaultAgentOptions({
    nodeName,
    cgroupRoot: f.cgroupRoot,
    procRoot: f.procRoot,
    listen: f.listen,
    fsPath: f.fsPath,
    psi: f.psi as PsiMode,
    nativeReads: f.nativeReads as NativeReadsMode,
    intervalExplicit: intervalMs !== undefined,
    aggregators: f.aggregator ? f.aggregator.split(',').map((s) => s.trim()).filter(Boolean) : [],
  });
  if (intervalMs !== undefined) o.intervalMs = intervalMs;
  if (f.kubepodsCgroup) o.kubepodsCgroup = f.kubepodsCgroup;
  if (f.criEndpoint) o.criEndpoint = f.criEndpoint;
  if (f.tokenFile) o.tokenFile = f.tokenFile;
  if (f.caFile) o.caFile = f.caFile;
  return o;
}

export function registerAgent(program: Command): void {
  const cmd = program.command('agent').description('node agent: reads cgroups and serves /stats/summary and /metrics/resource');
  addAgentFlags(cmd).action(async (flags: AgentFlags) => {
    const options = agentOptionsFromFlags(flags);
    const logger = createLogger(undefined, 'kubepulse-agent');
    let agent;
    try {
      agent = await startAgent(options, { logger });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'EADDRINUSE') throw new CliError(`${options.listen} is already in use`, 'pick another address with --listen');
      if (e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL') throw new CliError(`cannot listen on ${options.listen}: ${e.code}`, 'pick another address with --listen');
      throw new CliError(`agent failed to start: ${e.message}`, 'check --cgroup-root and --proc-root point at the host\'s cgroup tree and /proc');
    }
    process.stdout.write(`kubepulse agent for node ${options.nodeName} on ${agent.url} (cgroup ${agent.collector.layout.mode})\n`);
    // With --aggregator the agent streams its samples (the DaemonSet's whole purpose); without
    // it, it only serves HTTP. Same wiring as `kubepulse up`.
    let push: { stop(): void } | undefined;
    if (flags.aggregator) {
      const a = agent;
      const [{ startPush }, { KUBEPULSE_VERSION }] = await Promise.all([import('../../agent/push/client.js'), import('../../common/version.js')]);
      try {
        push = await startPush({
          aggregator: flags.aggregator,
          source: a.collector,
          hello: {
            nodeName: options.nodeName, agentVersion: KUBEPULSE_VERSION, bootId: a.bootId ?? '', capabilities: [],
            agentStartTimeNs: BigInt(Date.now()) * 1_000_000n, intervalNs: BigInt(a.collector.intervalMs) * 1_000_000n, nodeLabels: {},
          },
          ...(options.caFile ? { caFile: options.caFile } : {}),
          ...(options.tokenFile ? { tokenFile: options.tokenFile } : {}),
          ...(flags.clientCertFile && flags.clientKeyFile ? { certFile: flags.clientCertFile, keyFile: flags.clientKeyFile } : {}),
          onResolution: (ns) => a.applyResolutionMs(Number(ns / 1_000_000n)),
          logger,
        });
      } catch (err) {
        await a.stop();
        throw new CliError(`cannot stream to ${flags.aggregator}: ${(err as Error).message}`, 'give --ca-file (the CA of the aggregator\'s serving certificate) and --token-file');
      }
    }
    const sig = await untilSignal();
    logger.info({ signal: sig }, 'stopping');
    push?.stop();
    await agent.stop();
  });
}
