import type { Transaction } from 'kysely';
import type { Clock } from '../domains/shared/clock.ts';
import { newId } from './ids.ts';
import type { Database } from './schema.ts';

export interface NewEvent {
  /** `noun.past_tense`, e.g. `user.created`. */
  name: string;
  subjectType: string;
  subjectId: string | null;
  actorUserId: string | null;
  organisationId: string | null;
  data?: Record<string, unknown>;
  ip?: string | null;
}

/**
 * Appends an event row. Takes only a Transaction, so the compiler enforces that the event is
 * written in the same transaction as the change it records.
 */
export async function recordEvent(trx: Transaction<Database>, clock: Clock, event: NewEvent): Promise<string> {
  const id = newId();
  await trx
    .insertInto('events')
    .values({
      id,
      occurred_at: clock.now().toISOString(),
      actor_user_id: event.actorUserId,
      organisation_id: event.organisationId,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      name: event.name,
      data: JSON.stringify(event.data ?? {}),
      ip: event.ip ?? null,
    })
    .execute();
  return id;
}
