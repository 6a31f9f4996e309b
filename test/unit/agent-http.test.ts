import t, { type Test } from 'tap';
import { join } from 'node:path';
import { Command } from 'commander';
import { createLogger } from '../../common/logger.js';
import { startAgent, type RunningAgent } from '../../agent/agent.js';
import { defaultAgentOptions, parseDurationMs, parseListen, type AgentOptions } from '../../agent/options.js';
import { fileReader } from '../../agent/cgroup/reader.js';
import { EVENT_LOOP_SAMPLE_MS } from '../../agent/http/self-metrics.js';
import { readFileSync } from 'node:fs';
import { addAgentFlags, agentOptionsFromFlags, type AgentFlags } from '../../cli/commands/agent.js';
import { UsageError } from '../../cli/errors.js';
import { procTree, tempDir, v2Cgroup } from '../fixtures/cgroup/tree.js';

const UID = '5f3e9a1c-2b4d-4e6f-8a0b-1c2d3e4f5a6b';

type Cgroup = Parameters<typeof v2Cgroup>[1];
const ROOT: Cgroup = { usageUsec: 10n, anon: 5n, file: 5n, inactiveFile: 1n };

/** A v2 fixture host (root cgroup and /proc), with one burstable pod of one container when given, removed at teardown. */
function fixtureHost(t: Test, pod?: { pod: Cgroup; container: Cgroup }): { cgroupRoot: string; procRoot: string } {
  const { dir, cleanup } = tempDir('kp-http-');
  t.teardown(cleanup);
  const cgroupRoot = join(dir, 'cg');
  const procRoot = join(dir, 'proc');
  procTree(procRoot);
  v2Cgroup(cgroupRoot, ROOT, true);
  if (pod) {
    v2Cgroup(join(cgroupRoot, 'kubepods', 'burstable', `pod${UID}`), pod.pod);
    v2Cgroup(join(cgroupRoot, 'kubepods', 'burstable', `pod${UID}`, 'f'.repeat(64)), pod.container);
  }
  return { cgroupRoot, procRoot };
}

/** An agent on a fixture host, without a runtime, on a free loopback port; stopped at teardown. */
async function fixtureAgent(t: Test, host: { cgroupRoot: string; procRoot: string }, options: Partial<AgentOptions>): Promise<RunningAgent> {
  const agent = await startAgent(defaultAgentOptions({ criEndpoint: 'none', listen: '127.0.0.1:0', ...host, ...options }), { logger: createLogger('silent') });
  t.teardown(() => agent.stop());
  return agent;
}

t.test('agent HTTP on a fixture tree: summary, resource metrics, own metrics, health; port 0 reported', async (t) => {
  const agent = await fixtureAgent(t, fixtureHost(t, { pod: ROOT, container: ROOT }), { nodeName: 'n-http' });
  t.ok(agent.port > 0, `bound port ${agent.port}`);
  t.equal(agent.url, `http://127.0.0.1:${agent.port}`);
  t.equal(agent.bootId, '6f1c1a83-0b6f-4b4c-9d8a-2b9e0f1e2d3c');
  const summary = await fetch(`${agent.url}/stats/summary`);
  t.equal(summary.status, 200);
  t.match(summary.headers.get('content-type'), /application\/json/);
  const body = (await summary.json()) as { node: { nodeName: string }; pods: Array<{ podRef: { uid: string }; containers: unknown[] }> };
  t.equal(body.node.nodeName, 'n-http');
  t.equal(body.pods[0]?.podRef.uid, UID);
  t.equal(body.pods[0]?.containers.length, 1);
  const post = await fetch(`${agent.url}/stats/summary?only_cpu_and_memory=true`, { method: 'POST' });
  t.equal(post.status, 200, 'POST works like the kubelet');
  t.notOk('network' in ((await post.json()) as { node: object }).node);
  const res = await fetch(`${agent.url}/metrics/resource`);
  t.match(res.headers.get('content-type'), /text\/plain; version=0\.0\.4/);
  t.match(await res.text(), /^pod_memory_working_set_bytes\{namespace="",pod="5f3e9a1c-2b4d-4e6f-8a0b-1c2d3e4f5a6b"\} 9 \d{13}$/m);
  const own = await (await fetch(`${agent.url}/metrics`)).text();
  for (const name of ['kubepulse_agent_cycle_duration_seconds_bucket', 'kubepulse_agent_read_errors_total{kind="vanished"}', 'kubepulse_agent_cgroups_tracked', 'kubepulse_agent_open_files', 'kubepulse_agent_cycles_total']) {
    t.match(own, name);
  }
  t.equal((await fetch(`${agent.url}/healthz`)).status, 200);
  t.equal((await fetch(`${agent.url}/readyz`)).status, 200);
  t.equal((await fetch(`${agent.url}/nope`)).status, 404);
  agent.applyResolutionMs(30_000);
  t.equal(agent.collector.intervalMs, 30_000, 'the aggregator resolution applies when --interval was not given');
});

