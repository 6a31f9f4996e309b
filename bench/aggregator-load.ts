// Child process for bench/aggregator.bench.ts: simulated agents. Many streams share a few
// channels so the aggregator process (the parent) is measured alone. Driven over IPC:
//   {cmd:'open', address, nodes} → 'opened';  {cmd:'round', r} → 'done' once every sample is acked.
import * as grpc from '@grpc/grpc-js';
import { kubepulse } from '../proto/kubepulse/v1/gen/ingest.js';
import { toWire } from '../common/u64.js';

const PODS = 30;
const S = 1_000_000_000n;
const STREAMS_PER_CHANNEL = 90;
const base = BigInt(Date.now()) * 1_000_000n - 300n * S;

interface Stream { call: grpc.ClientDuplexStream<Buffer, kubepulse.v1.AggregatorMessage>; node: number }
let streams: Stream[] = [];
let pending = 0;
let onDone: (() => void) | undefined;

function sampleFor(node: number, r: number): Buffer {
  const t = toWire(base + BigInt(r) * 15n * S, true);
  const k = BigInt(r);
  const pods: kubepulse.v1.IPodSample[] = [];
  for (let i = 0; i < PODS; i++) {
    const id = node * PODS + i;
    pods.push({
      uid: `uid-${node}-${i}`, name: `pod-${node}-${i}`, namespace: `ns-${id % 100}`,
      labels: { app: `app-${i % 10}`, tier: i % 2 ? 'web' : 'db', 'pod-template-hash': `h${node % 50}` },
      startTimeUnixNano: toWire(base - 3600n * S, true), qosClass: 'Burstable',
      cpu: { timeUnixNano: t, usageNs: toWire(k * 3n * S + BigInt(i)), nrPeriods: toWire(k * 150n), nrThrottled: toWire(k), throttledNs: toWire(k * 1000n) },
      memory: { timeUnixNano: t, usageBytes: toWire(200n << 20n), workingSetBytes: toWire(100n << 20n) },
      network: { timeUnixNano: t, interfaces: [{ name: 'eth0', rxBytes: toWire(k * 15_000n), txBytes: toWire(k * 30_000n) }] },
      containers: ['app', 'sidecar'].map((name, c) => ({
        name, id: `${node}-${i}-${c}`.padEnd(64, 'a'), startTimeUnixNano: toWire(base - 3600n * S, true),
        cpu: { timeUnixNano: t, usageNs: toWire(k * BigInt(c + 1) * S) }, memory: { timeUnixNano: t, workingSetBytes: toWire(50n << 20n) },
      })),
    });
  }
  return Buffer.from(kubepulse.v1.AgentMessage.encode({
    sample: {
      sequence: toWire(k), collectedUnixNano: t,
      node: { cpu: { timeUnixNano: t, usageNs: toWire(k * 15n * S) }, memory: { timeUnixNano: t, workingSetBytes: toWire(4n << 30n) }, memoryCapacityBytes: toWire(16n << 30n), cpuCapacityMillis: toWire(4000n) },
      pods,
    },
  }).finish());
}

async function open(address: string, nodes: number): Promise<void> {
  const channels: grpc.Client[] = [];
  for (let i = 0; i < Math.ceil(nodes / STREAMS_PER_CHANNEL); i++) {
    channels.push(new grpc.Client(address, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': -1, [`bench.channel`]: i }));
  }
  let opened = 0;
  await new Promise<void>((resolve, reject) => {
    for (let n = 0; n < nodes; n++) {
      const call = channels[Math.floor(n / STREAMS_PER_CHANNEL)].makeBidiStreamRequest('/kubepulse.v1.Ingest/Stream', (b: Buffer) => b, (b: Buffer) => kubepulse.v1.AggregatorMessage.decode(b));
      call.on('data', (m: kubepulse.v1.AggregatorMessage) => {
        if (m.settings && ++opened === nodes) resolve();
        if (m.ack && --pending === 0) onDone?.();
      });
      call.on('error', (e) => reject(e));
      call.write(Buffer.from(kubepulse.v1.AgentMessage.encode({ hello: { nodeName: `node-${n}`, bootId: 'boot', agentVersion: 'bench', nodeLabels: { 'kubernetes.io/hostname': `node-${n}` } } }).finish()));
      streams.push({ call, node: n });
    }
  });
}

async function round(r: number): Promise<void> {
  // Encode first so the parent's measured window holds only the aggregator's own work.
  const msgs = streams.map((s) => sampleFor(s.node, r));
  process.send!({ cmd: 'encoded' });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  pending = streams.length;
  await new Promise<void>((resolve) => { onDone = resolve; streams.forEach((s, i) => s.call.write(msgs[i])); });
}

process.on('message', (m: { cmd: string; address?: string; nodes?: number; r?: number }) => {
  if (m.cmd === 'open') void open(m.address!, m.nodes!).then(() => process.send!({ cmd: 'opened' }), (e: Error) => process.send!({ cmd: 'error', message: e.message }));
  if (m.cmd === 'round') void round(m.r!).then(() => process.send!({ cmd: 'done' }));
  if (m.cmd === 'exit') { for (const s of streams) s.call.end(); streams = []; setTimeout(() => process.exit(0), 200); }
});
// If the benchmark dies, do not linger holding thousands of streams.
process.on('disconnect', () => process.exit(0));
