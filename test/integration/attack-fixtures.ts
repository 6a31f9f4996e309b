// Shared by the attack and fuzz suites (not a test itself): one real aggregator (gRPC ingest +
// store + HTTPS API, from startAggregator) wired to the real authenticators, a minimal stand-in
// kube-apiserver for the ConfigMap, SubjectAccessReview and the service-account JWKS, raw gRPC and
// HTTPS clients, and a well-behaved agent that keeps streaming while the attacks run.
import https from 'node:https';
import * as grpc from '@grpc/grpc-js';
import { kubepulse } from '../../proto/kubepulse/v1/gen/ingest.js';
import { toWire } from '../../common/u64.js';
import { createLogger } from '../../common/logger.js';
import { createCA, createClientCert, createServingCert, type CertificateAuthority, type PemPair } from '../../common/tls.js';
import { startAggregator, type RunningAggregator } from '../../aggregator/aggregator.js';
import { ingestService } from '../../aggregator/ingest/service.js';
import { createHttpAuth, type HttpAuth } from '../../aggregator/auth/factory.js';
import { TokenAgentAuthenticator } from '../../aggregator/auth/agent-token.js';
import { kubeApiFromConfig } from '../../aggregator/auth/kube-client.js';
import { createSaSigner, podTokenClaims, startStandInApiserver, type SaSigner, type StandInApiserver } from '../unit/auth-fixtures.js';

export const MS = 1_000_000n;
export const AGENT_SA = ['kubepulse', 'kubepulse-agent'] as const;

