// Real gRPC on loopback against startIngest, driven by a raw client so the test can misbehave.
import t from 'tap';
import * as grpc from '@grpc/grpc-js';
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { createLogger } from '../../common/logger.js';
import { fromWire0, toWire } from '../../common/u64.js';
import { startIngest, type Ingest } from '../../aggregator/ingest/server.js';
import { NoneAgentAuthenticator, isLoopbackPeer } from '../../aggregator/auth/agent-none.js';

const loopbackAgentAuth = new NoneAgentAuthenticator();
import { ingestService } from '../../aggregator/ingest/service.js';
import { MetricsStore } from '../../aggregator/store/store.js';
import type { IngestLimits } from '../../aggregator/ingest/limits.js';

const MS = 1_000_000n;
const Client = grpc.makeGenericClientConstructor(ingestService, 'Ingest');
type Msg = kubepulse.v1.AggregatorMessage;

interface Conv {
  send(m: kubepulse.v1.IAgentMessage): void;
  next(): Promise<Msg>;
  status: Promise<grpc.StatusObject>;
  end(): void;
}

function open(ingest: Ingest): Conv {
  const client = new Client(ingest.address, grpc.credentials.createInsecure());
  const call = (client as unknown as { stream(): grpc.ClientDuplexStream<kubepulse.v1.IAgentMessage, Msg> }).stream();
  const inbox: Msg[] = [];
  const waiters: ((m: Msg) => void)[] = [];
  call.on('data', (m: Msg) => { const w = waiters.shift(); if (w) w(m); else inbox.push(m); });
  const status = new Promise<grpc.StatusObject>((resolve) => call.on('status', (s: grpc.StatusObject) => { client.close(); resolve(s); }));
  call.on('error', () => {});
  return {
    send: (m) => call.write(m),
    next: () => new Promise((resolve) => { const m = inbox.shift(); if (m) resolve(m); else waiters.push(resolve); }),
    status,
    end: () => call.end(),
  };
}

function sample(seq: number, tNs: bigint): kubepulse.v1.IAgentMessage {
  return { sample: { sequence: toWire(BigInt(seq)), collectedUnixNano: toWire(tNs, true), node: { cpu: { timeUnixNano: toWire(tNs, true), usageNs: toWire(BigInt(seq) * 1000n) }, memory: { timeUnixNano: toWire(tNs, true), workingSetBytes: toWire(1n) } }, pods: [{ uid: 'u1', name: 'Bad_Pod', namespace: 'default' }] } };
}

async function setup(t: { teardown(fn: () => unknown): void }, limits: Partial<IngestLimits> = {}): Promise<{ ingest: Ingest; store: MetricsStore }> {
  const store = new MetricsStore({ resolutionNs: 1000n * MS });
  const ingest = await startIngest({ listen: '127.0.0.1:0', resolutionNs: 1000n * MS, limits: { minSampleIntervalNs: 0n, ...limits }, logger: createLogger('silent') }, store, loopbackAgentAuth);
  t.teardown(() => ingest.stop());
  return { ingest, store };
}

t.test('hello first, then Settings, then one ack per sample with per-pod warnings', async (t) => {
  const { ingest } = await setup(t);
  const c = open(ingest);
  c.send({ hello: { nodeName: 'n1', bootId: 'b1' } });
  const s = await c.next();
  t.equal(fromWire0(s.settings?.resolutionNs), 1000n * MS);
  t.equal(s.settings?.maxPods, ingest.limits.maxPods);
  const now = BigInt(Date.now()) * MS;
  c.send(sample(7, now));
  const a = await c.next();
  t.equal(fromWire0(a.ack!.sequence), 7n, 'the ack echoes the sequence');
  t.equal(a.ack!.podsRejected, 1);
  t.match((a.ack?.warnings ?? []).join(), /Bad_Pod/);
  c.end();
  t.equal((await c.status).code, grpc.status.OK);
});

t.test('64-bit fields past 2^53 are stored and echoed exactly; the pod count matches the points', async (t) => {
  const { ingest, store } = await setup(t);
  const c = open(ingest);
  c.send({ hello: { nodeName: 'n1', bootId: 'b1' } });
  await c.next();
  const big = (1n << 64n) - 2n;
  const t0 = BigInt(Date.now()) * MS - 2000n * MS;
  const msg = (seq: bigint, tNs: bigint, usage: bigint): kubepulse.v1.IAgentMessage => ({ sample: {
    sequence: toWire(seq), collectedUnixNano: toWire(tNs, true),
    node: { cpu: { timeUnixNano: toWire(tNs, true), usageNs: toWire(usage) }, memory: { timeUnixNano: toWire(tNs, true), workingSetBytes: toWire(1n << 40n) } },
    pods: [{ uid: 'u1', name: 'web-1', namespace: 'default', containers: [{ name: 'app', id: 'c1', cpu: { timeUnixNano: toWire(tNs, true), usageNs: toWire(usage) }, memory: { timeUnixNano: toWire(tNs, true), workingSetBytes: toWire(1n << 54n) } }] }],
  } });
  c.send(msg(big, t0, (1n << 60n)));
  t.equal(fromWire0((await c.next()).ack!.sequence), big, 'a sequence past 2^53 is echoed exactly');
  c.send(msg(big + 1n, t0 + 1000n * MS, (1n << 60n) + 500_000_000n));
  const a = await c.next();
  t.equal(fromWire0(a.ack!.sequence), big + 1n);
  t.equal(a.ack!.podsRejected, 0);
  const pods = store.podMetrics();
  t.equal(pods.length, 1);
  t.equal(pods[0].containers[0].usage.cpuNanoCores, 500_000_000n, 'rate from counters past 2^60');
  t.equal(pods[0].containers[0].usage.memoryWorkingSetBytes, 1n << 54n);
  t.equal(store.podCount(), pods.length);
  c.end();
  t.equal((await c.status).code, grpc.status.OK);
});

