import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { CommandContext } from '../../accounts/index.ts';
import { todayInShanghai } from '../../calendar/index.ts';
import { checkAnnualReport, findingKey, publicationGate } from '../checks.ts';
import { correctionOpen, notChecked, notEditable, notPublished, parseInput, PublicationBlocked } from '../errors.ts';
import { recordReportEvent } from '../events.ts';
import { publishedRevision, reportFor, revisionsOf } from '../repository.ts';
import type { AnnualReportRecord } from '../types.ts';
import { insertRecord } from './generate-report.ts';

export const publishInput = z.object({ reportId: z.string().min(1), version: z.coerce.number().int() });

/**
 * 发布: the rules run again on what is published (never on a stale check): any error blocks; every
 * warning must carry an acknowledgement. The numbers lock on the publication date if not locked
 * before. A correction, once published, supersedes the revision it corrects. Late publication
 * (after the due date) is allowed and recorded.
 */
export async function publishAnnualReport(db: Kysely<Database>, ctx: CommandContext, rawInput: z.input<typeof publishInput>): Promise<AnnualReportRecord> {
  const input = parseInput(publishInput, rawInput);
  return inTransaction(db, async (trx) => {
    const { record } = await reportFor(trx, ctx.actor, input.reportId, 'annual_report.publish');
    if (record.status !== 'draft' && record.status !== 'checked') throw notEditable(record.id);
    if (record.checkedAt === null) throw notChecked(record.id);
    const previousYear = await publishedRevision(trx, record.organisationId, record.year - 1);
    const findings = checkAnnualReport(record.report, record.sections, previousYear?.report);
    const gate = publicationGate(findings, record.acknowledgements);
    if (gate.errors.length > 0) throw new PublicationBlocked('annual_reports.has_errors', gate.errors);
    if (gate.unacknowledged.length > 0) throw new PublicationBlocked('annual_reports.unacknowledged_warnings', gate.unacknowledged);

    const now = ctx.clock.now().toISOString();
    const today = todayInShanghai(ctx.clock);
    const superseded = await publishedRevision(trx, record.organisationId, record.year);
    if (superseded) {
      await updateVersioned(trx, 'annual_reports', superseded.id, superseded.version, { status: 'superseded', updated_at: now });
      await recordReportEvent(trx, ctx, { name: 'annual_report.superseded', reportId: superseded.id, organisationId: record.organisationId, data: { by: record.id, revision: record.revision } });
    }
    const lockedOn = record.lockedOn !== null && record.lockedOn <= today ? record.lockedOn : today;
    const version = await updateVersioned(trx, 'annual_reports', record.id, input.version, {
      status: 'published', findings: JSON.stringify(findings), published_at: now, published_on: today, locked_on: lockedOn, updated_at: now,
    });
    const late = today > record.dueOn;
    await recordReportEvent(trx, ctx, {
      name: 'annual_report.published', reportId: record.id, organisationId: record.organisationId,
      data: { year: record.year, revision: record.revision, dueOn: record.dueOn, late, acknowledged: record.acknowledgements.map(findingKey) },
    });
    return { ...record, status: 'published', findings, publishedAt: now, publishedOn: today, lockedOn, updatedAt: now, version };
  });
}

export const correctInput = z.object({
  reportId: z.string().min(1),
  reason: z.string({ error: '请填写更正理由' }).trim().min(4, { error: '请填写更正理由（至少4个字）' }).max(1000, { error: '更正理由不能超过1000字' }),
});

/**
 * 更正: a published report is never edited in place. The correction is a new draft revision with
 * the published content and the reason; the published one stays public until the correction is
 * published. Its numbers are open to regeneration unless it is re-locked.
 */
export async function startCorrection(db: Kysely<Database>, ctx: CommandContext, rawInput: z.input<typeof correctInput>): Promise<AnnualReportRecord> {
  const input = parseInput(correctInput, rawInput);
  return inTransaction(db, async (trx) => {
    const { record } = await reportFor(trx, ctx.actor, input.reportId, 'annual_report.edit');
    if (record.status !== 'published') throw notPublished(record.id);
    const [latest] = await revisionsOf(trx, record.organisationId, record.year);
    if (latest && latest.id !== record.id) throw correctionOpen(record.id);
    const now = ctx.clock.now().toISOString();
    const correction: AnnualReportRecord = {
      ...record, id: newId(), revision: record.revision + 1, status: 'draft', findings: [], acknowledgements: [], checkedAt: null,
      lockedOn: null, publishedAt: null, publishedOn: null, correctionReason: input.reason, createdAt: now, updatedAt: now, version: 1,
    };
    await insertRecord(trx, correction);
    await recordReportEvent(trx, ctx, {
      name: 'annual_report.correction_started', reportId: correction.id, organisationId: record.organisationId,
      data: { corrects: record.id, revision: correction.revision, reason: input.reason },
    });
    return correction;
  });
}
