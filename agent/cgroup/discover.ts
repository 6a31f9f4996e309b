// Finds the pods and containers under the pod root. It runs every cycle, so it lists only the
// directories that changed. Each listed directory is watched (inotify, see watch.ts): a child cgroup
// created or removed marks it for listing again before the next cycle, and an unchanged tree costs
// no system call at all. Where a directory cannot be watched it is polled: a cgroup directory's link
// count is 2 + its number of subdirectories (kernfs keeps it exact), so an fstat on the kept-open
// directory that shows the same count means no child was added or removed (a removal and an addition
// within one interval keep the count; that case shows up as a vanished read, which marks the pod for
// listing again, markDirty). Either way each directory gets a full listing, with a fresh descriptor
// and watch, once every FULL_EVERY cycles, its turn staggered so no cycle re-lists the whole tree.
import { closeSync, constants, fstatSync, openSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { QosClass } from '../model.js';
import { containerIdFromName, isPodRootName, podUidFromName, qosFromName } from './names.js';
import { noPathWatcher, type PathChange, type PathWatch, type PathWatcher } from './watch.js';

export interface FoundContainer {
  id: string;
  /** cgroup path from the hierarchy root, e.g. "/kubepods/burstable/pod<uid>/<id>". */
  path: string;
}

export interface FoundPod {
  uid: string;
  qosClass: QosClass;
  path: string;
  containers: FoundContainer[];
}

function dirs(abs: string): Dirent[] {
  try {
    return readdirSync(abs, { withFileTypes: true }).filter((d) => d.isDirectory());
  } catch (err) {
    // A pod or QoS directory removed while we list: it simply has no children now.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

function joinCg(parent: string, name: string): string {
  return parent === '/' ? `/${name}` : `${parent}/${name}`;
}

/** The link count through a kept-open directory descriptor when there is one: no path walk. */
function nlink(abs: string, fd: number | undefined): number {
  if (fd !== undefined) {
    try {
      return fstatSync(fd).nlink;
    } catch {
      return -1;
    }
  }
  return statSync(abs, { throwIfNoEntry: false })?.nlink ?? -1;
}

function openDir(abs: string): number | undefined {
  try {
    return openSync(abs, constants.O_RDONLY | constants.O_DIRECTORY);
  } catch {
    return undefined;
  }
}

function closeFd(fd: number | undefined): void {
  if (fd === undefined) return;
  try {
    closeSync(fd);
  } catch {
    // Already gone with its directory.
  }
}

function sameBy<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (key(a[i]) !== key(b[i])) return false;
  return true;
}

const containerKey = (c: FoundContainer): string => c.path;
const entryKey = (e: { name: string }): string => e.name;

// Only a safety net: for a watched directory, against lost events (an inotify queue overflow); for a
// polled one, against a removal and an addition within one interval, which leave the link count
// alone (the removed cgroup's kept-open files then fail as vanished, which re-lists its pod at once).
const FULL_EVERY = 360;

interface Listed<T> {
  /** The link count when last listed: what a polled directory is compared with. */
  nlink: number;
  value: T;
  fd: number | undefined;
  watch: PathWatch | undefined;
  /** The cycle (mod FULL_EVERY) of this directory's full listing. */
  phase: number;
}

function release(entry: Listed<unknown> | undefined): void {
  entry?.watch?.close();
  closeFd(entry?.fd);
}

/** Pod discovery that remembers what it listed and re-lists only directories that changed (watch notice, or link count where polled). */
export class PodDiscovery {
  private readonly rootList = new Map<string, Listed<Array<{ name: string; qos?: Exclude<QosClass, 'Guaranteed'>; uid?: string }>>>();
  private readonly podList = new Map<string, Listed<FoundContainer[]>>();
  private readonly dirty = new Set<string>();
  private cycle = 0;
  private phases = 0;
  /** Whether this discover() listed anything or dropped a pod. */
  private changed = true;
  private last: readonly FoundPod[] = [];
  /** Set by settle(): the walk may be skipped until nextFull while nothing is dirty. */
  private settled = false;
  private nextFull = 0;

  constructor(
    private readonly hierarchyDir: string,
    private readonly podRoot: string,
    private readonly watcher: PathWatcher = noPathWatcher,
  ) {}

  /** A read under this pod failed as vanished: list it again next time whatever its link count. */
  markDirty(podPath: string): void {
    this.dirty.add(podPath);
  }

  private listed<T>(cache: Map<string, Listed<T[]>>, path: string, list: (abs: string) => T[], key: (x: T) => string): T[] {
    const prev = cache.get(path);
    const full = prev !== undefined && this.cycle % FULL_EVERY === prev.phase;
    const dirty = this.dirty.has(path);
    let n = -1;
    if (prev && !full) {
      // A live watch would have marked a change: nothing to ask the kernel.
      if (!dirty && prev.watch?.active) return prev.value;
      n = nlink('', prev.fd);
      if (!dirty && prev.nlink === n && n > 0) return prev.value;
    }
    const dir = join(this.hierarchyDir, path);
    const onChange = (change: PathChange): void => {
      if (change === 'entry') this.dirty.add(path);
    };
    let entry: Listed<T[]>;
    if (prev && n > 0 && !full) {
      // The same directory (its descriptor still counts links): list it again in place.
      entry = prev;
      if (!prev.watch?.active) prev.watch = this.watcher.watch(dir, onChange);
    } else {
      // First sight, a full pass, or the directory under the descriptor was removed (a recreated
      // path). Watch before listing, so a child made after the listing is not missed.
      release(prev);
      const fd = openDir(dir);
      entry = { nlink: -1, value: [], fd, watch: this.watcher.watch(dir, onChange), phase: prev?.phase ?? this.firstFullPass() };
      cache.set(path, entry);
      n = nlink(dir, fd);
    }
    let value = list(dir);
    // A listing that found what was there before (a full pass, a dirty mark) keeps the old array.
    if (prev && sameBy(prev.value, value, key)) value = prev.value;
    else this.changed = true;
    entry.nlink = n;
    entry.value = value;
    return value;
  }

  /**
   * The cycle (mod FULL_EVERY) of a new directory's full listings: at least half a period away, and
   * spread over the other half by order of discovery, so the tree found at start is not re-listed at once.
   */
  private firstFullPass(): number {
    const half = FULL_EVERY / 2;
    return (this.cycle + half + (this.phases++ % half)) % FULL_EVERY;
  }

  /** Closes the directory descriptors and watches. */
  close(): void {
    for (const cache of [this.rootList, this.podList] as Map<string, Listed<unknown>>[]) {
      for (const v of cache.values()) release(v);
      cache.clear();
    }
  }

  /**
   * The pods found now. When no directory was listed again and no pod went away, this is the very
   * array of the previous call, so callers can tell "nothing changed" by identity; do not mutate it.
   */
  discover(): readonly FoundPod[] {
    // Every directory watched, no notice since, no full listing due: the tree is as it was.
    if (this.settled && this.dirty.size === 0 && this.cycle < this.nextFull) {
      this.cycle++;
      return this.last;
    }
    this.changed = false;
    const pods: FoundPod[] = [];
    const seen = new Set<string>();
    const addPod = (path: string, uid: string, qosClass: QosClass): void => {
      seen.add(path);
      const containers = this.listed(this.podList, path, (abs) => {
        const out: FoundContainer[] = [];
        for (const d of dirs(abs)) {
          const id = containerIdFromName(d.name);
          if (id) out.push({ id, path: joinCg(path, d.name) });
        }
        return out;
      }, containerKey);
      pods.push({ uid, qosClass, path, containers });
    };
    type Entry = { name: string; qos?: Exclude<QosClass, 'Guaranteed'>; uid?: string };
    const classify = (abs: string): Entry[] =>
      dirs(abs).flatMap((d): Entry[] => {
        const qos = qosFromName(d.name);
        if (qos) return [{ name: d.name, qos }];
        const uid = podUidFromName(d.name);
        return uid ? [{ name: d.name, uid }] : [];
      });
    for (const e of this.listed(this.rootList, this.podRoot, classify, entryKey)) {
      if (e.uid) {
        addPod(joinCg(this.podRoot, e.name), e.uid, 'Guaranteed');
        continue;
      }
      const qosPath = joinCg(this.podRoot, e.name);
      for (const p of this.listed(this.rootList, qosPath, classify, entryKey)) if (p.uid) addPod(joinCg(qosPath, p.name), p.uid, e.qos!);
    }
    for (const [k, v] of this.podList) {
      if (seen.has(k)) continue;
      release(v);
      this.podList.delete(k);
      this.changed = true;
    }
    this.dirty.clear();
    this.settle();
    this.cycle++;
    if (this.changed) this.last = pods;
    return this.last;
  }

  /**
   * Whether the next cycles may skip the walk: only while every directory has a live watch (a watch
   * that fails marks its directory dirty, which ends the skipping), and until the first full listing.
   */
  private settle(): void {
    let next = Infinity;
    let polled = false;
    const after = this.cycle + 1;
    for (const cache of [this.rootList, this.podList] as Map<string, Listed<unknown>>[]) {
      cache.forEach((v) => {
        if (!v.watch?.active) polled = true;
        const due = after + ((((v.phase - after) % FULL_EVERY) + FULL_EVERY) % FULL_EVERY);
        if (due < next) next = due;
      });
    }
    this.settled = !polled;
    this.nextFull = next;
  }
}

/**
 * Pods under `podRoot` (a cgroup path) in the hierarchy rooted at `hierarchyDir`, listed afresh.
 * Guaranteed pods sit directly under the root; the other classes under their QoS directory.
 */
export function discoverPods(hierarchyDir: string, podRoot: string): readonly FoundPod[] {
  const d = new PodDiscovery(hierarchyDir, podRoot);
  try {
    return d.discover();
  } finally {
    d.close();
  }
}

/**
 * The pod root when --kubepods-cgroup is not given: "/kubepods" (cgroupfs), "/kubepods.slice"
 * (systemd), or one level down for a kubelet run with --cgroup-root (kind: /kubelet.slice/
 * kubelet-kubepods.slice, or /<parent>/kubepods).
 */
export function detectPodRoot(hierarchyDir: string): string | undefined {
  const top = dirs(hierarchyDir);
  const direct = top.find((d) => d.name === 'kubepods' || d.name === 'kubepods.slice');
  if (direct) return `/${direct.name}`;
  for (const d of top) {
    const inner = dirs(join(hierarchyDir, d.name)).find((c) => isPodRootName(c.name));
    if (inner) return `/${d.name}/${inner.name}`;
  }
  return undefined;
}
