// The kubelet's /metrics/resource exposition (pkg/kubelet/metrics/collectors/resource_metrics.go),
// rendered by hand because every usage sample carries its own millisecond timestamp (the read time
// of its block), which prom-client cannot emit. Families sorted by name, labels sorted, and HELP
// with the stability prefix component-base adds.
import type { MemoryReading, NodeSnapshot } from '../model.js';

interface Family {
  help: string;
  type: 'counter' | 'gauge';
  lines: string[];
}

const FAMILIES: Record<string, Omit<Family, 'lines'>> = {
  container_cpu_usage_seconds_total: { type: 'counter', help: '[STABLE] Cumulative cpu time consumed by the container in core-seconds' },
  container_memory_working_set_bytes: { type: 'gauge', help: '[STABLE] Current working set of the container in bytes' },
  container_start_time_seconds: { type: 'gauge', help: '[STABLE] Start time of the container since unix epoch in seconds' },
  container_swap_limit_bytes: { type: 'gauge', help: '[ALPHA] Current amount of the container swap limit in bytes. Reported only on non-windows systems' },
  container_swap_usage_bytes: { type: 'gauge', help: '[ALPHA] Current amount of the container swap usage in bytes. Reported only on non-windows systems' },
  node_cpu_usage_seconds_total: { type: 'counter', help: '[STABLE] Cumulative cpu time consumed by the node in core-seconds' },
  node_memory_working_set_bytes: { type: 'gauge', help: '[STABLE] Current working set of the node in bytes' },
  node_swap_usage_bytes: { type: 'gauge', help: '[ALPHA] Current swap usage of the node in bytes. Reported only on non-windows systems' },
  pod_cpu_usage_seconds_total: { type: 'counter', help: '[STABLE] Cumulative cpu time consumed by the pod in core-seconds' },
  pod_memory_working_set_bytes: { type: 'gauge', help: '[STABLE] Current working set of the pod in bytes' },
  pod_swap_usage_bytes: { type: 'gauge', help: '[ALPHA] Current amount of the pod swap usage in bytes. Reported only on non-windows systems' },
  resource_scrape_error: { type: 'gauge', help: '[STABLE] 1 if there was an error while getting container metrics, 0 otherwise' },
};

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function labels(l: Record<string, string>): string {
  const keys = Object.keys(l).sort();
  return keys.length === 0 ? '' : `{${keys.map((k) => `${k}="${escapeLabel(l[k])}"`).join(',')}}`;
}

/** Nanoseconds as exact decimal seconds ("12.000345678" → "12.000345678"), trailing zeros trimmed. */
export function nsToSeconds(ns: bigint): string {
  const whole = ns / 1_000_000_000n;
  const frac = (ns % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole.toString();
}

function ms(ns: bigint): string {
  return (ns / 1_000_000n).toString();
}

export function renderResourceMetrics(s: NodeSnapshot): string {
  const fam = new Map<string, string[]>();
  const add = (name: string, l: Record<string, string>, value: string, timeNs?: bigint): void => {
    let lines = fam.get(name);
    if (!lines) fam.set(name, (lines = []));
    lines.push(`${name}${labels(l)} ${value}${timeNs !== undefined ? ` ${ms(timeNs)}` : ''}`);
  };
  const memory = (prefix: string, l: Record<string, string>, m: MemoryReading | undefined, node = false): void => {
    if (!m) return;
    add(`${prefix}_memory_working_set_bytes`, l, m.workingSetBytes.toString(), m.timeNs);
    if (m.swapUsageBytes !== undefined) add(`${prefix}_swap_usage_bytes`, l, m.swapUsageBytes.toString(), m.timeNs);
    if (!node && prefix === 'container' && m.swapLimitBytes !== undefined) add('container_swap_limit_bytes', l, m.swapLimitBytes.toString(), m.timeNs);
  };
  const n = s.node;
  if (n.cpu) add('node_cpu_usage_seconds_total', {}, nsToSeconds(n.cpu.usageNs), n.cpu.timeNs);
  memory('node', {}, n.memory, true);
  for (const p of s.pods) {
    const podLabels = { pod: p.name || p.uid, namespace: p.namespace };
    if (p.cpu) add('pod_cpu_usage_seconds_total', podLabels, nsToSeconds(p.cpu.usageNs), p.cpu.timeNs);
    memory('pod', podLabels, p.memory);
    for (const c of p.containers) {
      const cl = { ...podLabels, container: c.name };
      if (c.cpu) add('container_cpu_usage_seconds_total', cl, nsToSeconds(c.cpu.usageNs), c.cpu.timeNs);
      memory('container', cl, c.memory);
      if (c.startTimeNs >= 1_000_000_000n) add('container_start_time_seconds', cl, nsToSeconds(c.startTimeNs));
    }
  }
  add('resource_scrape_error', {}, '0');
  const out: string[] = [];
  for (const name of Object.keys(FAMILIES).sort()) {
    const lines = fam.get(name);
    if (!lines) continue;
    const f = FAMILIES[name];
    out.push(`# HELP ${name} ${f.help}`, `# TYPE ${name} ${f.type}`, ...lines);
  }
  return out.join('\n') + '\n';
}

/** What the kubelet serves when its summary provider fails: only the error gauge, set. */
export function renderResourceMetricsError(): string {
  const f = FAMILIES['resource_scrape_error'];
  return `# HELP resource_scrape_error ${f.help}\n# TYPE resource_scrape_error ${f.type}\nresource_scrape_error 1\n`;
}
