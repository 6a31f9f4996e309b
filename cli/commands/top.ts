// `kubepulse top nodes|pods`: the `kubectl top` view read straight from an aggregator's
// metrics.k8s.io API with any kubeconfig, and a --watch that redraws every few seconds.
import { request } from 'node:https';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { KubeconfigError, readKubeconfig, type ClientConfig } from '../../common/kubeconfig.js';
import { parseQuantity } from '../../common/quantity.js';
import { parseDurationMs } from '../../agent/options.js';
import { CliError, UsageError } from '../errors.js';

interface TopFlags {
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  allNamespaces?: boolean;
  selector?: string;
  containers?: boolean;
  sortBy?: string;
  watch?: boolean;
  interval: string;
  apiVersion: string;
}

interface Usage { cpu: string; memory: string }
interface NodeItem { metadata: { name: string }; usage: Usage; window: string }
interface PodItem { metadata: { name: string; namespace: string }; containers: Array<{ name: string; usage: Usage }> }

/** GET a JSON document; a Kubernetes Status answer becomes a one-line CliError. */
export function getJson(cfg: ClientConfig, path: string): Promise<unknown> {
  const url = new URL(cfg.server + path);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      headers: { accept: 'application/json', 'user-agent': 'kubepulse-top', ...(cfg.token ? { authorization: `Bearer ${cfg.token}` } : {}) },
      ...(cfg.ca ? { ca: cfg.ca } : {}),
      ...(cfg.cert ? { cert: cfg.cert } : {}),
      ...(cfg.key ? { key: cfg.key } : {}),
      ...(cfg.tlsServerName ? { servername: cfg.tlsServerName } : {}),
      rejectUnauthorized: !cfg.insecureSkipTlsVerify,
      timeout: 10_000,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try { body = JSON.parse(text); } catch { body = undefined; }
        if (res.statusCode === 200 && body !== undefined) { resolve(body); return; }
        const msg = typeof body === 'object' && body && 'message' in body ? String((body).message) : text.trim().slice(0, 200);
        reject(new CliError(`${url.host} answered ${res.statusCode ?? '?'} for ${path}: ${msg}`,
          res.statusCode === 401 || res.statusCode === 403 ? 'check the kubeconfig credentials' : 'check the aggregator is running and serving metrics.k8s.io'));
      });
    });
    req.on('timeout', () => req.destroy(new Error('timed out after 10s')));
    req.on('error', (err) => reject(new CliError(`cannot reach ${url.host}: ${err.message}`, 'check the server in the kubeconfig and that the aggregator runs')));
    req.end();
  });
}

// kubectl top's units: millicores rounded up, memory in whole Mi.
const cpuMilli = (q: string): bigint => parseQuantity(q, 3);
const memBytes = (q: string): bigint => parseQuantity(q);
const fmtCpu = (m: bigint): string => `${m}m`;
const fmtMem = (b: bigint): string => `${b / (1024n * 1024n)}Mi`;

function columns(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => { widths[i] = Math.max(widths[i] ?? 0, c.length); });
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd((widths[i] ?? 0) + 3))).join('').trimEnd()).join('\n') + '\n';
}

function sortRows<T>(items: T[], sortBy: string | undefined, cpu: (x: T) => bigint, mem: (x: T) => bigint): T[] {
  if (!sortBy) return items;
  const key = sortBy === 'cpu' ? cpu : mem;
  // Largest first, as kubectl top sorts; stable, so equal values keep name order.
  return [...items].sort((a, b) => (key(b) > key(a) ? 1 : key(b) < key(a) ? -1 : 0));
}

export async function renderNodes(cfg: ClientConfig, f: TopFlags, name?: string): Promise<string> {
  const base = `/apis/metrics.k8s.io/${f.apiVersion}/nodes`;
  const q = f.selector ? `?labelSelector=${encodeURIComponent(f.selector)}` : '';
  const items = name
    ? [await getJson(cfg, `${base}/${encodeURIComponent(name)}`) as NodeItem]
    : (await getJson(cfg, base + q) as { items: NodeItem[] }).items;
  if (items.length === 0) return 'No resources found\n';
  const sorted = sortRows(items, f.sortBy, (n) => cpuMilli(n.usage.cpu), (n) => memBytes(n.usage.memory));
  return columns([['NAME', 'CPU(cores)', 'MEMORY(bytes)', 'WINDOW'],
    ...sorted.map((n) => [n.metadata.name, fmtCpu(cpuMilli(n.usage.cpu)), fmtMem(memBytes(n.usage.memory)), n.window])]);
}

