/** Arithmetically consistent random reports for the reader's property tests. */
import fc from 'fast-check';
import type { AnnualReport, Cell, ReportFormat } from '../../../reports/model.ts';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_PART_COLUMNS } from '../../../reports/model.ts';
import { ACTIVE_BLOCKS, APPLICATION_ROWS, applicationRow, blankReport } from '../../../reports/layout.ts';

export interface ArbitraryOptions {
  format: ReportFormat;
  /** Allow blank (null) part cells. */
  blanks: boolean;
}

const count = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) }, { weight: 1, arbitrary: fc.integer({ min: 10, max: 1200 }) });

export function reportArbitrary(options: ArbitraryOptions): fc.Arbitrary<AnnualReport> {
  const rows = APPLICATION_ROWS[options.format];
  const outcomeKeys = rows.filter((r) => r.role === 'outcome').map((r) => r.key);
  const partCount = outcomeKeys.length * 6;
  const cell = options.blanks ? fc.oneof({ weight: 5, arbitrary: count.map((n): Cell => n) }, { weight: 1, arbitrary: fc.constant<Cell>(null) }) : count.map((n): Cell => n);
  const activeCells = ACTIVE_BLOCKS[options.format].flatMap((b) => b.rows.flatMap((r) => r.columns.map((c) => ({ row: r.key, field: c.field }))));
  return fc.record({
    year: fc.integer({ min: 2019, max: 2025 }),
    agency: fc.constantFrom('水寨镇人民政府', '某县教育局', '伊川县人民政府办公室', '洛阳市自然资源和规划局'),
    outcomes: fc.array(cell, { minLength: partCount, maxLength: partCount }),
    carriedOver: fc.array(count, { minLength: 6, maxLength: 6 }),
    carriedForward: fc.array(count, { minLength: 6, maxLength: 6 }),
    appeals: fc.array(cell, { minLength: 12, maxLength: 12 }),
    active: fc.array(fc.oneof(count.map((n): Cell => n), fc.integer({ min: -20, max: -1 }), fc.double({ min: 0, max: 9999, noNaN: true }).map((d) => Math.round(d * 10000) / 10000)), { minLength: activeCells.length, maxLength: activeCells.length }),
  }).map((r) => {
    const report = blankReport(options.format, r.year, r.agency);
    let i = 0;
    const totals = [0, 0, 0, 0, 0, 0];
    for (const key of outcomeKeys) {
      const row = applicationRow(report, key);
      let sum = 0;
      APPLICANT_PART_COLUMNS.forEach((c, k) => {
        const v = r.outcomes[i++] ?? null;
        row[c] = v;
        sum += v ?? 0;
        totals[k]! += v ?? 0;
      });
      row.total = sum;
    }
    const set = (key: string, values: number[]): void => {
      const row = applicationRow(report, key);
      APPLICANT_PART_COLUMNS.forEach((c, k) => { row[c] = values[k]!; });
      row.total = values.reduce((a, b) => a + b, 0);
    };
    set('total', totals);
    set('carriedForward', r.carriedForward);
    set('carriedOver', r.carriedOver.map((v, k) => Math.min(v, totals[k]! + r.carriedForward[k]!)));
    set('newReceived', totals.map((t, k) => t + r.carriedForward[k]! - Math.min(r.carriedOver[k]!, t + r.carriedForward[k]!)));
    let j = 0;
    for (const g of APPEAL_GROUPS) {
      let sum = 0;
      for (const c of APPEAL_COLUMNS) {
        if (c === 'total') continue;
        const v = r.appeals[j++] ?? null;
        report.appeals[g][c] = v;
        sum += v ?? 0;
      }
      report.appeals[g].total = sum;
    }
    const activeRows = report.active as unknown as Record<string, Record<string, Cell>>;
    activeCells.forEach((c, k) => {
      let v = r.active[k] ?? 0;
      // Only `change` is signed and only money has decimals.
      if (v !== null && v < 0 && c.field !== 'change') v = -v;
      if (v !== null && !Number.isInteger(v) && c.field !== 'amount') v = Math.round(v);
      activeRows[c.row]![c.field] = v;
    });
    return report;
  });
}
