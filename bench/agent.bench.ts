// The agent's cost per collection cycle on 110 pods × 2 containers (330 cgroups) of the real
// hierarchy, side by side with the floor: the same files read by the plainest loops (JS and C),
// opening each file every time and keeping them open.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../common/logger.js';
import { fileReader, nodeReader, type FileReader } from '../agent/cgroup/reader.js';
import { Collector } from '../agent/collector/collector.js';
import type { BenchReport } from './run.js';
import { AGENT_NODE_FLAGS } from './agent-flags.js';
import { applyAgentV8Flags } from '../agent/v8-flags.js';

const CG = '/sys/fs/cgroup';
const CONTROLLERS = ['cpu', 'cpuacct', 'memory', 'pids'];
const PODS = 110;
const CONTAINERS = 2;
const CYCLES = 120;
const ROUNDS = 12;
// The agent runs for days: its first cycles include V8 compiling the hot path on background threads
// (process CPU time counts them), so the measured cycles start after these.
const WARMUP = 30;
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
// The V8 flags the DaemonSet gives the agent (NODE_OPTIONS in manifests/base/agent-daemonset.yaml):
// a 1 MiB young generation instead of 16 MiB; the agent allocates little per cycle.

function hex(n: number, len: number): string {
  return n.toString(16).padStart(len, '0');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function jsFloor(paths: string[], cycles: number): Floor {
  const buf = Buffer.allocUnsafe(65536);
  let sink = 0;
  const measure = (fn: () => void): { cpu: number; wall: number } => {
    const c0 = process.cpuUsage();
    const w0 = process.hrtime.bigint();
    for (let k = 0; k < cycles; k++) fn();
    const c = process.cpuUsage(c0);
    return { cpu: (c.user + c.system) * 1000 / cycles, wall: Number(process.hrtime.bigint() - w0) / cycles };
  };
  const open = measure(() => {
    for (const p of paths) {
      const fd = openSync(p, 'r');
      sink += readSync(fd, buf, 0, buf.length, 0);
      closeSync(fd);
    }
  });
  const fds = paths.map((p) => openSync(p, 'r'));
  const kept = measure(() => {
    for (const fd of fds) sink += readSync(fd, buf, 0, buf.length, 0);
  });
  for (const fd of fds) closeSync(fd);
  if (sink < 0) throw new Error('unreachable');
  return { openCpu: open.cpu, openWall: open.wall, keptCpu: kept.cpu, keptWall: kept.wall };
}

interface Floor { openCpu: number; openWall: number; keptCpu: number; keptWall: number }

/** Compiles the C floor once; returns a runner, or why it cannot run. */
function cFloor(): { run: (paths: string[], cycles: number) => Floor; cleanup: () => void } | string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-floor-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  const bin = join(dir, 'agent-floor');
  const cc = spawnSync('cc', ['-O2', '-o', bin, join(repo, 'bench', 'agent-floor.c')], { encoding: 'utf8' });
  if (cc.status !== 0) {
    cleanup();
    return `cc failed: ${cc.stderr || cc.error?.message}`;
  }
  return {
    cleanup,
    run: (paths, cycles) => {
      const r = spawnSync(bin, [String(cycles)], { input: paths.join('\n') + '\n', encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`floor program failed: ${r.stderr}`);
      const [openCpu, openWall, keptCpu, keptWall] = r.stdout.trim().split(' ').map(Number) as [number, number, number, number];
      return { openCpu, openWall, keptCpu, keptWall };
    },
  };
}

/** The same figures for a node process that loads nothing: what any Node agent starts from. */
function bareNodeRss(): { rssKiB: number; anonKiB: number; fileKiB: number } {
  const r = spawnSync(process.execPath, [...AGENT_NODE_FLAGS, '-e', 'setTimeout(() => process.stdout.write(require("fs").readFileSync("/proc/self/status", "latin1")), 1000)'], { encoding: 'latin1' });
  const kib = (key: string): number => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(r.stdout)?.[1] ?? NaN);
  return { rssKiB: kib('VmRSS'), anonKiB: kib('RssAnon'), fileKiB: kib('RssFile') };
}

