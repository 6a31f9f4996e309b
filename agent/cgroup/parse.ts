// Parsers for cgroup files in the exact formats the kernel writes them. They take the file's text
// (decoded once as latin1: the files are ASCII) and look up only the keys asked for, so a cycle does
// not build a map of forty memory.stat entries to use five of them.
import type { Psi, PsiLine } from '../model.js';

/** A file whose content is not what the kernel writes: counted as "malformed", never guessed at. */
export class MalformedError extends Error {
  override readonly name = 'MalformedError';
}

/**
 * A limit file: v2 "max" means unlimited, and so does anything above 1<<62, the kubelet's threshold
 * ("not MaxInt64 due to rounding by the kernel"). v1 reports -1 for an unset memsw limit on some
 * kernels (runc parses negatives as 0: unlimited). Unlimited → undefined. See bytesLimit.
 */
export const UNLIMITED_ABOVE = 1n << 62n;

/**
 * The value of `key` in a flat-keyed file ("key value\n" lines: memory.stat, cpu.stat), or
 * undefined when the key is absent. The key must match a whole line start, so `inactive_file` never
 * matches `total_inactive_file`.
 */
export function keyedValue(text: string, key: string): bigint | undefined {
  let at: number;
  if (text.startsWith(key) && text.charCodeAt(key.length) === 32) at = 0;
  else {
    const i = text.indexOf(`\n${key} `);
    if (i < 0) return undefined;
    at = i + 1;
  }
  return digitsAt(text, at + key.length + 1, key);
}

/**
 * The unsigned integer starting at `start` and ending at a newline or the end of the text. Short
 * numbers are accumulated as doubles (exact below 2^53) to skip a substring and a regex per value;
 * longer ones go through BigInt's own parser.
 */
function digitsAt(text: string, start: number, what: string): bigint {
  let v = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c < 48 || c > 57) throw new MalformedError(`${what}: expected an unsigned integer, got ${JSON.stringify(text.slice(start, start + 40).split('\n')[0])}`);
    v = v * 10 + (c - 48);
  }
  if (i === start) throw new MalformedError(`${what}: expected an unsigned integer, got nothing`);
  return i - start <= 15 ? BigInt(v) : BigInt(text.slice(start, i));
}

/** Like keyedValue, but a missing key is a malformed file. */
export function requiredKey(text: string, key: string, file: string): bigint {
  const v = keyedValue(text, key);
  if (v === undefined) throw new MalformedError(`${file}: no "${key}" line`);
  return v;
}

const PSI_LINE = /^(some|full) avg10=(\d+(?:\.\d+)?) avg60=(\d+(?:\.\d+)?) avg300=(\d+(?:\.\d+)?) total=(\d+)$/;
const ZERO_PSI_LINE: PsiLine = { totalUs: 0n, avg10: 0, avg60: 0, avg300: 0 };

/**
 * A pressure file (cpu.pressure, memory.pressure, io.pressure). Kernels before 5.13 have no "full"
 * line in cpu.pressure; the kubelet then reports zeros for it, and so do we. `total` stays in µs.
 */
export function parsePsi(text: string, file = 'pressure'): Psi {
  let some: PsiLine | undefined;
  let full: PsiLine | undefined;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const m = PSI_LINE.exec(line);
    if (!m) throw new MalformedError(`${file}: unexpected line ${JSON.stringify(line.slice(0, 60))}`);
    const v: PsiLine = { avg10: Number(m[2]), avg60: Number(m[3]), avg300: Number(m[4]), totalUs: BigInt(m[5]) };
    if (m[1] === 'some') some = v; else full = v;
  }
  if (!some) throw new MalformedError(`${file}: no "some" line`);
  return { some, full: full ?? ZERO_PSI_LINE };
}

