import t from 'tap';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '../../common/clock.js';
import { createLogger } from '../../common/logger.js';
import { Collector, type CollectorObserver } from '../../agent/collector/collector.js';
import { usageNanoCores } from '../../agent/collector/rate.js';
import { detectLayout } from '../../agent/cgroup/mode.js';
import type { PodMetadataProvider, PodMeta } from '../../agent/metadata.js';
import { procTree, tempDir, v1Cgroup, v2Cgroup, v2CpuStat, write } from '../fixtures/cgroup/tree.js';

const UID = '5f3e9a1c-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const UID2 = '11111111-2222-3333-4444-555555555555';
const C1 = 'c'.repeat(64);
const C2 = 'd'.repeat(64);
const SANDBOX = 'e'.repeat(64);

class CountingObserver implements CollectorObserver {
  errors: string[] = [];
  cycle(): void {}
  error(kind: string): void { this.errors.push(kind); }
  tracked(): void {}
}

function v2Fixture(): { cg: string; proc: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir('kp-v2-');
  const cg = join(dir, 'cgroup');
  const proc = join(dir, 'proc');
  procTree(proc);
  v2Cgroup(cg, { usageUsec: 9_007_199_254_740n, anon: 3_000_000n, file: 2_000_000n, inactiveFile: 500_000n }, true);
  const pod = join(cg, 'kubepods.slice', 'kubepods-burstable.slice', `kubepods-burstable-pod${UID.replace(/-/g, '_')}.slice`);
  v2Cgroup(pod, { usageUsec: 2_000_000n, anon: 1_000_000n, file: 600_000n, inactiveFile: 100_000n, max: '1073741824' });
  v2Cgroup(join(pod, `cri-containerd-${C1}.scope`), { usageUsec: 1_500_000n, current: 900_000n, anon: 800_000n, file: 100_000n, inactiveFile: 1_000_000n, max: '536870912' });
  v2Cgroup(join(pod, `cri-containerd-${SANDBOX}.scope`), { usageUsec: 10n, anon: 1n, file: 0n, inactiveFile: 0n });
  v2Cgroup(join(cg, 'kubepods.slice', `kubepods-pod${UID2.replace(/-/g, '_')}.slice`), { usageUsec: 5n, anon: 1n, file: 1n, inactiveFile: 0n });
  return { cg, proc, cleanup };
}

function collector(cg: string, proc: string, clock: ManualClock, extra: Partial<ConstructorParameters<typeof Collector>[0]> = {}): Collector {
  return new Collector({ nodeName: 'n1', cgroupRoot: cg, procRoot: proc, intervalMs: 10_000, logger: createLogger('silent'), clock, ...extra });
}

t.test('rates: Δusage/Δt, none on the first reading, a reset or a non-positive window', async (t) => {
  const p = (usageNs: bigint, timeNs: bigint, monoNs = timeNs): { usageNs: bigint; timeNs: bigint; monoNs: bigint } => ({ usageNs, timeNs, monoNs });
  t.equal(usageNanoCores(undefined, p(5n, 1n)), undefined);
  t.equal(usageNanoCores(p(0n, 0n), p(500_000_000n, 1_000_000_000n)), 500_000_000n);
  t.equal(usageNanoCores(p(10n, 0n), p(5n, 1_000_000_000n)), undefined, 'counter went backwards');
  t.equal(usageNanoCores(p(0n, 5n), p(5n, 5n)), undefined, 'zero window');
  t.equal(usageNanoCores(p(0n, 0n, 0n), p(1_000_000_000n, 3_000_000_000n, 1_000_000_000n)), undefined, 'wall clock stepped 2 s between reads: no rate');
  // The window is the wire's read-time difference: what the aggregator will divide by.
  t.equal(usageNanoCores(p(0n, 1_000n, 7n), p(1_000_000_000n, 1_000_002_000n, 1_000_000_020n)), 999_999_000n);
});

