import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { CommandContext, Organisation } from '../../accounts/index.ts';
import { todayInShanghai } from '../../calendar/index.ts';
import { composeReport } from '../compose.ts';
import { dueDate } from '../deadlines.ts';
import { notEditable, numbersLocked, parseInput } from '../errors.ts';
import { recordReportEvent } from '../events.ts';
import { draftSections } from '../narrative.ts';
import { currentRevisions, deadlineSettingFor, deadlineSettings, nearestDeadlineSetting, organisationFor, organisationsFor, revisionsOf } from '../repository.ts';
import type { DeadlineSetting } from '../deadlines.ts';
import { gatherFacts } from '../sources.ts';
import type { GatheredFacts, ReportSources } from '../sources.ts';
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
    const frozen = frozenReason(current, todayInShanghai(ctx.clock));
    if (frozen === 'published') throw notEditable(current!.id);
    if (frozen === 'locked') throw numbersLocked(current!.id);
    const facts = (await gatherFacts(sources, trx, [organisation.id], input.year)).get(organisation.id)!;
    return writeGenerated(trx, ctx, organisation, input.year, current, facts, async () => deadlineSettingFor(trx, organisation));
  });
}

/** Why a report cannot be regenerated: published (or superseded), or its numbers locked. */
function frozenReason(current: AnnualReportRecord | undefined, today: string): 'published' | 'locked' | undefined {
  if (current && current.status !== 'draft' && current.status !== 'checked') return 'published';
  if (current?.lockedOn && current.lockedOn <= today) return 'locked';
  return undefined;
}

/** Composes the report from the facts and writes it: a new draft, or the refreshed numbers of the current one. */
async function writeGenerated(
  trx: Transaction<Database>, ctx: CommandContext, organisation: Organisation, year: number, current: AnnualReportRecord | undefined,
  { publishing, tables, consultations }: GatheredFacts, deadlineSetting: () => Promise<DeadlineSetting | undefined>,
): Promise<AnnualReportRecord> {
  const report = composeReport(organisation.name, year, publishing, tables);
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
    await recordReportEvent(trx, ctx, { name: 'annual_report.regenerated', reportId: current.id, organisationId: organisation.id, data: { year, revision: current.revision } });
    return { ...current, status: 'draft', report, facts, findings: [], checkedAt: null, generatedAt: now, updatedAt: now, version };
  }

  const sections = draftSections(report, facts, organisation.name, year);
  const record: AnnualReportRecord = {
    id: newId(), organisationId: organisation.id, year, revision: 1, status: 'draft', source: 'generated',
    format: report.format, report, sections, facts, findings: [], acknowledgements: [], checkedAt: null, lockedOn: null,
    generatedAt: now, publishedAt: null, publishedOn: null,
    dueOn: dueDate(organisation.kind, year, await deadlineSetting()),
    correctionReason: null, sourceName: null, createdAt: now, updatedAt: now, version: 1,
  };
  await insertRecord(trx, record);
  await recordReportEvent(trx, ctx, { name: 'annual_report.generated', reportId: record.id, organisationId: organisation.id, data: { year, format: report.format } });
  return record;
}

export const generateReportsInput = z.object({
  organisationIds: z.array(z.string().min(1)),
  year: generateReportInput.shape.year,
});
export type GenerateReportsInput = z.input<typeof generateReportsInput>;

export interface GeneratedReports {
  /** One per organisation whose report could be generated, in the order asked. */
  generated: AnnualReportRecord[];
  /** Organisations whose report is published or whose numbers are locked: left as they are. */
  skipped: { organisationId: string; reportId: string; reason: 'published' | 'locked' }[];
}

/**
 * 批量生成: the reports of many organisations (all of a province) in one transaction, each exactly
 * what generateAnnualReport makes for it alone, but counted with grouped queries over all of them
 * (sources.factsForOrganisations) instead of one organisation at a time. The initiator must be
 * allowed to edit every one (else nothing is generated); published and locked reports are skipped.
 */
export async function generateAnnualReports(db: Kysely<Database>, ctx: CommandContext, sources: ReportSources, rawInput: GenerateReportsInput): Promise<GeneratedReports> {
  const input = parseInput(generateReportsInput, rawInput);
  const ids = [...new Set(input.organisationIds)];
  return inTransaction(db, async (trx) => {
    const organisations = await organisationsFor(trx, ctx.actor, ids, 'annual_report.edit');
    const current = await currentRevisions(trx, ids, input.year);
    const today = todayInShanghai(ctx.clock);
    const skipped: GeneratedReports['skipped'] = [];
    const editable = organisations.filter((organisation) => {
      const record = current.get(organisation.id);
      const reason = frozenReason(record, today);
      if (reason) skipped.push({ organisationId: organisation.id, reportId: record!.id, reason });
      return !reason;
    });
    const facts = await gatherFacts(sources, trx, editable.map((o) => o.id), input.year);
    const settings = await deadlineSettings(trx);
    const generated: AnnualReportRecord[] = [];
    for (const organisation of editable) {
      generated.push(await writeGenerated(trx, ctx, organisation, input.year, current.get(organisation.id), facts.get(organisation.id)!, async () => nearestDeadlineSetting(settings, organisation)));
    }
    return { generated, skipped };
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
