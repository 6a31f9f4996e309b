// How discovery and limit reads use change notices, with a PathWatcher the test drives:
// a watched directory is not polled, a notice (or its absence) decides what is read again, a host
// that cannot watch falls back to polling, and lost notices are caught by the periodic safety reads.
import t from 'tap';
import { mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '../../common/clock.js';
import { PodDiscovery } from '../../agent/cgroup/discover.js';
import { FileCache } from '../../agent/cgroup/files.js';
import { detectLayout } from '../../agent/cgroup/mode.js';
import { CgroupStats, LIMITS_SAFETY_EVERY, REFRESH_EVERY } from '../../agent/cgroup/stats.js';
import type { PathChange, PathWatch, PathWatcher } from '../../agent/cgroup/watch.js';
import { procTree, tempDir, v1Cgroup } from '../fixtures/cgroup/tree.js';

const UID = '5f3e9a1c-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const C1 = 'c'.repeat(64);
const C2 = 'd'.repeat(64);

class FakeWatch implements PathWatch {
  active = true;
  closed = false;
  constructor(readonly dir: string, readonly onChange: (c: PathChange) => void) {}
  close(): void {
    this.active = false;
    this.closed = true;
  }
}

/** Records every watch; notices are delivered only when the test fires them. */
class FakeWatcher implements PathWatcher {
  readonly all: FakeWatch[] = [];
  refuse = false;
  watch(dir: string, onChange: (c: PathChange) => void): PathWatch | undefined {
    if (this.refuse) return undefined;
    const w = new FakeWatch(dir, onChange);
    this.all.push(w);
    return w;
  }
  on(dir: string): FakeWatch[] {
    return this.all.filter((w) => w.dir === dir);
  }
  fire(dir: string, change: PathChange): void {
    for (const w of this.on(dir)) if (w.active) w.onChange(change);
  }
  /** What fsPathWatcher does when inotify reports an error for a watch. */
  fail(dir: string): void {
    for (const w of this.on(dir)) {
      if (!w.active) continue;
      w.active = false;
      w.onChange('entry');
    }
  }
}

function podTree(): { root: string; pod: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir('kp-watch-');
  const pod = join(dir, 'kubepods', 'burstable', `pod${UID}`);
  mkdirSync(join(pod, C1), { recursive: true });
  return { root: dir, pod, cleanup };
}

const ids = (found: readonly { containers: { id: string }[] }[]): string[] => found.flatMap((p) => p.containers.map((c) => c.id)).sort();

/** A pod tree, a test-driven watcher (refusing every watch when asked) and discovery over them, torn down with the test. */
function watchedDiscovery(t: { teardown(fn: () => unknown): void }, refuse = false): { f: ReturnType<typeof podTree>; w: FakeWatcher; d: PodDiscovery } {
  const f = podTree();
  t.teardown(f.cleanup);
  const w = new FakeWatcher();
  w.refuse = refuse;
  const d = new PodDiscovery(f.root, '/kubepods', w);
  t.teardown(() => d.close());
  return { f, w, d };
}

t.test('discovery: a watched directory is not polled; an entry notice re-lists it, a write notice does not', async (t) => {
  const { f, w, d } = watchedDiscovery(t);
  const first = d.discover();
  t.same(ids(first), [C1]);
  t.same(w.all.map((x) => x.dir).sort(), [join(f.root, 'kubepods'), join(f.root, 'kubepods', 'burstable'), f.pod].sort(), 'root, QoS and pod directories watched');

  mkdirSync(join(f.pod, C2));
  t.equal(d.discover(), first, 'no notice yet: the watched pod is not asked again (no link-count poll)');
  w.fire(f.pod, 'write');
  t.equal(d.discover(), first, 'a file written in the pod directory lists nothing again');
  w.fire(f.pod, 'entry');
  const second = d.discover();
  t.same(ids(second), [C1, C2], 'an entry notice re-lists the pod');
  t.equal(w.on(f.pod).length, 1, 'the same directory keeps its watch');

  rmdirSync(join(f.pod, C2));
  rmdirSync(join(f.pod, C1));
  rmdirSync(f.pod);
  w.fire(join(f.root, 'kubepods', 'burstable'), 'entry');
  w.fire(f.pod, 'entry');
  t.same(d.discover(), [], 'the pod is gone');
  t.ok(w.on(f.pod).every((x) => x.closed), 'and its watch is closed');
});

t.test('discovery: without watches (none left on the host) it polls link counts and sees a change at once', async (t) => {
  const { f, d } = watchedDiscovery(t, true);
  const first = d.discover();
  t.equal(d.discover(), first, 'unchanged link counts: nothing listed again');
  mkdirSync(join(f.pod, C2));
  t.same(ids(d.discover()), [C1, C2]);
});

t.test('discovery: a watch that fails re-lists its directory and watches it again', async (t) => {
  const { f, w, d } = watchedDiscovery(t);
  d.discover();
  mkdirSync(join(f.pod, C2));
  w.fail(f.pod);
  t.same(ids(d.discover()), [C1, C2], 'the failure counts as a change');
  t.equal(w.on(f.pod).filter((x) => x.active).length, 1, 'a new watch replaces the failed one');
  // Polled until then, watched again now: another child is seen through the new watch.
  mkdirSync(join(f.pod, 'e'.repeat(64)));
  t.same(ids(d.discover()), [C1, C2], 'the new watch has not fired');
  w.fire(f.pod, 'entry');
  t.equal(ids(d.discover()).length, 3);
});

function v1Stats(watcher: PathWatcher): { cg: string; stats: CgroupStats; files: FileCache; path: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir('kp-watch-v1-');
  const cg = join(dir, 'cgroup');
  procTree(join(dir, 'proc'));
  v1Cgroup(cg, '', { usageNs: 1n, usageInBytes: 1n, totalInactiveFile: 0n, totalRss: 0n });
  const path = `/kubepods/pod${UID}/${C1}`;
  v1Cgroup(cg, path.slice(1), { usageNs: 70n, usageInBytes: 4000n, totalInactiveFile: 1000n, totalRss: 2500n, limit: 100_000_000n });
  const files = new FileCache();
  const stats = new CgroupStats(detectLayout(cg, join(dir, 'proc')), files, new ManualClock(), 'off', watcher);
  return { cg, stats, files, path, cleanup: () => { stats.close(); files.closeAll(); cleanup(); } };
}

t.test('limits: re-read at the next cycle after a write notice, not before', async (t) => {
  const w = new FakeWatcher();
  const f = v1Stats(w);
  t.teardown(f.cleanup);
  const memDir = join(f.cg, 'memory', f.path);
  const cpuDir = join(f.cg, 'cpu', f.path);
  const limitFile = join(memDir, 'memory.limit_in_bytes');
  const quotaFile = join(cpuDir, 'cpu.cfs_quota_us');
  f.stats.beginCycle();
  t.equal(f.stats.memory(f.path).limitBytes, 100_000_000n);
  t.equal(f.stats.cpu(f.path).throttledNs, 0n, 'no quota: cpu.stat not read, throttling 0');
  t.same(w.all.map((x) => x.dir).sort(), [quotaFile, limitFile].sort(), 'its limit and quota files are watched, not their directories');

  writeFileSync(limitFile, '200000000\n');
  writeFileSync(quotaFile, '50000\n');
  f.stats.beginCycle();
  t.equal(f.stats.memory(f.path).limitBytes, 100_000_000n, 'no notice: the kept limit');
  t.equal(f.stats.cpu(f.path).throttledNs, 0n, 'no notice: still no quota');

  w.fire(limitFile, 'write');
  w.fire(quotaFile, 'write');
  f.stats.beginCycle();
  t.equal(f.stats.memory(f.path).limitBytes, 200_000_000n, 'the new limit');
  t.equal(f.stats.cpu(f.path).throttledNs, 123456n, 'a quota now: cpu.stat read');
});

t.test('limits: lost notices are caught within LIMITS_SAFETY_EVERY cycles; unwatched ones within REFRESH_EVERY', async (t) => {
  for (const refuse of [false, true]) {
    const w = new FakeWatcher();
    w.refuse = refuse;
    const f = v1Stats(w);
    f.stats.beginCycle();
    f.stats.memory(f.path);
    writeFileSync(join(f.cg, 'memory', f.path, 'memory.limit_in_bytes'), '300000000\n');
    let cycles = 0;
    for (; cycles < LIMITS_SAFETY_EVERY + 1; cycles++) {
      f.stats.beginCycle();
      if (f.stats.memory(f.path).limitBytes === 300_000_000n) break;
    }
    const bound = refuse ? REFRESH_EVERY : LIMITS_SAFETY_EVERY;
    t.ok(cycles < bound, `${refuse ? 'polled' : 'watched, notice lost'}: seen after ${cycles + 1} cycles (≤ ${bound})`);
    if (!refuse) t.ok(cycles + 1 > REFRESH_EVERY, 'watched limits are not polled at the short period');
    f.cleanup();
  }
});

t.test('a cgroup gone from a cycle has its watches and kept-open files closed', async (t) => {
  const w = new FakeWatcher();
  const f = v1Stats(w);
  t.teardown(f.cleanup);
  f.stats.beginCycle();
  f.stats.cpu(f.path);
  f.stats.memory(f.path);
  f.stats.processes(f.path);
  t.ok(f.files.size >= 4, `${f.files.size} files open`);
  f.stats.beginCycle();
  f.stats.beginCycle();
  t.equal(f.files.size, 0, 'its files are closed');
  t.ok(w.all.length === 2 && w.all.every((x) => x.closed), 'its watches are closed');
});