const AVG_KEYS = [' avg10=', ' avg60=', ' avg300=', ' total='].map((k) => Buffer.from(k, 'latin1'));
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** Bytes of `key` at buf[at..], or -1. */
function matchAt(buf: Buffer, at: number, len: number, key: Buffer): number {
  if (at + key.length > len) return -1;
  for (let i = 0; i < key.length; i++) if (buf[at + i] !== key[i]) return -1;
  return at + key.length;
}

/**
 * parsePsi on raw bytes: pressure files are read three times per cgroup per cycle, and the regex
 * over a decoded string cost more than the read. Only the kernel's exact line shape is parsed here;
 * anything else goes to parsePsi, so results and errors are the same by construction.
 */
export function bytesPsi(buf: Buffer, len: number, file = 'pressure'): Psi {
  let some: PsiLine | undefined;
  let full: PsiLine | undefined;
  let pos = 0;
  const avgs = [0, 0, 0];
  while (pos < len) {
    const isSome = buf[pos] === 115 && buf[pos + 1] === 111 && buf[pos + 2] === 109 && buf[pos + 3] === 101;
    const isFull = !isSome && buf[pos] === 102 && buf[pos + 1] === 117 && buf[pos + 2] === 108 && buf[pos + 3] === 108;
    if (!isSome && !isFull) return parsePsi(buf.toString('latin1', 0, len), file);
    pos += 4;
    for (let k = 0; k < 3; k++) {
      pos = matchAt(buf, pos, len, AVG_KEYS[k]);
      if (pos < 0) return parsePsi(buf.toString('latin1', 0, len), file);
      // Integer and fraction as one exact integer over a power of ten: one correctly rounded
      // division gives the same double as Number("64.99").
      let v = 0;
      let digits = 0;
      while (pos < len && buf[pos] >= 48 && buf[pos] <= 57 && digits < 9) { v = v * 10 + buf[pos++] - 48; digits++; }
      let frac = 0;
      if (buf[pos] === 46) {
        pos++;
        while (pos < len && buf[pos] >= 48 && buf[pos] <= 57 && frac < 6) { v = v * 10 + buf[pos++] - 48; frac++; }
        if (frac === 0) return parsePsi(buf.toString('latin1', 0, len), file);
      }
      if (digits === 0 || (pos < len && buf[pos] >= 48 && buf[pos] <= 57)) return parsePsi(buf.toString('latin1', 0, len), file);
      avgs[k] = v / POW10[frac];
    }
    pos = matchAt(buf, pos, len, AVG_KEYS[3]);
    if (pos < 0) return parsePsi(buf.toString('latin1', 0, len), file);
    const start = pos;
    while (pos < len && buf[pos] >= 48 && buf[pos] <= 57) pos++;
    if (pos === start || (pos < len && buf[pos] !== 10)) return parsePsi(buf.toString('latin1', 0, len), file);
    const line: PsiLine = { avg10: avgs[0], avg60: avgs[1], avg300: avgs[2], totalUs: bytesDigits(buf, start, pos, 'total') };
    if (isSome) some = line; else full = line;
    pos++;
    // Empty lines are skipped, as parsePsi does.
    while (pos < len && buf[pos] === 10) pos++;
  }
  if (!some) throw new MalformedError(`${file}: no "some" line`);
  return { some, full: full ?? ZERO_PSI_LINE };
}

/** USER_HZ as runc assumes it (clockTicks = 100): cpuacct.stat counts in these ticks. */
const NS_PER_TICK = 10_000_000n;

/** v1 cpuacct.stat ("user N\nsystem N\n" in USER_HZ ticks) → nanoseconds. */
export function parseCpuacctStat(text: string): { userNs: bigint; systemNs: bigint } {
  return {
    userNs: requiredKey(text, 'user', 'cpuacct.stat') * NS_PER_TICK,
    systemNs: requiredKey(text, 'system', 'cpuacct.stat') * NS_PER_TICK,
  };
}


// The same parsing on raw bytes (buf[0..len)), for the files read for every cgroup every cycle: no
// string is decoded. Semantics match keyedValue exactly (tested side by side).