t.test('a stream that does not start with hello is closed with FAILED_PRECONDITION; another stream is untouched', async (t) => {
  const { ingest, store } = await setup(t);
  const good = open(ingest);
  good.send({ hello: { nodeName: 'good', bootId: 'b' } });
  await good.next();
  const bad = open(ingest);
  bad.send(sample(1, BigInt(Date.now()) * MS));
  const st = await bad.status;
  t.equal(st.code, grpc.status.FAILED_PRECONDITION);
  t.match(st.details, /first message on a stream must be a hello/);
  const now = BigInt(Date.now()) * MS;
  good.send(sample(1, now - 1000n * MS));
  good.send(sample(2, now));
  await good.next();
  await good.next();
  t.equal(store.nodeMetrics('good').length, 1, 'the good stream still stores samples');
  good.end();
});

t.test('a second hello, an invalid hello and a silent stream each get a clear status', async (t) => {
  const { ingest } = await setup(t, { helloTimeoutMs: 200 });
  const twice = open(ingest);
  twice.send({ hello: { nodeName: 'n1', bootId: 'b' } });
  await twice.next();
  twice.send({ hello: { nodeName: 'n1', bootId: 'b' } });
  t.match(await twice.status, { code: grpc.status.FAILED_PRECONDITION, details: /only once/ });
  const invalid = open(ingest);
  invalid.send({ hello: { nodeName: 'Not A Node', bootId: 'b' } });
  t.match(await invalid.status, { code: grpc.status.INVALID_ARGUMENT, details: /node name/ });
  const silent = open(ingest);
  t.match(await silent.status, { code: grpc.status.DEADLINE_EXCEEDED, details: /no hello within 200 ms/ });
});

t.test('samples faster than the limit are not stored; persisting closes the stream', async (t) => {
  const { ingest } = await setup(t, { minSampleIntervalNs: 60_000n * MS, maxRateViolations: 3 });
  const c = open(ingest);
  c.send({ hello: { nodeName: 'n1', bootId: 'b' } });
  await c.next();
  const now = BigInt(Date.now()) * MS;
  c.send(sample(1, now));
  t.equal((await c.next()).ack?.warnings?.some((w) => /faster/.test(w)), false);
  c.send(sample(2, now));
  t.match((await c.next()).ack!.warnings, [/not stored: faster than one per 60000 ms/]);
  c.send(sample(3, now));
  await c.next();
  c.send(sample(4, now));
  t.match(await c.status, { code: grpc.status.RESOURCE_EXHAUSTED });
  t.equal(ingest.stats.samplesAccepted, 1);
});

t.test('a newer stream for the same node replaces the oldest beyond the per-node limit', async (t) => {
  const { ingest } = await setup(t, { maxStreamsPerNode: 1 });
  const first = open(ingest);
  first.send({ hello: { nodeName: 'n1', bootId: 'b' } });
  await first.next();
  const second = open(ingest);
  second.send({ hello: { nodeName: 'n1', bootId: 'b' } });
  await second.next();
  t.match(await first.status, { code: grpc.status.ABORTED, details: /replaced by a newer stream/ });
  t.equal(ingest.stats.streamsOpen, 1);
  second.end();
});

t.test('a message over the size limit fails only its own stream', async (t) => {
  const { ingest } = await setup(t, { maxMessageBytes: 64 * 1024 });
  const c = open(ingest);
  c.send({ hello: { nodeName: 'n1', bootId: 'b', capabilities: ['x'.repeat(100_000)] } });
  t.equal((await c.status).code, grpc.status.RESOURCE_EXHAUSTED);
});

t.test('plaintext ingest is refused off loopback; none-auth accepts only loopback peers', async (t) => {
  await t.rejects(startIngest({ listen: '0.0.0.0:0', resolutionNs: 1n }, new MetricsStore({ resolutionNs: 1n }), loopbackAgentAuth), /only listen on loopback/);
  t.ok(isLoopbackPeer('127.0.0.1:5000'));
  t.ok(isLoopbackPeer('[::1]:5000'));
  t.ok(isLoopbackPeer('[::ffff:127.0.0.1]:5000'));
  t.notOk(isLoopbackPeer('10.0.0.1:5000'));
  await t.rejects(loopbackAgentAuth.authenticate({ peerAddress: '10.0.0.1:5000' }), /only loopback/);
});
