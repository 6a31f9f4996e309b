// Shared by the auth unit tests and the attack/fuzz suites: certificate chains (including
// intermediates, which common/tls does not make), a minimal stand-in kube-apiserver over real
// HTTPS (TokenReview, SubjectAccessReview, the extension-apiserver-authentication ConfigMap and the
// service-account JWKS), and a kubeconfig pointing at it.
import 'reflect-metadata';
import { webcrypto, X509Certificate } from 'node:crypto';
import https from 'node:https';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import * as x509 from '@peculiar/x509';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import { createCA, createServingCert, type CertificateAuthority, type PemPair } from '../../common/tls.js';

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

/** A CA signed by `parent` (pathLen 0), usable wherever common/tls takes a CertificateAuthority. */
export async function createIntermediate(parent: CertificateAuthority, cn: string, isCa = true): Promise<CertificateAuthority> {
  const keys = await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
  const now = Date.now();
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: '0' + Math.floor(Math.random() * 1e12).toString(16).padStart(12, '1'),
    subject: `CN=${cn}`,
    issuer: parent.certificate.subject,
    notBefore: new Date(now - 60_000),
    notAfter: new Date(now + 86_400_000),
    signingAlgorithm: ALG,
    publicKey: keys.publicKey,
    signingKey: parent.signingKey,
    extensions: [
      new x509.BasicConstraintsExtension(isCa, isCa ? 0 : undefined, true),
      new x509.KeyUsagesExtension(isCa ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.digitalSignature : x509.KeyUsageFlags.digitalSignature, true),
    ],
  });
  const key = x509.PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey), 'PRIVATE KEY');
  return { cert: certificate.toString('pem'), key, certificate, signingKey: keys.privateKey };
}

export function certs(...pems: string[]): X509Certificate[] {
  return pems.map((p) => new X509Certificate(p));
}

/** The parts of a SubjectAccessReview spec the stand-in decides on. */
export interface SarSpec {
  user?: string;
  groups?: string[];
  resourceAttributes?: Record<string, string>;
  nonResourceAttributes?: Record<string, string>;
}

interface ReviewBody { spec?: SarSpec & { token?: string; audiences?: string[] } }

export interface ApiCall { method: string; path: string; body: unknown; auth: string | undefined }

export interface StandInApiserver {
  url: string;
  ca: CertificateAuthority;
  calls: ApiCall[];
  /** token → TokenReview status (absent: authenticated=false). */
  tokens: Map<string, Record<string, unknown>>;
  /** Decides SubjectAccessReviews; default denies. */
  sar: (spec: SarSpec) => { allowed: boolean; reason?: string; denied?: boolean };
  configMap: Record<string, string> | null;
  jwks: { keys: JWK[] };
  /** Force an HTTP status for every request (simulates an unavailable apiserver). */
  failWith: number | null;
  kubeconfigPath: string;
  close(): Promise<void>;
}

