// The agent's collection cycle against containerd's own stats calls, for the same 50 real pods
// (100 containers + 50 sandboxes) on the containerd test bed, measured side by side in one run: in
// interleaved rounds, each side's CPU from the kernel (this process's for the agent, a cpuacct
// cgroup for containerd and for its shims), less each side's idle rate.
import { mkdirSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { BenchReport } from './run.js';
import { startTestBed, workloads, type TestBed } from '../test/harness/index.js';
import type { Logger } from '../common/logger.js';
import { CriMetadataProvider } from '../agent/cri/provider.js';
import { Collector } from '../agent/collector/collector.js';
import { AGENT_NODE_FLAGS } from './agent-flags.js';
import { AGENT_V8_FLAGS, applyAgentV8Flags } from '../agent/v8-flags.js';
import type { QosClass } from '../agent/model.js';

const PODS = 50;
const CYCLES = 120;
/**
 * The agent's cycles and containerd's calls are measured in this many interleaved rounds, so a
 * change in the machine's speed during the run (it is shared) moves both sides alike.
 */
const ROUNDS = 4;
// The first cycles open files and let V8 tier up the hot path: optimising compiles run on V8's own
// threads and count as process CPU. With one cycle per interval they come thick for ~150 cycles and
// then sparser until ~650 (--trace-opt: functions run once per cycle, such as parseNetDev or
// meminfoBytes, optimise late; discovery's first full listing, at cycle 360 or so, deoptimises
// discover and addPod, which optimise again by ~550; together ~60 ms between cycles 200 and 650).
// At the 10 s interval that is the first two hours of a process that then runs for days, so the
// steady state is measured after 700 and the warm-up's own mean is reported beside it.
const WARMUP = 700;
const CONTAINER_STATS_CALLS = 20;
const SANDBOX_STATS_CALLS = 8;
/** Refreshes right after start, back to back: what a burst of pod churn costs before V8 has compiled that path. */
const COLD_REFRESHES = 30;
/**
 * In steady state the provider asks the runtime only on its 5 min safety timer (a pod or container
 * started, restarted or removed changes the cgroup tree, which triggers a refresh at once), and the
 * timer's check() asks ListContainers alone while nothing changed: one check per 30 cycles at the
 * default 10 s interval. The warm-up and the measured cycles run one at that rate, so its code is as
 * warm (or as cold) as in an agent of the same age, and its CPU is in the figure.
 */
const CYCLES_PER_CHECK = 30;
const SETTLE_MS = 30_000;
/** Idle time after each agent cycle and each containerd call, the same for both. */
const GAP_MS = 20;
const CPUACCT = '/sys/fs/cgroup/cpuacct';

/**
 * A cpuacct cgroup of the bench's own holding the given processes (all their threads): the kernel
 * then counts their CPU in ns (/proc/<pid>/stat counts in 10 ms ticks, too coarse for a round of a
 * few calls), including threads that exit meanwhile. Only cpuacct: their scheduling is unchanged.
 */
function cpuacctGroup(path: string, pids: number[]): { ms(): number; release(): void } {
  const dir = `${CPUACCT}${path}`;
  mkdirSync(dir, { recursive: true });
  for (const pid of pids) {
    try {
      writeFileSync(`${dir}/cgroup.procs`, `${pid}\n`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    }
  }
  return {
    ms: () => Number(readFileSync(`${dir}/cpuacct.usage`, 'latin1')) / 1e6,
    release() {
      // Back to the root so the directory can go; containerd and the shims are stopped later by the test bed.
      for (const l of readFileSync(`${dir}/cgroup.procs`, 'latin1').split('\n')) if (l) writeFileSync(`${CPUACCT}/cgroup.procs`, `${l}\n`);
      rmdirSync(dir);
    },
  };
}

function shimPids(socket: string): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (args[0]?.includes('containerd-shim') && args.includes(socket)) out.push(Number(name));
    } catch { /* exited */ }
  }
  return out;
}

const selfCpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** The agent's cycle runs in this process: give it the DaemonSet's V8 flags. */
export const nodeFlags = AGENT_NODE_FLAGS;

export async function run(): Promise<BenchReport> {
  // What startAgent applies before its first cycle: the collector runs in this process.
  applyAgentV8Flags();
  const quiet = pino({ level: 'warn' }, new Writable({ write(_c, _e, cb) { cb(); } }));
  const bed = await startTestBed();
  try {
    const qos: QosClass[] = ['Guaranteed', 'Burstable', 'BestEffort'];
    for (let i = 0; i < PODS; i++) {
      await bed.runPod({
        name: `bench-${i}`, namespace: `ns-${i % 5}`, qos: qos[i % 3], labels: { app: `bench-${i % 7}`, index: String(i) },
        containers: [
          { name: 'app', command: workloads.idle(), cpuRequestMillis: 10, cpuLimitMillis: 10, memoryLimitBytes: 16 << 20 },
          { name: 'sidecar', command: workloads.idle(), cpuRequestMillis: 10, cpuLimitMillis: 10, memoryLimitBytes: 16 << 20 },
        ],
      });
    }
    const shims = shimPids(bed.socket);
    // Let the node settle after starting 50 pods: right after, the kernel still has cgroup statistics
    // to fold in and every stats read (the agent's and the shims') costs more.
    await sleep(SETTLE_MS);
    const ctdGroup = cpuacctGroup(`/kp-bench-cri-${process.pid}-containerd`, [bed.containerd.pid]);
    try {
      const shimGroup = cpuacctGroup(`/kp-bench-cri-${process.pid}-shims`, shims);
      try {
        return await measure(bed, ctdGroup, shimGroup, shims.length, quiet);
      } finally {
        shimGroup.release();
      }
    } finally {
      ctdGroup.release();
    }
  } finally {
    await bed.stop();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/** One CPU counter over the rounds: the sum of its segments, less its idle rate × their wall time. */
class Side {
  cpuMs = 0;
  wallMs = 0;
  calls = 0;
  constructor(readonly cpu: () => number, readonly idlePerMs: number) {}
  get perCall(): number { return this.cpuMs / this.calls; }
  get wallPerCall(): number { return this.wallMs / this.calls; }
}

/** `calls` calls of fn, each followed by the same pause on every side (all run equally cold), counted on each side given. */
async function segment(sides: Side[], calls: number, fn: () => unknown): Promise<void> {
  const w0 = nowMs(), c0 = sides.map((s) => s.cpu());
  for (let i = 0; i < calls; i++) {
    await fn();
    await sleep(GAP_MS);
  }
  const wall = nowMs() - w0;
  sides.forEach((s, i) => {
    s.cpuMs += s.cpu() - c0[i] - s.idlePerMs * wall;
    s.wallMs += wall;
    s.calls += calls;
  });
}

async function measure(bed: TestBed, ctdGroup: { ms(): number }, shimGroup: { ms(): number }, shimCount: number, quiet: Logger): Promise<BenchReport> {
  const allCtd = () => ctdGroup.ms() + shimGroup.ms();
  // containerd at rest, to subtract its background work from the per-call figures.
  const idleWallMs = 5000;
  let w0 = nowMs();
  const idle0 = ctdGroup.ms(), idleAll0 = allCtd();
  await sleep(idleWallMs);
  let wall = nowMs() - w0;
  const idleRate = (ctdGroup.ms() - idle0) / wall;
  const idleAllRate = (allCtd() - idleAll0) / wall;
  // This process at rest over the same seconds, in the same pauses the cycles will have: its own
  // timers and background work not caused by cycles, subtracted from the agent's windows below.
  const agentIdle0 = selfCpuMs();
  w0 = nowMs();
  while (nowMs() - w0 < idleWallMs) await sleep(GAP_MS);
  const agentIdleRate = (selfCpuMs() - agentIdle0) / (nowMs() - w0);

  // The agent's metadata refresh (two list calls), first right after start: cold, V8 still compiling.
  const provider = new CriMetadataProvider({ endpoint: bed.endpoint, log: quiet, refreshMs: 3_600_000 });
  await provider.start();
  if (provider.current()?.size !== PODS) throw new Error(`provider sees ${provider.current()?.size} pods, want ${PODS}`);
  w0 = nowMs();
  const a0 = selfCpuMs(), c0 = ctdGroup.ms();
  for (let i = 0; i < COLD_REFRESHES; i++) if (!(await provider.refresh())) throw new Error(provider.lastError);
  wall = nowMs() - w0;
  const coldRefreshMs = (selfCpuMs() - a0) / COLD_REFRESHES;
  const refreshCtdMs = (ctdGroup.ms() - c0 - idleRate * wall) / COLD_REFRESHES;
  const refreshesAfterCold = provider.refreshes;
  // Every CYCLES_PER_CHECK-th cycle is followed by the safety timer's check.
  const checkCpu: number[] = [];
  let cyclesRun = 0;
  const checkIfDue = async (record: boolean) => {
    if (++cyclesRun % CYCLES_PER_CHECK !== 0) return;
    const r0 = selfCpuMs();
    if (!(await provider.check())) throw new Error(provider.lastError);
    if (record) checkCpu.push(selfCpuMs() - r0);
  };

  const collector = new Collector({ nodeName: 'bench', cgroupRoot: '/sys/fs/cgroup', procRoot: '/proc', kubepodsCgroup: bed.kubepods, intervalMs: 3_600_000, logger: quiet, metadata: provider });
  const warmCpu: number[] = [];
  for (let i = 0; i < WARMUP; i++) {
    const u0 = process.cpuUsage();
    collector.collect();
    const u = process.cpuUsage(u0);
    warmCpu.push((u.user + u.system) / 1000);
    await checkIfDue(false);
    await sleep(GAP_MS);
  }

  const cycleCpu: number[] = [];
  const cycleWall: number[] = [];
  const cycleSys: number[] = [];
  let containers = 0;
  const cycle = async () => {
    const u0 = process.cpuUsage(), t0 = process.hrtime.bigint();
    const s = collector.collect();
    const u = process.cpuUsage(u0);
    cycleWall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cycleCpu.push((u.user + u.system) / 1000);
    cycleSys.push(u.system / 1000);
    containers = s.pods.reduce((n, p) => n + p.containers.length, 0);
    await checkIfDue(true);
  };
  // Besides each cycle's own CPU, the whole window's: V8 finishes some of a cycle's work later on
  // other threads (concurrent marking, sweeping), and that is the agent's cost too.
  const agent = new Side(selfCpuMs, agentIdleRate);
  const lcs = new Side(() => ctdGroup.ms(), idleRate);
  const lcsAll = new Side(allCtd, idleAllRate);
  const lpss = new Side(() => ctdGroup.ms(), idleRate);
  const lpssAll = new Side(allCtd, idleAllRate);
  for (let r = 0; r < ROUNDS; r++) {
    await segment([agent], CYCLES / ROUNDS, cycle);
    await segment([lcs, lcsAll], CONTAINER_STATS_CALLS / ROUNDS, () => bed.cri.listContainerStats({}, 120_000));
    await segment([lpss, lpssAll], SANDBOX_STATS_CALLS / ROUNDS, () => bed.cri.listPodSandboxStats({}, 120_000));
  }
  collector.stop();
  await provider.close();
  if (containers !== PODS * 2) throw new Error(`collector saw ${containers} containers, want ${PODS * 2}`);
  // Like containerd's per-call figure: the windows' CPU, less the idle rate, over the count; the
  // windows hold the refreshes too. Never less than the cycles' and refreshes' own CPU (the idle rate
  // is itself measured, with its noise).
  const checkShareMs = checkCpu.reduce((a, b) => a + b, 0) / CYCLES;
  const wholeCycleMs = Math.max(agent.perCall, mean(cycleCpu) + checkShareMs);
  const cycleMs = wholeCycleMs - checkShareMs;
  const refreshesDuringChecks = provider.refreshes - refreshesAfterCold;
  if (refreshesDuringChecks !== 0) throw new Error(`the safety checks refreshed ${refreshesDuringChecks} times: the runtime's containers changed during the run`);

  const f = (x: number) => x.toFixed(2);
  const ratio = (x: number) => `${(x / wholeCycleMs).toFixed(1)}×`;
  const reader = collector.readerKind;
  const markdown = `
## Method
${PODS} real pods × 2 containers (busybox \`sleep\`, mixed Guaranteed/Burstable/BestEffort, cgroupfs, kubelet
layout) on the containerd test bed (\`test/harness\`: containerd ${provider.runtimeVersion ?? ''} + runc as a child process).
The agent's cycles and containerd's two stats calls are measured in ${ROUNDS} interleaved rounds (per round:
${CYCLES / ROUNDS} cycles, ${CONTAINER_STATS_CALLS / ROUNDS} ListContainerStats, ${SANDBOX_STATS_CALLS / ROUNDS} ListPodSandboxStats), each followed by the same
${GAP_MS} ms pause, so that both sides see the machine alike (it is shared, and its speed moves during a run). Each side's
figure is its CPU summed over its segments, less its own idle rate × their wall time, over the count.
- **Agent cycle**: \`Collector.collect()\` (node + ${PODS} pod + ${PODS * 2} container cgroups, joined to CRI names,
  including the provider's observe() check), ${CYCLES} cycles after ${WARMUP} warm-up cycles (their mean:
  ${f(mean(warmCpu))} ms; the first ${f(warmCpu[0])} ms). CPU is this process's (\`process.cpuUsage()\`, all threads), so V8 work a cycle
  leaves to other threads (concurrent marking, sweeping) counts; idle rate ${f(agentIdleRate * 1000)} ms/s, taken over ${idleWallMs / 1000} s of the same
  pauses. Inside the calls alone: ${f(mean(cycleCpu))} ms mean, ${f(median(cycleCpu))} median, ${f(mean(cycleSys))} of it kernel. Files are read through the
  ${reader === 'native' ? 'native reader (agent/cgroup/reader.c)' : 'fs.readSync reader (the native one was not built)'}. Run with the DaemonSet's V8 flags (\`${nodeFlags.join(' ')}\`) and what the agent sets itself at start
  (\`${AGENT_V8_FLAGS.join(' ')}\`, agent/v8-flags.ts). PSI is not read: this host is hybrid and \`--psi\` defaults to auto (v2 only, as the kubelet).
- **Agent metadata**: \`CriMetadataProvider.refresh()\` (ListPodSandbox READY + ListContainers RUNNING) runs when the cgroup tree
  changes (a pod or container started, restarted or removed). In steady state only the 5 min safety timer asks the
  runtime, and its \`check()\` asks ListContainers alone while the running containers are the known ones: one check per
  ${CYCLES_PER_CHECK} cycles at the default 10 s interval. So every ${CYCLES_PER_CHECK}th cycle, in the warm-up and in the rounds, is followed by one,
  and the agent's windows hold them: the **whole cycle** is cycle + 1/${CYCLES_PER_CHECK} check, each as warm as in an agent of the same age
  (${checkCpu.length} measured, ${f(mean(checkCpu))} ms each; none turned into a refresh). The first ${COLD_REFRESHES} full refreshes right after start,
  back to back, cost ${f(coldRefreshMs)} ms each: what a burst of pod churn costs a young agent.
- **containerd**: its CPU in ns from a cpuacct cgroup the bench moves it into (the shims into another) for the
  measurement, less its idle rate (${f(idleRate * 1000)} ms/s over ${idleWallMs / 1000} s just before; with the shims ${f(idleAllRate * 1000)} ms/s). "with shims" adds the
  ${shimCount} containerd-shim-runc-v2 processes, which do the cgroup reads for containerd's stats calls.

## Results
| what | CPU per call (ms) | wall per call (ms) | vs the agent's whole cycle |
|---|---:|---:|---:|
| agent: collection cycle (with its background work) | ${f(cycleMs)} | ${f(mean(cycleWall))} | |
| agent: inside collect() alone, mean (median; kernel) | ${f(mean(cycleCpu))} (${f(median(cycleCpu))}; ${f(mean(cycleSys))}) | | |
| agent: safety check (ListContainers), one per ${CYCLES_PER_CHECK} cycles | ${f(mean(checkCpu))} | | |
| agent: full metadata refresh (2 list calls), the first ${COLD_REFRESHES} after start | ${f(coldRefreshMs)} | | |
| **agent: whole cycle (cycle + 1/${CYCLES_PER_CHECK} check)** | **${f(wholeCycleMs)}** | | 1× |
| containerd: its CPU per metadata refresh of ours | ${f(refreshCtdMs)} | | |
| containerd: ListContainerStats | ${f(lcs.perCall)} | ${f(lcs.wallPerCall - GAP_MS)} | ${ratio(lcs.perCall)} |
| containerd + shims: ListContainerStats | ${f(lcsAll.perCall)} | | ${ratio(lcsAll.perCall)} |
| containerd: ListPodSandboxStats | ${f(lpss.perCall)} | ${f(lpss.wallPerCall - GAP_MS)} | ${ratio(lpss.perCall)} |
| containerd + shims: ListPodSandboxStats | ${f(lpssAll.perCall)} | | ${ratio(lpssAll.perCall)} |

Goal (issue 3): the agent's whole cycle ≥5× cheaper than one ListContainerStats (${ratio(lcs.perCall)} here) and
≥30× cheaper than one ListPodSandboxStats (${ratio(lpss.perCall)} here). The issue's reference figures for
containerd 1.6 on this kind of machine: ~18 ms per ListContainerStats, ~165 ms (1.2 s wall) per ListPodSandboxStats.
Single figures move between runs (the machine is shared); the ratios come from the same interleaved rounds.
`;
  const side = (x: Side) => ({ cpuMsPerCall: x.perCall, wallMsPerCall: x.wallPerCall - GAP_MS, calls: x.calls });
  return {
    markdown,
    data: {
      pods: PODS, containers: PODS * 2, runtimeVersion: provider.runtimeVersion, rounds: ROUNDS,
      agent: { reader, nodeFlags, v8Flags: AGENT_V8_FLAGS, idleCpuMsPerS: agentIdleRate * 1000, windowCycleCpuMs: agent.perCall, insideCycleCpuMs: mean(cycleCpu), warmupCycles: WARMUP, warmupCpuMsMean: mean(warmCpu), cyclesPerCheck: CYCLES_PER_CHECK, cycleCpuMs: cycleMs, cycleCpuMsAll: cycleCpu, cycleCpuMsMedian: median(cycleCpu), cycleSysMs: mean(cycleSys), cycleWallMs: mean(cycleWall), checkCpuMsAll: checkCpu, checkCpuMs: mean(checkCpu), coldRefreshCpuMs: coldRefreshMs, wholeCycleCpuMs: wholeCycleMs },
      containerd: { idleCpuMsPerS: idleRate * 1000, idleWithShimsCpuMsPerS: idleAllRate * 1000, perRefreshCpuMs: refreshCtdMs, listContainerStats: side(lcs), listContainerStatsWithShims: side(lcsAll), listPodSandboxStats: side(lpss), listPodSandboxStatsWithShims: side(lpssAll) },
      ratios: { listContainerStats: lcs.perCall / wholeCycleMs, listPodSandboxStats: lpss.perCall / wholeCycleMs },
    },
  };
}