function meanFloor(xs: Floor[]): Floor {
  return { openCpu: mean(xs.map((x) => x.openCpu)), openWall: mean(xs.map((x) => x.openWall)), keptCpu: mean(xs.map((x) => x.keptCpu)), keptWall: mean(xs.map((x) => x.keptWall)) };
}

interface ProcessFigures {
  rssKiB: number; anonKiB: number; fileKiB: number; cycleCpuMs: number; cycles: number;
  /** The whole process's CPU per cycle over a later window (cycles, timers, everything), and the part outside collect(). */
  processCpuMsPerCycle: number; outsideCyclesMsPerS: number;
}

/** CPU time of every thread of a process, in ms (schedstat: ns on CPU, so no 10 ms ticks). */
function processCpuMs(pid: number): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'latin1').split(' ')[0]);
    } catch { /* thread exited */ }
  }
  return ns / 1e6;
}

const PROCESS_WINDOW_MS = 5000;

/**
 * RSS of a separate process running only the agent (not this harness), after some cycles.
 * `push`: the CLI with --aggregator pointing at a closed loopback port, so the push client (gRPC,
 * TLS) is loaded and retrying, as in the DaemonSet.
 */
async function agentProcess(kubepods: string, via: 'startAgent' | 'cli', push?: { caFile: string; tokenFile: string }): Promise<ProcessFigures> {
  // 'startAgent': a process that loads only the agent's modules (what a DaemonSet image running the
  // agent alone would load); 'cli': the full kubepulse binary, which also loads the other commands.
  const agentOnly = `import(${JSON.stringify(join(repo, 'dist', 'agent', 'agent.js'))}).then(async ({ startAgent }) => {
    const { defaultAgentOptions } = await import(${JSON.stringify(join(repo, 'dist', 'agent', 'options.js'))});
    const a = await startAgent(defaultAgentOptions({ criEndpoint: 'none', listen: '127.0.0.1:0', intervalMs: 500, kubepodsCgroup: ${JSON.stringify(kubepods)} }));
    process.stdout.write('agent on ' + a.url + '\\n');
    process.once('SIGTERM', () => a.stop());
  });`;
  const pushArgs = push ? ['--aggregator', '127.0.0.1:1', '--ca-file', push.caFile, '--token-file', push.tokenFile] : [];
  const args = [...AGENT_NODE_FLAGS, ...(via === 'cli'
    ? [join(repo, 'dist', 'cli', 'main.js'), 'agent', '--cri-endpoint', 'none', '--listen', '127.0.0.1:0', '--interval', '500ms', '--kubepods-cgroup', kubepods, '--log-level', 'error', ...pushArgs]
    : ['--input-type=module', '-e', agentOnly])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, KUBEPULSE_LOG_LEVEL: 'error' } });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`agent exited with ${code}`)));
    });
    await new Promise((r) => setTimeout(r, 8000));
    const scrape = async () => {
      const text = await (await fetch(`${url}/metrics`)).text();
      return (name: string): number => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    };
    const num = await scrape();
    const status = readFileSync(`/proc/${child.pid}/status`, 'latin1');
    const kib = (key: string): number => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)![1]);
    const cycles = num('kubepulse_agent_cycles_total');
    const figures = { rssKiB: kib('VmRSS'), anonKiB: kib('RssAnon'), fileKiB: kib('RssFile'), cycles, cycleCpuMs: (num('kubepulse_agent_cycle_cpu_seconds_total') * 1000) / cycles };
    // Then the whole process over a window: what the cycles cost and what else it does (timers,
    // the push client's retries, GC), per cycle and per second. Two /metrics scrapes are in it too.
    const p0 = processCpuMs(child.pid!), w0 = Date.now();
    await new Promise((r) => setTimeout(r, PROCESS_WINDOW_MS));
    const p1 = processCpuMs(child.pid!), w1 = Date.now();
    const after = await scrape();
    const windowCycles = after('kubepulse_agent_cycles_total') - cycles;
    const windowCycleCpuMs = (after('kubepulse_agent_cycle_cpu_seconds_total') - num('kubepulse_agent_cycle_cpu_seconds_total')) * 1000;
    return {
      ...figures,
      processCpuMsPerCycle: (p1 - p0) / windowCycles,
      outsideCyclesMsPerS: ((p1 - p0) - windowCycleCpuMs) / ((w1 - w0) / 1000),
    };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null) process.kill(child.pid!, 'SIGTERM');
    await exited;
  }
}

