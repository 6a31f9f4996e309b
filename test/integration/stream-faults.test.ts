import t from 'tap';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { createLogger } from '../../common/logger.js';
import { toWire } from '../../common/u64.js';
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { Backoff } from '../../agent/push/backoff.js';
import { startPush } from '../../agent/push/client.js';
import { startIngest, type Ingest } from '../../aggregator/ingest/server.js';
import { NoneAgentAuthenticator } from '../../aggregator/auth/agent-none.js';

const loopbackAgentAuth = new NoneAgentAuthenticator();
import { MetricsStore } from '../../aggregator/store/store.js';
import type { AgentAuthenticator } from '../../aggregator/auth/types.js';
import type { SampleIn, StoreWriter } from '../../aggregator/store/input.js';
import { MS, TestSource, helloFor, snapshot, tlsFiles, until } from './stream-fixtures.js';

const log = createLogger('silent');
const here = dirname(fileURLToPath(import.meta.url));
const RES = 300n * MS;
const nowNs = (): bigint => BigInt(Date.now()) * MS;

async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, host, () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
  });
}

function ingestAt(listen: string, store: StoreWriter, auth: AgentAuthenticator = loopbackAgentAuth, extra: Partial<Parameters<typeof startIngest>[0]> = {}): Promise<Ingest> {
  return startIngest({ listen, resolutionNs: RES, limits: { minSampleIntervalNs: 0n }, logger: log, ...extra }, store, auth);
}

/** Emits a snapshot every interval with counters at exactly 500 m (node) and 100 m (pods). */
function ticker(source: TestSource, node: string, ms: number): () => void {
  const t0 = nowNs() - 60_000n * MS;
  const timer = setInterval(() => source.emit(snapshot(node, t0, nowNs())), ms);
  return () => clearInterval(timer);
}

t.test('aggregator restarted mid-run: the agent resumes, re-reads its token, and rates are right again within two intervals', async (t) => {
  const port = await freePort();
  const tls = await tlsFiles();
  t.teardown(() => tls.cleanup());
  const tokens: string[] = [];
  const auth: AgentAuthenticator = { authenticate: async (ctx) => { tokens.push(ctx.token ?? ''); return loopbackAgentAuth.authenticate(ctx); } };
  let ingest = await ingestAt(`127.0.0.1:${port}`, new MetricsStore({ resolutionNs: RES }), auth);
  const source = new TestSource();
  const push = await startPush({ aggregator: `127.0.0.1:${port}`, source, hello: helloFor('node-r'), insecure: true, tokenFile: tls.tokenFile, logger: log, backoff: { initialMs: 50, maxMs: 200 } });
  const stop = ticker(source, 'node-r', Number(RES / MS));
  t.teardown(async () => { stop(); push.stop(); await ingest.stop(); });
  await until(() => ingest.stats.samplesAccepted >= 2, 10_000, 'first aggregator has samples');

  await ingest.stop();
  writeFileSync(tls.tokenFile, 'token-two\n');
  const store2 = new MetricsStore({ resolutionNs: RES });
  ingest = await ingestAt(`127.0.0.1:${port}`, store2, auth);
  await until(() => push.status()[0].opens === 2, 10_000, 'stream re-opened');
  const emittedAtOpen = source.emitted;
  await until(() => store2.nodeMetrics()[0]?.usage.cpuNanoCores === 500_000_000n, 10_000, 'rate on the new aggregator');
  t.ok(source.emitted - emittedAtOpen <= 2, `rate back after ${source.emitted - emittedAtOpen} further intervals (≤ 2)`);
  t.equal(store2.podMetrics().length, 2, 'pods too');
  t.equal(store2.podMetrics()[0].containers[0].usage.cpuNanoCores, 100_000_000n);
  t.same(tokens.slice(-1), ['token-two'], 'the token file is read again on reconnect');
  t.ok(push.status()[0].failures >= 1);
});

t.test('agent killed: its node leaves the reader after the documented stale time, not before', async (t) => {
  const store = new MetricsStore({ resolutionNs: 200n * MS, graceNs: 100n * MS });
  const ingest = await ingestAt('127.0.0.1:0', store);
  t.teardown(() => ingest.stop());
  const child = spawn(process.execPath, [join(here, 'stream-agent-child.js'), ingest.address, 'node-k', '200'], { stdio: ['ignore', 'pipe', 'inherit'] });
  t.teardown(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); });
  await until(() => store.nodeMetrics('node-k').length === 1, 15_000, 'node served');
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  const killedAt = Date.now();
  t.equal(store.nodeMetrics('node-k').length, 1, 'still served right after the kill (within 3 × resolution + grace)');
  t.equal(store.staleAfter, 700n * MS);
  await until(() => store.nodeMetrics('node-k').length === 0, 5000, 'node gone');
  t.ok(Date.now() - killedAt <= 5000);
  t.same(store.podMetrics(), [], 'its pods are gone too');
  t.notOk(store.hasData(), 'and the store is no longer ready');
  await until(() => ingest.stats.streamsOpen === 0, 5000, 'stream closed');
});

