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

describe('cell values: every table and the wording', () => {
  const check = (format: '2019' | '2021', cells: Record<string, number | null>) => checkCellValues(setCells(zeroReport(format, 2023), cells));

  it.each([
    ['2021', 'applications.other.feeUnpaid.total'], ['2021', 'applications.carriedForward.otherOrg'], ['2019', 'applications.other.natural'],
    ['2021', 'appeals.litigationAfterReview.total'], ['2021', 'active.regulations.inForce'], ['2021', 'active.licensing.decisions'],
    ['2019', 'active.procurement.projects'], ['2019', 'active.fees.previous'],
  ] as const)('checks %s %s as a count', (format, path) => {
    expect(check(format, { [path]: -1 })).toEqual([{ rule: 'CELL-NEGATIVE', severity: 'error', at: path, message: `${path}：件数不能为负数（-1）` }]);
    expect(check(format, { [path]: 2.5 })).toEqual([{ rule: 'CELL-FRACTIONAL', severity: 'error', at: path, message: `${path}：件数应为整数（2.5）` }]);
  });

  it('checks 金额 (万元) as money: never negative, fractions allowed, more than 4 decimals only a warning', () => {
    expect(check('2021', { 'active.fees.amount': -0.5 })).toEqual([
      { rule: 'CELL-NEGATIVE', severity: 'error', at: 'active.fees.amount', message: 'active.fees.amount：金额不能为负数（-0.5）' },
    ]);
    expect(check('2021', { 'active.fees.amount': 0.00001 })).toEqual([
      { rule: 'CELL-PRECISION', severity: 'warning', at: 'active.fees.amount', message: 'active.fees.amount：金额（万元）超过4位小数（0.00001）' },
    ]);
    // binary floating point noise is not a fifth decimal
    expect(check('2021', { 'active.fees.amount': 0.1 + 0.2 })).toEqual([]);
    expect(check('2021', { 'active.fees.amount': 1234.5678 })).toEqual([]);
    expect(check('2019', { 'active.procurement.amount': 3 })).toEqual([]);
  });

  it('accepts any whole 本年增/减, not a fraction', () => {
    expect(check('2019', { 'active.coercion.change': -120, 'active.fees.change': 7 })).toEqual([]);
  });

  it.each([
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'], ['-Infinity', Number.NEGATIVE_INFINITY, '-Infinity'], ['a string', 'abc', 'abc'],
  ] as const)('says which value is no number: %s', (_, value, shown) => {
    const r = zeroReport('2021', 2023);
    (r.applications.granted as unknown as Record<string, unknown>).natural = value;
    expect(checkCellValues(r)).toEqual([{ rule: 'CELL-INVALID', severity: 'error', at: 'applications.granted.natural', message: `applications.granted.natural：单元格值“${shown}”不是数字` }]);
  });

  it('never throws on missing or malformed parts of the report', () => {
    const r = setCells(zeroReport('2021', 2023), { 'applications.granted.natural': -1 });
    const broken = {
      ...r,
      applications: { ...r.applications, withheld: 3, unavailable: null, partial: null, other: { feeUnpaid: 'x' } },
      appeals: { review: undefined },
      active: { regulations: { inForce: 2 } },
    } as unknown as typeof r;
    expect(checkCellValues(broken).map((f) => f.at)).toEqual(['applications.granted.natural']);
    expect(checkCellValues({ ...r, applications: undefined, appeals: undefined, active: undefined } as unknown as typeof r)).toEqual([]);
  });
});

describe('cell values of a format the layout does not know', () => {
  it('checks table 四 only, and never throws', () => {
    const r = setCells(zeroReport('2021', 2023), { 'applications.granted.natural': -1, 'active.fees.amount': -1, 'appeals.review.other': -1 });
    expect(checkCellValues({ ...r, format: '2030' } as unknown as typeof r).map((f) => f.at)).toEqual(['appeals.review.other']);
  });
});