export async function run(): Promise<BenchReport> {
  // What startAgent applies before its first cycle: the CPU loop below runs a collector in this process.
  applyAgentV8Flags();
  const root = `/kp-bench-${process.pid}`;
  const made: string[] = [];
  const cgroups: string[] = [];
  for (let p = 0; p < PODS; p++) {
    const pod = `${root}/kubepods/burstable/pod${hex(p, 8)}-0000-4000-8000-${hex(p, 12)}`;
    cgroups.push(pod);
    for (let c = 0; c < CONTAINERS; c++) cgroups.push(`${pod}/${hex(p * CONTAINERS + c, 64)}`);
  }
  try {
    for (const ctl of CONTROLLERS) {
      for (const dir of [root, `${root}/kubepods`, `${root}/kubepods/burstable`, ...cgroups]) {
        mkdirSync(join(CG, ctl, dir));
        made.push(join(CG, ctl, dir));
      }
    }
    const floorPaths = cgroups.flatMap((cg) => [join(CG, 'cpuacct', cg, 'cpuacct.usage'), join(CG, 'memory', cg, 'memory.usage_in_bytes'), join(CG, 'memory', cg, 'memory.stat')]);

    const { reader } = fileReader('auto');
    const mkCollector = (r: FileReader): Collector => new Collector({ nodeName: 'bench', cgroupRoot: CG, procRoot: '/proc', intervalMs: 10_000, kubepodsCgroup: `${root}/kubepods`, logger: createLogger('silent'), reader: r });
    const collector = mkCollector(reader);
    // The same cycle reading through fs.readSync (--native-reads off, or a build without a C
    // compiler), interleaved with the default one: what the native reader saves, in one run.
    const viaNode = reader === nodeReader ? undefined : mkCollector(nodeReader);
    for (let i = 0; i < WARMUP; i++) { collector.collect(); viaNode?.collect(); } // warm up: open files, JIT
    const cpu: number[] = [];
    const wall: number[] = [];
    const nodeCpu: number[] = [];
    let pods = 0;
    // Rounds interleave the agent and both floors so they share the machine's load (it is busy and
    // its load moves): each round is CYCLES / ROUNDS cycles of each.
    const c = cFloor();
    const jsRounds: Floor[] = [];
    const cRounds: Floor[] = [];
    const per = CYCLES / ROUNDS;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < per; i++) {
          const c0 = process.cpuUsage();
          const w0 = process.hrtime.bigint();
          const s = collector.collect();
          wall.push(Number(process.hrtime.bigint() - w0) / 1e6);
          const d = process.cpuUsage(c0);
          cpu.push((d.user + d.system) / 1000);
          pods = s.pods.length;
        }
        if (viaNode) {
          for (let i = 0; i < per; i++) {
            const c0 = process.cpuUsage();
            viaNode.collect();
            const d = process.cpuUsage(c0);
            nodeCpu.push((d.user + d.system) / 1000);
          }
        }
        jsRounds.push(jsFloor(floorPaths, per));
        if (typeof c !== 'string') cRounds.push(c.run(floorPaths, per));
      }
    } finally {
      if (typeof c !== 'string') c.cleanup();
    }
    collector.stop();
    viaNode?.stop();
    const js = meanFloor(jsRounds);
    const cf = typeof c === 'string' ? c : meanFloor(cRounds);
    const proc = await agentProcess(`${root}/kubepods`, 'startAgent');
    const procCli = await agentProcess(`${root}/kubepods`, 'cli');
    const tmp = mkdtempSync(join(tmpdir(), 'kp-bench-push-'));
    let procPush: ProcessFigures;
    try {
      // Loaded only now: its modules would otherwise sit in this process's heap during the measured cycles.
      const { createCA } = await import('../common/tls.js');
      const ca = await createCA('kp-bench');
      writeFileSync(join(tmp, 'ca.crt'), ca.cert);
      writeFileSync(join(tmp, 'token'), 'bench\n');
      procPush = await agentProcess(`${root}/kubepods`, 'cli', { caFile: join(tmp, 'ca.crt'), tokenFile: join(tmp, 'token') });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    const bareNode = bareNodeRss();

    const agentCpu = mean(cpu);
    const keptFloor = typeof cf === 'string' ? js.keptCpu / 1e6 : cf.keptCpu / 1e6;
    const data = {
      cgroups: cgroups.length, pods, cycles: CYCLES,
      agent: { reader: reader.kind, cpuMsMean: agentCpu, cpuMsMedian: median(cpu), wallMsMean: mean(wall), wallMsMedian: median(wall) },
      agentViaReadSync: viaNode ? { cpuMsMean: mean(nodeCpu), cpuMsMedian: median(nodeCpu) } : undefined,
      agentProcess: proc,
      agentProcessCli: procCli,
      agentProcessCliPush: procPush,
      bareNode,
      nodeFlags: AGENT_NODE_FLAGS,
      jsFloor: { openCpuMs: js.openCpu / 1e6, openWallMs: js.openWall / 1e6, keptCpuMs: js.keptCpu / 1e6, keptWallMs: js.keptWall / 1e6 },
      cFloor: typeof cf === 'string' ? cf : { openCpuMs: cf.openCpu / 1e6, openWallMs: cf.openWall / 1e6, keptCpuMs: cf.keptCpu / 1e6, keptWallMs: cf.keptWall / 1e6 },
      ratioToKeptFloor: agentCpu / keptFloor,
      medianRatioToKeptFloor: median(cpu) / keptFloor,
    };
    const f = (x: number): string => x.toFixed(2);
    const processCell = (p: ProcessFigures): string =>
      `CPU ${f(p.cycleCpuMs)} in collect() over ${p.cycles} cycles; the whole process ${f(p.processCpuMsPerCycle)} per cycle, ${f(p.outsideCyclesMsPerS)} ms/s outside collect()`;
    const mib = (kib: number): string => (kib / 1024).toFixed(1);
    const cRow = typeof cf === 'string' ? `| C loop | ${cf} | | |` : `| C loop, same 3 files × 330 cgroups (cc -O2) | ${f(cf.openCpu / 1e6)} / ${f(cf.openWall / 1e6)} | ${f(cf.keptCpu / 1e6)} / ${f(cf.keptWall / 1e6)} | |`;
    const markdown = `
## Method
${PODS} pod cgroups × ${CONTAINERS} containers (${cgroups.length} cgroups) created under \`${root}/kubepods/burstable\` in the real v1
\`cpu\`, \`cpuacct\`, \`memory\` and \`pids\` hierarchies of this machine (hybrid mode), removed afterwards.
- **Agent**: the real \`Collector\` in this process, ${CYCLES} cycles after ${WARMUP} warm-up cycles (V8 compiling the hot path in its first cycles counts as process CPU); CPU = \`process.cpuUsage()\`
  (user+system) around each \`collect()\`, wall = \`hrtime\`. A cycle reads the root cgroup, /proc (meminfo, net/dev,
  loadavg, pid limits), statfs, the pod tree only where an inotify notice said it changed (none here), and per cgroup
  \`cpuacct.usage\`, \`memory.usage_in_bytes\`, \`memory.stat\` (+ \`cpu.stat\` where a CFS quota is set: none here);
  every 6th cycle per cgroup, staggered: \`cgroup.procs\`; \`memory.limit_in_bytes\` and \`cpu.cfs_quota_us\` after a write to them
  (inotify) and every 60th cycle. The agent's own V8 flag (\`--no-allocation-site-pretenuring\`, set at start) applies.
  Files are read through the ${reader.kind === 'native' ? 'native reader (agent/cgroup/reader.c, a Node-API pread)' : 'fs.readSync reader (the native one was not built)'}${viaNode ? `; a second collector reading
  through \`fs.readSync\` (\`--native-reads off\`) runs the same cycles interleaved with it, round by round` : ''}.