t.test('v2 fixture: detection, root emulation, working set, limits, PSI, QoS and cgroup-only pods by uid', async (t) => {
  const f = v2Fixture();
  t.teardown(f.cleanup);
  t.equal(detectLayout(f.cg, f.proc).mode, 'v2');
  const clock = new ManualClock();
  const c = collector(f.cg, f.proc, clock);
  t.teardown(() => c.stop());
  const s = c.collect();
  t.equal(s.errors, 0);
  const n = s.node;
  t.equal(n.cpu?.usageNs, 9_007_199_254_740_000n, 'usage_usec × 1000, past 2^53 exactly');
  t.equal(n.memory?.usageBytes, 5_000_000n, 'v2 root usage = anon + file');
  t.equal(n.memory?.workingSetBytes, 4_500_000n);
  t.equal(n.memory?.limitBytes, 16314372n * 1024n, 'node limit is MemTotal');
  t.equal(n.memoryCapacityBytes, 16314372n * 1024n);
  t.equal(n.cpu?.psi?.some.totalUs, 1000n);
  t.equal(n.ioPsi?.full.totalUs, 7n);
  t.equal(n.maxPid, 127421n);
  t.equal(n.curProc, 113n);
  t.equal(n.startTimeNs, 1_763_700_000_000_000_000n);
  t.same(n.network?.interfaces.map((i) => i.name), ['eth0']);
  t.equal(c.bootId, '6f1c1a83-0b6f-4b4c-9d8a-2b9e0f1e2d3c');
  t.equal(s.pods.length, 2);
  const pod = s.pods.find((p) => p.uid === UID)!;
  t.equal(pod.qosClass, 'Burstable');
  t.equal(pod.name, '', 'no runtime: unnamed');
  t.equal(pod.memory?.workingSetBytes, 1_500_000n);
  t.equal(pod.memory?.limitBytes, 1073741824n);
  t.equal(pod.containers.length, 2, 'without a runtime the sandbox cannot be told apart');
  const ctr = pod.containers.find((x) => x.id === C1)!;
  t.equal(ctr.name, C1);
  t.equal(ctr.memory?.usageBytes, 900_000n);
  t.equal(ctr.memory?.workingSetBytes, 0n, 'floored at 0 when inactive_file > current');
  t.equal(ctr.memory?.rssBytes, 800_000n);
  t.equal(ctr.memory?.limitBytes, 536870912n);
  t.equal(ctr.cpu?.throttledNs, 3_000_000n);
  t.equal(pod.processCount, 4n, 'cgroup.procs lines of both container cgroups');
  t.equal(s.pods.find((p) => p.uid === UID2)?.qosClass, 'Guaranteed');
  t.equal(s.pods.find((p) => p.uid === UID2)?.memory?.limitBytes, undefined, '"max" is no limit');
});

t.test('second cycle gives usageNanoCores over the read-time window; a reset gives none', async (t) => {
  const f = v2Fixture();
  t.teardown(f.cleanup);
  const clock = new ManualClock();
  const c = collector(f.cg, f.proc, clock);
  t.teardown(() => c.stop());
  const first = c.collect();
  t.equal(first.node.cpu?.usageNanoCores, undefined, 'no rate from a single reading');
  const ctrDir = join(f.cg, 'kubepods.slice', 'kubepods-burstable.slice', `kubepods-burstable-pod${UID.replace(/-/g, '_')}.slice`, `cri-containerd-${C1}.scope`);
  writeFileSync(join(ctrDir, 'cpu.stat'), v2CpuStat(1_500_000n + 5_000_000n)); // +5 s of CPU
  clock.advance(10_000_000_000n); // over 10 s
  const second = c.collect();
  const ctr = second.pods.find((p) => p.uid === UID)!.containers.find((x) => x.id === C1)!;
  t.equal(ctr.cpu?.usageNanoCores, 500_000_000n, '5 s of CPU in 10 s = half a core');
  t.equal(second.node.cpu?.usageNanoCores, 0n, 'an unchanged counter is a zero rate');
  writeFileSync(join(ctrDir, 'cpu.stat'), v2CpuStat(10n)); // restarted: counter back near zero
  clock.advance(10_000_000_000n);
  const third = c.collect();
  const after = third.pods.find((p) => p.uid === UID)!.containers.find((x) => x.id === C1)!;
  t.equal(after.cpu?.usageNanoCores, undefined, 'no negative or absurd rate after a reset');
  t.equal(after.cpu?.usageNs, 10_000n);
});

