// Change notices for cgroup directories, so a cycle need not ask every directory whether it changed.
// A write to a cgroup file and a mkdir or rmdir of a child cgroup all go through the VFS, which raises
// inotify events for the parent directory on every cgroupfs (v1 and v2; cAdvisor watches cgroups the
// same way). Events arrive on the event loop, between cycles. Where a directory cannot be watched
// (the inotify watch limit, fs.inotify.max_user_watches, is reached) the callers poll instead, as
// they did before; a watch that errors later reports a change once, so its caller looks again.
import { watch, type FSWatcher } from 'node:fs';

/** What changed in a watched directory: a child appeared or went ('entry'), or a file was written ('write'). */
export type DirChange = 'entry' | 'write';

export interface DirWatch {
  /** False once the watch failed: its caller must poll (or watch again). */
  readonly active: boolean;
  close(): void;
}

export interface DirWatcher {
  /**
   * Calls `onChange` after each change in `dir` (its removal counts as an entry change). Undefined
   * when the directory cannot be watched: the caller must then poll it.
   */
  watch(dir: string, onChange: (change: DirChange) => void): DirWatch | undefined;
}

/** Polling only: every caller falls back to its own checks. For hosts that forbid inotify, and tests. */
export const noDirWatcher: DirWatcher = { watch: () => undefined };

/**
 * fs.watch (inotify), not keeping the process alive. `onFailure` hears each error code the first
 * time it stops a watch (so it can be logged once): ENOSPC when the watch limit is reached.
 */
export function fsDirWatcher(onFailure: (code: string, dir: string) => void = () => {}): DirWatcher {
  const reported = new Set<string>();
  const failure = (err: unknown, dir: string): void => {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    if (reported.has(code)) return;
    reported.add(code);
    onFailure(code, dir);
  };
  return {
    watch(dir, onChange) {
      let w: FSWatcher;
      try {
        // libuv reports a write (IN_MODIFY, IN_ATTRIB) as "change" and everything else, creation,
        // removal and the directory's own removal, as "rename".
        w = watch(dir, { persistent: false }, (event) => onChange(event === 'change' ? 'write' : 'entry'));
      } catch (err) {
        // ENOENT (already removed) is no failure: the caller's read will tell it so.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') failure(err, dir);
        return undefined;
      }
      const handle = { active: true, close: () => { handle.active = false; w.close(); } };
      w.on('error', (err) => {
        failure(err, dir);
        handle.close();
        onChange('entry');
      });
      return handle;
    },
  };
}
