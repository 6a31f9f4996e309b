// The kubelet Summary API (stats/v1alpha1) from a snapshot, field for field: names, nesting and
// omitempty as in k8s.io/kubelet/pkg/apis/stats/v1alpha1/types.go. Times are metav1.Time (RFC 3339,
// whole seconds, UTC); PSI totals stay in µs as the kubelet copies them.
import type { ContainerReading, CpuReading, FsReading, MemoryReading, NetworkReading, NodeSnapshot, PodReading, Psi } from '../model.js';
import { toJson, type Json } from './json.js';

/** metav1.Time: "2026-07-23T06:59:35Z"; the zero time is null. */
export function metaTime(ns: bigint): string | null {
  if (ns <= 0n) return null;
  return new Date(Number(ns / 1_000_000_000n) * 1000).toISOString().replace('.000Z', 'Z');
}

function psi(p: Psi | undefined): Json | undefined {
  if (!p) return undefined;
  const line = (l: Psi['some']): Json => ({ total: l.totalUs, avg10: l.avg10, avg60: l.avg60, avg300: l.avg300 });
  return { full: line(p.full), some: line(p.some) };
}

function cpu(c: CpuReading | undefined): Json | undefined {
  if (!c) return undefined;
  return { time: metaTime(c.timeNs), usageNanoCores: c.usageNanoCores, usageCoreNanoSeconds: c.usageNs, psi: psi(c.psi) };
}

function memory(m: MemoryReading | undefined): Json | undefined {
  if (!m) return undefined;
  let available: bigint | undefined;
  if (m.limitBytes !== undefined) available = m.limitBytes > m.workingSetBytes ? m.limitBytes - m.workingSetBytes : 0n;
  return {
    time: metaTime(m.timeNs),
    availableBytes: available,
    usageBytes: m.usageBytes,
    workingSetBytes: m.workingSetBytes,
    rssBytes: m.rssBytes,
    pageFaults: m.pageFaults,
    majorPageFaults: m.majorPageFaults,
    psi: psi(m.psi),
  };
}

function swap(m: MemoryReading | undefined): Json | undefined {
  if (!m || m.swapUsageBytes === undefined) return undefined;
  let available: bigint | undefined;
  if (m.swapLimitBytes !== undefined) available = m.swapLimitBytes > m.swapUsageBytes ? m.swapLimitBytes - m.swapUsageBytes : 0n;
  return { time: metaTime(m.timeNs), swapAvailableBytes: available, swapUsageBytes: m.swapUsageBytes };
}

function io(p: Psi | undefined, timeNs: bigint): Json | undefined {
  return p ? { time: metaTime(timeNs), psi: psi(p) } : undefined;
}

function network(n: NetworkReading | undefined): Json | undefined {
  if (!n) return undefined;
  const iface = (i: NetworkReading['interfaces'][number]): { [k: string]: Json } => ({
    name: i.name, rxBytes: i.rxBytes, rxErrors: i.rxErrors, txBytes: i.txBytes, txErrors: i.txErrors,
  });
  // The flattened InterfaceStats is the default interface, which the kubelet takes to be eth0.
  const def = n.interfaces.find((i) => i.name === 'eth0');
  return { time: metaTime(n.timeNs), ...(def ? iface(def) : {}), interfaces: n.interfaces.map(iface) };
}

function fs(f: FsReading | undefined): Json | undefined {
  if (!f) return undefined;
  return {
    time: metaTime(f.timeNs), availableBytes: f.availableBytes, capacityBytes: f.capacityBytes, usedBytes: f.usedBytes,
    inodesFree: f.inodesFree, inodes: f.inodes, inodesUsed: f.inodesUsed,
  };
}

function container(c: ContainerReading, only: boolean, now: bigint): Json {
  const out: { [k: string]: Json | undefined } = { name: c.name, startTime: metaTime(c.startTimeNs), cpu: cpu(c.cpu), memory: memory(c.memory) };
  if (!only) out['io'] = io(c.ioPsi, c.cpu?.timeNs ?? now);
  out['swap'] = swap(c.memory);
  return out;
}

function pod(p: PodReading, only: boolean, now: bigint): Json {
  const out: { [k: string]: Json | undefined } = {
    // Until a runtime names the pod, the uid stands in for its name.
    podRef: { name: p.name || p.uid, namespace: p.namespace, uid: p.uid },
    startTime: metaTime(p.startTimeNs),
    containers: p.containers.map((c) => container(c, only, now)),
    cpu: cpu(p.cpu),
    memory: memory(p.memory),
  };
  if (!only) {
    out['network'] = network(p.network);
    if (p.processCount !== undefined) out['process_stats'] = { process_count: p.processCount };
    out['io'] = io(p.ioPsi, p.cpu?.timeNs ?? now);
  }
  out['swap'] = swap(p.memory);
  return out;
}

export function summaryJson(s: NodeSnapshot, onlyCpuAndMemory = false): string {
  const n = s.node;
  const node: { [k: string]: Json | undefined } = {
    nodeName: n.nodeName,
    startTime: metaTime(n.startTimeNs),
    cpu: cpu(n.cpu),
    memory: memory(n.memory),
  };
  if (!onlyCpuAndMemory) {
    node['io'] = io(n.ioPsi, n.cpu?.timeNs ?? s.collectedNs);
    node['network'] = network(n.network);
    node['fs'] = fs(n.fs);
    if (n.maxPid !== undefined || n.curProc !== undefined) node['rlimit'] = { time: metaTime(s.collectedNs), maxpid: n.maxPid, curproc: n.curProc };
  }
  node['swap'] = swap(n.memory);
  return toJson({ node, pods: s.pods.map((p) => pod(p, onlyCpuAndMemory, s.collectedNs)) });
}
