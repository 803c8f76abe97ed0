/**
 * Table 三 sums: T3-ROW-TOTAL (AR-02), T3-OUTCOME-TOTAL (AR-03) and T3-BLANK-TOTAL (AR-14).
 * Source: the table layout of 国办公开办函〔2019〕60号 / 〔2021〕30号 — 总计 is the sum of the six
 * applicant columns, （七）总计 the sum of all outcome rows; blank-cell semantics from
 * annual-report-json.md "Blank cells".
 */
import type { AnnualReport, ApplicantColumn, Finding } from '../model.ts';
import { APPLICANT_COLUMNS, APPLICANT_PART_COLUMNS } from '../model.ts';
import { APPLICATION_ROWS } from '../layout.ts';
import type { SumContext } from './cells.ts';
import {
  applicationRowLabel, columnLabel, findApplicationRow, formatNumber, isFilled, knownApplicationCell,
  outcomeRows, sumContext, sumKnown,
} from './cells.ts';

const EPSILON = 1e-9;

/** In each table 三 row, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他. */
export function checkT3RowTotals(report: AnnualReport, context: SumContext = sumContext()): Finding[] {
  const findings: Finding[] = [];
  for (const def of APPLICATION_ROWS[report.format] ?? []) {
    const row = findApplicationRow(report, def.key);
    if (!row) continue;
    const unknownTotal = !isFilled(row.total) && context.unknown.has(`applications.${def.key}.total`);
    if (!isFilled(row.total) && !unknownTotal) continue;
    const sum = unknownTotal ? null : sumKnown(APPLICANT_PART_COLUMNS.map((c) => knownApplicationCell(report, def.key, c, context.unknown)));
    if (sum === null) {
      context.unchecked.push({ rule: 'T3-ROW-TOTAL', at: `applications.${def.key}.total`, name: `“${applicationRowLabel(report, def.key)}”行` });
      continue;
    }
    if (Math.abs(sum - (row.total as number)) > EPSILON) {
      findings.push({
        rule: 'T3-ROW-TOTAL',
        severity: 'error',
        at: `applications.${def.key}.total`,
        message: `“${applicationRowLabel(report, def.key)}”行：总计（${formatNumber(row.total as number)}）不等于六类申请人之和（${formatNumber(sum)}）`,
      });
    }
  }
  return findings;
}

/** In each column, （七）总计 = the sum of all outcome rows （一）…（六）. */
export function checkT3OutcomeTotals(report: AnnualReport, context: SumContext = sumContext()): Finding[] {
  const totalRow = findApplicationRow(report, 'total');
  if (!totalRow) return [];
  const findings: Finding[] = [];
  for (const column of APPLICANT_COLUMNS) {
    const total = totalRow[column];
    const unknownTotal = !isFilled(total) && context.unknown.has(`applications.total.${column}`);
    if (!isFilled(total) && !unknownTotal) continue;
    const sum = unknownTotal ? null : sumKnown(outcomeParts(report, column, context));
    if (sum === null) {
      context.unchecked.push({ rule: 'T3-OUTCOME-TOTAL', at: `applications.total.${column}`, name: `${columnLabel(column)}列` });
      continue;
    }
    if (Math.abs(sum - (total as number)) > EPSILON) {
      findings.push({
        rule: 'T3-OUTCOME-TOTAL',
        severity: 'error',
        at: `applications.total.${column}`,
        message: `${columnLabel(column)}列：（七）总计（${formatNumber(total as number)}）不等于（一）至（六）各项办理结果之和（${formatNumber(sum)}）`,
      });
    }
  }
  return findings;
}

/** The parts of （七）总计 in a column: each outcome row, or a group row printed in place of its sub-rows. */
function outcomeParts(report: AnnualReport, column: ApplicantColumn, context: SumContext): (number | null)[] {
  const parts: (number | null)[] = [];
  for (const cells of context.groups.values()) {
    const cell = cells[APPLICANT_COLUMNS.indexOf(column)];
    // A blank part counts 0 (blank semantics); a blank group 总计 is not known here.
    parts.push(typeof cell === 'number' ? cell : column === 'total' ? null : 0);
  }
  for (const r of outcomeRows(report)) {
    if ([...context.groups.keys()].some((g) => r.key.startsWith(`${g}.`))) continue;
    parts.push(knownApplicationCell(report, r.key, column, context.unknown));
  }
  return parts;
}

/** A group row printed in place of its sub-rows: its 总计 = the six applicant columns. */
export function checkT3GroupRowTotals(report: AnnualReport, context: SumContext = sumContext()): Finding[] {
  const findings: Finding[] = [];
  for (const [group, cells] of context.groups) {
    const total = cells[APPLICANT_COLUMNS.indexOf('total')];
    if (typeof total !== 'number') continue;
    const sum = APPLICANT_PART_COLUMNS.reduce((s, c) => s + (cells[APPLICANT_COLUMNS.indexOf(c)] ?? 0), 0);
    if (Math.abs(sum - total) > EPSILON) {
      findings.push({
        rule: 'T3-ROW-TOTAL', severity: 'error', at: `applications.${group}`,
        message: `“${applicationRowLabel(report, group) === group ? '（六）其他处理' : applicationRowLabel(report, group)}”行：总计（${formatNumber(total)}）不等于六类申请人之和（${formatNumber(sum)}）`,
      });
    }
  }
  return findings;
}

/** A blank 总计 cell (column or （七）总计 row) whose own parts have values: unfilled, not a contradiction. */
export function checkT3BlankTotals(report: AnnualReport, context: SumContext = sumContext()): Finding[] {
  const findings: Finding[] = [];
  for (const def of APPLICATION_ROWS[report.format] ?? []) {
    const row = findApplicationRow(report, def.key);
    if (!row) continue;
    for (const column of APPLICANT_COLUMNS) {
      const isTotal = column === 'total' || def.key === 'total';
      // A total the reader could not read is not blank in the source: nothing to say about it here.
      if (!isTotal || isFilled(row[column]) || context.unknown.has(`applications.${def.key}.${column}`)) continue;
      if (!partsHaveValues(report, def.key, column)) continue;
      const known = knownApplicationCell(report, def.key, column, context.unknown);
      if (known === null) continue;
      const sum = known;
      findings.push({
        rule: 'T3-BLANK-TOTAL',
        severity: 'warning',
        at: `applications.${def.key}.${column}`,
        message: `“${applicationRowLabel(report, def.key)}”行${columnLabel(column)}列为空，但其分项有数值（合计${formatNumber(sum)}）；按分项之和${formatNumber(sum)}参与其他核对`,
      });
    }
  }
  return findings;
}

/** Whether any cell this total is summed from (directly or through blank totals) is filled. */
function partsHaveValues(report: AnnualReport, rowKey: string, column: ApplicantColumn): boolean {
  const has = (key: string, c: ApplicantColumn): boolean =>
    isFilled(findApplicationRow(report, key)?.[c]) || partsHaveValues(report, key, c);
  if (column === 'total' && APPLICANT_PART_COLUMNS.some((c) => has(rowKey, c))) return true;
  if (rowKey === 'total' && outcomeRows(report).some((r) => has(r.key, column))) return true;
  return false;
}
