// Fuzzing the gRPC ingest of a running aggregator: random bytes and mutated valid protobuf frames
// on authenticated streams (seeded PRNG, bounded count and time). Asserts no crash, no leaked
// stream or socket, and a well-behaved agent running alongside keeps getting correct answers.
import t from 'tap';
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { parseQuantity } from '../../common/quantity.js';
import { toWire } from '../../common/u64.js';
import { hello, httpsGet, sample, startBed, startLegitAgent, type Bed } from './attack-fixtures.js';
import { fuzzSeed, Rng, socketCount } from './fuzz-fixtures.js';

const seed = fuzzSeed();
t.comment(`fuzz seed ${seed} (replay with KUBEPULSE_FUZZ_SEED=${seed})`);
const rng = new Rng(seed);
const STREAMS = 120;
const FRAMES_PER_STREAM = 12;
const TIME_BUDGET_MS = 40_000;

// The sample-rate limit is covered by the attack suite; here it would end most streams before the
// fuzzer reaches sample validation.
const bed: Bed = await startBed({ helloTimeoutMs: 2000, minSampleIntervalNs: 0n });
t.teardown(() => bed.close());

// Frames go out exactly as built: no serializer in the way.
const RawClient = grpc.makeGenericClientConstructor({
  stream: {
    path: '/kubepulse.v1.Ingest/Stream', requestStream: true, responseStream: true,
    requestSerialize: (b: Buffer) => b, requestDeserialize: (b: Buffer) => b,
    responseSerialize: (b: Buffer) => b, responseDeserialize: (b: Buffer) => kubepulse.v1.AggregatorMessage.decode(b),
  },
}, 'RawIngest');

function enc(m: kubepulse.v1.IAgentMessage): Uint8Array { return kubepulse.v1.AgentMessage.encode(m).finish(); }

