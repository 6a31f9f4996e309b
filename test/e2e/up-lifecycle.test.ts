// `kubepulse up` as an operator meets it: files it writes, the CA kept across runs, SIGTERM and
// SIGINT ending in exit 0, bad flags in exit 2, a taken port in exit 1 with a hint.
import { createServer, type Server } from 'node:net';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { parse } from 'yaml';
import { CLI, httpsGet, run, startUp, waitFor } from './up-helpers.js';

const dir = await mkdtemp(join(tmpdir(), 'kp-up-life-'));
t.teardown(() => rm(dir, { recursive: true, force: true }));
const state = join(dir, 'state');

t.test('first run writes a CA, certificates and a 0600 kubeconfig, answers, and exits 0 on SIGTERM', async (t) => {
  const up = await startUp(state, ['--node-name', 'life-node', '--metric-resolution', '1s', '--kubepods-cgroup', '/kubepulse-none-here']);
  t.teardown(() => up.stop());
  for (const f of ['ca.crt', 'ca.key', 'serving.crt', 'serving.key', 'client.crt', 'client.key', 'kubeconfig']) {
    t.ok((await stat(join(state, f))).isFile(), f);
  }
  t.equal((await stat(join(state, 'kubeconfig'))).mode & 0o777, 0o600, 'kubeconfig holds a key: 0600');
  t.equal((await stat(join(state, 'ca.key'))).mode & 0o777, 0o600);
  const kc = parse(await readFile(join(state, 'kubeconfig'), 'utf8')) as { clusters: Array<{ cluster: { server: string } }> };
  t.equal(kc.clusters[0]?.cluster.server, up.apiUrl, 'kubeconfig points at the printed URL');
  t.match(up.output(), /kubectl --kubeconfig \S+kubeconfig top node/);
  await waitFor('the node in the API', async () => {
    const r = await httpsGet(state, `${up.apiUrl}/apis/metrics.k8s.io/v1/nodes/life-node`);
    return r.code === 200 ? true : undefined;
  }, 30_000);
  t.equal(await up.stop('SIGTERM'), 0, 'SIGTERM → exit 0');
});

t.test('a second run keeps the CA, so kubeconfigs handed out stay trusted', async (t) => {
  const before = await readFile(join(state, 'ca.crt'), 'utf8');
  const up = await startUp(state, ['--node-name', 'life-node', '--metric-resolution', '1s', '--kubepods-cgroup', '/kubepulse-none-here']);
  t.equal(await readFile(join(state, 'ca.crt'), 'utf8'), before);
  t.equal((await httpsGet(state, `${up.apiUrl}/healthz`)).code, 200);
  t.equal(await up.stop(), 0, 'SIGINT → exit 0');
});

t.test('bad flags exit 2 (or 1 for an unreadable file) with a one-line error that says what to do', async (t) => {
  const caFile = join(state, 'ca.crt');
  const cases: Array<[string[], number, RegExp]> = [
    [['up', '--metric-resolution', 'soon'], 2, /--metric-resolution: invalid duration/],
    [['up', '--secure-port', '99999'], 2, /--secure-port must be a port number/],
    [['up', '--grpc-listen', '0.0.0.0:0'], 2, /must be a loopback address/],
    [['up', '--listen', 'nowhere'], 2, /--listen must be host:port/],
    [['aggregator', '--grpc-listen', '127.0.0.1:0', '--client-ca-file', caFile], 2, /--agent-auth token .* --authentication-kubeconfig/],
    [['aggregator', '--grpc-listen', '0.0.0.0:0', '--agent-auth', 'none', '--client-ca-file', caFile], 2, /only allowed when --grpc-listen is a loopback address/],
    [['aggregator', '--grpc-listen', '127.0.0.1:0', '--agent-auth', 'none', '--client-ca-file', caFile,
      '--tls-cert-file', join(dir, 'missing.crt'), '--tls-private-key-file', join(dir, 'missing.key')], 1, /cannot read --tls-cert-file .*missing.crt: ENOENT/],
  ];
  // In parallel: each is a fresh node process, slow to start on a loaded machine.
  const results = await Promise.all(cases.map(([args]) => run(process.execPath, [CLI, ...args, ...(args[0] === 'up' ? ['--state-dir', join(dir, 'bad')] : [])], 60_000)));
  results.forEach((r, i) => {
    const [args, code, re] = cases[i] ?? [[], -1, /x/];
    t.equal(r.code, code, args.join(' '));
    t.match(r.stderr, /^error: .+\n$/);
    t.match(r.stderr, re);
  });
});

t.test('a port already taken exits 1 and says what to do', async (t) => {
  const blocker: Server = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
  const port = (blocker.address() as { port: number }).port;
  const r = await run(process.execPath, [CLI, 'up', '--state-dir', state, '--secure-port', String(port), '--grpc-listen', '127.0.0.1:0', '--listen', '127.0.0.1:0']);
  t.equal(r.code, 1);
  t.match(r.stderr, /address already in use — pick other ports/);
});

t.test('kubepulse aggregator serves with a client CA and exits 0 on SIGTERM', async (t) => {
  const caFile = join(state, 'ca.crt');
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [CLI, 'aggregator', '--grpc-listen', '127.0.0.1:0', '--bind-address', '127.0.0.1', '--secure-port', '0',
    '--client-ca-file', caFile, '--agent-auth', 'none', '--log-level', 'error',
    // The certificate `up` left behind, so the test can verify the server against the same CA.
    '--tls-cert-file', join(state, 'serving.crt'), '--tls-private-key-file', join(state, 'serving.key')], { stdio: ['ignore', 'pipe', 'pipe'] });
  t.teardown(() => { if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL'); });
  let out = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await waitFor('the aggregator to start', async () => /API (https:\/\/\S+),/.exec(out)?.[1], 60_000, 100);
  t.equal((await httpsGet(state, `${url}/apis/metrics.k8s.io/v1beta1/nodes`)).code, 200, 'client cert from the client CA accepted');
  t.equal((await httpsGet(state, `${url}/apis/metrics.k8s.io/v1beta1/nodes`, false)).code, 401);
  t.equal((await httpsGet(state, `${url}/api/v1/nodes`)).code, 404, 'no core API outside kubepulse up');
  if (child.pid) process.kill(child.pid, 'SIGTERM');
  t.equal(await exited, 0);

});
