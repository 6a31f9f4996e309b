// Attacks on gRPC ingest with `--agent-auth mtls`, against a running aggregator (startAggregator)
// whose ingest demands client certificates from the agent CA. Each case is expected to be refused;
// a well-behaved mTLS agent for node "cert-node" keeps streaming and stays served.
import t, { type Test } from 'tap';
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { createLogger } from '../../common/logger.js';
import { createCA, createClientCert, createServingCert, type PemPair } from '../../common/tls.js';
import { startAggregator } from '../../aggregator/aggregator.js';
import { ingestService } from '../../aggregator/ingest/service.js';
import { MtlsAgentAuthenticator } from '../../aggregator/auth/agent-mtls.js';
import { parsePemBundle } from '../../aggregator/auth/x509.js';
import { hello, sample, LEGIT_PODS, MS } from './attack-fixtures.js';

const servingCa = await createCA('mtls-serving-ca');
const agentCa = await createCA('mtls-agent-ca');
const serving = await createServingCert(servingCa, ['127.0.0.1', 'localhost']);
const agg = await startAggregator({
  grpcListen: '127.0.0.1:0', secureHost: '127.0.0.1', securePort: 0, tls: serving,
  agentClientCa: agentCa.cert, resolutionNs: 1000n * MS,
  agentAuth: new MtlsAgentAuthenticator(() => parsePemBundle(agentCa.cert, 'agent CA')),
  ingestLimits: { minSampleIntervalNs: 100n * MS },
  logger: createLogger('silent'),
});
t.teardown(() => agg.stop());

const Client = grpc.makeGenericClientConstructor(ingestService, 'Ingest');
type Call = grpc.ClientDuplexStream<kubepulse.v1.IAgentMessage, kubepulse.v1.AggregatorMessage>;

function open(cert: PemPair | null): { call: Call; client: grpc.Client; received: kubepulse.v1.AggregatorMessage[]; status: Promise<grpc.StatusObject> } {
  const creds = cert
    ? grpc.credentials.createSsl(Buffer.from(servingCa.cert), Buffer.from(cert.key), Buffer.from(cert.cert))
    : grpc.credentials.createSsl(Buffer.from(servingCa.cert));
  const client = new Client(agg.grpcAddress, creds);
  const call = (client as unknown as { stream(): Call }).stream();
  const received: kubepulse.v1.AggregatorMessage[] = [];
  call.on('data', (m: kubepulse.v1.AggregatorMessage) => received.push(m));
  call.on('error', () => { /* in status */ });
  return { call, client, received, status: new Promise((r) => call.on('status', r)) };
}

async function refused(t: Test, cert: PemPair | null, node: string, codes: grpc.status[], re: RegExp): Promise<void> {
  const s = open(cert);
  s.call.write(hello(node));
  const st = await Promise.race([s.status, sleep(10_000).then(() => ({ code: -1, details: 'no status' }))]);
  s.call.cancel();
  s.client.close();
  t.ok(codes.includes(st.code), `refused with ${grpc.status[st.code] ?? st.code}: ${st.details}`);
  t.match(st.details, re);
  t.notOk(s.received.some((m) => m.settings), 'no Settings sent');
}

const good = await createClientCert(agentCa, 'system:node:cert-node', ['system:nodes']);
const legit = open(good);
legit.call.write(hello('cert-node'));
// Paced by acks like the real push client, so the sample-rate limit never trips on timer jitter.
let seq = 1;
let acked = 0;
legit.call.on('data', (m: kubepulse.v1.AggregatorMessage) => {
  if (m.settings || (m.ack && ++acked)) setTimeout(() => legit.call.write(sample(seq++, LEGIT_PODS)), 200).unref();
});
t.teardown(() => { legit.call.cancel(); legit.client.close(); });

t.test('attack m1: a node certificate reporting another node → PERMISSION_DENIED', async (t) => {
  await refused(t, await createClientCert(agentCa, 'system:node:other-node', ['system:nodes']), 'cert-node', [grpc.status.PERMISSION_DENIED], /may report node other-node, not cert-node/);
});

t.test('attack m2: a certificate of the agent CA without the node subject form → PERMISSION_DENIED', async (t) => {
  await refused(t, await createClientCert(agentCa, 'cert-node', ['system:nodes']), 'cert-node', [grpc.status.PERMISSION_DENIED], /CN=system:node:/);
  await refused(t, await createClientCert(agentCa, 'system:node:cert-node', ['system:masters']), 'cert-node', [grpc.status.PERMISSION_DENIED], /O=system:nodes/);
});

t.test('attack m3: a node certificate from another CA (same CA name) is refused at the handshake', async (t) => {
  const rogueCa = await createCA('mtls-agent-ca');
  await refused(t, await createClientCert(rogueCa, 'system:node:cert-node', ['system:nodes']), 'cert-node', [grpc.status.UNAVAILABLE, grpc.status.UNAUTHENTICATED], /./);
});

t.test('attack m4: no client certificate is refused at the handshake', async (t) => {
  await refused(t, null, 'cert-node', [grpc.status.UNAVAILABLE, grpc.status.UNAUTHENTICATED], /./);
});

t.test('attack m5: an expired node certificate is refused', async (t) => {
  await refused(t, await createClientCert(agentCa, 'system:node:cert-node', ['system:nodes'], { days: -1 }), 'cert-node', [grpc.status.UNAVAILABLE, grpc.status.UNAUTHENTICATED], /./);
});

t.test('the well-behaved mTLS agent is served while the attacks run', async (t) => {
  for (let i = 0; i < 50 && (legit.received.filter((m) => m.ack).length < 3 || agg.store.nodeMetrics('cert-node').length === 0); i++) await sleep(100);
  const acks = legit.received.filter((m) => m.ack);
  t.ok(acks.length >= 3, `acks received (${acks.length})`);
  t.same(acks.filter((m) => (m.ack?.warnings ?? []).length > 0).map((m) => m.ack?.warnings), [], 'no warnings');
  t.equal(acked, acks.length);
  t.ok(agg.store.nodeMetrics('cert-node').length === 1, 'cert-node is served');
});

t.test('attack m6: extra streams for one node identity push out the oldest (streams per identity are bounded)', async (t) => {
  const extra = [open(good), open(good)];
  for (const e of extra) e.call.write(hello('cert-node'));
  const st = await Promise.race([legit.status, sleep(5000).then(() => null)]);
  t.ok(st, 'the oldest stream was closed');
  t.equal(st?.code, grpc.status.ABORTED);
  t.match(st?.details, /replaced by a newer stream/);
  for (const e of extra) { e.call.cancel(); e.client.close(); }
});

