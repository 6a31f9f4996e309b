#!/usr/bin/env node
// The one kubepulse binary. Each subcommand lives in cli/commands/<name>.ts and registers itself.
import { Command, CommanderError, Option } from 'commander';
import { CliError, EXIT_FAILURE, EXIT_USAGE, UsageError } from './errors.js';
import { KUBEPULSE_VERSION } from '../common/version.js';
import { LOG_LEVELS } from '../common/logger.js';
import { registerAgent } from './commands/agent.js';
import { registerAggregator } from './commands/aggregator.js';
import { registerUp } from './commands/up.js';
import { registerTop } from './commands/top.js';

export function buildProgram(): Command {
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
  registerUp(program);
  registerAgent(program);
  registerAggregator(program);
  registerTop(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
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
