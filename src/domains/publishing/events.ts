import type { Transaction } from 'kysely';
import { recordEvent } from '../../db/events.ts';
import type { Database } from '../../db/schema.ts';
import type { CommandContext } from '../accounts/types.ts';

/** The publishing domain's event names (`noun.past_tense`), a closed list. */
export const PUBLISHING_EVENTS = [
  'catalog.created',
  'catalog_column.created',
  'catalog_column.updated',
  'publishing_settings.updated',
  'item.created',
  'item.updated',
  'item.submitted',
  'item.approved',
  'item.rejected',
  'item.masked',
  'item.privacy_waived',
  'item.scheduled',
  'item.published',
  'item.imported',
  'item.withdrawn',
  'item.repealed',
  'item.attachment_added',
  'item.attachment_removed',
  'items.imported',
  'statistics.saved',
] as const;
export type PublishingEvent = (typeof PUBLISHING_EVENTS)[number];

export function recordPublishingEvent(
  trx: Transaction<Database>,
  ctx: CommandContext,
  event: { name: PublishingEvent; subjectType: string; subjectId: string | null; organisationId: string; data?: Record<string, unknown> },
): Promise<string> {
  return recordEvent(trx, ctx.clock, { ...event, actorUserId: ctx.actor === 'system' ? null : ctx.actor.userId, ip: ctx.ip ?? null });
}
