import type { Transaction } from 'kysely';
import { recordEvent } from '../../../db/events.ts';
import type { Database } from '../../../db/schema.ts';
import type { CommandContext } from '../../accounts/index.ts';

/** Event names of the applications domain (`noun.past_tense`), a closed list. */
export const APPLICATION_EVENTS = [
  'application.submitted', 'application.confirmed', 'application.registered', 'application.assigned',
  'application.correction_requested', 'application.correction_received', 'application.correction_lapsed',
  'application.consultation_started', 'application.consultation_answered',
  'application.extension_requested', 'application.extension_approved', 'application.extension_rejected',
  'application.decided', 'application.letter_drafted', 'application.letter_reviewed', 'application.letter_sent',
  'application.letter_delivered', 'application.fee_noticed', 'application.fee_paid', 'application.fee_lapsed',
  'application.withdrawn', 'application.imported',
] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

export function recordApplicationEvent(
  trx: Transaction<Database>, ctx: CommandContext,
  event: { name: ApplicationEvent; caseId: string | null; organisationId: string; data?: Record<string, unknown> },
): Promise<string> {
  return recordEvent(trx, ctx.clock, {
    name: event.name,
    subjectType: 'application',
    subjectId: event.caseId,
    organisationId: event.organisationId,
    actorUserId: ctx.actor === 'system' ? null : ctx.actor.userId,
    ip: ctx.ip ?? null,
    ...(event.data ? { data: event.data } : {}),
  });
}
