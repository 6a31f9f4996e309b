// Change notices on this machine's real cgroupfs (v1 hierarchies, cpu and cpuacct mounted apart):
// inotify reports a child cgroup made or removed and a limit written, the agent acts on them at the
// next cycle, and it does not poll what it watches.
import t from 'tap';
import { mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../../common/clock.js';
import { PodDiscovery } from '../../agent/cgroup/discover.js';
import { FileCache, type CachedFile } from '../../agent/cgroup/files.js';
import { detectLayout } from '../../agent/cgroup/mode.js';
import { CgroupStats } from '../../agent/cgroup/stats.js';
import { fsPathWatcher } from '../../agent/cgroup/watch.js';

const ROOT = `/kp-watch-${process.pid}`;
const UID = '7d3c1b2a-3d4e-4f50-8a9b-0123456789ab';
const POD = `${ROOT}/kubepods/burstable/pod${UID}`;
const C1 = 'a'.repeat(64);
const C2 = 'b'.repeat(64);
const layout = detectLayout('/sys/fs/cgroup', '/proc');
const made: string[] = [];

function mk(abs: string): void {
  mkdirSync(abs, { recursive: true });
  made.push(abs);
}

t.teardown(() => {
  // Leaf first; parents made by recursive mkdir follow.
  const all = new Set<string>();
  for (const m of made) for (let p = m; p.includes(ROOT); p = p.slice(0, p.lastIndexOf('/'))) all.add(p);
  for (const d of [...all].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(d);
    } catch {
      // Already removed by the test.
    }
  }
});

/** Turns of the event loop until `done` (bounded): inotify events arrive between turns. */
async function turnsUntil(done: () => boolean, max = 200): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await new Promise((r) => setImmediate(r));
    if (done()) return i;
  }
  return -1;
}

const ids = (found: readonly { containers: { id: string }[] }[]): string[] => found.flatMap((p) => p.containers.map((c) => c.id)).sort();

t.test('discovery: a container cgroup made or removed is seen after a turn of the event loop, through inotify alone', { skip: layout.controllers.cpuacct ? false : 'no v1 cpuacct hierarchy' }, async (t) => {
  const h = layout.controllers.cpuacct!;
  mk(join(h, POD, C1));
  const failures: string[] = [];
  const d = new PodDiscovery(h, `${ROOT}/kubepods`, fsPathWatcher((code) => failures.push(code)));
  t.teardown(() => d.close());
  const first = d.discover();
  t.same(ids(first), [C1]);

  mk(join(h, POD, C2));
  t.equal(d.discover(), first, 'at once, nothing: a watched directory is not polled');
  let now = first;
  const turns = await turnsUntil(() => (now = d.discover()) !== first);
  t.ok(turns > 0, `the new container after ${turns} turn(s)`);
  t.same(ids(now), [C1, C2]);

  rmdirSync(join(h, POD, C2));
  const before = now;
  t.ok((await turnsUntil(() => (now = d.discover()) !== before)) > 0, 'the removal is noticed');
  t.same(ids(now), [C1]);

  // A file written in the pod directory is no child: nothing is listed again.
  writeFileSync(join(h, POD, 'notify_on_release'), '0\n');
  const kept = now;
  await turnsUntil(() => false, 5);
  t.equal(d.discover(), kept, 'a write in the pod directory lists nothing again');
  t.same(failures, [], 'no watch failed');
});

t.test('limits: a memory limit or CFS quota written is read at the next cycle after its notice', { skip: layout.controllers.memory && layout.controllers.cpu ? false : 'no v1 memory and cpu hierarchies' }, async (t) => {
  const path = `${POD}/${C1}`;
  const memDir = join(layout.controllers.memory!, path);
  const cpuDir = join(layout.controllers.cpu!, path);
  mk(memDir);
  mk(cpuDir);
  mk(join(layout.controllers.cpuacct!, path));
  writeFileSync(join(memDir, 'memory.limit_in_bytes'), `${64 << 20}\n`);
  writeFileSync(join(cpuDir, 'cpu.cfs_quota_us'), '-1\n');

  const read: string[] = [];
  class Recording extends FileCache {
    override bytes(f: CachedFile): number {
      read.push(f.path);
      return super.bytes(f);
    }
  }
  const files = new Recording();
  const stats = new CgroupStats(layout, files, systemClock, 'off', fsPathWatcher());
  t.teardown(() => {
    stats.close();
    files.closeAll();
  });
  stats.beginCycle();
  t.equal(stats.memory(path).limitBytes, BigInt(64 << 20));
  stats.cpu(path);
  t.notOk(read.includes(join(cpuDir, 'cpu.stat')), 'no quota: cpu.stat is not read');

  writeFileSync(join(memDir, 'memory.limit_in_bytes'), `${128 << 20}\n`);
  writeFileSync(join(cpuDir, 'cpu.cfs_quota_us'), '50000\n');
  stats.beginCycle();
  t.equal(stats.memory(path).limitBytes, BigInt(64 << 20), 'before the notice arrives: the kept value, no re-read');
  await turnsUntil(() => false, 5);
  stats.beginCycle();
  t.equal(stats.memory(path).limitBytes, BigInt(128 << 20), 'after it: the new limit');
  read.length = 0;
  const cpu = stats.cpu(path);
  t.ok(read.includes(join(cpuDir, 'cpu.stat')), 'a quota now: cpu.stat is read');
  t.equal(typeof cpu.nrPeriods, 'bigint');

  // Nothing written: the next cycle reads neither limit file again.
  await turnsUntil(() => false, 5);
  stats.beginCycle();
  read.length = 0;
  stats.memory(path);
  stats.cpu(path);
  t.notOk(read.some((p) => p.endsWith('memory.limit_in_bytes') || p.endsWith('cpu.cfs_quota_us')), 'no limit file read in a quiet cycle');
});
