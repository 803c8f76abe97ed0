/**
 * 导入下级机关年度报告: a supervisor records the report a subordinate not on the platform published
 * elsewhere. Checked in the order that costs least and reveals least: the supervisor's own
 * organisation (404/403 as everywhere), the subordinate inside its scope, the year, then the file
 * read by the auditor — unreadable, or not a report — and only then `importAnnualReport` writes
 * (which also refuses a year that differs from the file's and a report made on the platform).
 * Any refusal is a field problem in Chinese; nothing is written.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { CommandContext, Organisation } from '../../accounts/index.ts';
import { findOrganisationByCode } from '../../accounts/index.ts';
import type { AuditResult } from '../../audit/index.ts';
import { auditDocument, READ_UNREADABLE } from '../../audit/index.ts';
import { todayInShanghai } from '../../calendar/index.ts';
import { importAnnualReport } from '../commands/import-report.ts';
import { invalidInput } from '../errors.ts';
import { findOrganisation, organisationFor } from '../repository.ts';
import type { AnnualReportRecord } from '../types.ts';

export interface ImportTargetInput {
  /** The organisation the supervisor supervises from (the matrix's `org`). */
  supervisorOrganisationId: string;
  /** The subordinate, by id (the form's choice) or by code (a URL list, the CLI). */
  organisation: { id: string } | { code: string };
  year: unknown;
}

export interface ImportTarget {
  supervising: Organisation;
  organisation: Organisation;
  year: number;
}

export const OUT_OF_SCOPE = '该机关不在您监督的下级机关范围内';

/** The year a report may be imported for: 2019 (the current format's predecessor) up to last year. */
export function importYearProblem(raw: unknown, today: string): { year: number } | { problem: string } {
  const text = String(raw ?? '').trim();
  if (!/^\d{4}$/.test(text)) return { problem: '统计年度应为四位年份，例如 2025' };
  const year = Number(text);
  const lastYear = Number(today.slice(0, 4)) - 1;
  if (year < 2019) return { problem: '统计年度不能早于2019年' };
  // A year's report is published in the following year (条例第四十九条): none exists yet for this year.
  if (year > lastYear) return { problem: `统计年度不能晚于${lastYear}年（年度报告在次年发布）` };
  return { year };
}

/** The supervisor's organisation, the subordinate within its scope, and the year — or a refusal. */
export async function importTarget(db: Kysely<Database>, ctx: CommandContext, input: ImportTargetInput): Promise<ImportTarget> {
  const supervising = await organisationFor(db, ctx.actor, input.supervisorOrganisationId, 'annual_report.supervise');
  const organisation = 'id' in input.organisation ? await findOrganisation(db, input.organisation.id) : await findOrganisationByCode(db, input.organisation.code);
  const below = organisation !== undefined && organisation.id !== supervising.id && organisation.path.split('/').includes(supervising.id);
  if (!organisation || !below) {
    const what = 'code' in input.organisation ? `机构代码“${input.organisation.code}”：` : '';
    throw invalidInput([{ field: 'organisationId', message: `${what}${OUT_OF_SCOPE}` }], `organisation ${JSON.stringify(input.organisation)} is not below ${supervising.id}`);
  }
  const year = importYearProblem(input.year, todayInShanghai(ctx.clock));
  if ('problem' in year) throw invalidInput([{ field: 'year', message: year.problem }], 'bad import year');
  return { supervising, organisation, year: year.year };
}

/** Why the auditor's result cannot be imported (unreadable file, or not a report), or undefined. */
export function unimportableReason(audit: AuditResult): string | undefined {
  if (audit.report) return undefined;
  const unreadable = audit.findings.find((f) => f.rule === READ_UNREADABLE);
  if (unreadable) return `无法读取该文件：${unreadable.message}`;
  return '该文件不是政府信息公开工作年度报告：未能从中识别出年度报告的表格';
}

/** Records what the auditor read as the target's imported report of the year. */
export async function recordImportedReport(db: Kysely<Database>, ctx: CommandContext, target: ImportTarget, audit: AuditResult, sourceName: string): Promise<AnnualReportRecord> {
  const reason = unimportableReason(audit);
  if (reason) throw invalidInput([{ field: 'file', message: reason }], 'file not importable');
  return importAnnualReport(db, ctx, { organisationId: target.organisation.id, year: target.year, sourceName: sourceName.slice(0, 1000) }, audit);
}

export interface ImportUploadInput extends ImportTargetInput {
  fileName: string;
  bytes: Uint8Array;
}

/** The upload (console) and file (CLI) import: check the target, read the file, record it. */
export async function importSubordinateReport(db: Kysely<Database>, ctx: CommandContext, input: ImportUploadInput): Promise<{ record: AnnualReportRecord; audit: AuditResult; target: ImportTarget }> {
  const target = await importTarget(db, ctx, input);
  if (input.bytes.byteLength === 0) throw invalidInput([{ field: 'file', message: '请选择要导入的年度报告文件' }], 'no file');
  const audit = await auditDocument(input.bytes, input.fileName);
  const record = await recordImportedReport(db, ctx, target, audit, input.fileName);
  return { record, audit, target };
}
