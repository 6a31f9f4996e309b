// A push-only agent in its own process, so a test can SIGKILL it like a crashed DaemonSet pod.
// argv: <aggregator> <node-name> <interval-ms>
import { startPush } from '../../agent/push/client.js';
import { createLogger } from '../../common/logger.js';
import { MS, TestSource, helloFor, snapshot } from './stream-fixtures.js';

const [aggregator, node, intervalMs] = process.argv.slice(2);
const source = new TestSource();
const t0 = BigInt(Date.now()) * MS - 60_000n * MS;
await startPush({ aggregator: aggregator, source, hello: helloFor(node), insecure: true, logger: createLogger('silent'), backoff: { initialMs: 50, maxMs: 200 } });
setInterval(() => source.emit(snapshot(node, t0, BigInt(Date.now()) * MS)), Number(intervalMs));
process.stdout.write('ready\n');
