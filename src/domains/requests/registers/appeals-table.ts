/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况) counted from the appeals register: pure, no I/O.
 *
 * Rule (issue 8, item 7): the cases filed (立案) in the statistics year, each in the group of its kind
 * (行政复议; 行政诉讼 未经复议直接起诉 / 复议后起诉) and in the column of its result as of the year's
 * end — a case closed after 31 December counts as 尚未审结. 总计 is the sum of the four columns, so the
 * table passes T4-TOTAL by construction.
 */
import type { AppealColumn, AppealGroup, AppealRow, AppealsTable } from '../../reports/index.ts';
import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../../reports/index.ts';
import type { AppealKind, AppealResult } from './vocabulary.ts';
import { APPEAL_RESULT_COLUMN, appealGroupOf } from './vocabulary.ts';

/** What counting needs of one case. Dates are `YYYY-MM-DD`. */
export interface AppealFacts {
  kind: AppealKind;
  /** 行政诉讼 brought after a 行政复议 decision (复议后起诉); always false for 行政复议. */
  afterReview: boolean;
  filedOn: string;
  /** null while the case is open. */
  result: AppealResult | null;
  /** 结案日期; null while open. */
  closedOn: string | null;
}

/** The cell of table 四 a case counts in for `year`, or undefined when it was not filed in that year. */
export function appealCellFor(appeal: AppealFacts, year: number): { group: AppealGroup; column: Exclude<AppealColumn, 'total'> } | undefined {
  if (Number(appeal.filedOn.slice(0, 4)) !== year) return undefined;
  const group = appealGroupOf(appeal.kind, appeal.afterReview);
  const closedByYearEnd = appeal.result !== null && appeal.closedOn !== null && appeal.closedOn <= `${year}-12-31`;
  return { group, column: closedByYearEnd ? APPEAL_RESULT_COLUMN[appeal.result!] : 'pending' };
}

function zeroRow(): AppealRow & Record<AppealColumn, number> {
  return Object.fromEntries(APPEAL_COLUMNS.map((column) => [column, 0])) as AppealRow & Record<AppealColumn, number>;
}

/** Table 四 with every cell a count (never blank); assignable to the report model's AppealsTable. */
export type CountedAppealsTable = Record<AppealGroup, Record<AppealColumn, number>> & AppealsTable;

/** Table 四 of the report for statistics year `year`, every cell a count (never blank). */
export function countAppealsTable(appeals: Iterable<AppealFacts>, year: number): CountedAppealsTable {
  const table = Object.fromEntries(APPEAL_GROUPS.map((group) => [group, zeroRow()])) as CountedAppealsTable;
  for (const appeal of appeals) {
    const cell = appealCellFor(appeal, year);
    if (!cell) continue;
    table[cell.group][cell.column] += 1;
    table[cell.group].total += 1;
  }
  return table;
}

/** A cell of table 四 by its report path, `appeals.<group>.<column>` (`appeals.review.upheld`). */
export interface AppealCellId {
  group: AppealGroup;
  column: AppealColumn;
}

export function parseAppealCellId(cellId: string): AppealCellId | undefined {
  const match = /^appeals\.([A-Za-z]+)\.([A-Za-z]+)$/.exec(cellId.trim());
  if (!match) return undefined;
  const [, group, column] = match;
  if (!(APPEAL_GROUPS as readonly string[]).includes(group!) || !(APPEAL_COLUMNS as readonly string[]).includes(column!)) return undefined;
  return { group: group as AppealGroup, column: column as AppealColumn };
}

/** Whether a case is one of those counted in a cell (the 总计 cell holds every case of its group). */
export function isBehindCell(appeal: AppealFacts, year: number, cell: AppealCellId): boolean {
  const at = appealCellFor(appeal, year);
  if (!at || at.group !== cell.group) return false;
  return cell.column === 'total' || cell.column === at.column;
}
