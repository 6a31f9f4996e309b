// JSON with bigint integers written as exact digits. JSON.stringify cannot (and JSON.rawJSON is not in
// Node 20), and the Summary's uint64 counters pass 2^53 on busy nodes.
export type Json = bigint | number | string | boolean | null | Json[] | { [k: string]: Json | undefined };

export function toJson(v: Json | undefined): string {
  if (typeof v === 'bigint') return v.toString();
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  const parts: string[] = [];
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (x !== undefined) parts.push(`${JSON.stringify(k)}:${toJson(x)}`);
  }
  return `{${parts.join(',')}}`;
}
