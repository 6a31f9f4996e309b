// Wire → store: every value checked and bounded before it reaches the store. A bad pod is
// rejected with a warning and the rest of the sample kept; a bad node block rejects the sample.
import type { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { fromWire, fromWire0, type WireLong } from '../../common/u64.js';
import type { ContainerIn, CpuIn, HelloIn, MemoryIn, NetworkIn, PodIn, SampleIn } from '../store/input.js';
import type { IngestLimits } from './limits.js';
import { isDns1123Label, isDns1123Subdomain, isLabelKey, isLabelValue, isToken, isUid } from './names.js';

const MAX_U64 = (1n << 64n) - 1n;
/** Warnings per ack are capped; the count of rejected pods still says how many. */
const MAX_WARNINGS = 20;

export class Invalid extends Error {}

export interface ValidatedSample {
  sample: SampleIn;
  podsRejected: number;
  warnings: string[];
}

export interface ValidatedHello {
  nodeName: string;
  hello: HelloIn;
}

export function validateHello(h: kubepulse.v1.IHello, limits: IngestLimits): ValidatedHello {
  const nodeName = h.nodeName ?? '';
  if (!isDns1123Subdomain(nodeName)) throw new Invalid(`hello: node name ${JSON.stringify(nodeName.slice(0, 64))} is not a valid Kubernetes node name (DNS-1123 subdomain)`);
  const bootId = h.bootId ?? '';
  if (bootId === '' || !isToken(bootId, 64)) throw new Invalid('hello: boot_id must be 1-64 printable characters');
  if (!isToken(h.agentVersion ?? '', 64)) throw new Invalid('hello: agent_version must be at most 64 printable characters');
  return { nodeName, hello: { bootId, labels: labels(h.nodeLabels ?? {}, limits, 'hello') } };
}

function labels(l: Record<string, string>, limits: IngestLimits, where: string): Record<string, string> {
  const keys = Object.keys(l);
  if (keys.length > limits.maxLabels) throw new Invalid(`${where}: ${keys.length} labels, limit ${limits.maxLabels}`);
  let bytes = 0;
  for (const k of keys) {
    const v = l[k] ?? '';
    if (!isLabelKey(k)) throw new Invalid(`${where}: label key ${JSON.stringify(k.slice(0, 80))} is not a valid Kubernetes label key`);
    if (!isLabelValue(v)) throw new Invalid(`${where}: label ${k} value is not a valid Kubernetes label value`);
    bytes += k.length + v.length;
  }
  if (bytes > limits.maxLabelBytes) throw new Invalid(`${where}: labels total ${bytes} bytes, limit ${limits.maxLabelBytes}`);
  return { ...l };
}

class TimeCheck {
  constructor(private readonly nowNs: bigint, private readonly limits: IngestLimits) {}
  time(v: WireLong | null | undefined, where: string): bigint {
    const t = fromWire0(v, true);
    if (t <= 0n) throw new Invalid(`${where}: read time missing or negative`);
    if (t > this.nowNs + this.limits.maxFutureSkewNs) throw new Invalid(`${where}: read time is ${(t - this.nowNs) / 1_000_000_000n}s in the future (clock skew?)`);
    if (t < this.nowNs - this.limits.maxAgeNs) throw new Invalid(`${where}: read time is ${(this.nowNs - t) / 1_000_000_000n}s old`);
    return t;
  }
}

function finitePsi(psi: kubepulse.v1.IPsi | null | undefined, where: string): void {
  for (const line of [psi?.some, psi?.full]) {
    for (const a of [line?.avg10, line?.avg60, line?.avg300]) {
      if (a !== undefined && a !== null && !(Number.isFinite(a) && a >= 0 && a <= 100)) throw new Invalid(`${where}: PSI average ${a} is not a percentage`);
    }
  }
}

function cpu(c: kubepulse.v1.ICpuCounters | null | undefined, tc: TimeCheck, where: string): CpuIn | undefined {
  if (!c) return undefined;
  finitePsi(c.psi, `${where} cpu`);
  const out: CpuIn = { timeNs: tc.time(c.timeUnixNano, `${where} cpu`), usageNs: fromWire0(c.usageNs) };
  const nrPeriods = fromWire(c.nrPeriods), nrThrottled = fromWire(c.nrThrottled), throttledNs = fromWire(c.throttledNs);
  if (nrPeriods !== undefined) out.nrPeriods = nrPeriods;
  if (nrThrottled !== undefined) out.nrThrottled = nrThrottled;
  if (throttledNs !== undefined) out.throttledNs = throttledNs;
  if (c.psi?.some) out.psiSomeNs = fromWire0(c.psi.some.totalNs);
  return out;
}

function memory(m: kubepulse.v1.IMemoryCounters | null | undefined, tc: TimeCheck, where: string): MemoryIn | undefined {
  if (!m) return undefined;
  finitePsi(m.psi, `${where} memory`);
  const out: MemoryIn = { timeNs: tc.time(m.timeUnixNano, `${where} memory`), workingSetBytes: fromWire0(m.workingSetBytes) };
  if (m.psi?.some) out.psiSomeNs = fromWire0(m.psi.some.totalNs);
  return out;
}

function network(n: kubepulse.v1.INetworkCounters | null | undefined, tc: TimeCheck, limits: IngestLimits, where: string): NetworkIn | undefined {
  if (!n) return undefined;
  const ifs = n.interfaces ?? [];
  if (ifs.length > limits.maxInterfaces) throw new Invalid(`${where}: ${ifs.length} network interfaces, limit ${limits.maxInterfaces}`);
  let rx = 0n, tx = 0n;
  for (const i of ifs) {
    if (!isToken(i.name ?? '', 64)) throw new Invalid(`${where}: bad interface name`);
    rx += fromWire0(i.rxBytes);
    tx += fromWire0(i.txBytes);
  }
  // A sum past uint64 cannot be held exactly; such a block is not a real counter.
  if (rx > MAX_U64 || tx > MAX_U64) throw new Invalid(`${where}: network counters overflow uint64`);
  return { timeNs: tc.time(n.timeUnixNano, `${where} network`), rxBytes: rx, txBytes: tx };
}

function container(c: kubepulse.v1.IContainerSample, tc: TimeCheck, where: string): ContainerIn {
  const name = c.name ?? '';
  if (!isDns1123Label(name)) throw new Invalid(`${where}: container name ${JSON.stringify(name.slice(0, 64))} is not a DNS-1123 label`);
  const id = c.id ?? '';
  if (!isToken(id, 128)) throw new Invalid(`${where} container ${name}: bad container id`);
  finitePsi(c.ioPsi, `${where} container ${name} io`);
  const out: ContainerIn = { name, id, attempt: c.attempt ?? 0, startTimeNs: fromWire0(c.startTimeUnixNano, true) };
  if (out.startTimeNs < 0n) throw new Invalid(`${where} container ${name}: negative start time`);
  const cc = cpu(c.cpu, tc, `${where} container ${name}`);
  const mm = memory(c.memory, tc, `${where} container ${name}`);
  if (cc) out.cpu = cc;
  if (mm) out.memory = mm;
  return out;
}

function pod(p: kubepulse.v1.IPodSample, tc: TimeCheck, limits: IngestLimits): PodIn {
  const uid = p.uid ?? '';
  if (!isUid(uid)) throw new Invalid(`pod uid ${JSON.stringify(uid.slice(0, 64))} is not valid`);
  const name = p.name ?? '', namespace = p.namespace ?? '';
  const where = name ? `pod ${namespace}/${name}` : `pod ${uid}`;
  if (name !== '' && !isDns1123Subdomain(name)) throw new Invalid(`${where}: name is not a DNS-1123 subdomain`);
  if ((name !== '' || namespace !== '') && !isDns1123Label(namespace)) throw new Invalid(`${where}: namespace is not a DNS-1123 label`);
  const cs = p.containers ?? [];
  if (cs.length > limits.maxContainersPerPod) throw new Invalid(`${where}: ${cs.length} containers, limit ${limits.maxContainersPerPod}`);
  finitePsi(p.ioPsi, `${where} io`);
  const containers = cs.map((c) => container(c, tc, where));
  if (new Set(containers.map((c) => c.name)).size !== containers.length) throw new Invalid(`${where}: duplicate container names`);
  const out: PodIn = {
    uid, name, namespace, labels: labels(p.labels ?? {}, limits, where),
    startTimeNs: fromWire0(p.startTimeUnixNano, true), containers,
  };
  if (out.startTimeNs < 0n) throw new Invalid(`${where}: negative start time`);
  const cc = cpu(p.cpu, tc, where), mm = memory(p.memory, tc, where), nn = network(p.network, tc, limits, where);
  if (cc) out.cpu = cc;
  if (mm) out.memory = mm;
  if (nn) out.network = nn;
  return out;
}

/** Throws Invalid when the node block is unusable; bad pods become warnings. */
export function validateSample(s: kubepulse.v1.INodeSample, nowNs: bigint, limits: IngestLimits): ValidatedSample {
  const tc = new TimeCheck(nowNs, limits);
  const n = s.node;
  if (!n) throw new Invalid('sample has no node block');
  finitePsi(n.ioPsi, 'node io');
  const node = {
    collectedNs: tc.time(s.collectedUnixNano, 'sample'),
    startTimeNs: fromWire0(n.startTimeUnixNano, true),
    memoryCapacityBytes: fromWire0(n.memoryCapacityBytes),
    cpuCapacityMillis: fromWire0(n.cpuCapacityMillis),
  } as SampleIn['node'];
  if (node.startTimeNs < 0n) throw new Invalid('node: negative start time');
  const cc = cpu(n.cpu, tc, 'node'), mm = memory(n.memory, tc, 'node');
  if (cc) node.cpu = cc;
  if (mm) node.memory = mm;

  const warnings: string[] = [];
  const warn = (w: string): void => { if (warnings.length < MAX_WARNINGS) warnings.push(w); };
  const wire = s.pods ?? [];
  let podsRejected = 0;
  if (wire.length > limits.maxPods) {
    podsRejected += wire.length - limits.maxPods;
    warn(`${wire.length} pods, limit ${limits.maxPods}: the rest were rejected`);
  }
  const pods: PodIn[] = [];
  const uids = new Set<string>();
  for (const p of wire.slice(0, limits.maxPods)) {
    try {
      const v = pod(p, tc, limits);
      if (uids.has(v.uid)) throw new Invalid(`pod uid ${v.uid} appears twice`);
      uids.add(v.uid);
      pods.push(v);
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      podsRejected++;
      warn(e.message);
    }
  }
  return { sample: { node, pods }, podsRejected, warnings };
}