t.test('a vanished cgroup and a malformed file are counted, logged once, and the rest is read', async (t) => {
  const f = v2Fixture();
  t.teardown(f.cleanup);
  const obs = new CountingObserver();
  const c = collector(f.cg, f.proc, new ManualClock(), { observer: obs });
  t.teardown(() => c.stop());
  c.collect();
  const podDir = join(f.cg, 'kubepods.slice', 'kubepods-burstable.slice', `kubepods-burstable-pod${UID.replace(/-/g, '_')}.slice`);
  // Files vanish under an open descriptor (a plain directory keeps them readable, so remove the
  // memory files and garble one: the same paths the kernel would fail on).
  rmSync(join(podDir, `cri-containerd-${C1}.scope`, 'memory.current'));
  write(join(podDir, 'memory.stat'), 'anon 1\nfile 2\ninactive_fi');
  const s = c.collect();
  t.ok(s.errors >= 1);
  t.ok(obs.errors.includes('malformed'), 'malformed counted');
  const pod = s.pods.find((p) => p.uid === UID)!;
  t.equal(pod.memory, undefined, 'the pod memory that could not be parsed is absent, not zero');
  t.ok(pod.cpu, 'its CPU was still read');
  t.ok(s.pods.find((p) => p.uid === UID2)?.memory, 'other pods unaffected');
  t.ok(s.node.memory, 'node unaffected');
  rmSync(join(podDir, `cri-containerd-${C1}.scope`), { recursive: true });
  // The removal reaches discovery as a directory notice, between cycles (a turn or two of the loop).
  const has = (): boolean => c.collect().pods.find((p) => p.uid === UID)!.containers.some((x) => x.id === C1);
  let turns = 0;
  while (has() && turns++ < 100) await new Promise((r) => setImmediate(r));
  t.ok(turns <= 100, `a removed container disappears (after ${turns} turn(s) of the event loop)`);
});

t.test('with a runtime: exactly its pods and running containers, names from it, sandbox never a container', async (t) => {
  const f = v2Fixture();
  t.teardown(f.cleanup);
  const ghost = '99999999-0000-0000-0000-000000000000';
  const meta = new Map<string, PodMeta>([
    [UID, { uid: UID, name: 'web-1', namespace: 'shop', labels: { app: 'web' }, createdAtNs: 5n, sandboxId: SANDBOX,
      containers: [{ id: C1, name: 'nginx', createdAtNs: 6n, attempt: 2 }, { id: C2, name: 'not-in-cgroups', createdAtNs: 7n, attempt: 0 }] }],
    [ghost, { uid: ghost, name: 'pending', namespace: 'shop', labels: {}, createdAtNs: 8n, sandboxId: 'x', containers: [] }],
  ]);
  let current: ReadonlyMap<string, PodMeta> | null = meta;
  const provider: PodMetadataProvider = { current: () => current, close: async () => {} };
  const c = collector(f.cg, f.proc, new ManualClock(), { metadata: provider });
  t.teardown(() => c.stop());
  const s = c.collect();
  t.same(s.pods.map((p) => p.uid).sort(), [UID, ghost].sort(), 'UID2 is not listed by the runtime');
  const pod = s.pods.find((p) => p.uid === UID)!;
  t.equal(pod.name, 'web-1');
  t.same(pod.labels, { app: 'web' });
  t.equal(pod.startTimeNs, 5n);
  t.same(pod.containers.map((x) => x.name), ['nginx', 'not-in-cgroups']);
  t.equal(pod.containers[0].attempt, 2);
  t.ok(pod.containers[0].cpu, 'matched by id');
  t.equal(pod.containers[1].cpu, undefined, 'no cgroup: no cpu');
  const g = s.pods.find((p) => p.uid === ghost)!;
  t.equal(g.cpu, undefined, 'a pod without a cgroup is still reported, without cpu/memory');
  current = null;
  t.equal(c.collect().pods.length, 2, 'runtime unknown again: cgroup-only pods');
});

t.test('v1 fixture with separate cpu and cpuacct hierarchies (cgroupfs driver)', async (t) => {
  const { dir, cleanup } = tempDir('kp-v1-');
  t.teardown(cleanup);
  const cg = join(dir, 'cgroup');
  const proc = join(dir, 'proc');
  procTree(proc);
  v1Cgroup(cg, '', { usageNs: 1n << 60n, usageInBytes: 2_000_000_000n, totalInactiveFile: 500_000_000n, totalRss: 700_000_000n });
  v1Cgroup(cg, `kubepods/besteffort/pod${UID}`, { usageNs: 77n, usageInBytes: 5000n, totalInactiveFile: 1000n, totalRss: 3000n });
  v1Cgroup(cg, `kubepods/besteffort/pod${UID}/${C1}`, { usageNs: 70n, usageInBytes: 4000n, totalInactiveFile: 1000n, totalRss: 2500n, limit: 104857600n, pgfault: 9n, quota: 50000 });
  const layout = detectLayout(cg, proc);
  t.equal(layout.mode, 'v1');
  t.equal(layout.controllers.cpu, join(cg, 'cpu'));
  t.equal(layout.controllers.cpuacct, join(cg, 'cpuacct'));
  const c = collector(cg, proc, new ManualClock());
  t.teardown(() => c.stop());
  const s = c.collect();
  t.equal(s.errors, 0);
  t.equal(s.node.cpu?.usageNs, 1n << 60n);
  t.equal(s.node.memory?.workingSetBytes, 1_500_000_000n, 'usage_in_bytes − total_inactive_file');
  t.equal(s.node.memory?.rssBytes, 700_000_000n, 'total_rss');
  const pod = s.pods[0];
  t.equal(pod.qosClass, 'BestEffort');
  t.equal(pod.memory?.limitBytes, undefined, '9223372036854771712 is unlimited');
  const ctr = pod.containers[0];
  t.equal(ctr.cpu?.usageNs, 70n);
  t.equal(ctr.cpu?.nrThrottled, 1n);
  t.equal(ctr.cpu?.throttledNs, 123456n, 'throttling read where a CFS quota is set');
  t.equal(pod.cpu?.nrThrottled, 0n, 'no quota: throttling is 0 without reading cpu.stat');
  t.equal(ctr.memory?.workingSetBytes, 3000n);
  t.equal(ctr.memory?.limitBytes, 104857600n);
  t.equal(ctr.memory?.pageFaults, 9n);
  t.equal(ctr.cpu?.psi, undefined, 'no PSI on v1');
});

