#!/usr/bin/env node
// The one kubepulse binary. Each subcommand lives in cli/commands/<name>.ts and registers itself.
import { Command, CommanderError, Option } from 'commander';
import { CliError, EXIT_FAILURE, EXIT_USAGE, UsageError } from './errors.js';
import { KUBEPULSE_VERSION } from '../common/version.js';
import { LOG_LEVELS } from '../common/logger.js';

type Register = (program: Command) => void;
// Command modules are loaded lazily: `kubepulse agent` (the DaemonSet process, where memory is
// counted per node) loads only its own module, not the aggregator's, up's or top's.
const COMMANDS: Record<string, () => Promise<Register>> = {
  up: async () => (await import('./commands/up.js')).registerUp,
  agent: async () => (await import('./commands/agent.js')).registerAgent,
  aggregator: async () => (await import('./commands/aggregator.js')).registerAggregator,
  top: async () => (await import('./commands/top.js')).registerTop,
};

/** The subcommand named on the command line (after global options), if it is a known one. */
function namedCommand(argv: string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--log-level') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return Object.hasOwn(COMMANDS, a) ? a : undefined;
  }
  return undefined;
}

/** Every command (help lists them all), or only the one argv names. */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const named = namedCommand(argv);
  const registers = await Promise.all((named ? [named] : Object.keys(COMMANDS)).map((n) => COMMANDS[n]()));
  const program = new Command('kubepulse')
    .description('Kubernetes resource metrics without scraping kubelets: a cgroup-reading node agent and a metrics.k8s.io aggregator')
    .version(KUBEPULSE_VERSION)
    .addOption(new Option('--log-level <level>', 'log level').choices(LOG_LEVELS).default('info'))
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program.hook('preAction', (cmd) => {
    const level = cmd.optsWithGlobals()['logLevel'] as string | undefined;
    if (level) process.env['KUBEPULSE_LOG_LEVEL'] = level;
  });
  for (const register of registers) register(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version land here with exit code 0.
      return err.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message} (run with --help for usage)\n`);
      return EXIT_USAGE;
    }
    if (err instanceof CliError) {
      process.stderr.write(`error: ${err.message}${err.hint ? ` — ${err.hint}` : ''}\n`);
      return EXIT_FAILURE;
    }
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_FAILURE;
  }
}

main(process.argv).then((code) => {
  // Long-running commands (up, agent, aggregator) resolve only after a clean shutdown.
  process.exitCode = code;
}, (err: unknown) => {
  process.stderr.write(`fatal: ${String(err)}\n`);
  process.exitCode = EXIT_FAILURE;
});
