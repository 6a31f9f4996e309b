// Certificate generation for `kubepulse up` and tests: a CA, serving certificates and client
// certificates, ECDSA P-256, all PEM. Uses @peculiar/x509 over node's WebCrypto so nothing shells
// out to openssl.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import { isIP } from 'node:net';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

const ALG: webcrypto.EcKeyGenParams & webcrypto.EcdsaParams = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY_MS = 86_400_000;

export interface PemPair {
  /** PEM certificate. */
  cert: string;
  /** PEM PKCS#8 private key. */
  key: string;
}

/** A CA that can sign further certificates; keep `signingKey` in memory only. */
export interface CertificateAuthority extends PemPair {
  readonly certificate: x509.X509Certificate;
  readonly signingKey: CryptoKey;
}

export interface CertOptions {
  /** Validity in days; defaults to 365. */
  days?: number;
}

function pemKey(der: ArrayBuffer): string {
  return x509.PemConverter.encode(der, 'PRIVATE KEY');
}

async function keyPair(): Promise<CryptoKeyPair> {
  return webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
}

function validity(days: number): { notBefore: Date; notAfter: Date } {
  // Backdated a little so a peer whose clock runs slightly behind still accepts it.
  const now = Date.now();
  return { notBefore: new Date(now - 5 * 60_000), notAfter: new Date(now + days * DAY_MS) };
}

function serial(): string {
  // Positive 16-byte serial: the top bit cleared so DER does not read it as negative.
  const b = webcrypto.getRandomValues(new Uint8Array(16));
  b[0] = (b[0] ?? 0) & 0x7f | 0x01;
  return Buffer.from(b).toString('hex');
}

/** Escapes a value for an RFC 4514 distinguished-name string. */
function dnValue(v: string): string {
  return v.replace(/([,+"\\<>;=#])/g, '\\$1');
}

export async function createCA(commonName = 'kubepulse-ca', opts: CertOptions = {}): Promise<CertificateAuthority> {
  const keys = await keyPair();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${dnValue(commonName)}`,
    ...validity(opts.days ?? 3650),
    signingAlgorithm: ALG,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  const key = pemKey(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { cert: certificate.toString('pem'), key, certificate, signingKey: keys.privateKey };
}

async function issue(ca: CertificateAuthority, subject: string, usage: x509.ExtendedKeyUsage, sans: string[], opts: CertOptions): Promise<PemPair> {
  const keys = await keyPair();
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
    new x509.ExtendedKeyUsageExtension([usage]),
    await x509.AuthorityKeyIdentifierExtension.create(ca.certificate.publicKey),
  ];
  if (sans.length > 0) {
    extensions.push(new x509.SubjectAlternativeNameExtension(
      sans.map((s): x509.JsonGeneralName => ({ type: isIP(s) ? 'ip' : 'dns', value: s })),
    ));
  }
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject,
    issuer: ca.certificate.subject,
    ...validity(opts.days ?? 365),
    signingAlgorithm: ALG,
    publicKey: keys.publicKey,
    signingKey: ca.signingKey,
    extensions,
  });
  return { cert: cert.toString('pem'), key: pemKey(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)) };
}

/** A TLS server certificate valid for the given DNS names and IP addresses (at least one). */
export async function createServingCert(ca: CertificateAuthority, hosts: string[], opts: CertOptions = {}): Promise<PemPair> {
  if (hosts.length === 0) throw new Error('a serving certificate needs at least one host name or IP');
  return issue(ca, `CN=${dnValue(hosts[0] ?? 'localhost')}`, x509.ExtendedKeyUsage.serverAuth, hosts, opts);
}

/**
 * A TLS client certificate. Kubernetes reads the user from CN and the groups from O, which is what
 * the x509 authenticator of the aggregator does too.
 */
export async function createClientCert(ca: CertificateAuthority, user: string, groups: string[] = [], opts: CertOptions = {}): Promise<PemPair> {
  const dn = [`CN=${dnValue(user)}`, ...groups.map((g) => `O=${dnValue(g)}`)].join(', ');
  return issue(ca, dn, x509.ExtendedKeyUsage.clientAuth, [], opts);
}

/** Re-creates a CA handle from PEM files written earlier, so a restart keeps the same trust root. */
export async function loadCA(pair: PemPair): Promise<CertificateAuthority> {
  const certificate = new x509.X509Certificate(pair.cert);
  const der = x509.PemConverter.decodeFirst(pair.key);
  const signingKey = await webcrypto.subtle.importKey('pkcs8', der, ALG, true, ['sign']);
  return { ...pair, certificate, signingKey };
}
