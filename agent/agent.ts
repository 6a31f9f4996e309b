// Composition of the node agent: collector + HTTP (+ the runtime's metadata and the push client,
// which their owners attach here). Nothing global: several agents can run in one process.
import type { Clock } from '../common/clock.js';
import { createLogger, type Logger } from '../common/logger.js';
import { Collector } from './collector/collector.js';
import { startAgentHttp } from './http/server.js';
import { AgentMetrics } from './http/self-metrics.js';
import type { PodMetadataProvider } from './metadata.js';
import { parseListen, type AgentOptions } from './options.js';
import { applyAgentV8Flags } from './v8-flags.js';
import { fileReader } from './cgroup/reader.js';

export interface AgentDeps {
  logger?: Logger;
  clock?: Clock;
  /** Names, labels and start times from the container runtime; cgroup-only discovery without it. */
  metadata?: PodMetadataProvider;
}

export interface RunningAgent {
  collector: Collector;
  metrics: AgentMetrics;
  host: string;
  /** The bound port (the real one when --listen asked for port 0). */
  port: number;
  url: string;
  bootId: string | undefined;
  /** Applies a new interval (e.g. the aggregator's resolution) unless --interval pinned it. */
  applyResolutionMs(ms: number): void;
  stop(): Promise<void>;
}

export async function startAgent(options: AgentOptions, deps: AgentDeps = {}): Promise<RunningAgent> {
  applyAgentV8Flags();
  const logger = deps.logger ?? createLogger(undefined, 'kubepulse-agent');
  const { host, port } = parseListen(options.listen);
  const metrics = new AgentMetrics();
  // Before anything starts: --native-reads on without the addon is a start failure, not a later one.
  const { reader, fallback } = fileReader(options.nativeReads);
  if (fallback !== undefined) logger.warn({ reason: fallback }, 'native file reader unavailable; reading cgroup files through fs.readSync (same results, ~0.2 ms more CPU per cycle at 150 cgroups)');
  metrics.fileReader(reader.kind);
  const metadata = deps.metadata ?? await startCriProvider(options, logger);
  const collector = new Collector({
    nodeName: options.nodeName,
    cgroupRoot: options.cgroupRoot,
    procRoot: options.procRoot,
    ...(options.kubepodsCgroup ? { kubepodsCgroup: options.kubepodsCgroup } : {}),
    fsPath: options.fsPath,
    psi: options.psi,
    intervalMs: options.intervalMs,
    logger,
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(metadata ? { metadata } : {}),
    observer: metrics,
    reader,
  });
  collector.start();
  let http;
  try {
    http = await startAgentHttp({
      host, port, source: collector, metrics, logger,
      // Three missed intervals before /readyz says the collector stalled.
      staleAfterMs: () => collector.intervalMs * 3 + 5000,
    });
  } catch (err) {
    collector.stop();
    await metadata?.close();
    throw err;
  }
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let stopped = false;
  return {
    collector,
    metrics,
    host,
    port: http.port,
    url: `http://${urlHost}:${http.port}`,
    bootId: collector.bootId,
    applyResolutionMs(ms: number): void {
      if (options.intervalExplicit) return;
      collector.setIntervalMs(ms);
    },
    async stop(): Promise<void> {
      if (stopped) return;
      stopped = true;
      collector.stop();
      await http.close();
      await metadata?.close();
    },
  };
}

/**
 * The CRI provider from --cri-endpoint (detected when absent; "none" turns it off). The agent starts
 * even when no runtime answers: pods are then reported by cgroup uid until one does. The first
 * answer is waited for briefly so the first cycle already has names.
 */
async function startCriProvider(options: AgentOptions, logger: Logger): Promise<PodMetadataProvider | undefined> {
  if (options.criEndpoint === 'none') return undefined;
  // Loaded only when used: the CRI client brings gRPC (~6 MB of heap) into the process.
  const { CriMetadataProvider } = await import('./cri/provider.js');
  const provider = new CriMetadataProvider({ ...(options.criEndpoint ? { endpoint: options.criEndpoint } : {}), log: logger });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([provider.start(), new Promise((r) => { timer = setTimeout(r, 3000); })]);
  clearTimeout(timer);
  return provider;
}
