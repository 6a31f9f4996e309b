import type { Command } from 'commander';
import { CliError } from '../errors.js';

// Placeholder until the agent command lands; replaced by its owner.
export function registerAgent(program: Command): void {
  program.command('agent').description('(not built yet)').action(() => {
    throw new CliError('kubepulse agent is not built yet');
  });
}
