// Change notices for cgroup directories and files, so a cycle need not ask each of them whether it
// changed. A write to a cgroup file and a mkdir or rmdir of a child cgroup go through the VFS, which
// raises inotify events on every cgroupfs (v1 and v2; cAdvisor watches cgroups the same way). Events
// arrive on the event loop, between cycles. Where a path cannot be watched (the inotify watch limit,
// fs.inotify.max_user_watches, is reached) the callers poll instead; a watch that errors later
// reports a change once, so its caller looks again.
//
// Watch a directory only for its children: Node's inotify mask includes writes, so a watched
// directory makes the kernel check it on every read of a file inside (fsnotify's parent check,
// measured at ~2 % of a cycle when the cpu and memory directories of every cgroup were watched).
// Files whose writes matter (limits) are watched one by one.
import { watch, type FSWatcher } from 'node:fs';

/**
 * What changed: in a watched directory, a child appeared or went ('entry') or a file in it was written
 * ('write'); for a watched file, it was written ('write') or removed ('entry').
 */
export type PathChange = 'entry' | 'write';

export interface PathWatch {
  /** False once the watch failed: its caller must poll (or watch again). */
  readonly active: boolean;
  close(): void;
}

export interface PathWatcher {
  /**
   * Calls `onChange` after each change of `path`, a directory or a file (its own removal counts as an
   * entry change). Undefined when it cannot be watched: the caller must then poll it.
   */
  watch(path: string, onChange: (change: PathChange) => void): PathWatch | undefined;
}

/** Polling only: every caller falls back to its own checks. For hosts that forbid inotify, and tests. */
export const noPathWatcher: PathWatcher = { watch: () => undefined };

/**
 * fs.watch (inotify), not keeping the process alive. `onFailure` hears each error code the first
 * time it stops a watch (so it can be logged once): ENOSPC when the watch limit is reached.
 */
export function fsPathWatcher(onFailure: (code: string, path: string) => void = () => {}): PathWatcher {
  const reported = new Set<string>();
  const failure = (err: unknown, path: string): void => {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    if (reported.has(code)) return;
    reported.add(code);
    onFailure(code, path);
  };
  return {
    watch(path, onChange) {
      let w: FSWatcher;
      try {
        // libuv reports a write (IN_MODIFY, IN_ATTRIB) as "change" and everything else, creation,
        // removal and the path's own removal, as "rename".
        w = watch(path, { persistent: false }, (event) => onChange(event === 'change' ? 'write' : 'entry'));
      } catch (err) {
        // ENOENT (already removed) is no failure: the caller's read will tell it so.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') failure(err, path);
        return undefined;
      }
      const handle = { active: true, close: () => { handle.active = false; w.close(); } };
      w.on('error', (err) => {
        failure(err, path);
        handle.close();
        onChange('entry');
      });
      return handle;
    },
  };
}
