import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { checkCellValues } from './cell-values.ts';

describe('cell values', () => {
  it('accepts non-negative integers, a negative 2019 本年增/减 and an amount with 4 decimals', () => {
    const r = setCells(zeroReport('2019', 2020), {
      'active.licensing.change': -8, 'active.procurement.amount': 25.1234, 'applications.granted.natural': 3,
    });
    expect(checkCellValues(r)).toEqual([]);
    expect(checkCellValues(setCells(zeroReport('2021', 2022), { 'active.fees.amount': 0.5 }))).toEqual([]);
  });

  it.each([
    ['applications.granted.natural', -1, 'CELL-NEGATIVE', 'error'],
    ['appeals.review.pending', 1.5, 'CELL-FRACTIONAL', 'error'],
    ['active.licensing.change', 0.5, 'CELL-FRACTIONAL', 'error'],
    ['active.procurement.amount', -2, 'CELL-NEGATIVE', 'error'],
    ['active.procurement.amount', 1.23456, 'CELL-PRECISION', 'warning'],
    ['active.punishment.decisions', Number.NaN, 'CELL-INVALID', 'error'],
  ] as const)('%s = %d → %s', (path, value, rule, severity) => {
    const findings = checkCellValues(setCells(zeroReport('2019', 2020), { [path]: value }));
    expect(findings).toEqual([expect.objectContaining({ rule, severity, at: path })]);
  });

  it('reports a string that slipped into the data', () => {
    const r = zeroReport('2021', 2022);
    (r.appeals.review as unknown as Record<string, unknown>).upheld = '3';
    expect(checkCellValues(r)).toEqual([expect.objectContaining({ rule: 'CELL-INVALID', at: 'appeals.review.upheld' })]);
  });

  it('ignores blank cells', () => {
    expect(checkCellValues(setCells(zeroReport('2021', 2022), { 'active.fees.amount': null }))).toEqual([]);
  });
});
