// Accuracy against the runtime: the agent (startAgent with the CRI provider, read over its own HTTP
// /stats/summary) and containerd's ListContainerStats / ListPodSandboxStats read the same real pods
// over the same ≥10 s window. Both read the same cgroup files, so they must agree closely; any
// difference is the few milliseconds between the two readers.
import t from 'tap';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { startTestBed, workloads, type RunningPod } from '../harness/index.js';
import { CriMetadataProvider } from '../../agent/cri/provider.js';
import { startAgent } from '../../agent/agent.js';
import { defaultAgentOptions } from '../../agent/options.js';
import { fromWire0 } from '../../common/u64.js';
import type { runtime } from '../../proto/cri/runtime/v1/gen/api.js';
import type { Summary, SummaryContainer } from './cri-summary-types.js';
import { readFileSync } from 'node:fs';
import { encodeSnapshot } from '../../agent/push/encode.js';
import type { NodeSnapshot } from '../../agent/model.js';
import { validateSample } from '../../aggregator/ingest/validate.js';
import { DEFAULT_LIMITS } from '../../aggregator/ingest/limits.js';
import { MetricsStore } from '../../aggregator/store/store.js';
import { ManualClock } from '../../common/clock.js';
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';

const WINDOW_MS = 10_500;
const MiB = 1024 * 1024;
const quiet = pino({ level: 'warn' }, new Writable({ write(_c, _e, cb) { cb(); } }));

const bed = await startTestBed();
t.teardown(() => bed.stop());

const pods: RunningPod[] = [
  await bed.runPod({
    name: 'guaranteed', namespace: 'acc', qos: 'Guaranteed', labels: { app: 'g', 'example.com/team': 'core' },
    containers: [
      { name: 'burn', command: workloads.burnCpu(), cpuRequestMillis: 250, cpuLimitMillis: 250, memoryLimitBytes: 64 * MiB },
      { name: 'idle', command: workloads.idle(), cpuRequestMillis: 10, cpuLimitMillis: 10, memoryLimitBytes: 16 * MiB },
    ],
  }),
  await bed.runPod({
    name: 'burstable', namespace: 'acc', qos: 'Burstable', labels: { app: 'b' },
    containers: [
      { name: 'memory', command: workloads.holdMemory(48), cpuRequestMillis: 50 },
      { name: 'burn', command: workloads.burnCpu(), cpuRequestMillis: 50, cpuLimitMillis: 150 },
    ],
  }),
  await bed.runPod({
    name: 'besteffort', namespace: 'other', qos: 'BestEffort',
    containers: [
      { name: 'idle', command: workloads.idle() },
      { name: 'memory', command: workloads.holdMemory(16) },
    ],
  }),
];

const provider = new CriMetadataProvider({ endpoint: bed.endpoint, log: quiet, refreshMs: 60_000 });
await provider.start();
// A one-hour interval: the test drives the collection cycles itself, so both readers share windows.
const agent = await startAgent(
  defaultAgentOptions({ nodeName: 'testbed', listen: '127.0.0.1:0', kubepodsCgroup: bed.kubepods, intervalMs: 3_600_000, intervalExplicit: true }),
  { metadata: provider, logger: quiet },
);
t.teardown(() => agent.stop());

interface Side { usageNs: number; timeNs: number; workingSet: number }
interface Reading {
  agent: Summary; containers: Map<string, Side>; pods: Map<string, Side>;
  snapshot: NodeSnapshot;
  /** The kernel's own throttled_time (v1 cpu.stat) per container id, read by the test right after the cycle. */
  throttledNs: Map<string, number>;
  wallNs: number;
}

function kernelThrottledNs(pod: RunningPod, id: string): number {
  const m = /(?:^|\n)throttled_time (\d+)/.exec(readFileSync(`/sys/fs/cgroup/cpu${pod.cgroupParent}/${id}/cpu.stat`, 'latin1'));
  return m ? Number(m[1]) : NaN;
}

function side(cpu: runtime.v1.ICpuUsage | null | undefined, mem: runtime.v1.IMemoryUsage | null | undefined): Side {
  return {
    usageNs: Number(fromWire0(cpu?.usageCoreNanoSeconds?.value)),
    timeNs: Number(fromWire0(cpu?.timestamp, true)),
    workingSet: Number(fromWire0(mem?.workingSetBytes?.value)),
  };
}

