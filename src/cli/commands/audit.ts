import type { Command } from 'commander';

export function registerAuditCommand(_program: Command): void {
  // Filled in by its issue.
}
