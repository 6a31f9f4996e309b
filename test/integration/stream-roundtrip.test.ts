import t from 'tap';
import { readFileSync, writeFileSync } from 'node:fs';
import { ManualClock } from '../../common/clock.js';
import { createLogger } from '../../common/logger.js';
import { startPush } from '../../agent/push/client.js';
import { startIngest } from '../../aggregator/ingest/server.js';
import { MetricsStore } from '../../aggregator/store/store.js';
import { AgentAuthError, type AgentAuthenticator, type AgentAuthContext } from '../../aggregator/auth/types.js';
import type { HelloIn, SampleIn, StoreWriter } from '../../aggregator/store/input.js';
import { BIG, MS, TestSource, helloFor, snapshot, tlsFiles, until } from './stream-fixtures.js';

const log = createLogger('silent');

/** Records exactly what ingest hands the store, and forwards it. */
class Recorder implements StoreWriter {
  readonly samples: SampleIn[] = [];
  readonly hellos: HelloIn[] = [];
  constructor(readonly store: MetricsStore) {}
  hello(node: string, h: HelloIn): void { this.hellos.push(h); this.store.hello(node, h); }
  record(node: string, s: SampleIn) { this.samples.push(s); return this.store.record(node, s); }
}

/** A token authenticator stand-in: one token bound to node-a, everything else refused. */
function tokenAuth(seen: AgentAuthContext[]): AgentAuthenticator {
  return {
    authenticate(ctx) {
      seen.push(ctx);
      if (ctx.token === 'token-one' || ctx.token === 'token-two') return Promise.resolve({ subject: 'agent-a', nodeName: 'node-a' });
      return Promise.reject(new AgentAuthError(16, 'bad token'));
    },
  };
}

