/**
 * Table 三 (收到和处理政府信息公开申请情况) counted from cases. Pure.
 *
 * For statistics year Y (1 January – 31 December, Asia/Shanghai calendar dates):
 *  - 一、本年新收 = received in Y;
 *  - 二、上年结转 = received before Y and not closed before Y;
 *  - 三、办理结果 = closed in Y, one row per case (its outcome's row in Y's format), and
 *    （七）总计 = the sum of those rows;
 *  - 四、结转下年度 = received by the end of Y and not closed by it.
 * Each case falls in its applicant type's column and in 总计. Every case counted adds the same
 * amount to both sides of the 勾稽关系 (一 + 二 = （七） + 四), so the table balances by
 * construction: a case in 一 or 二 is open at some point in Y, and it either closes in Y (（七）)
 * or is still open at the end (四) — never both, never neither.
 */
import type { Applications2019, Applications2021, ApplicantRow, ReportFormat } from '../../reports/index.ts';
import { APPLICATION_ROWS, APPLICANT_COLUMNS, formatForYear } from '../../reports/index.ts';
import type { CalendarDate } from '../../calendar/index.ts';
import type { Outcome } from '../outcomes/index.ts';
import { reportRowFor } from '../outcomes/index.ts';
import type { ApplicantType } from '../cases/vocabulary.ts';

/** What counting needs of a case. */
export interface CountableCase {
  applicantType: ApplicantType;
  /** 收到申请之日; cases not yet received (unconfirmed online drafts) are not counted. */
  receivedOn: CalendarDate | string | null;
  closedOn: CalendarDate | string | null;
  /** The case's outcome; a closed case without one counts as 其他. */
  outcome: Outcome | null;
}

export type ApplicationsTable = Applications2019 | Applications2021;

/** The table 三 row keys a case is counted in for year Y (its column is its applicant type). */
export function rowsOfCase(c: CountableCase, year: number, format: ReportFormat = formatForYear(year)): string[] {
  if (!c.receivedOn) return [];
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const rows: string[] = [];
  const closed = c.closedOn && c.closedOn >= c.receivedOn ? c.closedOn : null;
  if (c.receivedOn >= start && c.receivedOn <= end) rows.push('newReceived');
  if (c.receivedOn < start && (closed === null || closed >= start)) rows.push('carriedOver');
  if (closed !== null && closed >= start && closed <= end) rows.push(reportRowFor(c.outcome ?? 'other', format), 'total');
  if (c.receivedOn <= end && (closed === null || closed > end)) rows.push('carriedForward');
  return rows;
}

function zeroRow(): ApplicantRow {
  return Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c, 0])) as ApplicantRow;
}

/** A table 三 of the format with every cell 0. */
export function zeroApplicationsTable(format: ReportFormat): ApplicationsTable {
  const table: Record<string, unknown> = {};
  for (const row of APPLICATION_ROWS[format]) {
    const parts = row.key.split('.');
    let node = table;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = zeroRow();
  }
  return table as unknown as ApplicationsTable;
}

function rowAt(table: ApplicationsTable, key: string): ApplicantRow {
  let node: unknown = table;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as ApplicantRow;
}

/** Table 三 for year Y in `format` (default: the format Y's report must follow). `weight` lets pre-grouped rows count many. */
export function countApplicationsTable(
  cases: Iterable<CountableCase & { weight?: number }>, year: number, format: ReportFormat = formatForYear(year),
): ApplicationsTable {
  const table = zeroApplicationsTable(format);
  for (const c of cases) {
    const n = c.weight ?? 1;
    for (const key of rowsOfCase(c, year, format)) {
      const row = rowAt(table, key);
      row[c.applicantType] = (row[c.applicantType] ?? 0) + n;
      row.total = (row.total ?? 0) + n;
    }
  }
  return table;
}

/** Parses a cell id `applications.<row>.<column>` (or `<row>.<column>`) against a format. */
export function parseApplicationCellId(cellId: string, format: ReportFormat): { row: string; column: (typeof APPLICANT_COLUMNS)[number] } | null {
  const path = cellId.startsWith('applications.') ? cellId.slice('applications.'.length) : cellId;
  const dot = path.lastIndexOf('.');
  if (dot < 0) return null;
  const row = path.slice(0, dot);
  const column = path.slice(dot + 1);
  if (!APPLICATION_ROWS[format].some((r) => r.key === row)) return null;
  if (!(APPLICANT_COLUMNS as readonly string[]).includes(column)) return null;
  return { row, column: column as (typeof APPLICANT_COLUMNS)[number] };
}

/** Whether a case is behind a cell of table 三 for year Y. */
export function isCaseBehindCell(c: CountableCase, year: number, cell: { row: string; column: string }, format: ReportFormat = formatForYear(year)): boolean {
  if (cell.column !== 'total' && cell.column !== c.applicantType) return false;
  return rowsOfCase(c, year, format).includes(cell.row);
}
