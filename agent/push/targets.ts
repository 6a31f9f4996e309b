// `--aggregator`: a comma-separated list of host:port, where a host may be a DNS name with several
// addresses (a headless Service: one address per replica). Every address gets its own stream.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export interface Target {
  /** "ip:port" (IPv6 in brackets): the stream's identity and what grpc dials. */
  address: string;
  /** The name to check the aggregator's certificate against (the host as written). */
  serverName: string;
}

export type Lookup = (host: string) => Promise<string[]>;

export const systemLookup: Lookup = async (host) => (await dnsLookup(host, { all: true })).map((a) => a.address);

export function parseAggregatorList(spec: string): { host: string; port: number }[] {
  const items = spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new Error('--aggregator is empty: give host:port[,host:port…]');
  return items.map((item) => {
    const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(item);
    if (!m) throw new Error(`--aggregator ${item}: expected host:port (IPv6 as [addr]:port)`);
    const port = Number(m[3]);
    if (port < 1 || port > 65535) throw new Error(`--aggregator ${item}: port out of range`);
    return { host: (m[1] ?? m[2]), port };
  });
}

function join(ip: string, port: number): string {
  return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * Every address the list names now. A name that resolves to both families uses its IPv4
 * addresses only: "localhost" → 127.0.0.1 and ::1 is one aggregator, not two.
 * A name that fails to resolve contributes nothing this round (and is logged by the caller).
 */
export async function resolveTargets(spec: string, lookup: Lookup = systemLookup): Promise<{ targets: Target[]; errors: string[] }> {
  const targets = new Map<string, Target>();
  const errors: string[] = [];
  for (const { host, port } of parseAggregatorList(spec)) {
    if (isIP(host)) {
      const address = join(host, port);
      targets.set(address, { address, serverName: host });
      continue;
    }
    try {
      const ips = await lookup(host);
      const v4 = ips.filter((ip) => isIP(ip) === 4);
      for (const ip of v4.length ? v4 : ips) {
        const address = join(ip, port);
        if (!targets.has(address)) targets.set(address, { address, serverName: host });
      }
    } catch (e) {
      errors.push(`${host}: ${(e as Error).message}`);
    }
  }
  return { targets: [...targets.values()], errors };
}
