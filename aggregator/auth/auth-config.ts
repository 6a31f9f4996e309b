// Where the client CA and front-proxy settings come from: the
// kube-system/extension-apiserver-authentication ConfigMap (re-read periodically so a CA rotation
// is followed), with flags of the same names as the generic apiserver overriding it.
import { readFileSync } from 'node:fs';
import type { X509Certificate } from 'node:crypto';
import type { Logger } from '../../common/logger.js';
import type { KubeApi } from './kube-client.js';
import { DEFAULT_REQUEST_HEADERS, type RequestHeaderConfig } from './request-header.js';
import { parsePemBundle } from './x509.js';

export const AUTH_CONFIGMAP_PATH = '/api/v1/namespaces/kube-system/configmaps/extension-apiserver-authentication';

export interface AuthFlags {
  clientCaFile?: string;
  requestheaderClientCaFile?: string;
  requestheaderAllowedNames?: string[];
  requestheaderUsernameHeaders?: string[];
  requestheaderUidHeaders?: string[];
  requestheaderGroupHeaders?: string[];
  requestheaderExtraHeadersPrefix?: string[];
}

export interface AuthMaterial {
  clientCa: X509Certificate[];
  requestHeader: RequestHeaderConfig | null;
}

/** A JSON-encoded string array, as the ConfigMap stores the requestheader keys. */
export function parseJsonStringArray(value: string | undefined, key: string): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new Error(`${key}: not a JSON array of strings: ${value.slice(0, 80)}`);
  }
  if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) throw new Error(`${key}: not a JSON array of strings`);
  return parsed;
}

/** Combine ConfigMap data (may be empty) and flags; flags win key by key. */
export function buildAuthMaterial(data: Record<string, string>, flags: AuthFlags): AuthMaterial {
  const clientCaPem = flags.clientCaFile ? readFileSync(flags.clientCaFile, 'utf8') : data['client-ca-file'];
  const rhPem = flags.requestheaderClientCaFile ? readFileSync(flags.requestheaderClientCaFile, 'utf8') : data['requestheader-client-ca-file'];
  const clientCa = clientCaPem ? parsePemBundle(clientCaPem, 'client-ca-file') : [];
  let requestHeader: RequestHeaderConfig | null = null;
  if (rhPem) {
    const pick = (flag: string[] | undefined, key: string, dflt: string[]): string[] =>
      flag ?? parseJsonStringArray(data[key], key) ?? dflt;
    requestHeader = {
      caBundle: parsePemBundle(rhPem, 'requestheader-client-ca-file'),
      allowedNames: pick(flags.requestheaderAllowedNames, 'requestheader-allowed-names', []),
      usernameHeaders: pick(flags.requestheaderUsernameHeaders, 'requestheader-username-headers', DEFAULT_REQUEST_HEADERS.usernameHeaders),
      uidHeaders: pick(flags.requestheaderUidHeaders, 'requestheader-uid-headers', DEFAULT_REQUEST_HEADERS.uidHeaders),
      groupHeaders: pick(flags.requestheaderGroupHeaders, 'requestheader-group-headers', DEFAULT_REQUEST_HEADERS.groupHeaders),
      extraHeaderPrefixes: pick(flags.requestheaderExtraHeadersPrefix, 'requestheader-extra-headers-prefix', DEFAULT_REQUEST_HEADERS.extraHeaderPrefixes),
    };
  }
  return { clientCa, requestHeader };
}

/** Holds the current material; `refresh()` re-reads the ConfigMap and keeps the old one on error. */
export class AuthConfigSource {
  private material: AuthMaterial;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly api: KubeApi | null, private readonly flags: AuthFlags, private readonly log?: Logger) {
    this.material = buildAuthMaterial({}, flags);
  }

  get current(): AuthMaterial { return this.material; }

  async refresh(): Promise<void> {
    if (!this.api) return;
    const res = await this.api.request('GET', AUTH_CONFIGMAP_PATH);
    if (res.status === 404) throw new Error('ConfigMap kube-system/extension-apiserver-authentication not found');
    if (res.status !== 200) throw new Error(`reading kube-system/extension-apiserver-authentication: HTTP ${res.status} (does the aggregator's ServiceAccount have the extension-apiserver-authentication-reader Role?)`);
    const raw = (res.body as { data?: Record<string, unknown> } | null)?.data ?? {};
    const data: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') data[k] = v;
    const next = buildAuthMaterial(data, this.flags);
    this.material = next;
  }

  /** First read must succeed; later failures keep the last good material and are logged. */
  async start(intervalMs: number): Promise<void> {
    await this.refresh();
    if (!this.api) return;
    this.timer = setInterval(() => {
      this.refresh().catch((e: unknown) => this.log?.warn({ err: (e as Error).message }, 'keeping the previous authentication configuration'));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
