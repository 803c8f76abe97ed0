import type { Command } from 'commander';

export function registerPlatformCommands(_program: Command): void {
  // Filled in by its issue.
}
