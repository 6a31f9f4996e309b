// Address helpers shared by both sides of the wire: plaintext and `--agent-auth none` are allowed
// only on loopback, and agent and aggregator must agree on what loopback is.
import { isIP } from 'node:net';

/** The host part of "host:port", "[v6]:port" or ":port" ("" means every interface). */
export function listenHost(listen: string): string {
  const m = /^\[([^\]]*)\](?::\d*)?$/.exec(listen);
  if (m) return m[1];
  const i = listen.lastIndexOf(':');
  if (i === -1) return listen;
  // An unbracketed IPv6 address without a port.
  if (listen.indexOf(':') !== i && isIP(listen) === 6) return listen;
  return listen.slice(0, i);
}

export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./i.test(host);
  return false;
}
