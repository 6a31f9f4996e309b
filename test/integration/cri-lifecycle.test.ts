// The agent (startAgent + CRI provider, real timers) while the runtime changes under it: a
// container restarted in place, a pod deleted mid-sample, containerd restarted, and no CRI socket
// at all. Every snapshot is checked: no crash, no negative rate, no ghost pods after one interval.
import t, { type Test } from 'tap';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { startTestBed, workloads } from '../harness/index.js';
import { CriMetadataProvider } from '../../agent/cri/provider.js';
import { startAgent, type RunningAgent } from '../../agent/agent.js';
import { defaultAgentOptions } from '../../agent/options.js';
import type { NodeSnapshot } from '../../agent/model.js';
import type { Summary } from './cri-summary-types.js';

const INTERVAL_MS = 1000;
const quiet = () => pino({ level: 'warn' }, new Writable({ write(_c, _e, cb) { cb(); } }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const bed = await startTestBed();
t.teardown(() => bed.stop());

const steady = await bed.runPod({
  name: 'steady', namespace: 'life', qos: 'Burstable', labels: { app: 'steady' },
  containers: [{ name: 'burn', command: workloads.burnCpu(), cpuRequestMillis: 50, cpuLimitMillis: 100 }, { name: 'idle', command: workloads.idle() }],
});

/** Starts an agent and records every snapshot; fails the test on any negative rate. */
async function agentWith(t: Test, provider: CriMetadataProvider | undefined): Promise<{ agent: RunningAgent; snaps: NodeSnapshot[]; next: () => Promise<NodeSnapshot> }> {
  const agent = await startAgent(
    defaultAgentOptions({ nodeName: 'testbed', listen: '127.0.0.1:0', kubepodsCgroup: bed.kubepods, intervalMs: INTERVAL_MS, intervalExplicit: true }),
    { ...(provider ? { metadata: provider } : {}), logger: quiet() },
  );
  t.teardown(() => agent.stop());
  const snaps: NodeSnapshot[] = [];
  const waiters: ((s: NodeSnapshot) => void)[] = [];
  agent.collector.subscribe((s) => {
    snaps.push(s);
    for (const p of s.pods) {
      for (const r of [p.cpu?.usageNanoCores, ...p.containers.map((c) => c.cpu?.usageNanoCores)]) {
        if (r !== undefined && r < 0n) t.fail(`negative rate ${r} for pod ${p.name}`);
      }
    }
    for (const w of waiters.splice(0)) w(s);
  });
  return { agent, snaps, next: () => new Promise((r) => waiters.push(r)) };
}

/**
 * A slow timer by default: changes must then reach the agent through the collector's observe()
 * hint (a cgroup appeared or vanished → refresh before the next cycle), not through polling.
 */
function providerFor(refreshMs = 3_600_000): CriMetadataProvider {
  return new CriMetadataProvider({ endpoint: bed.endpoint, log: quiet(), refreshMs });
}

t.test('a container restarted in place: one container of that name, the new attempt, a rate again, never negative', async (t) => {
  const pod = await bed.runPod({ name: 'restarts', namespace: 'life', qos: 'BestEffort', containers: [{ name: 'app', command: workloads.burnCpu(), cpuLimitMillis: 100 }] });
  t.teardown(() => bed.removePod(pod).catch(() => undefined));
  const provider = providerFor();
  await provider.start();
  const { next } = await agentWith(t, provider);
  await next();
  const old = pod.containers[0].id;
  const fresh = await bed.restartContainer(pod, 'app');
  // The collector may list a pod's cgroups from a cache and the runtime is asked when the listing
  // changes, so the new attempt takes a few cycles: seen, read once, then a rate.
  let s = await next();
  for (let i = 0; i < 8; i++) {
    const c = s.pods.find((x) => x.uid === pod.uid)?.containers[0];
    if (c?.id === fresh.id && c.cpu?.usageNanoCores !== undefined) break;
    s = await next();
  }
  const p = s.pods.find((x) => x.uid === pod.uid)!;
  t.same(p.containers.map((c) => [c.name, c.id, c.attempt]), [['app', fresh.id, 1]]);
  t.not(fresh.id, old);
  const c = p.containers[0];
  t.ok(c.cpu?.usageNanoCores !== undefined && c.cpu.usageNanoCores > 0n, 'the new attempt has a rate');
  t.ok(c.startTimeNs > p.startTimeNs, 'start time is the new container\'s');
});

t.test('a pod deleted mid-sample: no crash, no ghost after one interval, others unaffected', async (t) => {
  const provider = providerFor();
  await provider.start();
  const { agent, next, snaps } = await agentWith(t, provider);
  for (let round = 0; round < 3; round++) {
    const pod = await bed.runPod({ name: `doomed-${round}`, namespace: 'life', qos: 'BestEffort', containers: [{ name: 'c', command: workloads.burnCpu(), cpuLimitMillis: 50 }] });
    await sleep(INTERVAL_MS * 1.5);
    await next();
    t.ok(agent.collector.latest()!.pods.some((p) => p.uid === pod.uid), `${pod.name} is seen while it runs`);
    // Deleted at a different phase of the cycle each round.
    await sleep((INTERVAL_MS / 3) * round);
    await bed.removePod(pod);
    const removedAt = process.hrtime.bigint();
    const before = snaps.length;
    while (process.hrtime.bigint() - removedAt < BigInt(INTERVAL_MS) * 1_000_000n) await next();
    const s = await next();
    t.notOk(s.pods.some((p) => p.uid === pod.uid), `${pod.name} gone from the first cycle one interval after removal`);
    t.ok(s.pods.some((p) => p.uid === steady.uid && p.containers.length === 2 && p.cpu !== undefined), 'the other pod is still read');
    t.ok(snaps.length > before, 'cycles kept coming');
  }
  // And the deterministic worst case: the runtime still names a pod whose cgroups are already gone.
  const slow = new CriMetadataProvider({ endpoint: bed.endpoint, log: quiet(), refreshMs: 3_600_000 });
  const pod = await bed.runPod({ name: 'vanishing', namespace: 'life', qos: 'Guaranteed', containers: [{ name: 'c', command: workloads.idle(), cpuLimitMillis: 10, memoryLimitBytes: 8 << 20 }] });
  await slow.start();
  const b = await agentWith(t, slow);
  await b.next();
  await bed.removePod(pod);
  const s = b.agent.collector.collect();
  const ghost = s.pods.find((p) => p.uid === pod.uid);
  t.ok(ghost === undefined || (ghost.cpu === undefined && ghost.containers.every((c) => c.cpu === undefined)), 'no numbers for a vanished cgroup');
  await slow.refresh();
  t.notOk(b.agent.collector.collect().pods.some((p) => p.uid === pod.uid), 'gone after the next refresh');
  await slow.close();
});

t.test('containerd restarted during a run: cycles continue, names kept throughout, reconnects, no negative rate', async (t) => {
  // Polling here, so that the outage is noticed at all (nothing changes in the cgroup tree).
  const provider = providerFor(INTERVAL_MS / 2);
  await provider.start();
  const { agent, next, snaps } = await agentWith(t, provider);
  await next();
  await next();
  const start = snaps.length;
  await bed.containerd.kill();
  await sleep(INTERVAL_MS * 2.5);
  t.ok(provider.lastError !== undefined, 'the provider noticed the runtime is gone');
  await bed.containerd.start();
  const deadline = Date.now() + 15_000;
  while (provider.lastError !== undefined && Date.now() < deadline) await next();
  t.equal(provider.lastError, undefined, 'reconnected');
  await next();
  const during = snaps.slice(start);
  t.ok(during.length >= 3, `${during.length} cycles across the restart`);
  for (const s of during) {
    const p = s.pods.find((x) => x.uid === steady.uid);
    t.equal(p?.name, 'steady', 'named in every cycle');
  }
  const last = agent.collector.latest()!.pods.find((x) => x.uid === steady.uid)!;
  t.ok(last.cpu?.usageNanoCores !== undefined && last.cpu.usageNanoCores > 0n, 'still measured');
  const body = await (await fetch(`${agent.url}/stats/summary`)).json() as { pods: { podRef: { name: string } }[] };
  t.ok(body.pods.some((p) => p.podRef.name === 'steady'), '/stats/summary still serves the pod');
});

t.test('--cri-endpoint alone: startAgent builds the provider and names the pods', async (t) => {
  const agent = await startAgent(
    defaultAgentOptions({ nodeName: 'testbed', listen: '127.0.0.1:0', kubepodsCgroup: bed.kubepods, intervalMs: INTERVAL_MS, intervalExplicit: true, criEndpoint: bed.endpoint }),
    { logger: quiet() },
  );
  t.teardown(() => agent.stop());
  const s = agent.collector.collect();
  const p = s.pods.find((x) => x.uid === steady.uid);
  t.equal(p?.name, 'steady');
  t.same(p?.labels, { app: 'steady' });
  const off = await startAgent(
    defaultAgentOptions({ nodeName: 'testbed', listen: '127.0.0.1:0', kubepodsCgroup: bed.kubepods, intervalMs: INTERVAL_MS, intervalExplicit: true, criEndpoint: 'none' }),
    { logger: quiet() },
  );
  t.teardown(() => off.stop());
  t.equal(off.collector.collect().pods.find((x) => x.uid === steady.uid)?.name, '', '"none" turns the runtime off: uid-only');
});

t.test('without any CRI socket the agent runs and reports node stats and uid-only pods', async (t) => {
  const none = new CriMetadataProvider({ log: quiet(), refreshMs: INTERVAL_MS, detect: { candidates: ['/nonexistent/containerd.sock'] } });
  await none.start();
  const { agent, next } = await agentWith(t, none);
  await next();
  await next();
  const body = await (await fetch(`${agent.url}/stats/summary`)).json() as Summary;
  t.ok(Number(body.node.cpu.usageCoreNanoSeconds) > 0, 'node CPU');
  t.ok(Number(body.node.memory.workingSetBytes) > 0, 'node memory');
  const p = body.pods.find((x) => x.podRef.uid === steady.uid);
  t.ok(p, 'the pod is found from its cgroup');
  t.equal(p!.podRef.name, steady.uid, 'named by uid until a runtime names it');
  // Without the runtime nothing says which cgroup is the pause container, so the sandbox's shows too.
  t.same(p!.containers.map((c) => c.name).sort(), [...steady.containers.map((c) => c.id), steady.sandboxId].sort(),
    'containers named by id (the sandbox included)');
  t.ok(Number(p!.cpu.usageNanoCores) > 0, 'and measured');
});
