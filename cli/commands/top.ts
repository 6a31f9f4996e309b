import type { Command } from 'commander';
import { CliError } from '../errors.js';

// Placeholder until the top command lands; replaced by its owner.
export function registerTop(program: Command): void {
  program.command('top').description('(not built yet)').action(() => {
    throw new CliError('kubepulse top is not built yet');
  });
}
