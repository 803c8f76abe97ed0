/**
 * Cell values (AR-04, AR-09, annual-report-json.md): counts are integers ≥ 0; table 二 (2019)
 * 本年增/减 (`change`) is a signed integer (Hubei filling instruction: decreases as “-8”); money
 * (`amount`, 万元) is ≥ 0 with at most 4 decimals (the 2019 header says “保留4位小数”; the 2021
 * format states no precision, so more decimals there is only a warning too).
 *
 * CELL-INVALID (error): not a finite number. CELL-NEGATIVE (error). CELL-FRACTIONAL (error): a count
 * that is not a whole number. CELL-PRECISION (warning): an amount with more than 4 decimals.
 */
import type { AnnualReport, Finding } from '../model.ts';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS } from '../model.ts';
import { ACTIVE_BLOCKS, APPLICATION_ROWS, pathParts } from '../layout.ts';

type ValueKind = 'count' | 'signedCount' | 'amount';

export function checkCellValues(report: AnnualReport): Finding[] {
  const findings: Finding[] = [];
  for (const [prefix, column, value, kind] of cells(report)) {
    // Most cells are blank or a plain count: their path is only spelled out for a finding.
    if (value === null || value === undefined) continue;
    const finding = checkValue(`${prefix}.${column}`, value, kind);
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkValue(at: string, value: unknown, kind: ValueKind): Finding | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { rule: 'CELL-INVALID', severity: 'error', at, message: `${at}：单元格值“${String(value)}”不是数字` };
  }
  if (value < 0 && kind !== 'signedCount') {
    return { rule: 'CELL-NEGATIVE', severity: 'error', at, message: `${at}：${kind === 'amount' ? '金额' : '件数'}不能为负数（${value}）` };
  }
  if (kind === 'amount') {
    const scaled = value * 10_000;
    if (Math.abs(scaled - Math.round(scaled)) > 1e-6) {
      return { rule: 'CELL-PRECISION', severity: 'warning', at, message: `${at}：金额（万元）超过4位小数（${value}）` };
    }
    return undefined;
  }
  if (!Number.isInteger(value)) {
    return { rule: 'CELL-FRACTIONAL', severity: 'error', at, message: `${at}：件数应为整数（${value}）` };
  }
  return undefined;
}

/** Every cell of the report with its path (row prefix and column) and the kind of value it holds. */
function* cells(report: AnnualReport): Generator<[string, string, unknown, ValueKind]> {
  const applications = report.applications as unknown as Record<string, unknown> | undefined;
  for (const def of APPLICATION_ROWS[report.format] ?? []) {
    const row = lookup(applications, def.key);
    if (!row) continue;
    const prefix = `applications.${def.key}`;
    for (const column of APPLICANT_COLUMNS) yield [prefix, column, row[column], 'count'];
  }
  for (const group of APPEAL_GROUPS) {
    const row = report.appeals?.[group] as Record<string, unknown> | undefined;
    if (!row) continue;
    const prefix = `appeals.${group}`;
    for (const column of APPEAL_COLUMNS) yield [prefix, column, row[column], 'count'];
  }
  const active = report.active as unknown as Record<string, Record<string, unknown> | undefined> | undefined;
  for (const block of ACTIVE_BLOCKS[report.format] ?? []) {
    for (const row of block.rows) {
      for (const { field } of row.columns) {
        const kind: ValueKind = field === 'amount' ? 'amount' : field === 'change' ? 'signedCount' : 'count';
        yield [`active.${row.key}`, field, active?.[row.key]?.[field], kind];
      }
    }
  }
}

function lookup(root: Record<string, unknown> | undefined, key: string): Record<string, unknown> | undefined {
  let node: unknown = root;
  for (const part of pathParts(key)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}
