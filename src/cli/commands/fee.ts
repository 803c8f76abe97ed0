import type { Command } from 'commander';

export function registerFeeCommands(_program: Command): void {
  // Filled in by its issue.
}
