import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { CommandContext } from '../../accounts/index.ts';
import { todayInShanghai } from '../../calendar/index.ts';
import type { AuditResult } from '../../audit/index.ts';
import { dueDate, isMonthDay } from '../deadlines.ts';
import { invalidInput, parseInput } from '../errors.ts';
import { recordReportEvent } from '../events.ts';
import { deadlineSettingFor, organisationFor, publishedRevision, revisionsOf } from '../repository.ts';
import type { AnnualReportRecord } from '../types.ts';
import { insertRecord } from './generate-report.ts';
import { checkImportedAgency } from '../import/agency-check.ts';
import { sortFindings } from '../../audit/index.ts';

export const importReportInput = z.object({
  organisationId: z.string().min(1),
  year: z.coerce.number().int().min(2019, { error: '统计年度不能早于2019年' }).max(2100),
  sourceName: z.string().max(1000),
  /** Publication date stated by the source, if known; else today. */
  publishedOn: z.string().optional(),
});

const EMPTY_SECTIONS = { overview: [], active: [], applications: [], appeals: [], problems: [], other: [] };

/**
 * 导入下级报告: a subordinate not on the platform published its report elsewhere; the supervisor
 * records what the auditor read from it (tables and findings) as that organisation's published
 * report of the year. A later import is a new revision superseding the earlier one.
 */
export async function importAnnualReport(db: Kysely<Database>, ctx: CommandContext, rawInput: z.input<typeof importReportInput>, audit: AuditResult): Promise<AnnualReportRecord> {
  const input = parseInput(importReportInput, rawInput);
  if (!audit.report) throw invalidInput([{ field: 'file', message: '未能从该文件中识别出年度报告表格' }], 'nothing recognised');
  if (audit.report.year !== null && audit.report.year !== input.year) {
    throw invalidInput([{ field: 'year', message: `文件中的报告年度为${audit.report.year}年，与所选年度不符` }], 'year mismatch');
  }
  const report = audit.report;
  return inTransaction(db, async (trx) => {
    const organisation = await organisationFor(trx, ctx.actor, input.organisationId, 'annual_report.supervise');
    const [latest] = await revisionsOf(trx, organisation.id, input.year);
    if (latest && latest.source === 'generated' && latest.status !== 'superseded') {
      throw invalidInput([{ field: 'organisationId', message: '该机关已在平台上编制本年度报告，不能导入' }], 'generated report exists');
    }
    const now = ctx.clock.now().toISOString();
    const previous = await publishedRevision(trx, organisation.id, input.year);
    if (previous) await updateVersioned(trx, 'annual_reports', previous.id, previous.version, { status: 'superseded', updated_at: now });
    const agency = checkImportedAgency(report.agency, organisation.name);
    const findings = agency ? sortFindings([...audit.findings, agency]) : audit.findings;
    const publishedOn = input.publishedOn && /^\d{4}-\d{2}-\d{2}$/.test(input.publishedOn) ? input.publishedOn : todayInShanghai(ctx.clock);
    const record: AnnualReportRecord = {
      id: newId(), organisationId: organisation.id, year: input.year, revision: (latest?.revision ?? 0) + 1, status: 'published', source: 'imported',
      format: report.format, report: { ...report, year: input.year, agency: report.agency ?? organisation.name }, sections: EMPTY_SECTIONS,
      facts: { itemsPublished: 0, itemsByColumn: [], consultations: { total: 0, byChannel: {} }, feesCollectedYuan: 0, feeCases: 0 },
      findings, acknowledgements: [], checkedAt: now, lockedOn: publishedOn, generatedAt: now, publishedAt: now, publishedOn,
      dueOn: dueDate(organisation.kind, input.year, await deadlineSettingFor(trx, organisation)),
      correctionReason: previous ? '重新导入' : null, sourceName: input.sourceName, createdAt: now, updatedAt: now, version: 1,
    };
    await insertRecord(trx, record);
    await recordReportEvent(trx, ctx, {
      name: 'annual_report.imported', reportId: record.id, organisationId: organisation.id,
      data: { year: input.year, source: input.sourceName, errors: audit.findings.filter((f) => f.severity === 'error').length },
    });
    return record;
  });
}

export const deadlineInput = z.object({
  organisationId: z.string().min(1),
  departmentDue: z.string().refine(isMonthDay, { error: '部门报告截止日期格式应为MM-DD（如01-31）' }),
  governmentDue: z.string().refine(isMonthDay, { error: '政府报告截止日期格式应为MM-DD（如03-31）' }),
});

/** 设置本地区发布时限: dates for the organisation and everything below it (defaults: 条例第四十九条). */
export async function setReportDeadlines(db: Kysely<Database>, ctx: CommandContext, rawInput: z.input<typeof deadlineInput>): Promise<void> {
  const input = parseInput(deadlineInput, rawInput);
  await inTransaction(db, async (trx) => {
    const organisation = await organisationFor(trx, ctx.actor, input.organisationId, 'annual_report.supervise');
    const now = ctx.clock.now().toISOString();
    const existing = await trx.selectFrom('annual_report_deadlines').selectAll().where('organisation_id', '=', organisation.id).executeTakeFirst();
    if (existing) {
      await trx.updateTable('annual_report_deadlines').set({ department_due: input.departmentDue, government_due: input.governmentDue, updated_at: now, version: Number(existing.version) + 1 })
        .where('organisation_id', '=', organisation.id).execute();
    } else {
      await trx.insertInto('annual_report_deadlines').values({ organisation_id: organisation.id, department_due: input.departmentDue, government_due: input.governmentDue, updated_at: now, version: 1 }).execute();
    }
    await recordReportEvent(trx, ctx, { name: 'annual_report.deadline_set', reportId: null, organisationId: organisation.id, data: { departmentDue: input.departmentDue, governmentDue: input.governmentDue } });
  });
}
