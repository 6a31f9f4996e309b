// The CRI metadata provider against a real containerd (test bed): names, labels, states, restarts
// in place, the runtime going away and coming back, and socket detection.
import t from 'tap';
import { Writable } from 'node:stream';
import { dirname, join } from 'node:path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pino } from 'pino';
import { createContainer, startTestBed, workloads } from '../harness/index.js';
import { CriMetadataProvider } from '../../agent/cri/provider.js';
import { detectCriEndpoint } from '../../agent/cri/endpoint.js';
import { cri } from '../../agent/cri/client.js';

function capturingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({ write(chunk, _e, cb) { lines.push(JSON.parse(String(chunk))); cb(); } });
  return { log: pino({ level: 'info' }, stream), lines };
}

const bed = await startTestBed();
t.teardown(() => bed.stop());

const web = await bed.runPod({
  name: 'web', namespace: 'shop', qos: 'Burstable', labels: { app: 'web', tier: 'front' },
  containers: [
    { name: 'server', command: workloads.idle(), cpuRequestMillis: 100 },
    { name: 'sidecar', command: workloads.idle(), cpuRequestMillis: 50 },
  ],
});
const batch = await bed.runPod({ name: 'batch', namespace: 'jobs', qos: 'BestEffort', containers: [{ name: 'work', command: workloads.idle() }] });

t.test('lists every ready pod with its name, namespace, uid, pod labels and running containers', async (t) => {
  const { log } = capturingLogger();
  const p = new CriMetadataProvider({ endpoint: bed.endpoint, log, refreshMs: 60_000 });
  t.teardown(() => p.close());
  await p.start();
  const pods = p.current()!;
  t.ok(pods, 'answered');
  t.same([...pods.keys()].sort(), [web.uid, batch.uid].sort());
  const w = pods.get(web.uid)!;
  t.equal(w.name, 'web');
  t.equal(w.namespace, 'shop');
  t.equal(w.sandboxId, web.sandboxId);
  t.same(w.labels, { app: 'web', tier: 'front' }, 'io.kubernetes.pod.* stripped, pod labels kept');
  t.same(w.containers.map((c) => [c.name, c.id, c.attempt]), web.containers.map((c) => [c.name, c.id, 0]).sort());
  const nowNs = BigInt(Date.now()) * 1_000_000n;
  t.ok(w.createdAtNs > nowNs - 600_000_000_000n && w.createdAtNs <= nowNs, 'sandbox created_at is a recent Unix ns time');
  for (const c of w.containers) t.ok(c.createdAtNs >= w.createdAtNs, 'containers are created after their sandbox');
  t.same(pods.get(batch.uid)!.labels, {});
  t.equal(p.runtimeName, 'containerd');
});

t.test('a cgroup seen before its container runs: named at the next cycles without a change in the tree; a lasting disagreement is asked about at 1, 2, 4 … cycles', async (t) => {
  const { log } = capturingLogger();
  const p = new CriMetadataProvider({ endpoint: bed.endpoint, log, refreshMs: 3_600_000 });
  t.teardown(() => p.close());
  await p.start();
  // runc makes the cgroup at create; CRI calls the container running only after start. A cycle that
  // falls between them sees a container the runtime does not list (RUNNING filter).
  const late = await createContainer(bed.cri, batch, { name: 'late', command: workloads.idle() }, 0);
  t.teardown(() => bed.cri.removeContainer({ containerId: late }).catch(() => undefined));
  let found = [web, batch].map((pod) => ({
    uid: pod.uid,
    containers: [{ id: pod.sandboxId }, ...pod.containers.map((c) => ({ id: c.id })), ...(pod === batch ? [{ id: late }] : [])],
  }));
  const cycle = async (): Promise<number> => {
    const before = p.refreshes;
    p.observe(found);
    await p.idle();
    return p.refreshes - before;
  };
  t.equal(await cycle(), 1, 'a new disagreement: asked at once');
  t.notOk(p.current()!.get(batch.uid)!.containers.some((c) => c.id === late), 'created, not running: not listed yet');
  await bed.cri.startContainer({ containerId: late }, 60_000);
  t.equal(await cycle(), 1, 'the disagreement lasted: asked again the next cycle');
  t.ok(p.current()!.get(batch.uid)!.containers.some((c) => c.id === late && c.name === 'late'), 'running now, and named');

  // A cgroup the runtime never lists (a leftover): asked again after 1, 2, 4 cycles, then less often.
  // A new array, as discovery hands over when the tree changed (the provider memoises on identity).
  found = [found[0], { uid: batch.uid, containers: [...found[1].containers, { id: 'f'.repeat(64) }] }];
  const asked: number[] = [];
  for (let i = 0; i < 16; i++) asked.push(await cycle());
  t.same(asked.map((n, i) => (n ? i : -1)).filter((i) => i >= 0), [0, 1, 3, 7, 15], 'at once, then after 1, 2, 4, 8 cycles');
});