t.test('two aggregator replicas both receive every sample and answer the same', async (t) => {
  const s1 = new MetricsStore({ resolutionNs: RES }), s2 = new MetricsStore({ resolutionNs: RES });
  const a = await ingestAt('127.0.0.1:0', s1), b = await ingestAt('127.0.0.1:0', s2);
  t.teardown(async () => { await a.stop(); await b.stop(); });
  const source = new TestSource();
  const push = await startPush({ aggregator: `${a.address}, ${b.address}`, source, hello: helloFor('node-2'), insecure: true, logger: log });
  t.teardown(() => push.stop());
  await until(() => push.status().every((p) => p.state === 'open') && push.status().length === 2, 10_000, 'both open');
  const t0 = nowNs() - 10_000n * MS;
  for (let i = 1; i <= 3; i++) {
    source.emit(snapshot('node-2', t0, t0 + BigInt(i) * 1000n * MS));
    await until(() => push.status().every((p) => p.acked === i), 5000, `ack ${i}`);
  }
  t.equal(a.stats.samplesAccepted, 3);
  t.equal(b.stats.samplesAccepted, 3);
  t.same(s1.nodeMetrics(), s2.nodeMetrics());
  t.same(s1.podMetrics(), s2.podMetrics());
  t.equal(s1.nodeMetrics()[0].usage.cpuNanoCores, 500_000_000n);
  t.not(push.status()[0].replicaId, push.status()[1].replicaId, 'two distinct replicas');
});

t.test('a DNS name with several addresses gets one stream per address, re-resolved', async (t) => {
  const tls = await tlsFiles(['aggregators.test']);
  t.teardown(() => tls.cleanup());
  const port = await freePort();
  const creds = { tls: { cert: tls.serving.cert, key: tls.serving.key } };
  const a = await ingestAt(`127.0.0.1:${port}`, new MetricsStore({ resolutionNs: RES }), loopbackAgentAuth, creds);
  const b = await ingestAt(`127.0.0.2:${port}`, new MetricsStore({ resolutionNs: RES }), loopbackAgentAuth, creds);
  t.teardown(async () => { await a.stop(); await b.stop(); });
  let answer = ['127.0.0.1', '127.0.0.2', '::1'];
  const push = await startPush({
    aggregator: `aggregators.test:${port}`, source: new TestSource(), hello: helloFor('node-d'), caFile: tls.caFile, logger: log,
    lookup: (host) => (host === 'aggregators.test' ? Promise.resolve(answer) : Promise.reject(new Error('NXDOMAIN'))),
  });
  t.teardown(() => push.stop());
  await until(() => push.status().length === 2 && push.status().every((p) => p.state === 'open'), 10_000, 'two streams');
  t.same(push.status().map((p) => p.address).sort(), [`127.0.0.1:${port}`, `127.0.0.2:${port}`], 'IPv4 addresses only when the name has both families');
  t.equal(a.stats.streamsOpen, 1);
  t.equal(b.stats.streamsOpen, 1);
  answer = ['127.0.0.2'];
  await push.refresh();
  t.same(push.status().map((p) => p.address), [`127.0.0.2:${port}`]);
  await until(() => a.stats.streamsOpen === 0, 5000, 'old stream closed');
  answer = [];
  await push.refresh();
  t.equal(push.status().length, 1, 'a lookup with no answer keeps the current streams');
});

t.test('an absent aggregator never blocks sampling: bounded queue, newest wins', async (t) => {
  const port = await freePort();
  const source = new TestSource();
  const push = await startPush({ aggregator: `127.0.0.1:${port}`, source, hello: helloFor('node-q'), insecure: true, logger: log, backoff: { initialMs: 50, maxMs: 100 } });
  t.teardown(() => push.stop());
  const t0 = nowNs() - 100_000n * MS;
  for (let i = 1; i <= 200; i++) source.emit(snapshot('node-q', t0, t0 + BigInt(i) * MS));
  const st = push.status()[0];
  t.equal(st.queued, 2, 'queue bounded');
  t.equal(st.dropped, 198, 'the oldest were dropped');
  const got: SampleIn[] = [];
  const store = new MetricsStore({ resolutionNs: RES });
  const ingest = await ingestAt(`127.0.0.1:${port}`, { hello: (n, h) => store.hello(n, h), record: (n, s) => { got.push(s); return store.record(n, s); } });
  t.teardown(() => ingest.stop());
  await until(() => got.length === 2, 10_000, 'queued samples delivered');
  t.same(got.map((s) => s.node.collectedNs), [t0 + 199n * MS, t0 + 200n * MS], 'the two newest samples, in order');
});