t.test('samples pushed over TLS arrive in the store exactly (64-bit values past 2^53) and Settings set the interval', async (t) => {
  const tls = await tlsFiles();
  t.teardown(() => tls.cleanup());
  const now = BigInt(Date.now()) * MS;
  const clock = new ManualClock(now, 0n);
  const store = new MetricsStore({ resolutionNs: 2000n * MS, clock });
  const rec = new Recorder(store);
  const seen: AgentAuthContext[] = [];
  const ingest = await startIngest({ listen: '127.0.0.1:0', tls: { cert: tls.serving.cert, key: tls.serving.key }, resolutionNs: 2000n * MS, limits: { minSampleIntervalNs: 0n }, logger: log }, rec, tokenAuth(seen));
  t.teardown(() => ingest.stop());
  const source = new TestSource();
  const intervals: bigint[] = [];
  const push = await startPush({
    aggregator: ingest.address, source, hello: helloFor('node-a'), caFile: tls.caFile, tokenFile: tls.tokenFile,
    onResolution: (ns) => intervals.push(ns), logger: log, backoff: { initialMs: 50, maxMs: 200 },
  });
  t.teardown(() => push.stop());
  await until(() => push.status()[0]?.state === 'open', 10_000, 'stream open');
  t.same(intervals, [2000n * MS], 'the aggregator’s resolution reaches the agent');
  t.equal(seen[0]?.token, 'token-one', 'bearer token from --token-file');
  t.same(rec.hellos[0], { bootId: 'boot-1', labels: { 'kubernetes.io/hostname': 'node-a', 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64' } });

  const t0 = now - 10_000n * MS;
  const s1 = snapshot('node-a', t0, t0 + 1000n * MS);
  const s2 = snapshot('node-a', t0, t0 + 3000n * MS);
  source.emit(s1);
  await until(() => rec.samples.length >= 1, 5000, 'first sample');
  clock.advance(2000n * MS);
  source.emit(s2);
  await until(() => rec.samples.length >= 2, 5000, 'second sample');
  const got = rec.samples[1];
  t.equal(got.node.cpu?.usageNs, s2.node.cpu!.usageNs, 'node CPU counter exact');
  t.ok(got.node.cpu!.usageNs > BIG, 'and past 2^53');
  t.equal(got.node.memory?.workingSetBytes, 5n << 30n);
  t.equal(got.node.cpuCapacityMillis, 2000n);
  t.equal(got.pods.length, 2);
  const p = got.pods[0];
  t.equal(p.uid, s2.pods[0].uid);
  t.equal(p.containers[0].cpu?.usageNs, s2.pods[0].containers[0].cpu!.usageNs);
  t.equal(p.memory?.workingSetBytes, BIG + 1n, 'pod working set past 2^53 exact');
  t.equal(p.network?.rxBytes, BIG);
  t.equal(p.cpu?.throttledNs, 5n);
  t.same(p.labels, { app: 'web', idx: '0' });

  const [node] = store.nodeMetrics();
  t.equal(node?.usage.cpuNanoCores, 500_000_000n, 'node rate from the two samples');
  t.equal(node?.windowNs, 2000n * MS);
  const pods = store.podMetrics();
  t.same(pods.map((x) => `${x.namespace}/${x.name}`), ['team-a/web-0', 'team-b/web-1']);
  t.equal(pods[0].containers[0].usage.cpuNanoCores, 100_000_000n);
  t.equal(ingest.stats.samplesAccepted, 2);
  await until(() => push.status()[0].acked === 2, 5000, 'acks');

  ingest.setResolution(3000n * MS);
  await until(() => intervals.length === 2, 5000, 'new settings');
  t.equal(intervals[1], 3000n * MS, 'a resolution change is pushed to open streams');
});

t.test('a stream may report only the node its identity allows; a bad token is refused; others continue', async (t) => {
  const tls = await tlsFiles();
  t.teardown(() => tls.cleanup());
  const store = new MetricsStore({ resolutionNs: 1000n * MS });
  const ingest = await startIngest({ listen: '127.0.0.1:0', tls: { cert: tls.serving.cert, key: tls.serving.key }, resolutionNs: 1000n * MS, limits: { minSampleIntervalNs: 0n }, logger: log }, store, tokenAuth([]));
  t.teardown(() => ingest.stop());
  const good = new TestSource();
  const okPush = await startPush({ aggregator: ingest.address, source: good, hello: helloFor('node-a'), caFile: tls.caFile, tokenFile: tls.tokenFile, logger: log });
  t.teardown(() => okPush.stop());
  const liar = await startPush({ aggregator: ingest.address, source: new TestSource(), hello: helloFor('node-b'), caFile: tls.caFile, tokenFile: tls.tokenFile, logger: log, backoff: { initialMs: 5000 } });
  t.teardown(() => liar.stop());
  writeFileSync(`${tls.dir}/bad`, 'nope');
  const stranger = await startPush({ aggregator: ingest.address, source: new TestSource(), hello: helloFor('node-a'), caFile: tls.caFile, tokenFile: `${tls.dir}/bad`, logger: log, backoff: { initialMs: 5000 } });
  t.teardown(() => stranger.stop());
  await until(() => (liar.status()[0]?.failures ?? 0) > 0 && (stranger.status()[0]?.failures ?? 0) > 0 && okPush.status()[0]?.state === 'open', 10_000, 'outcomes');
  t.match(liar.status()[0].lastError, /PERMISSION_DENIED: identity agent-a may report node node-a, not node-b/);
  t.match(stranger.status()[0].lastError, /UNAUTHENTICATED: bad token/);
  const now = BigInt(Date.now()) * MS;
  good.emit(snapshot('node-a', now - 5000n * MS, now - 2000n * MS));
  good.emit(snapshot('node-a', now - 5000n * MS, now - 1000n * MS));
  await until(() => store.nodeMetrics().length === 1, 5000, 'good node served');
  t.equal(okPush.status()[0].state, 'open', 'the good stream was never disturbed');
  t.same(store.nodeMetrics().map((n) => n.name), ['node-a']);
});

t.test('TLS is verified: an agent trusting another CA does not connect', async (t) => {
  const tls = await tlsFiles();
  const other = await tlsFiles();
  t.teardown(() => { tls.cleanup(); other.cleanup(); });
  const ingest = await startIngest({ listen: '127.0.0.1:0', tls: { cert: tls.serving.cert, key: tls.serving.key }, resolutionNs: 1000n * MS, logger: log }, new MetricsStore({ resolutionNs: 1000n * MS }), tokenAuth([]));
  t.teardown(() => ingest.stop());
  const push = await startPush({ aggregator: ingest.address, source: new TestSource(), hello: helloFor('node-a'), caFile: other.caFile, tokenFile: tls.tokenFile, logger: log, backoff: { initialMs: 5000 } });
  t.teardown(() => push.stop());
  await until(() => (push.status()[0]?.failures ?? 0) > 0, 10_000, 'failure');
  t.match(push.status()[0].lastError, /UNAVAILABLE/);
  t.equal(ingest.stats.streamsAccepted, 0);
});

t.test('mTLS: the agent presents its client certificate to the authenticator', async (t) => {
  const tls = await tlsFiles();
  t.teardown(() => tls.cleanup());
  const cns: string[] = [];
  const certAuth: AgentAuthenticator = {
    authenticate(ctx) {
      const cn = /CN=([^\n,]+)/.exec(ctx.peerCertificate?.subject ?? '')?.[1];
      if (!cn) return Promise.reject(new AgentAuthError(16, 'no client certificate'));
      cns.push(cn);
      return Promise.resolve({ subject: cn, nodeName: cn.replace(/^system:node:/, '') });
    },
  };
  const ingest = await startIngest({ listen: '127.0.0.1:0', tls: { cert: tls.serving.cert, key: tls.serving.key, clientCa: readFileSync(tls.caFile) }, resolutionNs: 1000n * MS, logger: log }, new MetricsStore({ resolutionNs: 1000n * MS }), certAuth);
  t.teardown(() => ingest.stop());
  const push = await startPush({ aggregator: ingest.address, source: new TestSource(), hello: helloFor('node-a'), caFile: tls.caFile, certFile: tls.clientCertFile, keyFile: tls.clientKeyFile, logger: log });
  t.teardown(() => push.stop());
  await until(() => push.status()[0]?.state === 'open', 10_000, 'open');
  t.same(cns, ['system:node:node-a']);
  const anonymous = await startPush({ aggregator: ingest.address, source: new TestSource(), hello: helloFor('node-a'), caFile: tls.caFile, logger: log, backoff: { initialMs: 5000 } });
  t.teardown(() => anonymous.stop());
  await until(() => (anonymous.status()[0]?.failures ?? 0) > 0, 10_000, 'refusal');
  t.equal(cns.length, 1, 'an agent without a client certificate never reaches the authenticator');
});
