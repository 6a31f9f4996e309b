// A client using Go's crypto/tls directly sends its certificate only if the server's
// CertificateRequest lists its issuer or lists nothing; client-go (kubectl, the kube-apiserver's
// proxy transport) supplies it regardless. The real kubectl against a
// running aggregator in cluster mode, with the client CA known only from the
// extension-apiserver-authentication ConfigMap of a minimal stand-in kube-apiserver: the
// certificate must still reach the authenticators, and a forged identity must still be refused.
import t from 'tap';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createLogger } from '../../common/logger.js';
import { createCA, createClientCert, createServingCert, type PemPair } from '../../common/tls.js';
import { startAggregator } from '../../aggregator/aggregator.js';
import { createHttpAuth } from '../../aggregator/auth/factory.js';
import { NoneAgentAuthenticator } from '../../aggregator/auth/agent-none.js';
import { startStandInApiserver } from '../unit/auth-fixtures.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kp-goclient-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const api = await startStandInApiserver();
t.teardown(() => api.close());
const servingCa = await createCA('go-serving-ca');
const clientCa = await createCA('go-client-ca');
const unrelatedCa = await createCA('go-unrelated-ca');
api.configMap = { 'client-ca-file': clientCa.cert };
api.sar = (spec) => ({ allowed: spec.user === 'reader' });
const auth = await createHttpAuth({ mode: 'cluster', authenticationKubeconfig: api.kubeconfigPath });
t.teardown(() => auth.close());

async function aggregatorWith(httpClientCa: string[] | undefined) {
  const agg = await startAggregator({
    grpcListen: '127.0.0.1:0', secureHost: '127.0.0.1', securePort: 0, tls: await createServingCert(servingCa, ['127.0.0.1']),
    ...(httpClientCa ? { httpClientCa } : {}), resolutionNs: 1_000_000_000n, httpAuth: auth, agentAuth: new NoneAgentAuthenticator(),
    logger: createLogger('silent'),
  });
  t.teardown(() => agg.stop());
  return agg;
}

async function kubectl(url: string, cert: PemPair, name: string): Promise<{ code: number; out: string }> {
  const files = { ca: join(dir, 'ca.pem'), cert: join(dir, `${name}.crt`), key: join(dir, `${name}.key`) };
  writeFileSync(files.ca, servingCa.cert);
  writeFileSync(files.cert, cert.cert);
  writeFileSync(files.key, cert.key);
  try {
    const r = await run('kubectl', ['--server', url, '--certificate-authority', files.ca, '--client-certificate', files.cert, '--client-key', files.key,
      'get', '--raw', '/apis/metrics.k8s.io/v1beta1/nodes'], { timeout: 30_000, env: { ...process.env, KUBECONFIG: '/dev/null' } });
    return { code: 0, out: r.stdout };
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    return { code: err.code ?? 1, out: err.stderr ?? '' };
  }
}

t.test('real kubectl: its client certificate reaches the authenticators when no CA list is advertised (cluster mode)', async (t) => {
  const agg = await aggregatorWith(undefined);
  const ok = await kubectl(agg.url, await createClientCert(clientCa, 'reader'), 'reader');
  t.equal(ok.code, 0, ok.out);
  t.match(ok.out, /"kind":"NodeMetricsList"/);
  const denied = await kubectl(agg.url, await createClientCert(clientCa, 'someone'), 'someone');
  t.not(denied.code, 0);
  t.match(denied.out, /forbidden: User "someone" cannot list resource "nodes"|Forbidden/);
  const rogue = await kubectl(agg.url, await createClientCert(unrelatedCa, 'reader'), 'rogue');
  t.not(rogue.code, 0);
  t.match(rogue.out, /Unauthorized/, 'a certificate from another CA is still refused');
});

t.test('real kubectl: client-go presents its certificate even when the advertised CA list omits its issuer', async (t) => {
  const agg = await aggregatorWith([unrelatedCa.cert]);
  const r = await kubectl(agg.url, await createClientCert(clientCa, 'reader'), 'reader2');
  t.equal(r.code, 0, r.out);
  t.match(r.out, /"kind":"NodeMetricsList"/);
});
