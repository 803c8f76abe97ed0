import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { CommandContext } from '../../accounts/index.ts';
import { todayInShanghai } from '../../calendar/index.ts';
import { composeReport } from '../compose.ts';
import { dueDate } from '../deadlines.ts';
import { notEditable, numbersLocked, parseInput } from '../errors.ts';
import { recordReportEvent } from '../events.ts';
import { draftSections } from '../narrative.ts';
import { deadlineSettingFor, organisationFor, revisionsOf } from '../repository.ts';
import type { ReportSources } from '../sources.ts';
import type { AnnualReportRecord, ReportFacts } from '../types.ts';

export const generateReportInput = z.object({
  organisationId: z.string().min(1),
  year: z.coerce.number({ error: '请填写统计年度' }).int({ error: '统计年度应为整数' }).min(2019, { error: '统计年度不能早于2019年（现行格式自2019年起）' }).max(2100, { error: '统计年度不正确' }),
});
export type GenerateReportInput = z.input<typeof generateReportInput>;

/**
 * 生成年度报告: the organisation's report for a year from its records, in the year's format. The
 * first call creates the draft (revision 1) with prefilled text; later calls on a draft refresh the
 * numbers and facts but keep the staff's text. Refused once published (a correction is a new
 * revision) and once the numbers are locked.
 */
export async function generateAnnualReport(db: Kysely<Database>, ctx: CommandContext, sources: ReportSources, rawInput: GenerateReportInput): Promise<AnnualReportRecord> {
  const input = parseInput(generateReportInput, rawInput);
  return inTransaction(db, async (trx) => {
    const organisation = await organisationFor(trx, ctx.actor, input.organisationId, 'annual_report.edit');
    const [current] = await revisionsOf(trx, organisation.id, input.year);
    const today = todayInShanghai(ctx.clock);
    if (current && current.status !== 'draft' && current.status !== 'checked') throw notEditable(current.id);
    if (current?.lockedOn && current.lockedOn <= today) throw numbersLocked(current.id);

    const [publishing, tables, consultations] = await Promise.all([
      sources.publishingFacts(trx, organisation.id, input.year),
      sources.applicationTables(trx, organisation.id, input.year),
      sources.consultationCounts(trx, organisation.id, input.year),
    ]);
    const report = composeReport(organisation.name, input.year, publishing, tables);
    const facts: ReportFacts = {
      itemsPublished: publishing.itemsPublished,
      itemsByColumn: publishing.itemsByColumn,
      consultations,
      feesCollectedYuan: tables.fees?.collectedYuan ?? 0,
      feeCases: tables.fees?.cases ?? 0,
    };
    const now = ctx.clock.now().toISOString();

    if (current) {
      const version = await updateVersioned(trx, 'annual_reports', current.id, current.version, {
        status: 'draft', report: JSON.stringify(report), facts: JSON.stringify(facts), findings: '[]', checked_at: null,
        generated_at: now, updated_at: now,
      });
      await recordReportEvent(trx, ctx, { name: 'annual_report.regenerated', reportId: current.id, organisationId: organisation.id, data: { year: input.year, revision: current.revision } });
      return { ...current, status: 'draft', report, facts, findings: [], checkedAt: null, generatedAt: now, updatedAt: now, version };
    }

    const sections = draftSections(report, facts, organisation.name, input.year);
    const record: AnnualReportRecord = {
      id: newId(), organisationId: organisation.id, year: input.year, revision: 1, status: 'draft', source: 'generated',
      format: report.format, report, sections, facts, findings: [], acknowledgements: [], checkedAt: null, lockedOn: null,
      generatedAt: now, publishedAt: null, publishedOn: null,
      dueOn: dueDate(organisation.kind, input.year, await deadlineSettingFor(trx, organisation)),
      correctionReason: null, sourceName: null, createdAt: now, updatedAt: now, version: 1,
    };
    await insertRecord(trx, record);
    await recordReportEvent(trx, ctx, { name: 'annual_report.generated', reportId: record.id, organisationId: organisation.id, data: { year: input.year, format: report.format } });
    return record;
  });
}

export async function insertRecord(trx: Kysely<Database>, record: AnnualReportRecord): Promise<void> {
  await trx.insertInto('annual_reports').values({
    id: record.id, organisation_id: record.organisationId, year: record.year, revision: record.revision, status: record.status,
    source: record.source, format: record.format, report: JSON.stringify(record.report), sections: JSON.stringify(record.sections),
    facts: JSON.stringify(record.facts), findings: JSON.stringify(record.findings), acknowledgements: JSON.stringify(record.acknowledgements),
    checked_at: record.checkedAt, locked_on: record.lockedOn, generated_at: record.generatedAt, published_at: record.publishedAt,
    published_on: record.publishedOn, due_on: record.dueOn, correction_reason: record.correctionReason, source_name: record.sourceName,
    created_at: record.createdAt, updated_at: record.updatedAt, version: record.version,
  }).execute();
}
