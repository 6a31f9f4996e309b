// The agent as a real container: the image built by scripts/build-image.sh (OCI tarball, no
// Docker) is imported into the containerd test bed and run through CRI the way the kubelet
// would run the DaemonSet pod — host network, the DaemonSet's mounts, args, env and
// securityContext taken from the rendered manifests — streaming to an aggregator in this
// process. A DaemonSet pod without a kubelet. The kube-apiserver is replaced by an in-process
// stand-in that publishes the ServiceAccount signing key (JWKS), so the agent's projected-token
// identity is checked with a real signature.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import t, { type Test as TapTest } from 'tap';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { startAggregator, type RunningAggregator } from '../../aggregator/aggregator.js';
import { TokenAgentAuthenticator, AGENT_AUDIENCE } from '../../aggregator/auth/agent-token.js';
import type { KubeApi } from '../../aggregator/auth/kube-client.js';
import { createCA, createServingCert } from '../../common/tls.js';
import { startTestBed, workloads, type TestBed } from '../harness/index.js';
import type { runtime } from '../../proto/cri/runtime/v1/gen/api.js';
import { copyManifests, flags, mustFind, repoRoot, type Obj } from './manifests-lib.js';

const run = promisify(execFile);
// Set to a reason to mark the streaming part as a known gap (it was one until `kubepulse agent`
// started its push client).
const PUSH_TODO: string | undefined = undefined;
const NODE = 'container-node-1';
const NODE_NETWORK = 2; // runtime.v1.NamespaceMode NODE
const CONTAINER_PID = 1; // CONTAINER
const POD_IPC = 0; // POD

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

async function until<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

/** The kubelet expands $(VAR) in args from the container's env; CRI does not. */
function expand(arg: string, env: Record<string, string>): string {
  return arg.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, k: string) => env[k] ?? m);
}

/** The OCI image layout is self-consistent: every descriptor's digest and size match its blob. */
async function checkLayout(t: TapTest, archive: string, work: string): Promise<void> {
  const dir = join(work, 'layout');
  await mkdir(dir, { recursive: true });
  await run('tar', ['-xf', archive, '-C', dir]);
  t.same(JSON.parse(await readFile(join(dir, 'oci-layout'), 'utf8')), { imageLayoutVersion: '1.0.0' });
  const blob = async (d: Obj, mediaType: string): Promise<Buffer> => {
    t.equal(d.mediaType, mediaType);
    const bytes = await readFile(join(dir, 'blobs', ...String(d.digest).split(':')));
    t.equal(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, d.digest, `${mediaType} digest`);
    t.equal(bytes.length, d.size, `${mediaType} size`);
    return bytes;
  };
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as Obj;
  t.equal(index.manifests.length, 1);
  const manifest = JSON.parse((await blob(index.manifests[0], 'application/vnd.oci.image.manifest.v1+json')).toString()) as Obj;
  const config = JSON.parse((await blob(manifest.config, 'application/vnd.oci.image.config.v1+json')).toString()) as Obj;
  t.equal(manifest.layers.length, 2);
  for (const [i, l] of (manifest.layers as Obj[]).entries()) {
    const tar = gunzipSync(await blob(l, 'application/vnd.oci.image.layer.v1.tar+gzip'));
    t.equal(`sha256:${createHash('sha256').update(tar).digest('hex')}`, config.rootfs.diff_ids[i], `layer ${i} diff_id`);
  }
  t.equal(config.config.User, '65532:65532', 'non-root by default');
  t.same(config.config.Entrypoint, ['/usr/local/bin/node', '/app/dist/cli/main.js']);
  t.match(index.manifests[0].annotations['io.containerd.image.name'], /^docker\.io\/kubepulse\/kubepulse:/);

  // The Dockerfile describes the same image: same layer sources in the same order, same config.
  const dockerfile = await readFile(join(repoRoot, 'Dockerfile'), 'utf8');
  const final = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  t.match(final, /^\nFROM scratch\n/, 'final stage starts from nothing, like the script');
  t.same([...final.matchAll(/^COPY --from=build (\S+) (\S+)$/gm)].map((m) => [m[1], m[2]]), [['/out/runtime/', '/'], ['/out/app/', '/']],
    'two layers, runtime then app, both from image-rootfs.sh output');
  t.match(dockerfile, /scripts\/image-rootfs\.sh --out \/out/);
  t.equal(/^USER (\S+)$/m.exec(final)?.[1], config.config.User);
  t.equal(/^WORKDIR (\S+)$/m.exec(final)?.[1], config.config.WorkingDir);
  t.same(JSON.parse(/^ENTRYPOINT (.+)$/m.exec(final)?.[1] ?? 'null'), config.config.Entrypoint);
  t.same((/^ENV (.+)$/m.exec(final)?.[1] ?? '').split(' ').sort(), [...(config.config.Env as string[])].sort());
  const nodeVersion = (await readFile(join(repoRoot, 'scripts/image-node-version'), 'utf8')).trim();
  t.equal(/^FROM node:(\d+)/m.exec(dockerfile)?.[1], nodeVersion.split('.')[0], 'build stage and image use the same Node major (24 LTS)');
}

