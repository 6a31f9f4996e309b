// The agent's own /metrics: how long cycles take, what fails, how much it tracks. A registry of its
// own (never prom-client's global one) so several agents can live in one process (tests, `up`).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CollectorObserver } from '../collector/collector.js';
import type { ReadErrorKind } from '../cgroup/files.js';

/** How often the event-loop delay is sampled for the nodejs_eventloop_lag_* metrics. */
export const EVENT_LOOP_SAMPLE_MS = 10_000;

export class AgentMetrics implements CollectorObserver {
  readonly registry = new Registry();
  private readonly cycleSeconds = new Histogram({
    name: 'kubepulse_agent_cycle_duration_seconds', help: 'Wall time of one collection cycle',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers: [this.registry],
  });
  private readonly cycleCpu = new Counter({
    name: 'kubepulse_agent_cycle_cpu_seconds_total', help: 'CPU time (user+system) the agent spent in collection cycles', registers: [this.registry],
  });
  private readonly cycles = new Counter({ name: 'kubepulse_agent_cycles_total', help: 'Collection cycles completed', registers: [this.registry] });
  private readonly errors = new Counter({
    name: 'kubepulse_agent_read_errors_total', help: 'Failed reads by kind: vanished (cgroup removed), unreadable, malformed, missing_controller',
    labelNames: ['kind'], registers: [this.registry],
  });
  private readonly cgroups = new Gauge({ name: 'kubepulse_agent_cgroups_tracked', help: 'Cgroups read in the last cycle (root, pods, containers)', registers: [this.registry] });
  private readonly pods = new Gauge({ name: 'kubepulse_agent_pods', help: 'Pods reported in the last cycle', registers: [this.registry] });
  private readonly openFiles = new Gauge({ name: 'kubepulse_agent_open_files', help: 'Cgroup and /proc files kept open for re-reading', registers: [this.registry] });
  private readonly lastCycle = new Gauge({ name: 'kubepulse_agent_last_cycle_timestamp_seconds', help: 'Unix time the last cycle completed', registers: [this.registry] });
  private readonly reader = new Gauge({
    name: 'kubepulse_agent_file_reader', help: 'How cgroup files are read: 1 for the kind in use (native: the agent\'s addon; node: fs.readSync)',
    labelNames: ['kind'], registers: [this.registry],
  });
  private readonly scrapes = new Counter({
    name: 'kubepulse_agent_http_requests_total', help: 'HTTP requests served by path and status code', labelNames: ['path', 'code'], registers: [this.registry],
  });

  constructor() {
    // prom-client samples event-loop delay every 10 ms by default: 100 wakeups a second, which cost
    // the idle agent ~2.7 ms of CPU per second here, nine times what its collection costs at the
    // 10 s interval. One sample per 10 s keeps the lag metrics (coarser) for ~0.004 ms/s.
    collectDefaultMetrics({ register: this.registry, prefix: 'kubepulse_agent_', eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
    for (const kind of ['vanished', 'unreadable', 'malformed', 'missing_controller'] satisfies ReadErrorKind[]) this.errors.inc({ kind }, 0);
  }

  cycle(wallSeconds: number, cpuSeconds: number): void {
    this.cycleSeconds.observe(wallSeconds);
    this.cycleCpu.inc(cpuSeconds);
    this.cycles.inc();
    this.lastCycle.set(Date.now() / 1000);
  }

  error(kind: ReadErrorKind): void {
    this.errors.inc({ kind });
  }

  tracked(cgroups: number, pods: number, openFiles: number): void {
    this.cgroups.set(cgroups);
    this.pods.set(pods);
    this.openFiles.set(openFiles);
  }

  fileReader(kind: 'native' | 'node'): void {
    this.reader.set({ kind: 'native' }, kind === 'native' ? 1 : 0);
    this.reader.set({ kind: 'node' }, kind === 'node' ? 1 : 0);
  }

  request(path: string, code: number): void {
    this.scrapes.inc({ path, code: String(code) });
  }
}
