import { randomUUID } from 'node:crypto';

/** Ids are generated in the application (code-style: no database-specific id generation). */
export function newId(): string {
  return randomUUID();
}
