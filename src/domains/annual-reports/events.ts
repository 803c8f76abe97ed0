import type { Transaction } from 'kysely';
import { recordEvent } from '../../db/events.ts';
import type { Database } from '../../db/schema.ts';
import type { CommandContext } from '../accounts/index.ts';

/** The annual-reports domain's event names, a closed list: one per step of a report's life. */
export const ANNUAL_REPORT_EVENTS = [
  'annual_report.generated',
  'annual_report.regenerated',
  'annual_report.sections_updated',
  'annual_report.checked',
  'annual_report.warning_acknowledged',
  'annual_report.locked',
  'annual_report.published',
  'annual_report.correction_started',
  'annual_report.superseded',
  'annual_report.imported',
  'annual_report.deadline_set',
] as const;
export type AnnualReportEvent = (typeof ANNUAL_REPORT_EVENTS)[number];

export function recordReportEvent(
  trx: Transaction<Database>, ctx: CommandContext,
  event: { name: AnnualReportEvent; reportId: string | null; organisationId: string; data?: Record<string, unknown> },
): Promise<string> {
  return recordEvent(trx, ctx.clock, {
    name: event.name,
    subjectType: 'annual_report',
    subjectId: event.reportId,
    organisationId: event.organisationId,
    actorUserId: ctx.actor === 'system' ? null : ctx.actor.userId,
    ip: ctx.ip ?? null,
    ...(event.data ? { data: event.data } : {}),
  });
}
