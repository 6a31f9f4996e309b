// One pino logger for the process. JSON to stdout, as a DaemonSet or Deployment expects.
import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

export const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function createLogger(level: string = process.env['KUBEPULSE_LOG_LEVEL'] ?? 'info', name = 'kubepulse'): Logger {
  return pino({
    name,
    level,
    redact: { paths: ['req.headers.authorization', 'token', '*.token'], censor: '[redacted]' },
  });
}

/**
 * Logs a recurring problem once per key until `clear(key)`: a vanished cgroup or an unreachable
 * runtime must not flood the log every interval, but its recovery and its next failure should show.
 */
export class OnceLogger {
  private readonly seen = new Set<string>();
  constructor(private readonly log: Logger) {}
  warn(key: string, obj: object, msg: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.log.warn(obj, msg);
    return true;
  }
  clear(key: string): void { this.seen.delete(key); }
  get size(): number { return this.seen.size; }
}