t.test('a container restarted in place shows as the new attempt; the exited one is gone', async (t) => {
  const { log } = capturingLogger();
  const p = new CriMetadataProvider({ endpoint: bed.endpoint, log, refreshMs: 60_000 });
  t.teardown(() => p.close());
  const before = web.containers.find((c) => c.name === 'sidecar')!.id;
  const next = await bed.restartContainer(web, 'sidecar');
  await p.start();
  const w = p.current()!.get(web.uid)!;
  const side = w.containers.filter((c) => c.name === 'sidecar');
  t.equal(side.length, 1);
  t.equal(side[0].id, next.id);
  t.not(side[0].id, before);
  t.equal(side[0].attempt, 1);
  // The runtime still has the exited attempt, as it would under the kubelet.
  const all = await bed.cri.listContainers({ filter: { podSandboxId: web.sandboxId } });
  t.ok(all.containers.some((c) => c.id === before && c.state === cri.ContainerState.CONTAINER_EXITED), 'old attempt is EXITED in the runtime');
});

t.test('a stopped sandbox is not a pod any more', async (t) => {
  const { log } = capturingLogger();
  const p = new CriMetadataProvider({ endpoint: bed.endpoint, log, refreshMs: 60_000 });
  t.teardown(() => p.close());
  const gone = await bed.runPod({ name: 'short', namespace: 'jobs', qos: 'BestEffort', containers: [{ name: 'c', command: workloads.idle() }] });
  await p.start();
  t.ok(p.current()!.has(gone.uid));
  await bed.cri.stopPodSandbox({ podSandboxId: gone.sandboxId });
  t.equal(await p.refresh(), true);
  t.notOk(p.current()!.has(gone.uid), 'NOTREADY sandbox dropped');
  await bed.removePod(gone);
});

