import type { Transaction } from 'kysely';
import { recordEvent } from '../../../db/events.ts';
import type { Database } from '../../../db/schema.ts';
import type { CommandContext } from '../../accounts/index.ts';

/** The registers' event names (`noun.past_tense`), a closed list. */
export const REGISTER_EVENTS = ['consultation.recorded', 'consultation.updated', 'appeal.recorded', 'appeal.updated', 'appeals.imported'] as const;
export type RegisterEvent = (typeof REGISTER_EVENTS)[number];

export function recordRegisterEvent(
  trx: Transaction<Database>,
  ctx: CommandContext,
  event: { name: RegisterEvent; subjectType: 'consultation' | 'appeal' | 'organisation'; subjectId: string | null; organisationId: string; data?: Record<string, unknown> },
): Promise<string> {
  return recordEvent(trx, ctx.clock, { ...event, actorUserId: ctx.actor === 'system' ? null : ctx.actor.userId, ip: ctx.ip ?? null });
}
