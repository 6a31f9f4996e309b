// The PKI an e2e test needs to stand up an aggregator that kubectl talks to: a serving CA and
// certificate for 127.0.0.1/localhost, a client CA trusted through --client-ca-file semantics, and
// one client certificate for the kubeconfig. ca.crt and client-ca.crt are written into `dir`.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHttpAuth, type HttpAuth } from '../../aggregator/auth/factory.js';
import type { Logger } from '../../common/logger.js';
import { createCA, createClientCert, createServingCert, type CertificateAuthority, type PemPair } from '../../common/tls.js';

export interface AggregatorPki {
  ca: CertificateAuthority;
  clientCa: CertificateAuthority;
  serving: PemPair;
  client: PemPair;
  /** Client-certificate authentication against `clientCa` (the aggregator's --client-ca-file mode). */
  auth: HttpAuth;
}

export async function aggregatorPki(dir: string, user: string, groups: string[], log: Logger): Promise<AggregatorPki> {
  const ca = await createCA('e2e-serving-ca');
  const clientCa = await createCA('e2e-client-ca');
  const serving = await createServingCert(ca, ['localhost', '127.0.0.1']);
  const client = await createClientCert(clientCa, user, groups);
  await writeFile(join(dir, 'ca.crt'), ca.cert);
  await writeFile(join(dir, 'client-ca.crt'), clientCa.cert);
  const auth = await createHttpAuth({ mode: 'flags', clientCaFile: join(dir, 'client-ca.crt'), log });
  return { ca, clientCa, serving, client, auth };
}
