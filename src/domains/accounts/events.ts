import type { Transaction } from 'kysely';
import { recordEvent } from '../../db/events.ts';
import type { Database } from '../../db/schema.ts';
import type { CommandContext } from './types.ts';

/** The accounts domain's event names (`noun.past_tense`), a closed list. */
export const ACCOUNT_EVENTS = [
  'organisation.created',
  'organisation.updated',
  'user.created',
  'user.updated',
  'user.disabled',
  'user.enabled',
  'user.password_changed',
  'user.password_reset',
  'user.signed_in',
  'user.sign_in_failed',
  'user.locked',
  'user.unlocked',
  'user.signed_out',
  'role.assigned',
  'role.revoked',
] as const;
export type AccountEvent = (typeof ACCOUNT_EVENTS)[number];

export interface AccountEventInput {
  name: AccountEvent;
  subjectType: 'organisation' | 'user';
  subjectId: string | null;
  organisationId: string | null;
  data?: Record<string, unknown>;
}

export function recordAccountEvent(trx: Transaction<Database>, ctx: CommandContext, event: AccountEventInput): Promise<string> {
  return recordEvent(trx, ctx.clock, {
    ...event,
    actorUserId: ctx.actor === 'system' ? null : ctx.actor.userId,
    ip: ctx.ip ?? null,
  });
}
