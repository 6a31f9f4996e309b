// Request attributes from a URL, the way the generic apiserver's RequestInfoFactory derives them
// (apiserver pkg/endpoints/request/requestinfo.go): /api and /apis paths are resource requests,
// everything else (and discovery) is a non-resource request checked by path.
import type { RequestAttributes, UserInfo } from './types.js';

export class BadPathError extends Error {
  override readonly name = 'BadPathError';
}

const METHOD_VERBS: Record<string, string> = { POST: 'create', PUT: 'update', PATCH: 'patch', DELETE: 'delete', GET: 'get', HEAD: 'get' };

/**
 * Segments of a path, each percent-decoded AFTER splitting, which is how the router matches its
 * parameters: authorization and routing then agree on every name. Segments that could make the two
 * disagree (".", "..", an encoded "/", NUL) are refused rather than normalised.
 */
export function pathSegments(path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '');
  return parts.map((raw) => {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      throw new BadPathError(`malformed percent-encoding in path segment "${raw}"`);
    }
    if (seg === '.' || seg === '..' || seg.includes('/') || seg.includes('\\') || seg.includes('\0')) {
      throw new BadPathError(`path segment "${raw}" is not allowed`);
    }
    return seg;
  });
}

export function requestAttributes(method: string, url: string, user: UserInfo): RequestAttributes {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));
  const parts = pathSegments(path);
  const cleanPath = '/' + parts.join('/');
  const m = method.toUpperCase();
  const base: RequestAttributes = { user, verb: (METHOD_VERBS[m] ?? m).toLowerCase(), path: cleanPath, resourceRequest: false };

  let rest: string[];
  let apiGroup = '';
  let apiVersion: string;
  if (parts[0] === 'api' && parts.length >= 3) {
    apiVersion = parts[1]!;
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 4) {
    apiGroup = parts[1]!;
    apiVersion = parts[2]!;
    rest = parts.slice(3);
  } else {
    return base; // non-resource: discovery, health, metrics, openapi
  }

  let verb = base.verb;
  if (rest[0] === 'watch') {
    verb = 'watch';
    rest = rest.slice(1);
  }
  let namespace = '';
  if (rest[0] === 'namespaces' && rest.length >= 2) {
    namespace = rest[1]!;
    // /namespaces/<ns> names the namespace object itself (upstream keeps Namespace set there too).
    if (rest.length > 2 && !['status', 'finalize'].includes(rest[2])) rest = rest.slice(2);
  }
  const resource = rest[0] ?? '';
  const name = rest[1] ?? '';
  const subresource = rest[2] ?? '';
  const named = name !== '';
  // Only a collection GET becomes list or watch; a named GET stays get (as upstream).
  if (verb === 'get' && !named) verb = ['true', '1'].includes((query.get('watch') ?? '').toLowerCase()) ? 'watch' : 'list';
  if (verb === 'delete' && !named) verb = 'deletecollection';

  const attrs: RequestAttributes = { ...base, verb, resourceRequest: true, apiGroup, apiVersion, resource, namespace };
  let effectiveName = name;
  // A list or watch narrowed to one name by fieldSelector is authorized as that name.
  if ((verb === 'list' || verb === 'watch') && effectiveName === '') {
    const fs = query.get('fieldSelector');
    const one = fs !== null ? /^metadata\.name==?([^,=!]+)$/.exec(fs.trim()) : null;
    if (one) effectiveName = one[1]!;
  }
  if (effectiveName !== '') attrs.name = effectiveName;
  if (subresource !== '') attrs.subresource = subresource;
  return attrs;
}
