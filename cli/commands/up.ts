import type { Command } from 'commander';
import { CliError } from '../errors.js';

// Placeholder until the up command lands; replaced by its owner.
export function registerUp(program: Command): void {
  program.command('up').description('(not built yet)').action(() => {
    throw new CliError('kubepulse up is not built yet');
  });
}
