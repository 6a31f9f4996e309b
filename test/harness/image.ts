// A tiny OCI image from the host's static busybox, built in memory and imported with ctr: no
// registry, no network. The same layer serves as the "pause" image (sandbox_image) with an
// entrypoint that sleeps until SIGTERM.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tar, type TarEntry } from './tar.js';

const run = promisify(execFile);

export const BUSYBOX_IMAGE = 'docker.io/kubepulse/test-busybox:1';
export const PAUSE_IMAGE = 'docker.io/kubepulse/test-pause:1';

/** Applets the test pods use; each becomes /bin/<name> → busybox. */
const APPLETS = ['sh', 'sleep', 'dd', 'cat', 'head', 'tail', 'yes', 'true', 'false', 'ls', 'ps', 'kill', 'mkdir', 'rm', 'echo', 'env', 'wc', 'tr'];

// PID 1 in its own pid namespace ignores signals it has no handler for, so the trap is what makes
// SIGTERM end the sandbox the way the real pause binary does.
const PAUSE_ENTRYPOINT = ['/bin/sh', '-c', 'trap "exit 0" TERM INT; while :; do sleep 3600 & wait $!; done'];

/** Whether an ELF executable asks for a dynamic loader (has a PT_INTERP program header). */
export function hasInterpreter(elf: Buffer): boolean {
  if (elf.length < 64 || elf.readUInt32BE(0) !== 0x7f454c46) throw new Error('busybox is not an ELF executable');
  const is64 = elf[4] === 2;
  const le = elf[5] === 1;
  const u16 = (o: number) => (le ? elf.readUInt16LE(o) : elf.readUInt16BE(o));
  const u32 = (o: number) => (le ? elf.readUInt32LE(o) : elf.readUInt32BE(o));
  const phoff = is64 ? Number(le ? elf.readBigUInt64LE(32) : elf.readBigUInt64BE(32)) : u32(28);
  const phentsize = u16(is64 ? 54 : 42);
  const phnum = u16(is64 ? 56 : 44);
  for (let i = 0; i < phnum; i++) if (u32(phoff + i * phentsize) === 3) return true;
  return false;
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function ociArch(): string {
  return ({ x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' } as Record<string, string>)[process.arch] ?? process.arch;
}

interface Blob { digest: string; size: number; data: Buffer }
const blob = (data: Buffer): Blob => ({ digest: `sha256:${sha256(data)}`, size: data.length, data });

/** The OCI layout archive (index.json, oci-layout, blobs/) holding both test images. */
export async function buildBusyboxImage(busyboxPath = '/bin/busybox'): Promise<Buffer> {
  const bb = await readFile(busyboxPath);
  if (hasInterpreter(bb)) throw new Error(`${busyboxPath} is dynamically linked; the image has no libc: install busybox-static`);
  const entries: TarEntry[] = [
    { type: 'dir', path: 'bin' }, { type: 'dir', path: 'dev' }, { type: 'dir', path: 'etc' },
    { type: 'dir', path: 'proc' }, { type: 'dir', path: 'sys' }, { type: 'dir', path: 'tmp', mode: 0o1777 },
    { type: 'dir', path: 'run' }, { type: 'dir', path: 'var' },
    { type: 'file', path: 'bin/busybox', data: bb, mode: 0o755 },
    ...APPLETS.map((a): TarEntry => ({ type: 'symlink', path: `bin/${a}`, target: 'busybox' })),
    { type: 'file', path: 'etc/passwd', data: Buffer.from('root:x:0:0:root:/:/bin/sh\n') },
    { type: 'file', path: 'etc/group', data: Buffer.from('root:x:0:\n') },
  ];
  const layer = blob(tar(entries));
  const blobs: Blob[] = [layer];
  const manifests: object[] = [];
  for (const [name, entrypoint] of [[BUSYBOX_IMAGE, ['/bin/sh']], [PAUSE_IMAGE, PAUSE_ENTRYPOINT]] as const) {
    const config = blob(Buffer.from(JSON.stringify({
      architecture: ociArch(),
      os: 'linux',
      config: { Env: ['PATH=/bin'], Entrypoint: entrypoint, WorkingDir: '/' },
      rootfs: { type: 'layers', diff_ids: [layer.digest] },
    })));
    const manifest = blob(Buffer.from(JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config.digest, size: config.size },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layer.digest, size: layer.size }],
    })));
    blobs.push(config, manifest);
    manifests.push({
      mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: manifest.digest, size: manifest.size,
      platform: { architecture: ociArch(), os: 'linux' },
      annotations: { 'io.containerd.image.name': name, 'org.opencontainers.image.ref.name': name.split(':').pop() },
    });
  }
  const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests };
  return tar([
    { type: 'file', path: 'oci-layout', data: Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })) },
    { type: 'file', path: 'index.json', data: Buffer.from(JSON.stringify(index)) },
    { type: 'dir', path: 'blobs' }, { type: 'dir', path: 'blobs/sha256' },
    ...blobs.map((b): TarEntry => ({ type: 'file', path: `blobs/sha256/${b.digest.slice(7)}`, data: b.data })),
  ]);
}

/** Imports an OCI archive into containerd's k8s.io namespace (the one the CRI plugin serves). */
export async function importImage(socket: string, archive: Buffer): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kp-img-'));
  try {
    const file = join(dir, 'images.tar');
    await writeFile(file, archive);
    await run('ctr', ['--address', socket, '-n', 'k8s.io', 'images', 'import', file], { timeout: 60_000 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