/** One cycle of the agent and one answer of each CRI stats call, issued together. */
async function sample(): Promise<Reading> {
  const cs = bed.cri.listContainerStats({});
  const ps = bed.cri.listPodSandboxStats({});
  const snapshot = agent.collector.collect();
  const wallNs = Date.now() * 1e6;
  const throttledNs = new Map(pods.flatMap((pod) => pod.containers.map((c) => [c.id, kernelThrottledNs(pod, c.id)] as const)));
  const [c, p] = await Promise.all([cs, ps]);
  const body = await (await fetch(`${agent.url}/stats/summary`)).json();
  return {
    snapshot, throttledNs, wallNs,
    agent: body as Summary,
    containers: new Map(c.stats.map((s) => [s.attributes!.id!, side(s.cpu, s.memory)])),
    pods: new Map(p.stats.map((s) => [s.attributes!.metadata!.uid!, side(s.linux?.cpu, s.linux?.memory)])),
  };
}

// Working sets move by a page or two between two reads milliseconds apart (the shell's stack, the
// kernel's per-cpu counters); 1 % of a few hundred KiB is less than that, hence the small floor.
const WS_FLOOR = 16 * 1024;
// CPU: 2 % of the rate, or 1 ms of CPU per second for containers that barely run.
const CPU_FLOOR = 1_000_000;

await new Promise((r) => setTimeout(r, 1500));
const first = await sample();
await new Promise((r) => setTimeout(r, WINDOW_MS));
const second = await sample();

function runtimeRate(id: string, map0: Map<string, Side>, map1: Map<string, Side>): number {
  const a = map0.get(id)!, b = map1.get(id)!;
  return ((b.usageNs - a.usageNs) / (b.timeNs - a.timeNs)) * 1e9;
}

t.test('every pod and container the runtime lists is in /stats/summary, named as the runtime names it, and nothing else', async (t) => {
  const ready = (await bed.cri.listPodSandbox({ filter: { state: { state: 0 } } })).items;
  const running = (await bed.cri.listContainers({ filter: { state: { state: 1 } } })).containers;
  const want = ready.map((s) => ({
    name: s.metadata!.name, namespace: s.metadata!.namespace, uid: s.metadata!.uid ?? '',
    containers: running.filter((c) => c.podSandboxId === s.id).map((c) => c.metadata!.name).sort(),
  })).sort((a, b) => a.uid.localeCompare(b.uid));
  const got = second.agent.pods.map((p) => ({
    ...p.podRef, containers: p.containers.map((c) => c.name).sort(),
  })).sort((a, b) => a.uid.localeCompare(b.uid));
  t.equal(want.length, 3);
  t.same(got, want);
  // Labels are not part of the Summary; they travel in the snapshot the agent pushes.
  const snap = agent.collector.latest()!;
  for (const p of pods) t.same(snap.pods.find((x) => x.uid === p.uid)?.labels, p.labels, `${p.name} labels`);
  for (const s of snap.pods) for (const c of s.containers) t.ok(running.some((r) => r.id === c.id), `container ${c.id.slice(0, 12)} is running in the runtime`);
});

t.test(`container CPU rate over ${WINDOW_MS / 1000}s agrees with ListContainerStats within 2 %`, async (t) => {
  let busy = 0;
  for (const pod of pods) {
    const ap = second.agent.pods.find((p) => p.podRef.uid === pod.uid)!;
    for (const c of pod.containers) {
      const ac = ap.containers.find((x: SummaryContainer) => x.name === c.name)!;
      const mine = Number(ac.cpu.usageNanoCores);
      const theirs = runtimeRate(c.id, first.containers, second.containers);
      if (theirs > 50_000_000) busy++;
      t.ok(mine >= 0, 'never negative');
      t.ok(Math.abs(mine - theirs) <= Math.max(0.02 * theirs, CPU_FLOOR),
        `${pod.name}/${c.name}: agent ${(mine / 1e6).toFixed(2)}m vs containerd ${(theirs / 1e6).toFixed(2)}m`);
    }
  }
  t.equal(busy, 2, 'the two burners really burned (so the comparison means something)');
});

t.test(`pod CPU rate over ${WINDOW_MS / 1000}s agrees with ListPodSandboxStats within 2 %`, async (t) => {
  for (const pod of pods) {
    const ap = second.agent.pods.find((p) => p.podRef.uid === pod.uid)!;
    const mine = Number(ap.cpu.usageNanoCores);
    const theirs = runtimeRate(pod.uid, first.pods, second.pods);
    t.ok(Math.abs(mine - theirs) <= Math.max(0.02 * theirs, CPU_FLOOR),
      `${pod.name}: agent ${(mine / 1e6).toFixed(2)}m vs containerd ${(theirs / 1e6).toFixed(2)}m`);
  }
});

