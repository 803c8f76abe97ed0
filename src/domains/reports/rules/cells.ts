/**
 * Cell access shared by the rules, with the blank-cell semantics of annual-report-json.md
 * ("Blank cells") and domain-reference.md AR-14: a blank part counts as 0; a blank total counts,
 * where it is itself a part of another sum, as the sum of its own parts.
 */
import type { AnnualReport, ApplicantColumn, ApplicantRow, AppealRow, Cell } from '../model.ts';
import { APPLICANT_PART_COLUMNS } from '../model.ts';
import { APPLICANT_COLUMN_LABELS, APPLICATION_ROWS, pathParts, type ApplicationRowDefinition } from '../layout.ts';

/** A table 三 row, or undefined if the report lacks it (rules never throw on malformed data). */
export function findApplicationRow(report: AnnualReport, key: string): ApplicantRow | undefined {
  let node: unknown = report.applications;
  for (const part of pathParts(key)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node && typeof node === 'object' && 'total' in node ? (node as ApplicantRow) : undefined;
}

export function isFilled(cell: Cell | undefined): cell is number {
  return typeof cell === 'number';
}

/** The outcome rows of the report's format: the parts of （七）总计. */
export function outcomeRows(report: AnnualReport): readonly ApplicationRowDefinition[] {
  return (APPLICATION_ROWS[report.format] ?? []).filter((r) => r.role === 'outcome');
}

/**
 * Cells whose value is not known: the reader could not read them (digits run together that admit
 * several splits or none, text that is no number, a row not found). Such a null is not a blank in
 * the source, so it is never counted as 0: a sum that involves it cannot be checked.
 */
export type UnknownCells = ReadonlySet<string>;

const NONE_UNKNOWN: UnknownCells = new Set();

/**
 * Value of a table 三 cell as a part of another sum: the cell itself if filled; if blank and a
 * total (总计 column or （七）总计 row), the sum of its own parts; otherwise 0.
 */
export function effectiveApplicationCell(report: AnnualReport, rowKey: string, column: ApplicantColumn): number {
  return knownApplicationCell(report, rowKey, column, NONE_UNKNOWN) ?? 0;
}

/** As {@link effectiveApplicationCell}, but null when the value depends on an unknown cell. */
export function knownApplicationCell(report: AnnualReport, rowKey: string, column: ApplicantColumn, unknown: UnknownCells): number | null {
  const row = findApplicationRow(report, rowKey);
  if (!row) return 0;
  const cell = row[column];
  if (isFilled(cell)) return cell;
  // Most reports have no unknown cell: skip building the path then (this runs for every blank part).
  if (unknown.size > 0 && unknown.has(`applications.${rowKey}.${column}`)) return null;
  if (column === 'total') return sumKnown(APPLICANT_PART_COLUMNS.map((c) => knownApplicationCell(report, rowKey, c, unknown)));
  if (rowKey === 'total') return sumKnown(outcomeRows(report).map((r) => knownApplicationCell(report, r.key, column, unknown)));
  return 0;
}

/** Sum of values, null if any is unknown. */
export function sumKnown(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** A table 四 cell as a part of a sum: blank counts 0; null when unknown. */
export function knownAppealPart(row: AppealRow, path: string, column: keyof AppealRow, unknown: UnknownCells): number | null {
  const cell = row[column];
  if (isFilled(cell)) return cell;
  return unknown.size > 0 && unknown.has(`${path}.${column}`) ? null : 0;
}

export function columnLabel(column: ApplicantColumn): string {
  return APPLICANT_COLUMN_LABELS[column];
}

/** The printed label of a table 三 row, with its group for sub-rows (（三）不予公开1.属于国家秘密). */
export function applicationRowLabel(report: AnnualReport, key: string): string {
  const rows = APPLICATION_ROWS[report.format] ?? [];
  const row = rows.find((r) => r.key === key);
  if (!row) return key;
  const prefix = key.includes('.') ? `${key.split('.')[0]}.` : undefined;
  const group = prefix ? rows.find((r) => r.key.startsWith(prefix) && r.group)?.group : undefined;
  return group ? `${group}${row.label}` : row.label;
}

/** Numbers in messages: as written, so 0.1 + 0.2 reads 0.3. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

/** A sum check that was not done because a cell it needs is unknown. */
export interface UncheckedSum {
  rule: 'T3-ROW-TOTAL' | 'T3-OUTCOME-TOTAL' | 'T3-BALANCE' | 'T4-TOTAL';
  /** The anchor the rule would have used. */
  at: string;
  /** Human name of the row, column or group, for the message. */
  name: string;
}

/** What the sum rules need beyond the report: unknown cells, and where to note checks not done. */
export interface SumContext {
  unknown: UnknownCells;
  unchecked: UncheckedSum[];
  /**
   * Group rows printed in place of their sub-rows (a 2021 table with a single （六）其他处理 row):
   * group key (`other`) → its seven cells. The sub-rows are unknown; the group row stands in for
   * their sum in （七）总计.
   */
  groups: ReadonlyMap<string, readonly Cell[]>;
}

export function sumContext(unknown: Iterable<string> = [], groups: ReadonlyMap<string, readonly Cell[]> = new Map()): SumContext {
  return { unknown: new Set(unknown), unchecked: [], groups };
}