function extremeSample(r: Rng, seq: number): kubepulse.v1.IAgentMessage {
  const m = sample(seq, [{ ns: 'fz', name: `p${r.int(5)}`, uid: `00000000-0000-0000-0000-00000000000${r.int(10)}` }]);
  const vals = [0n, 1n, (1n << 63n) - 1n, (1n << 64n) - 1n, 1n << 53n];
  const node = m.sample!.node!;
  if (r.chance(0.3)) node.cpu!.usageNs = toWire(r.pick(vals));
  if (r.chance(0.3)) node.cpu!.timeUnixNano = toWire(r.pick([1n, (1n << 63n) - 1n, -5n]), true);
  if (r.chance(0.3)) node.memory!.workingSetBytes = toWire(r.pick(vals));
  if (r.chance(0.3)) node.cpu!.psi = { some: { avg10: r.pick([NaN, Infinity, -1, 1e308]), totalNs: toWire(r.pick(vals)) } };
  if (r.chance(0.3)) m.sample!.pods![0].containers = Array.from({ length: r.pick([0, 2, 70]) }, (_, i) => ({ name: `c${i % 3}`, id: 'x' }));
  if (r.chance(0.2)) m.sample!.pods = Array.from({ length: r.pick([1100, 50]) }, (_, i) => ({ uid: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`, name: `p${i}`, namespace: 'fz' }));
  return m;
}

let totalAcks = 0;

interface Outcome { code: number; acks: number; details: string }

async function fuzzStream(i: number): Promise<Outcome> {
  const node = `fuzz-${i}`;
  const client = new RawClient(bed.agg.grpcAddress, grpc.credentials.createSsl(Buffer.from(bed.servingCa.cert)));
  const md = new grpc.Metadata();
  md.set('authorization', `Bearer ${await bed.agentToken(node)}`);
  const call = (client as unknown as { stream(md: grpc.Metadata): grpc.ClientDuplexStream<Buffer, kubepulse.v1.AggregatorMessage> }).stream(md);
  let acks = 0;
  call.on('data', (m: kubepulse.v1.AggregatorMessage) => { if (m.ack) acks++; });
  call.on('error', () => { /* status carries it */ });
  const status = new Promise<grpc.StatusObject>((resolve) => call.on('status', resolve));
  const validHello = enc(hello(node));
  // Undecodable frames end a stream at once (grpc-js), so half the streams send only frames that
  // decode, with hostile values, after a proper hello, to probe ingest's validation rather than
  // the decoder; the other half fuzz the hello and the framing too.
  const decodableOnly = rng.chance(0.5);
  call.write(Buffer.from(decodableOnly || rng.chance(0.3) ? validHello : rng.chance(0.5) ? rng.mutate(validHello) : rng.bytes(rng.int(64))));
  for (let f = 0; f < FRAMES_PER_STREAM; f++) {
    const kind = decodableOnly ? 1 : rng.next();
    const frame = kind < 0.08 ? rng.bytes(rng.int(512))
      : kind < 0.3 ? rng.mutate(enc(sample(f + 1, [{ ns: 'fz', name: 'p', uid: '00000000-0000-0000-0000-000000000001' }])))
        : kind < 0.45 ? rng.mutate(enc(extremeSample(rng, f + 1)))
          : Buffer.from(enc(extremeSample(rng, f + 1)));
    call.write(frame);
    if (rng.chance(0.3)) await sleep(rng.int(20));
  }
  if (decodableOnly || rng.chance(0.5)) call.end(); else setTimeout(() => call.cancel(), rng.int(300));
  const st = await Promise.race([status, sleep(8000).then(() => ({ code: -1, details: 'no status' }))]);
  call.cancel();
  client.close();
  totalAcks += acks;
  return { code: st.code, acks, details: st.details };
}

async function goodNodeCpuNano(): Promise<number | null> {
  const r = await httpsGet(bed, '/apis/metrics.k8s.io/v1beta1/nodes/good-node', { headers: { authorization: 'Bearer admin-token' } });
  return r.status === 200 ? Number(parseQuantity(String(r.json.usage.cpu), 9)) : null;
}

t.test(`random and mutated frames on ${STREAMS} authenticated streams: no crash, no leak, a good agent undisturbed (seed ${seed})`, async (t) => {
  const legit = await startLegitAgent(bed, 'good-node');
  for (let i = 0; i < 80 && (await goodNodeCpuNano()) === null; i++) await sleep(100);
  const socketsBefore = socketCount();
  const openBefore = bed.agg.ingest.stats.streamsOpen;
  t.equal(openBefore, 1, 'only the good agent is streaming');

  const started = Date.now();
  const codes = new Map<string, number>();
  const examples = new Map<string, string>();
  let internalOther = false;
  const answers: Array<number | null> = [];
  let done = 0;
  const concurrency = 8;
  let nextIdx = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (nextIdx < STREAMS && Date.now() - started < TIME_BUDGET_MS) {
      const o = await fuzzStream(nextIdx++);
      const name = o.code === -1 ? 'NO_STATUS' : (grpc.status[o.code] as string | undefined) ?? String(o.code);
      codes.set(name, (codes.get(name) ?? 0) + 1);
      if (!examples.has(name)) examples.set(name, o.details.slice(0, 160));
      if (name === 'INTERNAL' && o.details !== 'Error deserializing request') internalOther = true;
      if (++done % 20 === 0) answers.push(await goodNodeCpuNano());
    }
  }));
  t.comment(`${done} fuzz streams in ${Date.now() - started} ms; final statuses ${JSON.stringify(Object.fromEntries(codes))}`);
  t.comment(`${totalAcks} fuzz samples were decoded, validated and acked`);
  t.ok(totalAcks > STREAMS, 'the fuzzer reached sample validation, not only the decoder');
  t.comment(`example details: ${JSON.stringify(Object.fromEntries(examples))}`);
  t.ok(done >= 20, `at least 20 streams ran (${done})`);
  t.notOk(codes.has('NO_STATUS'), 'every stream got a final status');
  // grpc-js itself ends a stream whose frame does not decode, with INTERNAL "Error deserializing
  // request"; any other INTERNAL would be ingest failing on input it had decoded.
  t.ok(!codes.has('INTERNAL') || examples.get('INTERNAL') === 'Error deserializing request', `INTERNAL only from undecodable frames (${examples.get('INTERNAL') ?? 'none'})`);
  t.notOk(internalOther, 'no stream hit an internal error in ingest');
  t.notOk(codes.has('UNKNOWN'), 'no stream died with an unknown error');

  // No leak: streams and sockets come back to where they were.
  let open = bed.agg.ingest.stats.streamsOpen;
  for (let i = 0; i < 50 && open !== openBefore; i++) { await sleep(100); open = bed.agg.ingest.stats.streamsOpen; }
  t.equal(open, openBefore, 'open streams back to baseline');
  let sockets = socketCount();
  for (let i = 0; i < 50 && sockets > socketsBefore; i++) { await sleep(100); sockets = socketCount(); }
  t.ok(sockets <= socketsBefore, `sockets back to baseline (${sockets} ≤ ${socketsBefore})`);

  // Whatever the fuzzer managed to store is still served as valid, non-negative Quantities.
  const all = await httpsGet(bed, '/apis/metrics.k8s.io/v1beta1/nodes', { headers: { authorization: 'Bearer admin-token' } });
  t.equal(all.status, 200, 'node list still served');
  const bad = (all.json.items as Array<{ metadata: { name: string }; usage: { cpu: string; memory: string } }>).filter((n) => {
    try { return parseQuantity(n.usage.cpu, 9) < 0n || parseQuantity(n.usage.memory) < 0n; } catch { return true; }
  });
  t.same(bad, [], `every served node has valid non-negative usage (${all.json.items.length} nodes)`);
  const pods = await httpsGet(bed, '/apis/metrics.k8s.io/v1beta1/pods', { headers: { authorization: 'Bearer admin-token' } });
  t.equal(pods.status, 200, 'pod list still served');

  // The good agent's numbers stayed right during and after: its counters grow at exactly 250m.
  answers.push(await goodNodeCpuNano());
  for (const a of answers) t.ok(a !== null && Math.abs(a - 250_000_000) < 2_500_000, `good-node cpu ${a} ≈ 250m`);
  const st = await legit.stop();
  t.equal(st.code, grpc.status.OK, 'the good stream ends cleanly');
  const warned = legit.stream.received.filter((m) => (m.ack?.warnings ?? []).length > 0);
  t.same(warned.map((m) => m.ack?.warnings), [], 'the good agent never got a warning');
});
