// Shared by the kubectl end-to-end tests: spawn `kubepulse up` as a child on free ports, run the
// real kubectl against it, and stop it by PID with SIGINT.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CLI = join(ROOT, 'dist/cli/main.js');
export const KUBECTL = '/usr/bin/kubectl';

export interface RunResult { code: number; stdout: string; stderr: string }

export function run(cmd: string, args: string[], timeoutMs = 30_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 8 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export interface UpProcess {
  child: ChildProcess;
  apiUrl: string;
  agentUrl: string;
  kubeconfig: string;
  stateDir: string;
  output(): string;
  /** SIGINT (or the given signal) by PID, SIGKILL after 20 s; resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startUp(stateDir: string, extra: string[]): Promise<UpProcess> {
  const child = spawn(process.execPath, [CLI, 'up', '--state-dir', stateDir, '--secure-port', '0', '--grpc-listen', '127.0.0.1:0',
    '--listen', '127.0.0.1:0', '--log-level', 'warn', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  let m: RegExpExecArray | null = null;
  let a: RegExpExecArray | null = null;
  while (Date.now() < deadline && child.exitCode === null) {
    m = /metrics API\s+(https:\/\/\S+)/.exec(out);
    a = /agent\s+(http:\/\/[^/\s]+)\/stats\/summary/.exec(out);
    if (m && a) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!m || !a) {
    if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL');
    throw new Error(`kubepulse up did not start:\n${out}`);
  }
  let stopping: Promise<number | null> | undefined;
  return {
    child, stateDir,
    apiUrl: m[1] ?? '',
    agentUrl: a[1] ?? '',
    kubeconfig: join(stateDir, 'kubeconfig'),
    output: () => out,
    stop(signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
      if (!stopping) {
        if (child.exitCode === null && child.pid) process.kill(child.pid, signal);
        const timer = setTimeout(() => { if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL'); }, 20_000);
        stopping = exited.finally(() => clearTimeout(timer));
      }
      return stopping;
    },
  };
}

/** GET over HTTPS with the kubeconfig's CA and client certificate (files kubepulse up wrote). */
export function httpsGet(stateDir: string, url: string, withClientCert = true): Promise<{ code: number; body: string; contentType: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      ca: readFileSync(join(stateDir, 'ca.crt')),
      ...(withClientCert ? { cert: readFileSync(join(stateDir, 'client.crt')), key: readFileSync(join(stateDir, 'client.key')) } : {}),
      timeout: 10_000,
    }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => { body += d.toString(); });
      res.on('end', () => resolve({ code: res.statusCode ?? 0, body, contentType: String(res.headers['content-type'] ?? '') }));
    });
    req.on('error', reject);
    req.end();
  });
}

export async function httpGetJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}

/** Polls `check` until it returns a value (not undefined), at most `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

/** Splits kubectl's column output into rows of cells. */
export function table(out: string): string[][] {
  return out.trim().split('\n').map((l) => l.trim().split(/\s+/));
}
