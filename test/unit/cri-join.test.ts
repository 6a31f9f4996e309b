import t from 'tap';
import Long from 'long';
import { joinPods, sameRunningContainers } from '../../agent/cri/join.js';
import { podLabelsFromSandbox } from '../../agent/cri/labels.js';
import { criTarget } from '../../agent/cri/client.js';

const ns = (n: number) => Long.fromNumber(n);

const sandbox = (id: string, uid: string, createdAt: number, state = 0, labels: Record<string, string> = {}) => ({
  id, state, createdAt: ns(createdAt),
  metadata: { name: `pod-${uid}`, namespace: 'ns1', uid, attempt: 0 },
  labels: { ...labels, 'io.kubernetes.pod.name': `pod-${uid}`, 'io.kubernetes.pod.namespace': 'ns1', 'io.kubernetes.pod.uid': uid },
});
const container = (id: string, sandboxId: string, name: string, attempt: number, createdAt: number, state = 1) => ({
  id, podSandboxId: sandboxId, state, createdAt: ns(createdAt), metadata: { name, attempt },
});

t.test('pod labels are the sandbox labels minus the three the kubelet adds', async (t) => {
  t.same(podLabelsFromSandbox({ app: 'web', 'io.kubernetes.pod.uid': 'u', 'io.kubernetes.pod.name': 'n', 'io.kubernetes.pod.namespace': 's', 'io.kubernetes.container.name': 'kept' }),
    { app: 'web', 'io.kubernetes.container.name': 'kept' });
  t.same(podLabelsFromSandbox(null), {});
});

t.test('only the ready sandbox of a pod and its running containers are kept', async (t) => {
  const pods = joinPods(
    [sandbox('old', 'u1', 100, 1), sandbox('s1', 'u1', 200, 0, { app: 'a' }), sandbox('s2', 'u2', 300, 1)],
    [
      container('c-old', 'old', 'web', 0, 110),
      container('c1', 's1', 'web', 1, 210),
      container('c1-exited', 's1', 'web', 0, 205, 2),
      container('c2', 's1', 'side', 0, 220),
      container('c3', 's2', 'x', 0, 310),
      container('orphan', 'nope', 'y', 0, 1),
    ],
  );
  t.same([...pods.keys()], ['u1']);
  const p = pods.get('u1')!;
  t.equal(p.sandboxId, 's1');
  t.same(p.labels, { app: 'a' });
  t.equal(p.createdAtNs, 200n);
  t.same(p.containers.map((c) => [c.name, c.id, c.attempt]), [['side', 'c2', 0], ['web', 'c1', 1]]);
});

t.test('two ready sandboxes for one uid: the newer wins and the older one contributes no containers', async (t) => {
  const cs = [container('ca', 'a', 'x', 0, 1), container('cb', 'b', 'y', 0, 1)];
  for (const order of [[sandbox('a', 'u1', 500), sandbox('b', 'u1', 100)], [sandbox('b', 'u1', 100), sandbox('a', 'u1', 500)]]) {
    const pods = joinPods(order, cs);
    t.equal(pods.get('u1')!.sandboxId, 'a');
    t.same(pods.get('u1')!.containers.map((c) => c.id), ['ca']);
  }
});

t.test('two running containers with one name: the newer creation is the container', async (t) => {
  const pods = joinPods([sandbox('s', 'u1', 1)], [container('new', 's', 'w', 3, 900), container('old', 's', 'w', 2, 800)]);
  t.same(pods.get('u1')!.containers.map((c) => [c.id, c.attempt]), [['new', 3]]);
});

t.test('created_at values past 2^53 ns stay exact', async (t) => {
  const big = Long.fromString('1763780000123456789');
  const pods = joinPods([{ ...sandbox('s', 'u', 0), createdAt: big }], []);
  t.equal(pods.get('u')!.createdAtNs, 1763780000123456789n);
});

t.test('CRI endpoints: unix URLs and bare paths are accepted, anything else is refused with a hint', async (t) => {
  t.equal(criTarget('unix:///run/containerd/containerd.sock'), 'unix:///run/containerd/containerd.sock');
  t.equal(criTarget('/run/crio/crio.sock'), 'unix:///run/crio/crio.sock');
  t.equal(criTarget('unix:/run/x.sock'), 'unix:///run/x.sock');
  t.throws(() => criTarget('tcp://10.0.0.1:1234'), /unix socket path/);
  t.throws(() => criTarget('run/x.sock'), /unix socket path/);
});