t.test('working set agrees with the runtime within 1 % for containers and pods', async (t) => {
  for (const pod of pods) {
    const ap = second.agent.pods.find((p) => p.podRef.uid === pod.uid)!;
    const check = (label: string, mine: number, theirs: number) =>
      t.ok(Math.abs(mine - theirs) <= Math.max(0.01 * theirs, WS_FLOOR), `${label}: agent ${mine} vs containerd ${theirs}`);
    check(pod.name, Number(ap.memory.workingSetBytes), second.pods.get(pod.uid)!.workingSet);
    for (const c of pod.containers) {
      const ac = ap.containers.find((x: SummaryContainer) => x.name === c.name)!;
      check(`${pod.name}/${c.name}`, Number(ac.memory.workingSetBytes), second.containers.get(c.id)!.workingSet);
    }
  }
  // The memory holders really hold what they wrote: the comparison is over a known amount.
  const b = second.agent.pods.find((p) => p.podRef.name === 'burstable')!;
  const held = Number(b.containers.find((c: SummaryContainer) => c.name === 'memory')!.memory.workingSetBytes);
  t.ok(held >= 48 * MiB && held < 56 * MiB, `48 MiB holder has working set ${held}`);
});

t.test('cumulative CPU counters are the runtime\'s counters, read milliseconds apart', async (t) => {
  for (const pod of pods) {
    const ap = second.agent.pods.find((p) => p.podRef.uid === pod.uid)!;
    for (const c of pod.containers) {
      const ac = ap.containers.find((x: SummaryContainer) => x.name === c.name)!;
      const mine = Number(ac.cpu.usageCoreNanoSeconds);
      const theirs = second.containers.get(c.id)!.usageNs;
      // At most 0.25 core (the fastest burner) × 200 ms between the two reads.
      t.ok(Math.abs(mine - theirs) <= 50_000_000, `${pod.name}/${c.name}: ${mine} vs ${theirs}`);
    }
  }
});

t.test('a container throttled on its own CPU limit shows in its pod\'s throttling metric, as the kernel counts it', async (t) => {
  // The agent's two snapshots go through the wire encoding, ingest validation and the store, as a
  // pushed sample would; the kernel's throttled_time was read by the test beside each cycle.
  const store = new MetricsStore({ resolutionNs: 10_000_000_000n, clock: new ManualClock(BigInt(second.wallNs)) });
  for (const r of [first, second]) {
    const decoded = kubepulse.v1.NodeSample.decode(encodeSnapshot(r.snapshot));
    store.record('testbed', validateSample(decoded, r.snapshot.collectedNs, DEFAULT_LIMITS).sample);
  }
  const metrics = store.podMetrics();
  for (const name of ['guaranteed', 'burstable']) {
    const pod = pods.find((p) => p.name === name)!;
    const m = metrics.find((x) => x.name === name)!;
    const windowS = (second.wallNs - first.wallNs) / 1e9;
    const kernel = pod.containers.reduce((sum, c) => sum + (second.throttledNs.get(c.id)! - first.throttledNs.get(c.id)!), 0) / 1e9 / windowS;
    const ours = m.extra.cpuThrottledSecondsPerSecond!;
    // A burner held to 150m/250m of a core is throttled most of each 100 ms period.
    t.ok(kernel > 0.3, `${name}: the kernel counts ${kernel.toFixed(3)} s/s throttled in its containers`);
    // The two readers are milliseconds apart at each end of a ${WINDOW_MS / 1000} s window.
    t.ok(Math.abs(ours - kernel) <= 0.03 * kernel, `${name}: pod metric ${ours.toFixed(3)} s/s vs kernel ${kernel.toFixed(3)} s/s`);
    t.ok(m.extra.cpuThrottledPeriodsRatio! > 0.3 && m.extra.cpuThrottledPeriodsRatio! <= 1, `${name}: throttled periods ratio ${m.extra.cpuThrottledPeriodsRatio}`);
  }
  const idle = metrics.find((x) => x.name === 'besteffort')!;
  t.equal(idle.extra.cpuThrottledSecondsPerSecond, 0, 'no limits anywhere: zero, not absent');
});
