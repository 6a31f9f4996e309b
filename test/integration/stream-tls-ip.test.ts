// The push client against an aggregator given by IP address (kubepulse up, --aggregator=10.0.0.5:10444).
// Its own file: Node emits DEP0123 once per process, so this must be the first TLS connection made.
import t from 'tap';
import { createLogger } from '../../common/logger.js';
import { startPush } from '../../agent/push/client.js';
import { startIngest } from '../../aggregator/ingest/server.js';
import { MetricsStore } from '../../aggregator/store/store.js';
import type { AgentAuthenticator } from '../../aggregator/auth/types.js';
import { MS, TestSource, helloFor, tlsFiles, until } from './stream-fixtures.js';

const log = createLogger('silent');
const tokenAuth = (): AgentAuthenticator => ({ authenticate: () => Promise.resolve({ subject: 'agent-a', nodeName: 'node-a' }) });

t.test('an aggregator given by IP address: its certificate is checked against that IP, and no IP is sent as the TLS server name (DEP0123)', async (t) => {
  const warnings: string[] = [];
  const onWarning = (w: Error & { code?: string }): void => { warnings.push(`${w.code ?? w.name}: ${w.message}`); };
  process.on('warning', onWarning);
  t.teardown(() => { process.off('warning', onWarning); });
  const good = await tlsFiles(['127.0.0.1']);
  const wrongIp = await tlsFiles(['127.0.0.2', 'localhost']);
  t.teardown(() => { good.cleanup(); wrongIp.cleanup(); });
  for (const [name, files, connects] of [['IP SAN 127.0.0.1', good, true], ['SANs 127.0.0.2 and localhost only', wrongIp, false]] as const) {
    const ingest = await startIngest({ listen: '127.0.0.1:0', tls: { cert: files.serving.cert, key: files.serving.key }, resolutionNs: 1000n * MS, logger: log }, new MetricsStore({ resolutionNs: 1000n * MS }), tokenAuth());
    const push = await startPush({ aggregator: ingest.address, source: new TestSource(), hello: helloFor('node-a'), caFile: files.caFile, tokenFile: files.tokenFile, logger: log, backoff: { initialMs: 5000 } });
    try {
      t.match(ingest.address, /^127\.0\.0\.1:\d+$/, 'the agent is given an IP address');
      if (connects) {
        await until(() => ingest.stats.streamsAccepted > 0, 10_000, 'stream accepted');
        t.pass(`${name}: connected`);
      } else {
        await until(() => (push.status()[0]?.failures ?? 0) > 0, 10_000, 'failure');
        t.equal(ingest.stats.streamsAccepted, 0, `${name}: refused, the certificate does not name 127.0.0.1`);
        t.match(push.status()[0].lastError, /UNAVAILABLE/);
      }
    } finally {
      push.stop();
      await ingest.stop();
    }
  }
  await new Promise((r) => setImmediate(r));
  t.same(warnings.filter((w) => w.includes('DEP0123') || w.includes('ServerName')), [], 'no warning about an IP address as TLS server name');
});
