// Keeps cgroup and /proc files open and re-reads them from offset 0: opening a path costs more
// than reading the few bytes inside (the C floor: 11.5 ms opening vs 3.2 ms kept open for
// 330 cgroups). One reused buffer, which the hot path parses as bytes; read() and parse() decode it
// to a latin1 string for the few files read as text. (libuv opens with O_CLOEXEC, so children never
// inherit these descriptors.) Reads go through a FileReader (reader.ts): the native addon when built.
import { closeSync, openSync, statSync, constants } from 'node:fs';
import { MalformedError } from './parse.js';
import { fileReader, type FileReader } from './reader.js';

/** Why a read failed, as counted in /metrics. */
export type ReadErrorKind = 'vanished' | 'unreadable' | 'malformed' | 'missing_controller';

export class ReadError extends Error {
  override readonly name = 'ReadError';
  constructor(readonly kind: ReadErrorKind, readonly path: string, message: string) {
    super(message);
  }
}

function kindOf(code: string | undefined): ReadErrorKind {
  // ENODEV: the cgroup was removed while we held its file open; ENOENT: removed before we opened it.
  return code === 'ENOENT' || code === 'ENODEV' || code === 'ESRCH' ? 'vanished' : 'unreadable';
}

function readError(err: unknown, path: string): ReadError {
  const e = err as NodeJS.ErrnoException;
  return new ReadError(kindOf(e.code), path, `${path}: ${e.code ?? e.message}`);
}

/**
 * One kept-open file, held by whoever reads it every cycle so that no read looks its path up. The
 * cache may close it (sweep, a failed read, close()); the next read through it opens it again.
 */
export class CachedFile {
  /** -1 while not open. */
  fd = -1;
  /** The sweep generation that last used it. */
  gen = 0;
  constructor(readonly path: string) {}
}

export class FileCache {
  private readonly open = new Map<string, CachedFile>();
  private buffer = Buffer.allocUnsafe(16 * 1024);
  private gen = 0;
  /** The path of the last read, which the bytes in `buf` come from. */
  private lastPath = '';

  constructor(readonly reader: FileReader = fileReader('auto').reader) {}

  /** The bytes of the last read (valid until the next one; a read may replace the buffer). */
  get buf(): Buffer {
    return this.buffer;
  }

  /** The handle for a path: the open one if any, else a new one opened at its first read. */
  file(path: string): CachedFile {
    return this.open.get(path) ?? new CachedFile(path);
  }

  /**
   * Reads the whole file into `buf` and returns its length. Throws ReadError (vanished or
   * unreadable). Callers that parse `buf` themselves pass parse errors through malformed().
   */
  bytes(f: CachedFile): number {
    if (f.fd < 0) {
      const held = this.held(f);
      if (held !== undefined) return this.bytes(held);
      try {
        this.openInto(f);
      } catch (err) {
        throw readError(err, f.path);
      }
    }
    f.gen = this.gen;
    this.lastPath = f.path;
    for (;;) {
      let n: number;
      try {
        n = this.reader.readAt0(f.fd, this.buffer);
      } catch (err) {
        this.close(f.path);
        throw readError(err, f.path);
      }
      // A full buffer may mean a truncated read: grow and read again (memory.stat on big NUMA hosts).
      if (n < this.buffer.length) return n;
      this.buffer = Buffer.allocUnsafe(this.buffer.length * 2);
    }
  }

  /** A parse error about the last read's bytes as ReadError("malformed") naming that file; anything else as it is. */
  malformed(err: unknown): unknown {
    if (!(err instanceof MalformedError)) return err;
    return new ReadError('malformed', this.lastPath, `${this.lastPath}: ${err.message}`);
  }

  /** Another handle for the same path that holds the descriptor: reads go through it (one fd per path). */
  private held(f: CachedFile): CachedFile | undefined {
    const held = this.open.get(f.path);
    return held !== undefined && held !== f ? held : undefined;
  }

  /** Opens f's file and keeps it. Throws the errno error. */
  private openInto(f: CachedFile): void {
    f.fd = openSync(f.path, constants.O_RDONLY);
    f.gen = this.gen;
    this.open.set(f.path, f);
  }

  /** The whole file as text. Throws ReadError (kind vanished or unreadable). */
  read(path: string): string {
    const n = this.bytes(this.file(path));
    return this.buffer.toString('latin1', 0, n);
  }

  /** Reads a file and parses its text; parse failures become ReadError("malformed") naming the file. */
  parse<T>(path: string, fn: (text: string) => T): T {
    return this.parseFile(this.file(path), (buf, len) => fn(buf.toString('latin1', 0, len)));
  }

  /** parse() on the raw bytes (buf[0..len)) through a held handle. */
  parseFile<T>(f: CachedFile, fn: (buf: Buffer, len: number) => T): T {
    const len = this.bytes(f);
    try {
      return fn(this.buffer, len);
    } catch (err) {
      throw this.malformed(err);
    }
  }

  /** Whether the file can be opened (kept open when it can). Used for optional files such as PSI. */
  hasFile(f: CachedFile): boolean {
    if (f.fd >= 0 || this.held(f) !== undefined) return true;
    // A failed openSync builds an exception with a stack; a stat that may not throw is far cheaper.
    if (!statSync(f.path, { throwIfNoEntry: false })) return false;
    try {
      this.openInto(f);
    } catch {
      return false;
    }
    return true;
  }

  close(path: string): void {
    const entry = this.open.get(path);
    if (!entry) return;
    this.open.delete(path);
    const fd = entry.fd;
    entry.fd = -1;
    try {
      closeSync(fd);
    } catch {
      // Already gone with its cgroup; nothing to release.
    }
  }

  /**
   * Closes files not read in the last `idleSweeps` sweeps (their readers are gone), then starts a new
   * sweep generation. The caller sweeps often enough, and with enough idle sweeps, that a file read
   * only every few cycles (limits) is never idle that long.
   */
  sweep(idleSweeps = 0): void {
    this.open.forEach((entry, path) => {
      if (this.gen - entry.gen > idleSweeps) this.close(path);
    });
    this.gen++;
  }

  closeAll(): void {
    for (const path of [...this.open.keys()]) this.close(path);
  }

  get size(): number {
    return this.open.size;
  }
}
