// Accept-header negotiation: plain JSON, or a meta.k8s.io Table when the client asks for one
// (kubectl get sends `application/json;as=Table;v=v1;g=meta.k8s.io,…,application/json`).
import { notAcceptable } from './status.js';

export type Representation = { kind: 'json' } | { kind: 'table'; version: 'v1' | 'v1beta1' };

interface MediaRange { type: string; params: Record<string, string> }

function parseAccept(header: string): MediaRange[] {
  return header.split(',').map((part) => {
    const [type = '', ...rest] = part.split(';').map((s) => s.trim());
    const params: Record<string, string> = {};
    for (const p of rest) {
      const eq = p.indexOf('=');
      if (eq > 0) params[p.slice(0, eq).trim().toLowerCase()] = p.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    }
    return { type: type.toLowerCase(), params };
  }).filter((m) => m.type !== '' && m.params['q'] !== '0');
}

const JSONISH = new Set(['application/json', 'application/*', '*/*']);

/** `tableAllowed` is false for discovery and other non-list documents. Throws 406 when nothing fits. */
export function negotiate(accept: string | undefined, tableAllowed: boolean): Representation {
  if (accept === undefined || accept.trim() === '') return { kind: 'json' };
  for (const m of parseAccept(accept)) {
    if (!JSONISH.has(m.type)) continue;
    const as = m.params['as'];
    if (as === undefined) return { kind: 'json' };
    if (tableAllowed && as === 'Table' && m.params['g'] === 'meta.k8s.io' && (m.params['v'] === 'v1' || m.params['v'] === 'v1beta1')) {
      return { kind: 'table', version: m.params['v'] };
    }
  }
  throw notAcceptable(accept);
}

export function contentType(r: Representation): string {
  return r.kind === 'table' ? `application/json;as=Table;v=${r.version};g=meta.k8s.io` : 'application/json';
}
