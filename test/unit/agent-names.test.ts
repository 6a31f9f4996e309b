import t from 'tap';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { containerIdFromName, podUidFromName, qosFromName } from '../../agent/cgroup/names.js';
import { detectPodRoot, discoverPods } from '../../agent/cgroup/discover.js';
import { tempDir } from '../fixtures/cgroup/tree.js';

const UID = '5f3e9a1c-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const UID_ = UID.replace(/-/g, '_');
const ID = 'a'.repeat(32) + '0123456789abcdef0123456789abcdef';

t.test('pod uids from both drivers, with systemd underscores turned back into dashes', async (t) => {
  t.equal(podUidFromName(`pod${UID}`), UID);
  t.equal(podUidFromName(`kubepods-burstable-pod${UID_}.slice`), UID);
  t.equal(podUidFromName(`kubepods-pod${UID_}.slice`), UID, 'guaranteed, directly under kubepods.slice');
  t.equal(podUidFromName(`kubelet-kubepods-besteffort-pod${UID_}.slice`), UID, 'nested root (kind)');
  t.equal(podUidFromName('burstable'), undefined);
  t.equal(podUidFromName('kubepods-burstable.slice'), undefined);
  t.equal(podUidFromName('podium'), undefined);
});

t.test('QoS directories for both drivers', async (t) => {
  t.equal(qosFromName('burstable'), 'Burstable');
  t.equal(qosFromName('besteffort'), 'BestEffort');
  t.equal(qosFromName('kubepods-burstable.slice'), 'Burstable');
  t.equal(qosFromName('kubelet-kubepods-besteffort.slice'), 'BestEffort');
  t.equal(qosFromName(`pod${UID}`), undefined);
});

t.test('container ids for containerd, CRI-O and docker prefixes and bare ids; conmon and .mount skipped', async (t) => {
  t.equal(containerIdFromName(`cri-containerd-${ID}.scope`), ID);
  t.equal(containerIdFromName(`crio-${ID}.scope`), ID);
  t.equal(containerIdFromName(`crio-${ID}`), ID, 'CRI-O on cgroupfs');
  t.equal(containerIdFromName(`docker-${ID}.scope`), ID);
  t.equal(containerIdFromName(ID), ID, 'bare id (containerd on cgroupfs)');
  t.equal(containerIdFromName(`crio-conmon-${ID}.scope`), undefined);
  t.equal(containerIdFromName('var-lib-kubelet-pods-x.mount'), undefined);
  t.equal(containerIdFromName('notacontainer'), undefined);
  t.equal(containerIdFromName('A'.repeat(64)), undefined, 'bare names must be lowercase hex');
});

function mk(root: string, ...paths: string[]): void {
  for (const p of paths) mkdirSync(join(root, p), { recursive: true });
}

t.test('cgroupfs hierarchy: guaranteed pods under the root, QoS classes below, containers by id', async (t) => {
  const { dir, cleanup } = tempDir('kp-names-');
  t.teardown(cleanup);
  mk(dir, `kubepods/pod${UID}/${ID}`, `kubepods/burstable/podaaaaaaaa-0000-0000-0000-000000000001/${ID.replace('a', 'b')}`,
    'kubepods/besteffort/podaaaaaaaa-0000-0000-0000-000000000002', 'kubepods/burstable/notapod');
  t.equal(detectPodRoot(dir), '/kubepods');
  const pods = [...discoverPods(dir, '/kubepods')].sort((a, b) => a.uid.localeCompare(b.uid));
  t.same(pods.map((p) => [p.uid, p.qosClass, p.containers.length]), [
    [UID, 'Guaranteed', 1],
    ['aaaaaaaa-0000-0000-0000-000000000001', 'Burstable', 1],
    ['aaaaaaaa-0000-0000-0000-000000000002', 'BestEffort', 0],
  ]);
  t.equal(pods[0].containers[0].path, `/kubepods/pod${UID}/${ID}`);
});

t.test('systemd hierarchy under a nested root, with all runtime prefixes', async (t) => {
  const { dir, cleanup } = tempDir('kp-names-');
  t.teardown(cleanup);
  const root = 'kubelet.slice/kubelet-kubepods.slice';
  const pod = `${root}/kubelet-kubepods-burstable.slice/kubelet-kubepods-burstable-pod${UID_}.slice`;
  mk(dir, 'system.slice/containerd.service', `${pod}/cri-containerd-${ID}.scope`, `${pod}/crio-${ID.replace('a', 'c')}.scope`,
    `${pod}/docker-${ID.replace('a', 'd')}.scope`, `${pod}/crio-conmon-${ID}.scope`,
    `${root}/kubelet-kubepods-pod${UID_.replace('5', '6')}.slice`);
  t.equal(detectPodRoot(dir), `/${root}`);
  const pods = discoverPods(dir, `/${root}`);
  const burst = pods.find((p) => p.uid === UID)!;
  t.equal(burst.qosClass, 'Burstable');
  t.same(burst.containers.map((c) => c.id).sort(), [ID, ID.replace('a', 'c'), ID.replace('a', 'd')].sort());
  t.equal(pods.find((p) => p.uid !== UID)?.qosClass, 'Guaranteed');
  t.same(discoverPods(dir, '/does-not-exist'), [], 'a missing root lists nothing');
});

t.test('no pod root on a host without Kubernetes', async (t) => {
  const { dir, cleanup } = tempDir('kp-names-');
  t.teardown(cleanup);
  mk(dir, 'system.slice/ssh.service', 'user.slice');
  t.equal(detectPodRoot(dir), undefined);
});

t.test('discovery re-lists a pod when its subdirectory count moves, or when told a read there vanished', async (t) => {
  const { PodDiscovery } = await import('../../agent/cgroup/discover.js');
  const { rmdirSync } = await import('node:fs');
  const { dir, cleanup } = tempDir('kp-names-');
  t.teardown(cleanup);
  const pod = `kubepods/burstable/pod${UID}`;
  mk(dir, `${pod}/${'1'.repeat(64)}`);
  const d = new PodDiscovery(dir, '/kubepods');
  const ids = (): string[] => d.discover().flatMap((p) => p.containers.map((c) => c.id)).sort();
  t.same(ids(), ['1'.repeat(64)]);
  const unchanged = d.discover();
  t.equal(d.discover(), unchanged, 'nothing listed again: the same array, so callers can skip their own work');
  mk(dir, `${pod}/${'2'.repeat(64)}`);
  t.not(d.discover(), unchanged, 'a listing moved: a new array');
  t.same(ids(), ['1'.repeat(64), '2'.repeat(64)], 'a new container is found on the next cycle');
  mk(dir, `kubepods/besteffort/pod${UID.replace('5', '7')}`);
  t.equal(d.discover().length, 2, 'a new pod too');
  // A restart within one interval: one container cgroup removed, another created; same link count.
  rmdirSync(join(dir, pod, '1'.repeat(64)));
  mk(dir, `${pod}/${'3'.repeat(64)}`);
  t.same(ids(), ['1'.repeat(64), '2'.repeat(64)], 'unchanged link count: the cached listing stands');
  d.markDirty(`/${pod}`);
  t.same(ids(), ['2'.repeat(64), '3'.repeat(64)], 'after a vanished read the pod is listed again');
});
