// Client-certificate verification shared by the front-proxy, client-CA and agent mTLS
// authenticators. Node's TLS layer is configured with `requestCert: true,
// rejectUnauthorized: false` so a request without a usable certificate can still fall through to
// a bearer token; the chain is therefore verified HERE, per CA bundle, as the generic apiserver
// does (x509.Verifier with its own roots per authenticator).
import 'reflect-metadata';
import { X509Certificate } from 'node:crypto';
import * as px509 from '@peculiar/x509';

const CLIENT_AUTH_EKU = '1.3.6.1.5.5.7.3.2';
const ANY_EKU = '2.5.29.37.0';
const MAX_CHAIN = 8;

/** Parse a PEM bundle into certificates; throws with a clear message on anything else. */
export function parsePemBundle(pem: string, what: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error(`${what}: no PEM certificates found`);
  return blocks.map((b, i) => {
    try {
      return new X509Certificate(b);
    } catch (e) {
      throw new Error(`${what}: certificate ${i + 1} cannot be parsed: ${(e as Error).message}`, { cause: e });
    }
  });
}

export interface SubjectInfo {
  commonName: string;
  organizations: string[];
}

/** CN and every O of a certificate's subject, parsed from DER (not from Node's display string). */
export function subjectOf(cert: X509Certificate): SubjectInfo {
  const parsed = new px509.X509Certificate(new Uint8Array(cert.raw));
  const name = parsed.subjectName;
  return {
    commonName: name.getField('CN')[0] ?? '',
    organizations: name.getField('O'),
  };
}

function validAt(cert: X509Certificate, now: Date): boolean {
  return new Date(cert.validFrom) <= now && now <= new Date(cert.validTo);
}

function sameCert(a: X509Certificate, b: X509Certificate): boolean {
  return a.fingerprint256 === b.fingerprint256;
}

function issuedBy(child: X509Certificate, parent: X509Certificate): boolean {
  // checkIssued compares names (and key identifiers); verify checks the signature itself.
  return child.checkIssued(parent) && child.verify(parent.publicKey);
}

/**
 * Verify a client chain (leaf first, as presented) against trusted roots. Intermediates come only
 * from the presented chain, must be CAs, and every certificate must be within its validity period.
 * Returns null on success, or the reason for refusal.
 */
export function verifyClientChain(chain: X509Certificate[], roots: X509Certificate[], now = new Date()): string | null {
  const leaf = chain[0];
  if (!leaf) return 'no client certificate';
  if (roots.length === 0) return 'no trusted CA configured';
  if (!validAt(leaf, now)) return `x509: certificate has expired or is not yet valid (valid ${leaf.validFrom} to ${leaf.validTo})`;
  const eku = leaf.keyUsage;
  if (eku !== undefined && eku.length > 0 && !eku.includes(CLIENT_AUTH_EKU) && !eku.includes(ANY_EKU)) {
    return 'x509: certificate specifies an incompatible key usage';
  }
  const intermediates = chain.slice(1);
  let current = leaf;
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    const root = roots.find((r) => issuedBy(current, r));
    if (root) return validAt(root, now) ? null : 'x509: the trusted CA certificate has expired';
    // A self-signed leaf that is itself a trusted root is not a client certificate chain.
    const next = intermediates.find((c) => !sameCert(c, current) && c.ca && validAt(c, now) && issuedBy(current, c));
    if (!next) return 'x509: certificate signed by unknown authority';
    current = next;
  }
  return 'x509: certificate chain too long';
}
