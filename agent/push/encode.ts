// NodeSnapshot → wire. A snapshot is encoded once and shared by every aggregator stream; the
// per-stream sequence number is spliced in front when the message is written (protobuf allows
// fields in any order), so N replicas cost one encode, not N.
import protobuf from 'protobufjs/minimal.js';
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { toWire } from '../../common/u64.js';
import type { CpuReading, MemoryReading, NetworkReading, FsReading, NodeSnapshot, Psi, PodReading, ContainerReading } from '../model.js';


const i64 = (v: bigint): ReturnType<typeof toWire> => toWire(v, true);
const opt = (v: bigint | undefined): ReturnType<typeof toWire> | undefined => (v === undefined ? undefined : toWire(v));

function psi(p: Psi | undefined): kubepulse.v1.IPsi | undefined {
  if (!p) return undefined;
  // The model carries microseconds (as the kernel and the Summary API do); the wire carries ns.
  const line = (l: Psi['some']): kubepulse.v1.IPsiLine => ({ totalNs: toWire(l.totalUs * 1000n), avg10: l.avg10, avg60: l.avg60, avg300: l.avg300 });
  return { some: line(p.some), full: line(p.full) };
}

function cpu(c: CpuReading | undefined): kubepulse.v1.ICpuCounters | undefined {
  if (!c) return undefined;
  const out: kubepulse.v1.ICpuCounters = { timeUnixNano: i64(c.timeNs), usageNs: toWire(c.usageNs) };
  if (c.userNs !== undefined) out.userNs = opt(c.userNs)!;
  if (c.systemNs !== undefined) out.systemNs = opt(c.systemNs)!;
  if (c.nrPeriods !== undefined) out.nrPeriods = opt(c.nrPeriods)!;
  if (c.nrThrottled !== undefined) out.nrThrottled = opt(c.nrThrottled)!;
  if (c.throttledNs !== undefined) out.throttledNs = opt(c.throttledNs)!;
  const p = psi(c.psi);
  if (p) out.psi = p;
  return out;
}

function memory(m: MemoryReading | undefined): kubepulse.v1.IMemoryCounters | undefined {
  if (!m) return undefined;
  const out: kubepulse.v1.IMemoryCounters = { timeUnixNano: i64(m.timeNs), usageBytes: toWire(m.usageBytes), workingSetBytes: toWire(m.workingSetBytes) };
  if (m.rssBytes !== undefined) out.rssBytes = opt(m.rssBytes)!;
  if (m.pageFaults !== undefined) out.pageFaults = opt(m.pageFaults)!;
  if (m.majorPageFaults !== undefined) out.majorPageFaults = opt(m.majorPageFaults)!;
  if (m.limitBytes !== undefined) out.limitBytes = opt(m.limitBytes)!;
  if (m.swapUsageBytes !== undefined) out.swapUsageBytes = opt(m.swapUsageBytes)!;
  if (m.swapLimitBytes !== undefined) out.swapLimitBytes = opt(m.swapLimitBytes)!;
  const p = psi(m.psi);
  if (p) out.psi = p;
  return out;
}

function network(n: NetworkReading | undefined): kubepulse.v1.INetworkCounters | undefined {
  if (!n) return undefined;
  return {
    timeUnixNano: i64(n.timeNs),
    interfaces: n.interfaces.map((i) => ({ name: i.name, rxBytes: toWire(i.rxBytes), rxErrors: toWire(i.rxErrors), txBytes: toWire(i.txBytes), txErrors: toWire(i.txErrors) })),
  };
}

function fs(f: FsReading | undefined): kubepulse.v1.IFsStats | undefined {
  if (!f) return undefined;
  return {
    timeUnixNano: i64(f.timeNs), capacityBytes: toWire(f.capacityBytes), availableBytes: toWire(f.availableBytes), usedBytes: toWire(f.usedBytes),
    inodes: toWire(f.inodes), inodesFree: toWire(f.inodesFree), inodesUsed: toWire(f.inodesUsed),
  };
}

function container(c: ContainerReading): kubepulse.v1.IContainerSample {
  return { name: c.name, id: c.id, startTimeUnixNano: i64(c.startTimeNs), attempt: c.attempt, cpu: cpu(c.cpu) ?? null, memory: memory(c.memory) ?? null, ioPsi: psi(c.ioPsi) ?? null };
}

function pod(p: PodReading): kubepulse.v1.IPodSample {
  const out: kubepulse.v1.IPodSample = {
    uid: p.uid, name: p.name, namespace: p.namespace, labels: p.labels, startTimeUnixNano: i64(p.startTimeNs), qosClass: p.qosClass,
    cpu: cpu(p.cpu) ?? null, memory: memory(p.memory) ?? null, network: network(p.network) ?? null, ioPsi: psi(p.ioPsi) ?? null,
    containers: p.containers.map(container),
  };
  if (p.processCount !== undefined) out.processCount = toWire(p.processCount);
  return out;
}

/** The NodeSample for a snapshot, without its sequence number. */
export function encodeSnapshot(s: NodeSnapshot): Uint8Array {
  const n = s.node;
  const node: kubepulse.v1.INodeStats = {
    startTimeUnixNano: i64(n.startTimeNs), cpu: cpu(n.cpu) ?? null, memory: memory(n.memory) ?? null, network: network(n.network) ?? null,
    fs: fs(n.fs) ?? null, memoryCapacityBytes: toWire(n.memoryCapacityBytes), cpuCapacityMillis: toWire(n.cpuCapacityMillis), ioPsi: psi(n.ioPsi) ?? null,
  };
  if (n.maxPid !== undefined) node.maxPid = toWire(n.maxPid);
  if (n.curProc !== undefined) node.curProc = toWire(n.curProc);
  return kubepulse.v1.NodeSample.encode({ collectedUnixNano: i64(s.collectedNs), node, pods: s.pods.map(pod) }).finish();
}

/** AgentMessage{sample} bytes: field 2 wrapping NodeSample field 1 (sequence) + the shared body. */
export function frameSample(body: Uint8Array, sequence: bigint): Buffer {
  const seq = protobuf.Writer.create().uint32((1 << 3) | 0).uint64(toWire(sequence)).finish();
  const header = protobuf.Writer.create().uint32((2 << 3) | 2).uint32(seq.length + body.length).finish();
  return Buffer.concat([header, seq, body]);
}

export interface HelloFields {
  nodeName: string;
  agentVersion: string;
  bootId: string;
  capabilities: string[];
  agentStartTimeNs: bigint;
  intervalNs: bigint;
  nodeLabels: Record<string, string>;
}

export function encodeHello(h: HelloFields): Buffer {
  return Buffer.from(kubepulse.v1.AgentMessage.encode({
    hello: {
      nodeName: h.nodeName, agentVersion: h.agentVersion, bootId: h.bootId, capabilities: h.capabilities,
      agentStartTimeUnixNano: i64(h.agentStartTimeNs), intervalNs: toWire(h.intervalNs), nodeLabels: h.nodeLabels,
    },
  }).finish());
}