t.test('a stalled aggregator (accepts, then never reads) never blocks sampling', async (t) => {
  const server = new grpc.Server();
  const calls: grpc.ServerDuplexStream<Buffer, Buffer>[] = [];
  server.addService({
    stream: {
      path: '/kubepulse.v1.Ingest/Stream', requestStream: true, responseStream: true,
      requestSerialize: (b: Buffer) => b, requestDeserialize: (b: Buffer) => b, responseSerialize: (b: Buffer) => b, responseDeserialize: (b: Buffer) => b,
    },
  }, {
    stream: (call: grpc.ServerDuplexStream<Buffer, Buffer>) => {
      calls.push(call);
      call.write(Buffer.from(kubepulse.v1.AggregatorMessage.encode({ settings: { resolutionNs: toWire(RES) } }).finish()));
      call.pause();
    },
  });
  const port = await new Promise<number>((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
  t.teardown(() => { for (const c of calls) c.destroy(); server.forceShutdown(); });
  const source = new TestSource();
  const push = await startPush({ aggregator: `127.0.0.1:${port}`, source, hello: helloFor('node-s'), insecure: true, logger: log });
  t.teardown(() => push.stop());
  await until(() => push.status()[0]?.state === 'open', 10_000, 'open');
  const t0 = nowNs() - 100_000n * MS;
  // 100 snapshots of 200 pods (~10 KB each): far more than an unread stream can buffer.
  for (let i = 1; i <= 100; i++) source.emit(snapshot('node-s', t0, t0 + BigInt(i) * MS, { pods: 200 }));
  const st = push.status()[0];
  t.ok(st.sent <= 2, `at most maxInFlight (2) unacked samples written, got ${st.sent}`);
  t.equal(st.queued, 2);
  t.equal(st.dropped, 100 - st.sent - st.queued, 'everything else was dropped, oldest first');
});

t.test('backoff grows with jitter and resets after a successful stream', async (t) => {
  // Pure: a fixed random source gives exact bounds.
  const lo = new Backoff({ initialMs: 100, maxMs: 1000, multiplier: 2, jitter: 0.2 }, () => 0);
  t.same([lo.next(), lo.next(), lo.next(), lo.next(), lo.next()], [80, 160, 320, 640, 800]);
  const hi = new Backoff({ initialMs: 100, maxMs: 1000, multiplier: 2, jitter: 0.2 }, () => 0.999999);
  t.same([hi.next(), hi.next()], [120, 240]);
  hi.reset();
  t.equal(hi.next(), 120, 'reset starts again from the initial delay');

  // Live: against a port with nothing listening, then a real aggregator, then gone again.
  const port = await freePort();
  const push = await startPush({ aggregator: `127.0.0.1:${port}`, source: new TestSource(), hello: helloFor('node-b'), insecure: true, logger: log, backoff: { initialMs: 40, maxMs: 320, multiplier: 2, jitter: 0.2 } });
  t.teardown(() => push.stop());
  await until(() => push.status()[0].delaysMs.length >= 5, 10_000, 'five failures');
  const d = push.status()[0].delaysMs.slice(0, 5);
  d.forEach((ms, i) => {
    const base = Math.min(320, 40 * 2 ** i);
    t.ok(ms >= base * 0.8 && ms <= base * 1.2, `delay ${i} = ${ms} ms within ±20 % of ${base}`);
  });
  t.ok(d.some((ms, i) => ms !== Math.min(320, 40 * 2 ** i)), 'jittered, not the bare base delays');
  const ingest = await ingestAt(`127.0.0.1:${port}`, new MetricsStore({ resolutionNs: RES }));
  await until(() => push.status()[0].opens === 1, 10_000, 'connected');
  const before = push.status()[0].delaysMs.length;
  await ingest.stop();
  await until(() => push.status()[0].delaysMs.length > before, 10_000, 'failure after success');
  const after = push.status()[0].delaysMs[before];
  t.ok(after >= 32 && after <= 48, `first delay after a success is back to ~40 ms (${after})`);
});
