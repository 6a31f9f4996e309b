// containerd as a child process the test owns: its own config, root, state and socket under one
// temporary folder; cgroupfs driver; pods in the node network namespace so no CNI is needed.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CriClient } from '../../agent/cri/client.js';
import { PAUSE_IMAGE } from './image.js';

const run = promisify(execFile);

export interface ContainerdOptions {
  /** Parent for the temporary folder (default os.tmpdir()). Keep it short: unix socket paths are limited to 107 bytes. */
  baseDir?: string;
  /** overlayfs (default) or native. */
  snapshotter?: string;
  /** Installs containerd and runc with apt-get when missing (default true). */
  install?: boolean;
}

export interface Containerd {
  dir: string;
  socket: string;
  endpoint: string;
  /** containerd's current PID (changes after restart()). */
  pid: number;
  /** Stops containerd (SIGTERM) leaving its shims and containers running, then starts it again. */
  restart(): Promise<void>;
  /** Stops containerd without starting it again (for runtime-gone tests); start() brings it back. */
  kill(): Promise<void>;
  start(): Promise<void>;
  /** Removes every pod, stops containerd, kills leftovers, unmounts and deletes the folder. Idempotent. */
  stop(): Promise<void>;
}

function config(dir: string, snapshotter: string): string {
  const cri = 'plugins."io.containerd.grpc.v1.cri"';
  return `version = 2
root = "${dir}/root"
state = "${dir}/state"
oom_score = 0
disabled_plugins = ["io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper", "io.containerd.snapshotter.v1.aufs", "io.containerd.tracing.processor.v1.otlp", "io.containerd.internal.v1.tracing"]

[grpc]
  address = "${dir}/containerd.sock"

[ttrpc]
  address = "${dir}/containerd.sock.ttrpc"

[debug]
  level = "warn"

[metrics]
  address = ""

[plugins]
  [plugins."io.containerd.internal.v1.opt"]
    path = "${dir}/opt"
  [${cri}]
    sandbox_image = "${PAUSE_IMAGE}"
    restrict_oom_score_adj = true
    disable_apparmor = true
    enable_selinux = false
    stream_server_address = "127.0.0.1"
    stream_server_port = "0"
    [${cri}.containerd]
      snapshotter = "${snapshotter}"
      default_runtime_name = "runc"
      [${cri}.containerd.runtimes.runc]
        runtime_type = "io.containerd.runc.v2"
        [${cri}.containerd.runtimes.runc.options]
          SystemdCgroup = false
          # runc's state stays in our folder, not the host's /run/containerd/runc.
          Root = "${dir}/runc"
    [${cri}.cni]
      bin_dir = "${dir}/cni/bin"
      conf_dir = "${dir}/cni/conf"
`;
}

async function which(cmd: string): Promise<boolean> {
  return run('sh', ['-c', `command -v ${cmd}`]).then(() => true, () => false);
}

/** Installs the runtime on a fresh Debian machine, as CI does. */
export async function ensureRuntimeInstalled(): Promise<void> {
  const missing = [];
  for (const [cmd, pkg] of [['containerd', 'containerd'], ['runc', 'runc'], ['ctr', 'containerd']] as const) {
    if (!(await which(cmd))) missing.push(pkg);
  }
  if (!existsSync('/bin/busybox') && !existsSync('/usr/bin/busybox')) missing.push('busybox-static');
  if (missing.length === 0) return;
  await run('apt-get', ['update'], { timeout: 300_000 });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...new Set(missing)], { timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForCri(socket: string, child: ChildProcess, logFile: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (existsSync(socket)) {
      const c = new CriClient(`unix://${socket}`, { timeoutMs: 1000 });
      try {
        await c.version();
        return;
      } catch { /* CRI plugin still starting */ } finally {
        c.close();
      }
    }
    await sleep(50);
  }
  const log = await readFile(logFile, 'utf8').catch(() => '');
  throw new Error(`containerd did not serve CRI on ${socket} (exit ${child.exitCode}):\n${log.split('\n').slice(-20).join('\n')}`);
}

/** PIDs of containerd-shim processes serving our containerd (found by the -address argument). */
async function shimPids(socket: string): Promise<number[]> {
  const out: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const cmd = await readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => '');
    const args = cmd.split('\0');
    if (args[0]?.includes('containerd-shim') && args.includes(socket)) out.push(Number(name));
  }
  return out;
}

async function mountsUnder(dir: string): Promise<string[]> {
  const text = await readFile('/proc/self/mountinfo', 'utf8');
  return text.split('\n').map((l) => l.split(' ')[4] ?? '').filter((m) => m === dir || m.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  process.kill(child.pid, 'SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const done = await Promise.race([
    exited(child).then(() => true),
    new Promise<boolean>((r) => { timer = setTimeout(() => r(false), 10_000); }),
  ]);
  clearTimeout(timer);
  if (!done) {
    try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ }
    await exited(child);
  }
}

export async function startContainerd(options: ContainerdOptions = {}): Promise<Containerd> {
  if (options.install !== false) await ensureRuntimeInstalled();
  const dir = await mkdtemp(join(options.baseDir ?? tmpdir(), 'kpctd-'));
  const socket = join(dir, 'containerd.sock');
  if (Buffer.byteLength(socket) > 100) throw new Error(`socket path too long for a unix socket: ${socket}`);
  await mkdir(join(dir, 'cni/bin'), { recursive: true });
  await mkdir(join(dir, 'cni/conf'), { recursive: true });
  const cfg = join(dir, 'config.toml');
  await writeFile(cfg, config(dir, options.snapshotter ?? 'overlayfs'));
  const logFile = join(dir, 'containerd.log');
  let child: ChildProcess | null = null;
  let stopped = false;

  const bed: Containerd = {
    dir,
    socket,
    endpoint: `unix://${socket}`,
    pid: 0,
    async start() {
      if (child && child.exitCode === null && child.signalCode === null) return;
      const log = createWriteStream(logFile, { flags: 'a' });
      await new Promise((r) => log.once('open', r));
      child = spawn('containerd', ['--config', cfg], { stdio: ['ignore', log, log] });
      child.once('exit', () => log.end());
      bed.pid = child.pid ?? 0;
      await waitForCri(socket, child, logFile);
    },
    async kill() {
      if (child) await stopProcess(child);
    },
    async restart() {
      await bed.kill();
      await bed.start();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child && child.exitCode === null && child.signalCode === null) {
        const c = new CriClient(bed.endpoint, { timeoutMs: 15_000 });
        try {
          const { items } = await c.listPodSandbox({});
          await Promise.all(items.map(async (s) => {
            await c.stopPodSandbox({ podSandboxId: s.id }).catch(() => undefined);
            await c.removePodSandbox({ podSandboxId: s.id }).catch(() => undefined);
          }));
        } catch { /* runtime broken: the steps below still clean up */ } finally {
          c.close();
        }
        await stopProcess(child);
      }
      // Shims (and their containers) outlive containerd by design; they are ours, end them by PID.
      for (const pid of await shimPids(socket)) {
        try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
      }
      for (let i = 0; i < 3; i++) {
        const mounts = await mountsUnder(dir);
        if (mounts.length === 0) break;
        for (const m of mounts) await run('umount', ['-l', m]).catch(() => undefined);
      }
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  try {
    await bed.start();
  } catch (e) {
    await bed.stop();
    throw e;
  }
  return bed;
}