- **RSS**: separate processes started with the DaemonSet's V8 flags (\`${AGENT_NODE_FLAGS.join(' ')}\`), 500 ms
  interval, measured after 8 s from /proc/<pid>/status (VmRSS = RssAnon + RssFile + RssShmem; RssFile is mostly the
  node binary's own pages): the agent alone (\`startAgent\` from \`dist/agent/agent.js\`: collector + HTTP); the real
  \`kubepulse agent\` CLI; the CLI with the push client active (\`--aggregator\` at a closed loopback port, so gRPC and
  TLS are loaded and it keeps retrying, as in the DaemonSet); and a node process that loads nothing. Each agent's own
  \`/metrics\` gives its mean cycle CPU as a cross-check (its first, cold cycle opens every file and is included). Then,
  over ${PROCESS_WINDOW_MS / 1000} s more, the whole process's CPU (every thread's \`/proc/<pid>/task/*/schedstat\`, in ns): per cycle, and per
  second outside \`collect()\` (timers, the push client's reconnects, GC, two \`/metrics\` scrapes). These processes are
  seconds old, so V8's compiles of the hot path (on its own threads) are most of that figure.
- **Floor**: the plainest loops over the same 3 files the issue names (\`cpuacct.usage\`, \`memory.usage_in_bytes\`,
  \`memory.stat\`) × ${cgroups.length} cgroups, opening each file every time vs keeping them open and \`pread\`ing at
  offset 0; in JS (\`readSync\`) and in C (compiled with \`cc -O2\` at bench time). ${CYCLES} cycles each,
  interleaved with the agent's in ${ROUNDS} rounds so all three see the same load.
- The machine is shared with other builds: figures move between runs; they are measured in the same run.

## Results (per cycle, ms)
| | CPU / wall, open each time | CPU / wall, kept open | agent |
|---|---|---|---|
| **Agent cycle** (${pods} pods found; ${reader.kind} reader) | | | CPU ${f(agentCpu)} (median ${f(median(cpu))}), wall ${f(mean(wall))} (median ${f(median(wall))}) |
${viaNode ? `| Agent cycle, \`fs.readSync\` reader (\`--native-reads off\`) | | | CPU ${f(mean(nodeCpu))} (median ${f(median(nodeCpu))}) |\n` : ''}| Agent-only process (\`startAgent\`, own /metrics) | | | ${processCell(proc)} |
| \`kubepulse agent\` CLI process | | | ${processCell(procCli)} |
| \`kubepulse agent --aggregator …\` (push client retrying) | | | ${processCell(procPush)} |
| JS loop, same 3 files × 330 cgroups | ${f(js.openCpu / 1e6)} / ${f(js.openWall / 1e6)} | ${f(js.keptCpu / 1e6)} / ${f(js.keptWall / 1e6)} | |
${cRow}

Agent CPU per cycle ÷ kept-open floor (${typeof cf === 'string' ? 'JS' : 'C'}): **${data.ratioToKeptFloor.toFixed(2)}×** by the mean, ${(median(cpu) / keptFloor).toFixed(2)}× by the median (goal ≤ 2×).

## Memory (MiB, after 8 s)
| process | VmRSS | RssAnon | RssFile |
|---|---|---|---|
${[['node, nothing loaded', bareNode], ['agent only (`startAgent`)', proc], ['`kubepulse agent` CLI', procCli], ['**`kubepulse agent` CLI + push client (as deployed)**', procPush]]
    .map(([name, m]) => { const x = m as { rssKiB: number; anonKiB: number; fileKiB: number }; return `| ${name as string} | ${mib(x.rssKiB)} | ${mib(x.anonKiB)} | ${mib(x.fileKiB)} |`; }).join('\n')}

RSS goal ≤ 45 MiB VmRSS.
`;
    return { markdown, data };
  } finally {
    for (const d of made.reverse()) {
      try {
        if (existsSync(d)) rmdirSync(d);
      } catch (err) {
        process.stderr.write(`could not remove ${d}: ${String(err)}\n`);
      }
    }
  }
}