function bytesDigits(buf: Buffer, start: number, len: number, what: string): bigint {
  let v = 0;
  let i = start;
  for (; i < len; i++) {
    const c = buf[i];
    if (c === 10) break;
    if (c < 48 || c > 57) throw new MalformedError(`${what}: expected an unsigned integer, got ${JSON.stringify(buf.toString('latin1', start, Math.min(len, start + 40)).split('\n')[0])}`);
    v = v * 10 + (c - 48);
  }
  if (i === start) throw new MalformedError(`${what}: expected an unsigned integer, got nothing`);
  return i - start <= 15 ? BigInt(v) : BigInt(buf.toString('latin1', start, i));
}

/** The end of a single-value file's value: its length without the trailing newline. */
function valueEnd(buf: Buffer, len: number): number {
  return len > 0 && buf[len - 1] === 10 ? len - 1 : len;
}

/** "-1": v1's "no limit" / "no quota". */
function isMinusOne(buf: Buffer, end: number): boolean {
  return end === 2 && buf[0] === 0x2d && buf[1] === 0x31;
}

/** One unsigned integer and an optional trailing newline. */
export function bytesUint(buf: Buffer, len: number, what = 'value'): bigint {
  const end = valueEnd(buf, len);
  const v = bytesDigits(buf, 0, end, what);
  return v;
}

/** A fixed set of keys to pull out of a flat-keyed file in one pass. */
export interface KeySet {
  names: readonly string[];
  bytes: readonly Buffer[];
  /** Index of the first key starting with a byte, -1 if none; `next` chains keys sharing it. */
  first: Int16Array;
  next: Int16Array;
}

export function keySet(names: readonly string[]): KeySet {
  const first = new Int16Array(256).fill(-1);
  const next = new Int16Array(names.length).fill(-1);
  for (let k = names.length - 1; k >= 0; k--) {
    const c = names[k].charCodeAt(0);
    next[k] = first[c];
    first[c] = k;
  }
  return { names, bytes: names.map((k) => Buffer.from(k, 'latin1')), first, next };
}

/** Whether buf[pos..] holds `key` followed by a space, all before len (a "key value" line's start). */
function keyAt(buf: Buffer, pos: number, len: number, key: Buffer): boolean {
  const end = matchAt(buf, pos, len, key);
  return end >= 0 && end < len && buf[end] === 32;
}

/**
 * Where the values of `keys` start, in one forward pass over buf[0..len): at[k] is the offset of
 * key k's value, or -1 when the key is absent (memory.stat has ~40 lines and we want 5 of them: one
 * pass beats a native search per key). Each line is compared only with the keys sharing its first
 * byte, and the pass stops once every key was found; the first occurrence wins, as with keyedValue.
 * Values are parsed by the caller (bytesValueAt) only where used: a BigInt per unused key cost as
 * much as the scan.
 */
export function bytesScanAt(buf: Buffer, len: number, keys: KeySet, at: Int32Array): void {
  const kb = keys.bytes;
  const { first, next } = keys;
  for (let k = 0; k < kb.length; k++) at[k] = -1;
  let missing = kb.length;
  let pos = 0;
  while (pos < len && missing > 0) {
    for (let k = first[buf[pos]]; k >= 0; k = next[k]) {
      if (at[k] >= 0 || !keyAt(buf, pos, len, kb[k])) continue;
      at[k] = pos + kb[k].length + 1;
      missing--;
      break;
    }
    pos = lineEnd(buf, pos, len) + 1;
  }
}

/** Room for the line starts of a KeySet's keys, for bytesScanHinted (one per file read again and again). */
export function scanHint(keys: KeySet): Int32Array {
  // -2: never scanned; after a scan, -1 marks a key the file does not have.
  return new Int32Array(keys.bytes.length).fill(-2);
}