t.test('the agent image runs as the DaemonSet pod on containerd, and the aggregator serves its node and pods (stand-in kube-apiserver: in-process JWKS)', async (t) => {
  const work = await mkdtemp(join(tmpdir(), 'kp-ctr-agent-'));
  const cleanups: Array<() => Promise<unknown>> = [];
  t.teardown(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  });

  // 1. The rendered DaemonSet is the source of truth for how the container runs.
  const tree = copyManifests();
  cleanups.push(async () => tree.cleanup());
  const objs = tree.render('overlays/default');
  const ds = mustFind(objs, 'DaemonSet', 'kubepulse-agent', 'kubepulse');
  const podSpec = ds.spec.template.spec as Obj;
  const c = podSpec.containers[0] as Obj;

  // 2. The image, built without Docker, imported into the test bed's containerd.
  const image = join(work, 'kubepulse.oci.tar');
  await run(join(repoRoot, 'scripts/build-image.sh'), ['--skip-build', '--gzip-level', '1', '--out', image], { timeout: 300_000, maxBuffer: 16 << 20 });
  await checkLayout(t, image, work);
  const bed: TestBed = await startTestBed();
  cleanups.push(() => bed.stop());
  await run('ctr', ['--address', bed.socket, '-n', 'k8s.io', 'images', 'import', image], { timeout: 120_000 });
  const version = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')).version as string;
  const imageRef = `docker.io/${String(c.image)}`;
  t.equal(imageRef, `docker.io/kubepulse/kubepulse:${version}`, 'the manifests name the image the build script makes');
  const { stdout: images } = await run('ctr', ['--address', bed.socket, '-n', 'k8s.io', 'images', 'ls', '-q']);
  t.ok(images.split('\n').includes(imageRef), 'containerd knows the image by that name');

  // 3. A workload pod on the "node".
  const web = await bed.runPod({ name: 'web-0', namespace: 'shop', qos: 'Burstable', labels: { app: 'web' },
    containers: [{ name: 'app', command: workloads.burnCpu(), cpuRequestMillis: 50, cpuLimitMillis: 100 }] });

  // 4. Aggregator in this process; agents authenticate with a projected token whose signature
  //    is checked against the stand-in's JWKS, bound to NODE.
  const ca = await createCA('kubepulse-test-ca');
  const serving = await createServingCert(ca, ['127.0.0.1', 'localhost']);
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'sa-key-1', use: 'sig', alg: 'ES256' };
  const api: KubeApi = {
    request: async (method, path) => (method === 'GET' && path === '/openid/v1/jwks' ? { status: 200, body: { keys: [jwk] } } : { status: 404, body: null }),
  };
  const agg: RunningAggregator = await startAggregator({
    grpcListen: '127.0.0.1:0', secureHost: '127.0.0.1', securePort: 0, tls: serving, resolutionNs: 2_000_000_000n,
    agentAuth: new TokenAgentAuthenticator({ api, method: 'jwks', serviceAccounts: ['kubepulse:kubepulse-agent'] }),
  });
  cleanups.push(() => agg.stop());

  // 5. What the kubelet would put into the volumes: the projected token, ca.crt, the fs probe.
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ 'kubernetes.io': { namespace: 'kubepulse', node: { name: NODE, uid: randomUUID() },
    pod: { name: 'kubepulse-agent-x7k2p', uid: randomUUID() }, serviceaccount: { name: 'kubepulse-agent', uid: randomUUID() } } })
    .setProtectedHeader({ alg: 'ES256', kid: 'sa-key-1' }).setIssuer('https://kubernetes.default.svc')
    .setSubject('system:serviceaccount:kubepulse:kubepulse-agent').setAudience(AGENT_AUDIENCE)
    .setIssuedAt(now).setExpirationTime(now + 600).sign(privateKey);
  const hostDirFor: Record<string, string> = {};
  for (const v of podSpec.volumes as Obj[]) {
    if (v.hostPath && v.name === 'cri-socket-dir') hostDirFor[v.name] = dirname(bed.socket); // this node's containerd
    else if (v.hostPath && v.hostPath.type === 'DirectoryOrCreate') hostDirFor[v.name] = await mkdir(join(work, v.name), { recursive: true }).then(() => join(work, v.name));
    else if (v.hostPath) hostDirFor[v.name] = v.hostPath.path;
    else {
      const dir = join(work, v.name);
      await mkdir(dir, { recursive: true });
      const sat = (v.projected?.sources as Obj[] | undefined)?.find((s) => s.serviceAccountToken)?.serviceAccountToken;
      if (sat) await writeFile(join(dir, sat.path), token, { mode: 0o644 });
      for (const item of (v.secret?.items ?? []) as Obj[]) {
        t.equal(item.key, 'ca.crt', 'the agent gets only the CA from the Secret');
        await writeFile(join(dir, item.path), ca.cert);
      }
      hostDirFor[v.name] = dir;
    }
  }
  const mounts: runtime.v1.IMount[] = (c.volumeMounts as Obj[]).map((m) => ({ containerPath: m.mountPath, hostPath: hostDirFor[m.name], readonly: m.readOnly === true }));
  t.ok(mounts.every((m) => m.hostPath), 'every volumeMount has a volume');

  // Args as rendered, with $(NODE_NAME) expanded; only what differs on this machine overridden:
  // the aggregator's loopback address (no cluster DNS here), a free listen port (others share
  // this host network), and the test bed's pod cgroup root.
  const env = { NODE_NAME: NODE };
  const listenPort = await freePort();
  const override: Record<string, string> = { aggregator: agg.grpcAddress, listen: `127.0.0.1:${listenPort}` };
  const args = (c.args as string[]).map((a) => expand(a, env)).map((a) => {
    const m = /^--([^=]+)=/.exec(a);
    return m && override[m[1]] !== undefined ? `--${m[1]}=${override[m[1]]}` : a;
  });
  args.push(`--kubepods-cgroup=${bed.kubepods}`);
  t.equal(flags({ args }).get('node-name'), NODE);

  const sc = c.securityContext as Obj;
  const uid = randomUUID();
  const sandboxConfig: runtime.v1.IPodSandboxConfig = {
    metadata: { name: 'kubepulse-agent-x7k2p', namespace: 'kubepulse', uid, attempt: 0 },
    labels: { ...ds.spec.template.metadata.labels, 'io.kubernetes.pod.name': 'kubepulse-agent-x7k2p', 'io.kubernetes.pod.namespace': 'kubepulse', 'io.kubernetes.pod.uid': uid },
    logDirectory: join(work, 'logs'),
    linux: {
      cgroupParent: `${bed.kubepods}/burstable/pod${uid}`,
      securityContext: { namespaceOptions: { network: podSpec.hostNetwork ? NODE_NETWORK : 0, pid: podSpec.hostPID ? NODE_NETWORK : CONTAINER_PID, ipc: POD_IPC } },
    },
  };
  await mkdir(join(work, 'logs'), { recursive: true });
  const { podSandboxId } = await bed.cri.runPodSandbox({ config: sandboxConfig }, 60_000);
  cleanups.push(async () => {
    await bed.cri.stopPodSandbox({ podSandboxId }, 60_000);
    await bed.cri.removePodSandbox({ podSandboxId }, 60_000);
  });
  const { containerId } = await bed.cri.createContainer({
    podSandboxId, sandboxConfig,
    config: {
      metadata: { name: c.name, attempt: 0 },
      image: { image: imageRef },
      args, // the image's ENTRYPOINT is `node /app/dist/cli/main.js`: args[0] is the subcommand
      envs: Object.entries(env).map(([key, value]) => ({ key, value })),
      mounts,
      labels: { 'io.kubernetes.container.name': c.name, 'io.kubernetes.pod.name': 'kubepulse-agent-x7k2p', 'io.kubernetes.pod.namespace': 'kubepulse', 'io.kubernetes.pod.uid': uid },
      logPath: 'agent.log',
      linux: {
        resources: { cpuPeriod: 100_000, cpuQuota: 25_000, memoryLimitInBytes: 256 * 1024 * 1024, cpuShares: 20 },
        securityContext: {
          namespaceOptions: sandboxConfig.linux?.securityContext?.namespaceOptions ?? null,
          runAsUser: { value: sc.runAsUser },
          runAsGroup: { value: sc.runAsGroup },
          readonlyRootfs: sc.readOnlyRootFilesystem,
          noNewPrivs: sc.allowPrivilegeEscalation === false,
          capabilities: { dropCapabilities: sc.capabilities.drop },
          seccompProfilePath: podSpec.securityContext.seccompProfile.type === 'RuntimeDefault' ? 'runtime/default' : '',
          seccomp: { profileType: 0 /* RuntimeDefault */ },
        },
      },
    },
  }, 60_000);
  await bed.cri.startContainer({ containerId }, 60_000);
  const agentLog = async (): Promise<string> => readFile(join(work, 'logs', 'agent.log'), 'utf8').catch(() => '');
  t.teardown(async () => { if (t.passing()) return; t.comment(`agent log:\n${(await agentLog()).slice(-4000)}`); });

  // 6. The container really runs locked down: no capabilities, uid 0 only, read-only mounts.
  const status = await bed.cri.containerStatus({ containerId, verbose: true });
  const pid = Number(JSON.parse(status.info.info ?? '{}').pid);
  t.ok(pid > 0, `agent container pid ${pid}`);
  const procStatus = await readFile(`/proc/${pid}/status`, 'utf8');
  t.match(procStatus, /^CapEff:\s+0+$/m, 'no effective capabilities');
  t.match(procStatus, /^CapBnd:\s+0+$/m, 'empty bounding set');
  t.match(procStatus, /^NoNewPrivs:\s+1$/m);
  t.match(procStatus, /^Seccomp:\s+2$/m, 'seccomp filter (RuntimeDefault) in force');
  const mountinfo = await readFile(`/proc/${pid}/mountinfo`, 'utf8');
  for (const target of ['/', '/host/sys/fs/cgroup', '/host/proc', '/run/containerd']) {
    const line = mountinfo.split('\n').find((l) => l.split(' ')[4] === target);
    t.match(line?.split(' ')[5] ?? '', /^ro\b/, `${target} is mounted read-only`);
  }

  // 7. The agent serves the kubelet's Summary API on the node's loopback...
  const summary = await until('the agent /stats/summary with the web pod', async () => {
    const res = await fetch(`http://127.0.0.1:${listenPort}/stats/summary`);
    if (!res.ok) return undefined;
    const s = await res.json() as { node: { nodeName: string }; pods: Array<{ podRef: { name: string; namespace: string } }> };
    return s.pods.some((p) => p.podRef.name === 'web-0') ? s : undefined;
  }, 60_000);
  t.equal(summary.node.nodeName, NODE);
  // The image carries the native file reader (image-rootfs.sh copies it with dist): reads go through it.
  const own = await (await fetch(`http://127.0.0.1:${listenPort}/metrics`)).text();
  t.match(own, /^kubepulse_agent_file_reader\{kind="native"\} 1$/m, 'the agent in the image reads cgroups through its native addon');

  // ...and its stream reaches the aggregator, bound to the token's node: the pods appear.
  await t.test('its stream reaches the aggregator: node and pods appear', PUSH_TODO ? { todo: PUSH_TODO } : {}, async (t) => {
    const pods = await until('the web pod in the aggregator', () => {
      const found = agg.store.podMetrics().filter((p) => p.namespace === 'shop' && p.name === 'web-0');
      return found.length > 0 ? found : undefined;
    }, PUSH_TODO ? 5_000 : 60_000);
    t.equal(pods.length, 1);
    t.equal(pods[0]?.node, NODE, 'bound to the node its token names');
    t.ok(agg.store.podMetrics().some((p) => p.namespace === 'kubepulse' && p.name === 'kubepulse-agent-x7k2p'), 'the agent pod itself is measured too');
    t.equal(agg.store.nodeMetrics(NODE).length, 1, 'the node reports under the name bound to its token');
    t.same(web.containers.map((x) => x.name), ['app']);
  });
});
