// Kubeconfig files: `kubepulse up` writes one for kubectl; `kubepulse top` reads one (any
// kubeconfig kubectl could use: inline data or file paths, client certificates or a bearer token).
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

export interface KubeconfigSpec {
  server: string;
  caPem: string;
  clientCertPem: string;
  clientKeyPem: string;
  clusterName?: string;
  userName?: string;
  contextName?: string;
  namespace?: string;
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

export function renderKubeconfig(k: KubeconfigSpec): string {
  const cluster = k.clusterName ?? 'kubepulse';
  const user = k.userName ?? 'kubepulse-admin';
  const context = k.contextName ?? 'kubepulse';
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: cluster, cluster: { server: k.server, 'certificate-authority-data': b64(k.caPem) } }],
    users: [{ name: user, user: { 'client-certificate-data': b64(k.clientCertPem), 'client-key-data': b64(k.clientKeyPem) } }],
    contexts: [{ name: context, context: { cluster, user, namespace: k.namespace ?? 'default' } }],
    'current-context': context,
    preferences: {},
  });
}

/** Written 0600: it holds a private key. */
export async function writeKubeconfig(path: string, k: KubeconfigSpec): Promise<void> {
  await writeFile(path, renderKubeconfig(k), { mode: 0o600 });
}

/** What a client needs to reach the API, resolved from the current (or named) context. */
export interface ClientConfig {
  server: string;
  namespace: string;
  ca?: string;
  cert?: string;
  key?: string;
  token?: string;
  insecureSkipTlsVerify: boolean;
  tlsServerName?: string;
}

export class KubeconfigError extends Error {
  override readonly name = 'KubeconfigError';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function named(list: unknown, name: string, what: string, path: string): Obj {
  if (!Array.isArray(list)) throw new KubeconfigError(`${path}: no ${what}s`);
  const hit = list.find((e) => isObj(e) && e['name'] === name) as Obj | undefined;
  const body = hit?.[what];
  if (!isObj(body)) throw new KubeconfigError(`${path}: ${what} "${name}" not found`);
  return body;
}

function str(o: Obj, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function readKubeconfig(path: string, contextName?: string): ClientConfig {
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new KubeconfigError(`cannot read kubeconfig ${path}: ${(err as Error).message}`);
  }
  if (!isObj(doc)) throw new KubeconfigError(`${path} is not a kubeconfig`);
  const ctxName = contextName ?? str(doc, 'current-context');
  if (!ctxName) throw new KubeconfigError(`${path}: no current-context set`);
  const ctx = named(doc['contexts'], ctxName, 'context', path);
  const clusterName = str(ctx, 'cluster');
  const userName = str(ctx, 'user');
  if (!clusterName) throw new KubeconfigError(`${path}: context "${ctxName}" names no cluster`);
  const cluster = named(doc['clusters'], clusterName, 'cluster', path);
  const user = userName ? named(doc['users'], userName, 'user', path) : {};
  const base = dirname(resolve(path));
  // Either inline base64 (`…-data`) or a file path relative to the kubeconfig.
  const material = (o: Obj, dataKey: string, fileKey: string): string | undefined => {
    const data = str(o, dataKey);
    if (data) return Buffer.from(data, 'base64').toString('utf8');
    const file = str(o, fileKey);
    if (!file) return undefined;
    try {
      return readFileSync(isAbsolute(file) ? file : resolve(base, file), 'utf8');
    } catch (err) {
      throw new KubeconfigError(`${path}: cannot read ${fileKey} ${file}: ${(err as Error).message}`);
    }
  };
  const server = str(cluster, 'server');
  if (!server) throw new KubeconfigError(`${path}: cluster "${clusterName}" has no server`);
  const ca = material(cluster, 'certificate-authority-data', 'certificate-authority');
  const cert = material(user, 'client-certificate-data', 'client-certificate');
  const key = material(user, 'client-key-data', 'client-key');
  const token = str(user, 'token') ?? (str(user, 'tokenFile') ? material(user, '', 'tokenFile')?.trim() : undefined);
  const tlsServerName = str(cluster, 'tls-server-name');
  return {
    server: server.replace(/\/+$/, ''),
    namespace: str(ctx, 'namespace') ?? 'default',
    insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
    ...(ca ? { ca } : {}),
    ...(cert ? { cert } : {}),
    ...(key ? { key } : {}),
    ...(token ? { token } : {}),
    ...(tlsServerName ? { tlsServerName } : {}),
  };
}
