/**
 * 数字背后的记录: for a cell of a report, its label in the national format and the records it
 * counts, as the domain that owns them lists them — the items (table 二, 第二十条第（一）项), the
 * cases (table 三) and the appeals (table 四). Cells from the statistics form have no records.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { Initiator } from '../../accounts/index.ts';
import type { ReportFormat } from '../../reports/index.ts';
import { ACTIVE_BLOCKS, APPEAL_COLUMN_LABELS, APPEAL_GROUP_LABELS, APPLICANT_COLUMN_LABELS, APPLICATION_ROWS } from '../../reports/index.ts';
import type { AppealColumn, AppealGroup, ApplicantColumn } from '../../reports/index.ts';
import { listItemsBehindCell } from '../../publishing/index.ts';
import { APPLICANT_TYPE_LABELS, OUTCOME_DEFINITIONS, listCasesBehindCell } from '../../requests/index.ts';
import type { Outcome } from '../../requests/index.ts';
import { APPEAL_KIND_LABELS, APPEAL_RESULT_LABELS, listAppealsBehindCell } from '../../requests/registers/index.ts';
import type { AppealKind, AppealResult } from '../../requests/registers/index.ts';
import { reportFor } from '../repository.ts';
import type { AnnualReportRecord } from '../types.ts';

const ITEM_ROWS = ['regulations', 'normativeDocuments'];

/** The cell as the printed table names it: 表三 “（一）予以公开” 行 “自然人” 列. */
export function cellLabel(format: ReportFormat, path: string): string {
  const [table, ...rest] = path.split('.');
  const field = rest.at(-1)!;
  const rowKey = rest.slice(0, -1).join('.');
  if (table === 'active') {
    const row = ACTIVE_BLOCKS[format].flatMap((b) => b.rows).find((r) => r.key === rowKey);
    const column = row?.columns.find((c) => c.field === field);
    return row && column ? `表二 “${row.label}” 行 “${column.label}” 列` : path;
  }
  if (table === 'applications') {
    const row = APPLICATION_ROWS[format].find((r) => r.key === rowKey);
    const column = APPLICANT_COLUMN_LABELS[field as ApplicantColumn];
    return row && column ? `表三 “${row.group ? `${row.group}${row.label}` : row.label}” 行 “${column}” 列` : path;
  }
  if (table === 'appeals') {
    const group = APPEAL_GROUP_LABELS[rowKey as AppealGroup];
    const column = APPEAL_COLUMN_LABELS[field as AppealColumn];
    return group && column ? `表四 “${group}” “${column}”` : path;
  }
  return path;
}

/** Whether the platform can list the records behind a cell of this path. */
export function hasCellRecords(path: string): boolean {
  const [table, row] = path.split('.');
  return table === 'applications' || table === 'appeals' || (table === 'active' && ITEM_ROWS.includes(row ?? ''));
}

export type CellRecords =
  | { kind: 'items'; rows: { id: string; title: string; indexNumber: string | null; docNumber: string; madeOn: string | null; publishedOn: string | null; url: string }[] }
  | { kind: 'cases'; rows: { id: string; number: string | null; applicantType: string; receivedOn: string; closedOn: string | null; outcome: string | null }[] }
  | { kind: 'appeals'; rows: { id: string; kind: string; filedOn: string; result: string | null; closedOn: string | null; caseNumber: string | null }[] }
  | { kind: 'none'; reason: string };

/** The records behind `path` of a report revision, for someone who may view it. */
export async function cellRecords(db: Kysely<Database>, actor: Initiator, reportId: string, path: string): Promise<{ record: AnnualReportRecord; label: string; records: CellRecords } & Awaited<ReturnType<typeof reportFor>>> {
  const found = await reportFor(db, actor, reportId, 'annual_report.view');
  const { record } = found;
  const label = cellLabel(record.format, path);
  const none = (reason: string) => ({ ...found, label, records: { kind: 'none' as const, reason } });
  if (record.source === 'imported') return none('该报告由外部文件导入，平台上没有其背后的记录。');
  if (!hasCellRecords(path)) return none('该数字来自年度统计表（行政许可、行政处罚、行政强制、行政事业性收费等），没有逐条记录。');
  const [table] = path.split('.');
  if (table === 'active') {
    const rows = await listItemsBehindCell(db, record.organisationId, record.year, path);
    return { ...found, label, records: { kind: 'items', rows } };
  }
  if (table === 'applications') {
    const rows = await listCasesBehindCell(db, record.organisationId, record.year, path);
    return {
      ...found, label,
      records: { kind: 'cases', rows: rows.map((c) => ({ ...c, applicantType: APPLICANT_TYPE_LABELS[c.applicantType], outcome: c.outcome ? OUTCOME_DEFINITIONS[c.outcome as Outcome].label : null })) },
    };
  }
  const rows = await listAppealsBehindCell(db, record.organisationId, record.year, path);
  return {
    ...found, label,
    records: {
      kind: 'appeals',
      rows: rows.map((a) => ({ id: a.id, kind: APPEAL_KIND_LABELS[a.kind as AppealKind] + (a.afterReview ? '（复议后起诉）' : ''), filedOn: a.filedOn, result: a.result ? APPEAL_RESULT_LABELS[a.result as AppealResult] : null, closedOn: a.closedOn, caseNumber: a.caseNumber })),
    },
  };
}
