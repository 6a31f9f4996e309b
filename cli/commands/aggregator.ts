import type { Command } from 'commander';
import { CliError } from '../errors.js';

// Placeholder until the aggregator command lands; replaced by its owner.
export function registerAggregator(program: Command): void {
  program.command('aggregator').description('(not built yet)').action(() => {
    throw new CliError('kubepulse aggregator is not built yet');
  });
}