t.test('a missing v1 controller is reported and the others are still read', async (t) => {
  const { dir, cleanup } = tempDir('kp-v1-');
  t.teardown(cleanup);
  const cg = join(dir, 'cgroup');
  const proc = join(dir, 'proc');
  procTree(proc);
  v1Cgroup(cg, '', { usageNs: 5n, usageInBytes: 10n, totalInactiveFile: 1n, totalRss: 1n });
  rmSync(join(cg, 'memory'), { recursive: true });
  const obs = new CountingObserver();
  const c = collector(cg, proc, new ManualClock(), { observer: obs });
  t.teardown(() => c.stop());
  const s = c.collect();
  t.ok(obs.errors.includes('missing_controller'));
  t.equal(s.node.memory, undefined);
  t.equal(s.node.cpu?.usageNs, 5n);
});

t.test('the interval can change at runtime and bad intervals are refused', async (t) => {
  const f = v2Fixture();
  t.teardown(f.cleanup);
  const c = collector(f.cg, f.proc, new ManualClock());
  t.teardown(() => c.stop());
  let n = 0;
  const off = c.subscribe(() => n++);
  c.setIntervalMs(60_000);
  c.start();
  t.equal(n, 1, 'start collects at once');
  c.setIntervalMs(150);
  await new Promise((r) => setTimeout(r, 1000));
  t.ok(n >= 3, `collected ${n} times after the interval shrank`);
  off();
  t.throws(() => c.setIntervalMs(0), RangeError);
  t.throws(() => c.setIntervalMs(Number.NaN), RangeError);
});

t.test('PSI on v2: read by default (auto), not at all with psi "off"; a kernel without PSI is not an error', async (t) => {
  const { readdirSync } = await import('node:fs');
  const f = v2Fixture();
  t.teardown(f.cleanup);
  const clock = new ManualClock();
  const ctrPsi = (c: Collector): unknown => c.collect().pods.find((p) => p.uid === UID)?.containers.find((x) => x.id === C1)?.cpu?.psi;

  const auto = collector(f.cg, f.proc, clock);
  t.teardown(() => auto.stop());
  t.ok(ctrPsi(auto), 'auto on v2: container cpu.pressure read');

  const off = collector(f.cg, f.proc, clock, { psi: 'off' });
  t.teardown(() => off.stop());
  const s = off.collect();
  t.equal(s.node.cpu?.psi, undefined, 'off: no node PSI');
  t.equal(s.node.ioPsi, undefined);
  t.equal(s.pods.find((p) => p.uid === UID)?.memory?.psi, undefined, 'off: no pod PSI');
  t.equal(ctrPsi(off), undefined, 'off: no container PSI');
  t.ok(s.node.cpu?.usageNanoCores !== undefined || s.node.cpu?.usageNs !== undefined, 'the rest is still read');

  // A kernel booted with psi=0 (RHEL's default) has no *.pressure files anywhere.
  const removePressure = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) removePressure(join(dir, e.name));
      else if (e.name.endsWith('.pressure')) rmSync(join(dir, e.name));
    }
  };
  removePressure(f.cg);
  const obs = new CountingObserver();
  const nopsi = collector(f.cg, f.proc, clock, { observer: obs });
  t.teardown(() => nopsi.stop());
  for (let i = 0; i < 3; i++) {
    const snap = nopsi.collect();
    t.equal(snap.errors, 0, `cycle ${i}: no errors without pressure files`);
    t.equal(snap.node.cpu?.psi, undefined);
    t.ok(snap.pods.find((p) => p.uid === UID)?.containers.find((x) => x.id === C1)?.memory?.workingSetBytes !== undefined, 'memory still read');
  }
  t.same(obs.errors, [], 'nothing counted as an error');
});