t.test('--native-reads off: the same Summary through fs.readSync, and /metrics says which reader', async (t) => {
  const host = fixtureHost(t, { pod: { usageUsec: 40n, anon: 7n, file: 3n, inactiveFile: 2n }, container: { usageUsec: 30n, anon: 6n, file: 2n, inactiveFile: 1n } });
  const summaries: string[] = [];
  for (const nativeReads of ['auto', 'off'] as const) {
    const agent = await fixtureAgent(t, host, { nodeName: 'n-reader', nativeReads });
    const kind = nativeReads === 'off' ? 'node' : fileReader('auto').reader.kind;
    const own = await (await fetch(`${agent.url}/metrics`)).text();
    t.match(own, new RegExp(`^kubepulse_agent_file_reader\\{kind="${kind}"\\} 1$`, 'm'), `${nativeReads}: reads through ${kind}`);
    // Times differ between the two agents; every value read from the files must not.
    summaries.push((await (await fetch(`${agent.url}/stats/summary`)).text()).replace(/"(time|startTime)":"[^"]*"/g, '"$1":""'));
  }
  t.match(summaries[0], /"usageCoreNanoSeconds":30000/, 'the container was read');
  t.equal(summaries[1], summaries[0], 'identical Summary from either reader');
});

t.test('an idle agent sleeps: its main thread wakes a few times a second at most, not on a 10 ms timer', async (t) => {
  const agent = await fixtureAgent(t, fixtureHost(t), { nodeName: 'n-idle', intervalMs: 3_600_000, intervalExplicit: true });
  t.equal((await fetch(`${agent.url}/healthz`)).status, 200, 'serving');
  // Each time the main thread sleeps in epoll and is woken is one voluntary context switch: a
  // periodic timer shows as its rate (prom-client's default event-loop sampling, 10 ms, showed
  // ~100/s and cost ~2.7 ms of CPU per second).
  const switches = (): number => Number(/^voluntary_ctxt_switches:\s+(\d+)$/m.exec(readFileSync(`/proc/self/task/${process.pid}/status`, 'latin1'))![1]);
  await new Promise((r) => setTimeout(r, 500));
  const before = switches();
  await new Promise((r) => setTimeout(r, 3000));
  const perSecond = (switches() - before) / 3;
  t.ok(perSecond < 10, `${perSecond.toFixed(1)} wakeups/s while idle`);
  t.equal(EVENT_LOOP_SAMPLE_MS, 10_000, 'event-loop delay sampled every 10 s');
});

t.test('a taken port is an error from startAgent and nothing keeps running', async (t) => {
  const { dir, cleanup } = tempDir('kp-http-');
  t.teardown(cleanup);
  procTree(join(dir, 'proc'));
  v2Cgroup(join(dir, 'cg'), { usageUsec: 1n, anon: 1n, file: 1n, inactiveFile: 0n }, true);
  const opts = defaultAgentOptions({ criEndpoint: 'none', cgroupRoot: join(dir, 'cg'), procRoot: join(dir, 'proc'), listen: '127.0.0.1:0' });
  const a = await startAgent(opts, { logger: createLogger('silent') });
  t.teardown(() => a.stop());
  await t.rejects(startAgent({ ...opts, listen: `127.0.0.1:${a.port}` }, { logger: createLogger('silent') }), { code: 'EADDRINUSE' });
});

t.test('flags: defaults, env fallbacks, and clear usage errors', async (t) => {
  const parse = (argv: string[], env: Record<string, string> = {}): AgentFlags => {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const cmd = addAgentFlags(new Command('agent').exitOverride());
      cmd.parse(argv, { from: 'user' });
      return cmd.opts<AgentFlags>();
    } finally {
      for (const k of Object.keys(env)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  };
  const d = agentOptionsFromFlags(parse([]));
  t.equal(d.listen, '127.0.0.1:10265', 'loopback by default');
  t.equal(d.cgroupRoot, '/sys/fs/cgroup');
  t.equal(d.procRoot, '/proc');
  t.equal(d.intervalMs, 10_000);
  t.equal(d.intervalExplicit, false);
  t.equal(d.nativeReads, 'auto', 'the native reader when built');
  t.ok(d.nodeName.length > 0, 'hostname by default');
  const e = agentOptionsFromFlags(parse([], { NODE_NAME: 'from-env', KUBEPODS_CGROUP: '/kubepods.slice', KUBEPULSE_INTERVAL: '15s' }));
  t.equal(e.nodeName, 'from-env');
  t.equal(e.kubepodsCgroup, '/kubepods.slice');
  t.equal(e.intervalMs, 15_000);
  t.equal(e.intervalExplicit, true);
  const f = agentOptionsFromFlags(parse(['--node-name', 'flag', '--aggregator', 'a:1, b:2', '--listen', '[::1]:0'], { NODE_NAME: 'env' }));
  t.equal(f.nodeName, 'flag', 'flag beats env');
  t.same(f.aggregators, ['a:1', 'b:2']);
  t.throws(() => agentOptionsFromFlags(parse(['--listen', 'nonsense'])), UsageError);
  t.throws(() => agentOptionsFromFlags(parse(['--interval', '10x'])), UsageError);
  t.throws(() => agentOptionsFromFlags(parse(['--interval', '10ms'])), UsageError);
  t.throws(() => agentOptionsFromFlags(parse(['--kubepods-cgroup', 'kubepods'])), UsageError);
  t.equal(agentOptionsFromFlags(parse([], { KUBEPULSE_NATIVE_READS: 'off' })).nativeReads, 'off');
  t.throws(() => parse(['--native-reads', 'maybe']), /--native-reads.*maybe.*auto, on, off/s, 'only auto, on, off');
  t.throws(() => agentOptionsFromFlags(parse(['--cri-endpoint', 'tcp://10.0.0.1:1234'])), UsageError, 'a CRI endpoint that is not a unix socket is bad usage');
  t.doesNotThrow(() => agentOptionsFromFlags(parse(['--cri-endpoint', 'none'])));
  t.throws(() => agentOptionsFromFlags(parse(['--client-cert-file', '/x.crt'])), UsageError, 'a client cert needs its key');
  t.same(parseListen('[::1]:0'), { host: '::1', port: 0 });
  t.same(parseListen(':9000'), { host: '127.0.0.1', port: 9000 });
  t.throws(() => parseListen('h:70000'), RangeError);
  t.equal(parseDurationMs('1m30s'), 90_000);
  t.equal(parseDurationMs('500ms'), 500);
  t.equal(parseDurationMs('2'), 2000);
});
