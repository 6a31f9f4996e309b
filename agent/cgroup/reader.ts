// How FileCache reads a kept-open file from offset 0: through the agent's Node-API addon
// (reader.c, built by scripts/build-native.mjs) or through fs.readSync. Both give the same bytes
// and the same errno errors; the addon costs ~0.3 µs less user CPU per read, ~0.2 ms per cycle at
// 150 cgroups. A build without a C compiler has no addon, and the agent then says so at start.
import { readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getSystemErrorName } from 'node:util';

export interface FileReader {
  /** `native` (the addon) or `node` (fs.readSync): logged at start and shown in /metrics. */
  readonly kind: 'native' | 'node';
  /** Reads from offset 0 into buf and returns the byte count; an errno error (with `code`) on failure. */
  readAt0(fd: number, buf: Buffer): number;
}

/** --native-reads: auto uses the addon when it loads; on refuses to start without it; off never loads it. */
export type NativeReadsMode = 'auto' | 'on' | 'off';
export const NATIVE_READS_MODES: readonly NativeReadsMode[] = ['auto', 'on', 'off'];

export const nodeReader: FileReader = {
  kind: 'node',
  readAt0: (fd, buf) => readSync(fd, buf, 0, buf.length, 0),
};

interface Addon {
  /** Bytes read, or -errno (reader.c). */
  readAt0: (fd: number, buf: Buffer) => number;
}

/** What fs would have thrown for -errno: the same `code`, so callers classify both alike. */
function errnoError(negErrno: number): NodeJS.ErrnoException {
  const code = getSystemErrorName(negErrno);
  return Object.assign(new Error(`${code}: read failed`), { code, errno: negErrno, syscall: 'read' });
}

let loaded: FileReader | Error | undefined;

/** The addon's reader, or why it cannot be had (not built, or built for another platform). Loaded once. */
export function nativeReader(): FileReader | Error {
  if (loaded !== undefined) return loaded;
  try {
    const addon = createRequire(import.meta.url)('./reader.node') as Addon;
    const read = addon.readAt0;
    loaded = {
      kind: 'native',
      readAt0(fd, buf) {
        const n = read(fd, buf);
        if (n < 0) throw errnoError(n);
        return n;
      },
    };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    loaded = new Error(e.code === 'MODULE_NOT_FOUND' ? 'the addon was not built (no C compiler at build time?)' : e.message);
  }
  return loaded;
}

/** The reader for a mode, and for `auto` without the addon the reason it is not used. Throws for `on` without it. */
export function fileReader(mode: NativeReadsMode): { reader: FileReader; fallback?: string } {
  if (mode === 'off') return { reader: nodeReader };
  const native = nativeReader();
  if (!(native instanceof Error)) return { reader: native };
  if (mode === 'on') throw new Error(`--native-reads on: the native file reader cannot be loaded: ${native.message}`);
  return { reader: nodeReader, fallback: native.message };
}