/** A minimal stand-in kube-apiserver over real HTTPS: only the endpoints delegated auth uses. */
export async function startStandInApiserver(): Promise<StandInApiserver> {
  const ca = await createCA('stand-in-apiserver-ca');
  const serving: PemPair = await createServingCert(ca, ['127.0.0.1', 'localhost']);
  const dir = mkdtempSync(join(tmpdir(), 'kp-standin-'));
  const state: Omit<StandInApiserver, 'url' | 'close' | 'kubeconfigPath'> = {
    ca, calls: [], tokens: new Map(), sar: () => ({ allowed: false }), configMap: null, jwks: { keys: [] }, failWith: null,
  };
  const server = https.createServer({ cert: serving.cert, key: serving.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: ReviewBody | null;
      try { body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) as ReviewBody : null; } catch { body = null; }
      const path = req.url ?? '';
      state.calls.push({ method: req.method ?? '', path, body, auth: req.headers.authorization });
      const send = (code: number, obj: unknown): void => {
        res.writeHead(code, { 'content-type': 'application/json' });
        res.end(JSON.stringify(obj));
      };
      if (req.headers.authorization !== 'Bearer aggregator-sa-token') return send(401, { kind: 'Status', code: 401 });
      if (state.failWith !== null) return send(state.failWith, { kind: 'Status', code: state.failWith });
      if (req.method === 'POST' && path === '/apis/authentication.k8s.io/v1/tokenreviews') {
        const st = state.tokens.get(body?.spec?.token ?? '') ?? { authenticated: false, error: 'invalid bearer token' };
        const wantAud: string[] = body?.spec?.audiences ?? [];
        const have: string[] = (st['audiences'] as string[] | undefined) ?? [];
        if (wantAud.length > 0 && !wantAud.some((a) => have.includes(a))) {
          return send(201, { kind: 'TokenReview', apiVersion: 'authentication.k8s.io/v1', status: { authenticated: false, error: 'token audiences do not match' } });
        }
        return send(201, { kind: 'TokenReview', apiVersion: 'authentication.k8s.io/v1', status: st });
      }
      if (req.method === 'POST' && path === '/apis/authorization.k8s.io/v1/subjectaccessreviews') {
        return send(201, { kind: 'SubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', status: state.sar(body?.spec ?? {}) });
      }
      if (req.method === 'GET' && path === '/api/v1/namespaces/kube-system/configmaps/extension-apiserver-authentication') {
        return state.configMap ? send(200, { kind: 'ConfigMap', data: state.configMap }) : send(404, { kind: 'Status', code: 404 });
      }
      if (req.method === 'GET' && path === '/openid/v1/jwks') return send(200, state.jwks);
      return send(404, { kind: 'Status', code: 404 });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const kubeconfigPath = join(dir, 'kubeconfig');
  writeFileSync(kubeconfigPath, JSON.stringify({
    apiVersion: 'v1', kind: 'Config', 'current-context': 'c',
    clusters: [{ name: 'c', cluster: { server: url, 'certificate-authority-data': Buffer.from(ca.cert).toString('base64') } }],
    users: [{ name: 'u', user: { token: 'aggregator-sa-token' } }],
    contexts: [{ name: 'c', context: { cluster: 'c', user: 'u' } }],
  }));
  return Object.assign(state, {
    url,
    kubeconfigPath,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

export interface SaSigner {
  jwk: JWK;
  sign(claims: JWTPayload, opts?: { expiresInS?: number; iatOffsetS?: number; aud?: string }): Promise<string>;
}

/** A service-account token signer like the apiserver's (RS256 or ES256), with its public JWK. */
export async function createSaSigner(alg: 'RS256' | 'ES256', kid: string, issuer = 'https://kubernetes.default.svc.cluster.local'): Promise<SaSigner> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return {
    jwk,
    async sign(claims, opts = {}) {
      const now = Math.floor(Date.now() / 1000) + (opts.iatOffsetS ?? 0);
      return new SignJWT(claims)
        .setProtectedHeader({ alg, kid })
        .setIssuer(issuer)
        .setAudience(opts.aud ?? 'kubepulse')
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + (opts.expiresInS ?? 3600))
        .sign(privateKey);
    },
  };
}

/** The claims of a projected token of a pod of `ns/sa` on `node` (Kubernetes ≥ 1.30 shape). */
export function podTokenClaims(ns: string, sa: string, node: string | null): JWTPayload {
  const k8s: Record<string, unknown> = {
    namespace: ns,
    serviceaccount: { name: sa, uid: '00000000-0000-0000-0000-000000000001' },
    pod: { name: `${sa}-abcde`, uid: '00000000-0000-0000-0000-000000000002' },
  };
  if (node !== null) k8s['node'] = { name: node, uid: '00000000-0000-0000-0000-000000000003' };
  return { sub: `system:serviceaccount:${ns}:${sa}`, 'kubernetes.io': k8s };
}
