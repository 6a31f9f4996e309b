// The two ways FileCache reads a kept-open file: the native addon (agent/cgroup/reader.c) and
// fs.readSync. They must be interchangeable: the same bytes, from offset 0 every time, the same errno
// codes, and a clear fallback when the addon is missing. CI builds with KUBEPULSE_NATIVE=required,
// so there the addon must have been built and must load.
import t from 'tap';
import { closeSync, copyFileSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileCache, ReadError } from '../../agent/cgroup/files.js';
import { fileReader, nativeReader, nodeReader, type FileReader } from '../../agent/cgroup/reader.js';
import { tempDir } from '../fixtures/cgroup/tree.js';

const native = nativeReader();
const required = process.env.KUBEPULSE_NATIVE === 'required';
const readers: FileReader[] = native instanceof Error ? [nodeReader] : [native, nodeReader];

const notBuilt = native instanceof Error ? `addon not built here (${native.message}); the fs.readSync reader is tested alone` : false;

t.test('the addon is built and loads (required in CI)', { skip: required ? false : notBuilt }, async (t) => {
  if (native instanceof Error) {
    t.fail(`KUBEPULSE_NATIVE=required but the addon does not load: ${native.message}`);
    return;
  }
  t.equal(native.kind, 'native');
  t.equal(fileReader('auto').reader, native, 'auto picks it');
  t.equal(fileReader('on').reader, native);
  t.equal(fileReader('off').reader, nodeReader, 'off never uses it');
});

t.test('both readers give the same bytes, from offset 0 on every read', async (t) => {
  const { dir, cleanup } = tempDir('kp-reader-');
  t.teardown(cleanup);
  const file = join(dir, 'stat');
  const text = Array.from({ length: 300 }, (_, i) => `key_${i} ${i * 7919}\n`).join('');
  writeFileSync(file, text);
  for (const r of readers) {
    const fd = openSync(file, 'r');
    t.teardown(() => closeSync(fd));
    const buf = Buffer.alloc(16 * 1024);
    const n = r.readAt0(fd, buf);
    t.equal(n, Buffer.byteLength(text), `${r.kind}: whole file`);
    t.equal(buf.toString('latin1', 0, n), text, `${r.kind}: same bytes`);
    t.equal(r.readAt0(fd, buf), n, `${r.kind}: a second read starts at 0 again`);
    writeFileSync(file, 'replaced\n');
    const m = r.readAt0(fd, buf);
    t.equal(buf.toString('latin1', 0, m), 'replaced\n', `${r.kind}: the new content through the same descriptor`);
    writeFileSync(file, text);
    const small = Buffer.alloc(100);
    t.equal(r.readAt0(fd, small), 100, `${r.kind}: a short buffer is filled, never overrun`);
    t.equal(small.toString('latin1'), text.slice(0, 100));
  }
});

t.test('both readers fail with the same errno codes', async (t) => {
  const { dir, cleanup } = tempDir('kp-reader-');
  t.teardown(cleanup);
  const buf = Buffer.alloc(64);
  const dirFd = openSync(dir, 'r');
  t.teardown(() => closeSync(dirFd));
  const wo = openSync(join(dir, 'y'), 'w');
  t.teardown(() => closeSync(wo));
  // Closed last, so no descriptor opened above reuses its number.
  const closed = openSync(join(dir, 'x'), 'w+');
  closeSync(closed);
  for (const r of readers) {
    t.throws(() => r.readAt0(closed, buf), { code: 'EBADF' }, `${r.kind}: closed descriptor`);
    t.throws(() => r.readAt0(dirFd, buf), { code: 'EISDIR' }, `${r.kind}: a directory`);
    t.throws(() => r.readAt0(wo, buf), { code: 'EBADF' }, `${r.kind}: a write-only descriptor`);
  }
});

t.test('FileCache through either reader: files larger than its buffer come whole, errors become ReadError', async (t) => {
  const { dir, cleanup } = tempDir('kp-reader-');
  t.teardown(cleanup);
  const big = join(dir, 'memory.stat');
  // Bigger than FileCache's 16 KiB start buffer (memory.stat on a large NUMA host can be).
  const text = Array.from({ length: 3000 }, (_, i) => `node${i}_inactive_file ${i}\n`).join('');
  writeFileSync(big, text);
  for (const r of readers) {
    const files = new FileCache(r);
    t.teardown(() => files.closeAll());
    t.equal(files.reader, r);
    t.equal(files.read(big), text, `${r.kind}: ${text.length} bytes, not the first 16 KiB`);
    const err = (() => { try { files.read(join(dir, 'absent')); } catch (e) { return e; } return undefined; })();
    t.ok(err instanceof ReadError && err.kind === 'vanished', `${r.kind}: a missing file is "vanished"`);
    const isDir = (() => { try { files.read(dir); } catch (e) { return e; } return undefined; })();
    t.ok(isDir instanceof ReadError && isDir.kind === 'unreadable' && /EISDIR/.test(isDir.message), `${r.kind}: a directory is "unreadable" (EISDIR)`);
    t.equal(files.size, 1, `${r.kind}: the failed descriptor was closed, the good one kept`);
  }
});

t.test('the addon refuses bad arguments with a TypeError, never a crash', { skip: notBuilt }, async (t) => {
  const addon = createRequire(import.meta.url)(fileURLToPath(new URL('../../agent/cgroup/reader.node', import.meta.url))) as Record<string, (...a: unknown[]) => unknown>;
  const fd = openSync(fileURLToPath(import.meta.url), 'r');
  t.teardown(() => closeSync(fd));
  t.throws(() => addon.readAt0('3', Buffer.alloc(8)), TypeError, 'fd not a number');
  t.throws(() => addon.readAt0(fd, {}), TypeError, 'not a buffer');
  t.throws(() => addon.readAt0(fd), TypeError, 'missing argument');
  t.equal(addon.readAt0(-1, Buffer.alloc(8)), -9, 'a bad descriptor is -EBADF, as data');
});

t.test('without the addon: auto falls back to fs.readSync and says why; on refuses', async (t) => {
  // The compiled reader.js alone in a folder without reader.node: a build made without a C compiler.
  const { dir, cleanup } = tempDir('kp-reader-');
  t.teardown(cleanup);
  mkdirSync(join(dir, 'cgroup'));
  copyFileSync(fileURLToPath(new URL('../../agent/cgroup/reader.js', import.meta.url)), join(dir, 'cgroup', 'reader.js'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  const bare = (await import(pathToFileURL(join(dir, 'cgroup', 'reader.js')).href)) as typeof import('../../agent/cgroup/reader.js');
  const missing = bare.nativeReader();
  t.ok(missing instanceof Error, 'no addon');
  t.match((missing as Error).message, /not built/);
  const auto = bare.fileReader('auto');
  t.equal(auto.reader.kind, 'node');
  t.match(auto.fallback, /not built/, 'the reason goes to the log');
  t.throws(() => bare.fileReader('on'), /--native-reads on: .*not built/);
  t.equal(bare.fileReader('off').fallback, undefined, 'off is not a fallback');
});