export interface Bed {
  agg: RunningAggregator;
  api: StandInApiserver;
  auth: HttpAuth;
  servingCa: CertificateAuthority;
  clientCa: CertificateAuthority;
  proxyCa: CertificateAuthority;
  proxy: PemPair;
  signer: SaSigner;
  agentToken(node: string | null, opts?: { expiresInS?: number; iatOffsetS?: number; aud?: string; ns?: string; sa?: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * SubjectAccessReview policy of the stand-in: "hpa" may list pods in any namespace; "viewer-a" may
 * get/list pods in team-a only; "admin-token" user may do anything; everyone else is denied.
 */
function policy(spec: { user?: string; resourceAttributes?: Record<string, string> }): { allowed: boolean; reason?: string } {
  const ra = spec.resourceAttributes;
  if (spec.user === 'token-admin') return { allowed: true };
  if (!ra || ra['group'] !== 'metrics.k8s.io') return { allowed: false, reason: 'no RBAC policy matched' };
  if (spec.user === 'hpa' && ra['resource'] === 'pods' && ra['verb'] === 'list') return { allowed: true };
  if (spec.user === 'viewer-a' && ra['resource'] === 'pods' && ra['namespace'] === 'team-a' && ['get', 'list'].includes(ra['verb'] ?? '')) return { allowed: true };
  return { allowed: false, reason: 'no RBAC policy matched' };
}

export async function startBed(limits: Record<string, unknown> = {}): Promise<Bed> {
  const api = await startStandInApiserver();
  const servingCa = await createCA('attack-serving-ca');
  const clientCa = await createCA('attack-client-ca');
  const proxyCa = await createCA('attack-front-proxy-ca');
  const serving = await createServingCert(servingCa, ['127.0.0.1', 'localhost']);
  const proxy = await createClientCert(proxyCa, 'front-proxy-client');
  const signer = await createSaSigner('RS256', 'sa-key-1');
  api.jwks = { keys: [signer.jwk] };
  api.configMap = {
    'client-ca-file': clientCa.cert,
    'requestheader-client-ca-file': proxyCa.cert,
    'requestheader-allowed-names': '["front-proxy-client"]',
    'requestheader-username-headers': '["X-Remote-User"]',
    'requestheader-group-headers': '["X-Remote-Group"]',
    'requestheader-extra-headers-prefix': '["X-Remote-Extra-"]',
  };
  api.sar = policy;
  api.tokens.set('admin-token', { authenticated: true, user: { username: 'token-admin', groups: [] } });
  api.tokens.set('nobody-token', { authenticated: true, user: { username: 'nobody', groups: [] } });
  const auth = await createHttpAuth({ mode: 'cluster', authenticationKubeconfig: api.kubeconfigPath });
  const agentAuth = new TokenAgentAuthenticator({
    api: kubeApiFromConfig(api.kubeconfigPath), method: 'jwks', serviceAccounts: [AGENT_SA.join(':')],
    issuer: 'https://kubernetes.default.svc.cluster.local',
  });
  const agg = await startAggregator({
    grpcListen: '127.0.0.1:0',
    secureHost: '127.0.0.1',
    securePort: 0,
    tls: serving,
    httpClientCa: [clientCa.cert, proxyCa.cert],
    resolutionNs: 1000n * MS,
    httpAuth: auth,
    agentAuth,
    ingestLimits: { minSampleIntervalNs: 150n * MS, maxMessageBytes: 256 * 1024, helloTimeoutMs: 3000, ...limits },
    logger: createLogger('silent'),
  });
  return {
    agg, api, auth, servingCa, clientCa, proxyCa, proxy, signer,
    agentToken: (node, o = {}) => signer.sign(podTokenClaims(o.ns ?? AGENT_SA[0], o.sa ?? AGENT_SA[1], node), o),
    async close() {
      await agg.stop();
      auth.close();
      await api.close();
    },
  };
}

// ---- HTTPS ----

/** `json` is whatever the server sent: tests read it like a kubectl user would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export interface HttpAnswer { status: number; body: string; json: Json }

export function httpsGet(bed: Bed, path: string, opts: { cert?: PemPair; headers?: Record<string, string | string[]>; method?: string } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = https.request(bed.agg.url + path, {
      method: opts.method ?? 'GET',
      ca: bed.servingCa.cert,
      ...(opts.cert ? { cert: opts.cert.cert, key: opts.cert.key } : {}),
      headers: opts.headers ?? {},
      agent: false,
      timeout: 10_000,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        let json: Json;
        try { json = JSON.parse(body); } catch { json = null; }
        resolve({ status: res.statusCode ?? 0, body, json });
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

// ---- gRPC ----

const IngestClient = grpc.makeGenericClientConstructor(ingestService, 'Ingest');

export interface RawStream {
  call: grpc.ClientDuplexStream<kubepulse.v1.IAgentMessage, kubepulse.v1.AggregatorMessage>;
  received: kubepulse.v1.AggregatorMessage[];
  /** Resolves with the final status (OK when we ended it ourselves). */
  status: Promise<grpc.StatusObject>;
  client: grpc.Client;
  /** Resolves with the next message received (or rejects when the stream ends first). */
  next(): Promise<kubepulse.v1.AggregatorMessage>;
  close(): void;
}

export function openStream(bed: Bed, token: string | undefined, opts: { insecure?: boolean; maxSend?: number } = {}): RawStream {
  const creds = opts.insecure ? grpc.credentials.createInsecure() : grpc.credentials.createSsl(Buffer.from(bed.servingCa.cert));
  const client = new IngestClient(bed.agg.grpcAddress, creds, {
    'grpc.max_send_message_length': opts.maxSend ?? 64 * 1024 * 1024,
  });
  const md = new grpc.Metadata();
  if (token !== undefined) md.set('authorization', `Bearer ${token}`);
  const call = (client as unknown as { stream(md: grpc.Metadata): RawStream['call'] }).stream(md);
  const received: kubepulse.v1.AggregatorMessage[] = [];
  const waiters: Array<{ resolve: (m: kubepulse.v1.AggregatorMessage) => void; reject: (e: Error) => void }> = [];
  call.on('data', (m: kubepulse.v1.AggregatorMessage) => {
    received.push(m);
    waiters.shift()?.resolve(m);
  });
  const status = new Promise<grpc.StatusObject>((resolve) => {
    call.on('status', (s: grpc.StatusObject) => {
      for (const w of waiters.splice(0)) w.reject(new Error(`stream ended: ${s.code} ${s.details}`));
      resolve(s);
    });
  });
  call.on('error', () => { /* the status promise carries it */ });
  return {
    call, received, status, client,
    next: () => new Promise((resolve, reject) => waiters.push({ resolve, reject })),
    close: () => { call.cancel(); client.close(); },
  };
}

export function hello(node: string, labels: Record<string, string> = {}): kubepulse.v1.IAgentMessage {
  return { hello: { nodeName: node, agentVersion: 'attack-test', bootId: 'boot-1', capabilities: [], nodeLabels: { 'kubernetes.io/hostname': node, ...labels } } };
}

/** Start times stay fixed: a changed start time means a restart to the store. */
const STARTED_NS = BigInt(Date.now()) * MS - 600_000n * MS;

export interface PodSpec { ns: string; name: string; uid: string; labels?: Record<string, string> }

/** A sample whose CPU counters grow at exactly `milli` millicores over wall time. */
export function sample(seq: number, pods: PodSpec[], milli = 250n, nowNs = BigInt(Date.now()) * MS): kubepulse.v1.IAgentMessage {
  const usage = (nowNs * milli) / 1000n % (1n << 62n);
  const cpu = { timeUnixNano: toWire(nowNs, true), usageNs: toWire(usage) };
  const mem = { timeUnixNano: toWire(nowNs, true), usageBytes: toWire(200n << 20n), workingSetBytes: toWire(100n << 20n) };
  return {
    sample: {
      sequence: toWire(BigInt(seq)),
      collectedUnixNano: toWire(nowNs, true),
      node: { cpu, memory: mem, memoryCapacityBytes: toWire(8n << 30n), cpuCapacityMillis: toWire(2000n), startTimeUnixNano: toWire(STARTED_NS - 3_600_000n * MS, true) },
      pods: pods.map((p) => ({
        uid: p.uid, name: p.name, namespace: p.ns, labels: p.labels ?? { app: 'web' }, qosClass: 'Burstable',
        startTimeUnixNano: toWire(STARTED_NS, true), cpu, memory: mem,
        containers: [{ name: 'app', id: 'c'.repeat(64), startTimeUnixNano: toWire(STARTED_NS, true), cpu, memory: mem }],
      })),
    },
  };
}

export const LEGIT_PODS: PodSpec[] = [
  { ns: 'team-a', name: 'web-a', uid: '11111111-1111-1111-1111-111111111111' },
  { ns: 'team-b', name: 'web-b', uid: '22222222-2222-2222-2222-222222222222' },
];

/** A well-behaved agent for node `node`: streams every `everyMs` until stopped; counts acks. */
export async function startLegitAgent(bed: Bed, node: string, everyMs = 250): Promise<{ acks: () => number; stream: RawStream; stop(): Promise<grpc.StatusObject> }> {
  const s = openStream(bed, await bed.agentToken(node));
  s.call.write(hello(node));
  await s.next(); // settings
  // Paced by its acks, like the real push client: one sample in flight, then at least `everyMs`.
  let stopped = false;
  const loop = (async () => {
    for (let seq = 1; !stopped; seq++) {
      s.call.write(sample(seq, LEGIT_PODS));
      try { await s.next(); } catch { return; }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    stream: s,
    acks: () => s.received.filter((m) => m.ack).length,
    async stop() {
      stopped = true;
      await loop;
      s.call.end();
      const st = await s.status;
      s.client.close();
      return st;
    },
  };
}