export async function renderPods(cfg: ClientConfig, f: TopFlags, name?: string): Promise<string> {
  const ns = f.namespace ?? cfg.namespace;
  const base = f.allNamespaces ? `/apis/metrics.k8s.io/${f.apiVersion}/pods` : `/apis/metrics.k8s.io/${f.apiVersion}/namespaces/${encodeURIComponent(ns)}/pods`;
  const q = f.selector ? `?labelSelector=${encodeURIComponent(f.selector)}` : '';
  const items = name
    ? [await getJson(cfg, `${base}/${encodeURIComponent(name)}`) as PodItem]
    : (await getJson(cfg, base + q) as { items: PodItem[] }).items;
  if (items.length === 0) return f.allNamespaces ? 'No resources found\n' : `No resources found in ${ns} namespace.\n`;
  const total = (p: PodItem, pick: (u: Usage) => bigint): bigint => p.containers.reduce((s, c) => s + pick(c.usage), 0n);
  const sorted = sortRows(items, f.sortBy, (p) => total(p, (u) => cpuMilli(u.cpu)), (p) => total(p, (u) => memBytes(u.memory)));
  const nsCol = f.allNamespaces ? ['NAMESPACE'] : [];
  if (f.containers) {
    const rows: string[][] = [];
    for (const p of sorted) {
      for (const c of p.containers) {
        rows.push([...(f.allNamespaces ? [p.metadata.namespace] : []), p.metadata.name, c.name, fmtCpu(cpuMilli(c.usage.cpu)), fmtMem(memBytes(c.usage.memory))]);
      }
    }
    return columns([[...nsCol, 'POD', 'NAME', 'CPU(cores)', 'MEMORY(bytes)'], ...rows]);
  }
  return columns([[...nsCol, 'NAME', 'CPU(cores)', 'MEMORY(bytes)'],
    ...sorted.map((p) => [...(f.allNamespaces ? [p.metadata.namespace] : []), p.metadata.name,
      fmtCpu(total(p, (u) => cpuMilli(u.cpu))), fmtMem(total(p, (u) => memBytes(u.memory)))])]);
}

function loadConfig(f: TopFlags): ClientConfig {
  const path = f.kubeconfig ?? process.env['KUBECONFIG']?.split(':')[0] ?? join(homedir(), '.kube', 'config');
  try {
    return readKubeconfig(path, f.context);
  } catch (err) {
    if (err instanceof KubeconfigError) throw new CliError(err.message, 'pass --kubeconfig (kubepulse up writes one under --state-dir)');
    throw err;
  }
}

async function run(kind: 'nodes' | 'pods', name: string | undefined, f: TopFlags): Promise<void> {
  if (f.sortBy !== undefined && f.sortBy !== 'cpu' && f.sortBy !== 'memory') throw new UsageError(`--sort-by must be cpu or memory, got ${JSON.stringify(f.sortBy)}`);
  if (f.apiVersion !== 'v1beta1' && f.apiVersion !== 'v1') throw new UsageError(`--api-version must be v1beta1 or v1, got ${JSON.stringify(f.apiVersion)}`);
  if (name && f.selector) throw new UsageError('give a name or a selector (-l), not both');
  if (kind === 'pods' && name && f.allNamespaces) throw new UsageError('a pod name needs a namespace (-n), not -A');
  let intervalMs = 0;
  if (f.watch) {
    try { intervalMs = parseDurationMs(f.interval); } catch (err) { throw new UsageError(`--interval: ${(err as Error).message}`); }
    if (intervalMs < 200) throw new UsageError('--interval must be at least 200ms');
  }
  const cfg = loadConfig(f);
  const render = (): Promise<string> => (kind === 'nodes' ? renderNodes(cfg, f, name) : renderPods(cfg, f, name));
  if (!f.watch) {
    process.stdout.write(await render());
    return;
  }
  let stop = false;
  let wake: (() => void) | undefined;
  const onSignal = (): void => { stop = true; wake?.(); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    while (!stop) {
      let out: string;
      try {
        out = await render();
      } catch (err) {
        // A restarting aggregator should not end the watch; say so and try again next round.
        out = `error: ${(err as Error).message}\n`;
      }
      process.stdout.write(`${new Date().toISOString()}\n${out}\n`);
      // A referenced timer: it is what keeps the process alive between redraws.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        wake = (): void => { clearTimeout(timer); resolve(); };
      });
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function addFlags(cmd: Command, pods: boolean): Command {
  cmd
    .addOption(new Option('--kubeconfig <file>', 'kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)'))
    .addOption(new Option('--context <name>', 'kubeconfig context (default: current-context)'))
    .addOption(new Option('-l, --selector <selector>', 'label selector, e.g. app=web or tier in (a,b)'))
    .addOption(new Option('--sort-by <field>', 'sort by cpu or memory, largest first'))
    .addOption(new Option('-w, --watch', 'redraw every --interval until Ctrl-C'))
    .addOption(new Option('--interval <duration>', 'redraw interval for --watch').default('5s'))
    .addOption(new Option('--api-version <version>', 'metrics.k8s.io version to read').default('v1beta1'));
  if (pods) {
    cmd
      .addOption(new Option('-n, --namespace <ns>', 'namespace (default: the kubeconfig context\'s)'))
      .addOption(new Option('-A, --all-namespaces', 'pods in every namespace'))
      .addOption(new Option('--containers', 'one line per container'));
  }
  return cmd;
}

export function registerTop(program: Command): void {
  const top = program.command('top').description('show node or pod CPU and memory, straight from an aggregator\'s metrics.k8s.io API');
  addFlags(top.command('nodes [name]').alias('node').alias('no').description('node usage'), false)
    .action((name: string | undefined, f: TopFlags) => run('nodes', name, f));
  addFlags(top.command('pods [name]').alias('pod').alias('po').description('pod usage (per container with --containers)'), true)
    .action((name: string | undefined, f: TopFlags) => run('pods', name, f));
}
