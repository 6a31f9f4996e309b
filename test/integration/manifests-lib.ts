// Helpers for the manifest tests: render the kustomize overlays with the real kubectl, validate
// objects offline against the Kubernetes schemas, and look objects up for wiring checks.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as k8s from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A throwaway copy of manifests/ with a freshly generated serving certificate in it. */
export interface ManifestTree {
  dir: string;
  certs: { ca: string; crt: string; key: string };
  render(kustomizationDir: string): Obj[];
  /** Writes an extra kustomization under the copy (e.g. a composition of components). */
  writeKustomization(rel: string, body: string): string;
  cleanup(): void;
}

export function copyManifests(): ManifestTree {
  const dir = mkdtempSync(join(tmpdir(), 'kp-manifests-'));
  cpSync(join(repoRoot, 'manifests'), join(dir, 'manifests'), { recursive: true });
  const certDir = join(dir, 'manifests/components/static-certs/certs');
  execFileSync(join(repoRoot, 'scripts/gen-certs.sh'), ['--out', certDir], { stdio: 'pipe' });
  const read = (f: string): string => execFileSync('cat', [join(certDir, f)], { encoding: 'utf8' });
  return {
    dir,
    certs: { ca: read('ca.crt'), crt: read('tls.crt'), key: read('tls.key') },
    render: (rel) => renderKustomize(join(dir, 'manifests', rel)),
    writeKustomization(rel, body) {
      const p = join(dir, 'manifests', rel);
      mkdirSync(p, { recursive: true });
      writeFileSync(join(p, 'kustomization.yaml'), body);
      return p;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function renderKustomize(path: string): Obj[] {
  const out = execFileSync('kubectl', ['kustomize', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  return parseAllDocuments(out).map((d) => {
    if (d.errors.length > 0) throw new Error(`kustomize output is not YAML: ${d.errors[0]?.message}`);
    return d.toJSON() as Obj;
  }).filter((o) => o !== null);
}

// ---- schema validation ----

type ModelClass = new (data: Obj) => { validate(): void };

/** kubernetes-models module path for apiVersion/kind, e.g. apps/v1 DaemonSet → apps/v1/DaemonSet. */
function modelPath(apiVersion: string, kind: string): string {
  return `kubernetes-models/${apiVersion}/${kind}`;
}

/** Validates against the OpenAPI schema (types, required fields, enums, formats). */
export async function schemaErrors(obj: Obj): Promise<string[]> {
  let mod: Record<string, unknown>;
  try {
    mod = await import(modelPath(String(obj.apiVersion), String(obj.kind))) as Record<string, unknown>;
  } catch {
    return [`no Kubernetes schema for ${obj.apiVersion} ${obj.kind}`];
  }
  const Model = mod[String(obj.kind)] as ModelClass;
  try {
    new Model(unwrapBytes(obj)).validate();
    return [];
  } catch (e) {
    return [(e as Error).message];
  }
}

interface Attr { name: string; baseName: string; type: string; format?: string }
type WithAttrs = { getAttributeTypeMap(): Attr[] };
const models = k8s as unknown as Record<string, WithAttrs | undefined>;
const LEAF = new Set(['string', 'number', 'boolean', 'Date', 'any', 'object', 'IntOrString', 'RuntimeRawExtension']);

/** The client-node model class name for apiVersion/kind, e.g. policy/v1 PodDisruptionBudget → V1PodDisruptionBudget. */
function className(apiVersion: string, kind: string): string {
  const version = apiVersion.split('/').pop() ?? '';
  return version.charAt(0).toUpperCase() + version.slice(1) + kind;
}

/**
 * Fields the API does not know, as kubectl's strict field validation would report them: the
 * OpenAPI schemas allow unknown properties, so a misspelt `readOnlyRootFileSystem` would
 * otherwise pass silently (and be dropped by the API server).
 */
export function unknownFields(obj: Obj): string[] {
  const cls = className(String(obj.apiVersion), String(obj.kind));
  if (!models[cls]?.getAttributeTypeMap) return [`no field list for ${cls}`];
  const found: string[] = [];
  walk(obj, cls, '', found);
  return found;
}

function walk(value: unknown, type: string, path: string, found: string[]): void {
  if (value === null || value === undefined || LEAF.has(type)) return;
  const arr = /^Array<(.+)>$/.exec(type);
  if (arr) {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, arr[1], `${path}[${i}]`, found));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, map[1], `${path}.${k}`, found);
    return;
  }
  const model = models[type];
  if (!model?.getAttributeTypeMap || typeof value !== 'object') return;
  const attrs = model.getAttributeTypeMap();
  for (const [key, v] of Object.entries(value as Obj)) {
    const attr = attrs.find((a) => a.baseName === key);
    if (!attr) found.push(`${path}.${key}`.replace(/^\./, ''));
    else walk(v, attr.type, `${path}.${key}`, found);
  }
}

/**
 * kustomize wraps base64 (Secret data, caBundle) at 76 columns; the API server accepts that
 * (Go's base64 decoder skips \r and \n) but the schema's "byte" format regex does not, so the
 * line breaks are removed from format-"byte" fields before schema validation, nothing else.
 */
export function unwrapBytes(obj: Obj): Obj {
  const copy = structuredClone(obj);
  const cls = className(String(obj.apiVersion), String(obj.kind));
  if (models[cls]?.getAttributeTypeMap) visitBytes(copy, cls);
  return copy;
}

function visitBytes(value: unknown, type: string): void {
  if (value === null || typeof value !== 'object') return;
  const arr = /^Array<(.+)>$/.exec(type);
  if (arr) { if (Array.isArray(value)) value.forEach((v) => visitBytes(v, arr[1])); return; }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) { for (const v of Object.values(value)) visitBytes(v, map[1]); return; }
  const attrs = models[type]?.getAttributeTypeMap?.() ?? [];
  const o = value as Obj;
  for (const a of attrs) {
    const v = o[a.baseName];
    if (a.format === 'byte' && typeof v === 'string') o[a.baseName] = v.replace(/[\r\n]/g, '');
    else if (a.format === 'byte' && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, s] of Object.entries(v as Obj)) if (typeof s === 'string') (v as Obj)[k] = s.replace(/[\r\n]/g, '');
    } else visitBytes(v, a.type);
  }
}