/**
 * bytesScanAt for a file read again and again whose lines keep their order and, mostly, their width:
 * a cgroup's memory.stat, where the kernel writes the same keys in the same order and a value changes
 * width only when it crosses a power of ten. `hint` holds where each key's line started in the last
 * read of the same file. When every key found then is still at its line start and no other key
 * was found then, the scan is skipped (a handful of compares instead of ~40 lines); otherwise it runs
 * and the hint is renewed. The kernel writes each key once, so a key at a line start is the line
 * bytesScanAt would find; a key absent at the last full scan stays absent while the layout holds (the
 * kernel's set of keys is fixed for the boot).
 */
export function bytesScanHinted(buf: Buffer, len: number, keys: KeySet, at: Int32Array, hint: Int32Array): void {
  const kb = keys.bytes;
  let hit = hint[0] !== -2;
  for (let k = 0; hit && k < kb.length; k++) {
    const p = hint[k];
    if (p < 0) {
      at[k] = -1;
      continue;
    }
    hit = (p === 0 || buf[p - 1] === 10) && keyAt(buf, p, len, kb[k]);
    at[k] = p + kb[k].length + 1;
  }
  if (hit) return;
  bytesScanAt(buf, len, keys, at);
  for (let k = 0; k < kb.length; k++) hint[k] = at[k] < 0 ? -1 : at[k] - kb[k].length - 1;
}

/** The unsigned integer at buf[start..] up to a newline or len, as found by bytesScanAt; -1 → undefined. */
export function bytesValueAt(buf: Buffer, start: number, len: number, key: string): bigint | undefined {
  return start < 0 ? undefined : bytesDigits(buf, start, len, key);
}

// A DataView of the last buffer given to lineEnd (the FileCache reuses one buffer).
let viewOf: Buffer | undefined;
let view: DataView | undefined;

/**
 * The index of the next newline at or after `pos`, or `len`. Skipping the lines nobody asked for is
 * most of a memory.stat scan (~40 lines, ~900 bytes, 150 files a cycle), so it tests four bytes at a
 * time for a newline (the classic "has a zero byte" test on word ^ 0x0a0a0a0a; unaligned DataView
 * reads, so no alignment loop per line): about twice as fast as a byte loop.
 */
export function lineEnd(buf: Buffer, pos: number, len: number): number {
  if (buf !== viewOf) {
    viewOf = buf;
    view = new DataView(buf.buffer, buf.byteOffset, buf.length);
  }
  const dv = view!;
  const last = len - 4;
  while (pos <= last) {
    const v = dv.getInt32(pos, true) ^ 0x0a0a0a0a;
    if (((v - 0x01010101) & ~v & 0x80808080) !== 0) break;
    pos += 4;
  }
  while (pos < len && buf[pos] !== 10) pos++;
  return pos;
}

/** parseLimit on bytes: "max" and "-1" (and anything above 1<<62) are unlimited → undefined. */
export function bytesLimit(buf: Buffer, len: number, what = 'limit'): bigint | undefined {
  const end = valueEnd(buf, len);
  if (end === 3 && buf[0] === 0x6d && buf[1] === 0x61 && buf[2] === 0x78) return undefined; // "max"
  if (isMinusOne(buf, end)) return undefined;
  const v = bytesDigits(buf, 0, end, what);
  return v > UNLIMITED_ABOVE ? undefined : v;
}

/** v1 cpu.cfs_quota_us: "-1" means no quota; a positive number of µs is one. */
export function bytesHasQuota(buf: Buffer, len: number): boolean {
  const end = valueEnd(buf, len);
  if (isMinusOne(buf, end)) return false;
  return bytesDigits(buf, 0, end, 'cpu.cfs_quota_us') > 0n;
}

/** countLines on bytes: non-empty lines (cgroup.procs holds one pid per line). */
export function bytesCountLines(buf: Buffer, len: number): bigint {
  let n = 0;
  let prev = 10;
  for (let i = 0; i < len; i++) {
    const c = buf[i];
    if (c === 10 && prev !== 10) n++;
    prev = c;
  }
  if (len > 0 && prev !== 10) n++;
  return BigInt(n);
}
