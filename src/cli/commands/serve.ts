import type { Command } from 'commander';

export function registerServeCommand(_program: Command): void {
  // Filled in by the platform issue (web server).
}