// ---- lookups ----

export function find(objs: Obj[], kind: string, name: string, namespace?: string): Obj | undefined {
  return objs.find((o) => o.kind === kind && o.metadata?.name === name &&
    (namespace === undefined || (o.metadata?.namespace ?? '') === namespace));
}

export function mustFind(objs: Obj[], kind: string, name: string, namespace?: string): Obj {
  const o = find(objs, kind, name, namespace);
  if (!o) throw new Error(`${kind} ${namespace ? `${namespace}/` : ''}${name} is not in the rendered manifests`);
  return o;
}

/** `--name=value` arguments of a container as a map. */
export function flags(container: Obj): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of (container.args ?? []) as string[]) {
    const match = /^--([^=]+)=(.*)$/.exec(a);
    if (match) m.set(match[1], match[2]);
  }
  return m;
}

export function selectorMatches(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/** The volumeMount (and its volume) whose mountPath contains `path`, deepest mount first. */
export function mountFor(podSpec: Obj, container: Obj, path: string): { mount: Obj; volume: Obj } | undefined {
  const mounts = ((container.volumeMounts ?? []) as Obj[])
    .filter((m) => path === m.mountPath || path.startsWith(`${String(m.mountPath).replace(/\/$/, '')}/`))
    .sort((a, b) => String(b.mountPath).length - String(a.mountPath).length);
  const mount = mounts[0];
  if (!mount) return undefined;
  const volume = ((podSpec.volumes ?? []) as Obj[]).find((v) => v.name === mount.name);
  return volume ? { mount, volume } : undefined;
}

/** Path of `path` inside the volume a mount exposes ("" for the volume root). */
export function pathInVolume(mount: Obj, path: string): string {
  return path.slice(String(mount.mountPath).length).replace(/^\//, '');
}