t.test('the safety timer asks ListContainers alone while nothing changed, and refreshes when a container appears behind its back', async (t) => {
  const { log } = capturingLogger();
  // No collector calls observe() here: only the timer can find the new container.
  const p = new CriMetadataProvider({ endpoint: bed.endpoint, log, refreshMs: 300 });
  t.teardown(() => p.close());
  await p.start();
  t.equal(p.refreshes, 1, 'one full refresh at start');
  const until = async (what: string, ok: () => boolean) => {
    const deadline = Date.now() + 10_000;
    while (!ok() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    t.ok(ok(), what);
  };
  await until('safety checks ran', () => p.checks >= 2);
  t.equal(p.refreshes, 1, `${p.checks} checks and no further refresh while the runtime's containers are the known ones`);
  const late = await bed.runPod({ name: 'late', namespace: 'jobs', qos: 'BestEffort', containers: [{ name: 'c', command: workloads.idle() }] });
  t.teardown(() => bed.removePod(late));
  await until('the new pod is named after a check saw its container', () => p.current()?.get(late.uid)?.containers[0]?.id === late.containers[0].id);
  t.ok(p.refreshes >= 2, 'a full refresh followed');
  t.equal(p.current()!.get(late.uid)!.name, 'late');
});

t.test('runtime restart and outage: last names kept, one warning, reconnects by itself', async (t) => {
  const { log, lines } = capturingLogger();
  const p = new CriMetadataProvider({ endpoint: bed.endpoint, log, refreshMs: 200, timeoutMs: 1000 });
  t.teardown(() => p.close());
  await p.start();
  const known = p.current();
  t.equal(known!.size, 2);

  await bed.containerd.kill();
  for (let i = 0; i < 5; i++) t.equal(await p.refresh(), false, 'refresh fails while the runtime is down');
  t.equal(p.current(), known, 'the last answer is still served');
  t.equal(lines.filter((l) => l.level === 40).length, 1, 'one warning for the whole outage');

  await bed.containerd.start();
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && p.lastError !== undefined) await new Promise((r) => setTimeout(r, 100));
  t.equal(p.lastError, undefined, 'the timer reconnected without help');
  t.same([...p.current()!.keys()].sort(), [web.uid, batch.uid].sort(), 'same pods after the restart');
  t.ok(lines.some((l) => l.level === 30 && /reachable again/.test(l.msg)), 'recovery is logged');
});

t.test('auto-detection finds the answering socket and skips dead ones', async (t) => {
  const root = dirname(bed.socket);
  const found = await detectCriEndpoint({ candidates: [`${root}/nothing.sock`, `${root}/containerd.sock.ttrpc`, bed.socket] });
  t.ok(found);
  t.equal(found!.endpoint, bed.endpoint);
  t.equal(found!.answered, true);
  t.equal(found!.runtimeName, 'containerd');
  const prefixed = await detectCriEndpoint({ root, candidates: ['/containerd.sock'] });
  t.equal(prefixed?.endpoint, bed.endpoint, 'candidates are looked up under a host-root prefix');
  t.equal(await detectCriEndpoint({ candidates: [`${root}/nothing.sock`] }), null);
});

t.test('without any CRI socket the provider answers null, warns once and keeps trying', async (t) => {
  const { log, lines } = capturingLogger();
  const p = new CriMetadataProvider({ log, refreshMs: 60_000, detect: { candidates: ['/nonexistent/cri.sock'] } });
  t.teardown(() => p.close());
  await p.start();
  t.equal(p.current(), null);
  t.equal(await p.refresh(), false);
  t.equal(lines.filter((l) => l.level === 40).length, 1);
});

t.test('test bed: env, host mounts and the host PID namespace reach a container (as an agent pod needs)', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'kp-mnt-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const pod = await bed.runPod({
    name: 'agent-like', namespace: 'kube-system', qos: 'BestEffort', hostPid: true,
    containers: [{
      name: 'probe', env: { GREETING: 'hello' },
      mounts: [{ hostPath: dir, containerPath: '/out' }, { hostPath: '/proc', containerPath: '/host/proc', readonly: true }],
      command: ['/bin/sh', '-c', 'echo "$GREETING" > /out/env; ls /host/proc/1 >/dev/null && echo ok > /out/proc; [ -d /proc/' + process.pid + ' ] && echo yes > /out/hostpid; exec sleep 2147483647'],
    }],
  });
  t.teardown(() => bed.removePod(pod));
  const deadline = Date.now() + 10_000;
  let hostpid = '';
  while (Date.now() < deadline && !hostpid) {
    hostpid = await readFile(join(dir, 'hostpid'), 'utf8').catch(() => '');
    if (!hostpid) await new Promise((r) => setTimeout(r, 100));
  }
  t.equal(await readFile(join(dir, 'env'), 'utf8'), 'hello\n');
  t.equal(await readFile(join(dir, 'proc'), 'utf8'), 'ok\n');
  t.equal(hostpid, 'yes\n', 'sees this test process: host PID namespace');
});
