// Derives Kubernetes request attributes from a URL, as the generic API server's RequestInfo
// resolver does: the authorizer and the handlers both work from this one parse.
import { METRICS_GROUP } from './discovery.js';

export interface RequestInfo {
  resourceRequest: boolean;
  verb: string;
  path: string;
  apiGroup?: string;
  apiVersion?: string;
  resource?: string;
  namespace?: string;
  name?: string;
  /** Path segments left after the recognised prefix; non-empty means no such resource. */
  rest: string[];
}

function isWatch(query: URLSearchParams): boolean {
  const w = query.get('watch');
  return w !== null && w !== '' && w !== 'false' && w !== '0';
}

/** `path` without the query string; segments are percent-decoded. */
export function requestInfo(method: string, path: string, query: URLSearchParams): RequestInfo {
  const httpVerb = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
  const nonResource: RequestInfo = { resourceRequest: false, verb: httpVerb, path, rest: [] };
  let segs: string[];
  try {
    segs = path.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  } catch {
    return nonResource;
  }
  let i: number;
  let apiGroup: string;
  if (segs[0] === 'api' && segs.length >= 3) { apiGroup = ''; i = 1; }
  else if (segs[0] === 'apis' && segs.length >= 4) { apiGroup = segs[1] ?? ''; i = 2; }
  else return nonResource;
  const apiVersion = segs[i++] ?? '';
  let watchPrefix = false;
  if (segs[i] === 'watch') { watchPrefix = true; i++; }
  let namespace: string | undefined;
  if (segs[i] === 'namespaces' && segs.length > i + 2) {
    namespace = segs[i + 1];
    i += 2;
  }
  const resource = segs[i++];
  const name = segs[i++];
  const rest = segs.slice(i);
  // A bare `namespaces/<ns>` would be the namespaces resource, which this server does not serve.
  const verb = httpVerb !== 'get' ? httpVerb
    : watchPrefix || isWatch(query) ? 'watch'
      : name === undefined ? 'list' : 'get';
  return {
    resourceRequest: true, verb, path, apiGroup, apiVersion,
    ...(resource !== undefined ? { resource } : {}),
    ...(namespace !== undefined ? { namespace } : {}),
    ...(name !== undefined ? { name } : {}),
    rest,
  };
}

export function isMetricsGroup(info: RequestInfo): boolean {
  return info.apiGroup === METRICS_GROUP;
}