t.test('a malformed endpoint is refused when the provider is built, not later on a timer', async (t) => {
  const { CriMetadataProvider } = await import('../../agent/cri/provider.js');
  const { pino } = await import('pino');
  t.throws(() => new CriMetadataProvider({ endpoint: 'localhost:1234', log: pino({ level: 'silent' }) }), /unix socket path/);
});

t.test('the test bed refuses a dynamically linked busybox (its image has no libc)', async (t) => {
  const { hasInterpreter } = await import('../harness/image.js');
  const { readFile } = await import('node:fs/promises');
  t.equal(hasInterpreter(await readFile('/bin/busybox')), false, 'busybox-static has no PT_INTERP');
  t.equal(hasInterpreter(await readFile(process.execPath)), true, 'node is dynamically linked');
  t.throws(() => hasInterpreter(Buffer.from('#!/bin/sh\necho not elf, padded to sixty-four bytes for the header check....\n')), /not an ELF/);
});

t.test('the name-only list views decode real list answers to the same join, skipping what they leave out', async (t) => {
  const { cri } = await import('../../agent/cri/client.js');
  const sandboxes = [sandbox('s1', 'u1', 200, 0, { app: 'a' })].map((s) => ({
    ...s, annotations: { 'kubernetes.io/config.seen': 'x'.repeat(300) }, runtimeHandler: 'runc',
  }));
  const containers = [container('c1', 's1', 'web', 1, 210), container('c2', 's1', 'side', 0, 220)].map((c) => ({
    ...c, image: { image: 'busybox', annotations: { a: 'b' } }, imageRef: 'sha256:abc',
    labels: { 'io.kubernetes.container.name': c.metadata.name }, annotations: { 'io.kubernetes.container.hash': '1234' },
  }));
  const sbWire = cri.ListPodSandboxResponse.encode({ items: sandboxes }).finish();
  const ctWire = cri.ListContainersResponse.encode({ containers }).finish();
  const viewSb = cri.ListPodSandboxNames.decode(sbWire);
  const viewCt = cri.ListContainerNames.decode(ctWire);
  t.same(viewSb.items[0].labels, sandboxes[0].labels, 'sandbox labels kept');
  t.notOk('annotations' in viewSb.items[0] && Object.keys((viewSb.items[0] as Record<string, unknown>).annotations ?? {}).length, 'annotations skipped');
  t.same(joinPods(viewSb.items, viewCt.containers), joinPods(cri.ListPodSandboxResponse.decode(sbWire).items, cri.ListContainersResponse.decode(ctWire).containers),
    'the same pods, names, uids, labels, containers and start times as from the full messages');
});

t.test('the safety check: the running containers are the known ones, each in its known sandbox', async (t) => {
  const pods = joinPods([sandbox('s1', 'u1', 1), sandbox('s2', 'u2', 2)], [container('c1', 's1', 'web', 0, 1), container('c2', 's1', 'side', 0, 1), container('c3', 's2', 'x', 0, 1)]);
  const running = [container('c3', 's2', 'x', 0, 1), container('c1', 's1', 'web', 0, 1), container('c2', 's1', 'side', 0, 1)];
  t.ok(sameRunningContainers(pods, running), 'the same set in any order');
  t.notOk(sameRunningContainers(pods, running.slice(1)), 'one stopped');
  t.notOk(sameRunningContainers(pods, [...running, container('c4', 's2', 'y', 0, 1)]), 'one started');
  t.notOk(sameRunningContainers(pods, [container('c3', 's2', 'x', 0, 1), container('c1', 's1', 'web', 0, 1), container('c9', 's1', 'side', 1, 2)]), 'one restarted (new id, same count)');
  t.notOk(sameRunningContainers(pods, [container('c3', 's3', 'x', 0, 1), ...running.slice(1)]), 'an id under another sandbox');
  t.notOk(sameRunningContainers(pods, [{ ...container('', 's2', 'x', 0, 1) }, ...running.slice(1)]), 'a container without an id');
  t.ok(sameRunningContainers(new Map(), []), 'nothing known, nothing running');
});
