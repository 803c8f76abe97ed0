import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { checkCarryOver } from './index.ts';

const agency = '某县教育局';
const previous = () => setCells(zeroReport('2019', 2020, agency), {
  'applications.carriedForward.natural': 2, 'applications.carriedForward.total': 2,
});
const current = (carried: number) => setCells(zeroReport('2021', 2021, agency), {
  'applications.carriedOver.natural': carried, 'applications.carriedOver.total': carried,
});

describe('T3-CARRY-OVER', () => {
  it('passes across the 2020→2021 format change when 上年结转 = last year\'s 结转下年度', () => {
    expect(checkCarryOver(previous(), current(2))).toEqual([]);
  });

  it('warns per column when they differ', () => {
    const findings = checkCarryOver(previous(), current(1));
    expect(findings.map((f) => [f.rule, f.severity, f.at])).toEqual([
      ['T3-CARRY-OVER', 'warning', 'applications.carriedOver.natural'],
      ['T3-CARRY-OVER', 'warning', 'applications.carriedOver.total'],
    ]);
    expect(findings[0]!.message).toContain('2021年');
    expect(findings[0]!.message).toContain('2020年');
  });

  it('applies only to the same agency in consecutive years', () => {
    const other = setCells(zeroReport('2021', 2021, '某县卫健委'), { 'applications.carriedOver.natural': 1 });
    expect(checkCarryOver(previous(), other)).toEqual([]);
    const later = setCells(zeroReport('2021', 2022, agency), { 'applications.carriedOver.natural': 1 });
    expect(checkCarryOver(previous(), later)).toEqual([]);
    expect(checkCarryOver(current(1), previous())).toEqual([]);
    const unknown = zeroReport('2021', 2021, null);
    expect(checkCarryOver(previous(), unknown)).toEqual([]);
  });

  it('treats agency names with stray spaces as the same agency', () => {
    expect(checkCarryOver(previous(), { ...current(1), agency: '某县 教育局' })).toHaveLength(2);
  });
});

describe('T2-IN-FORCE', () => {
  const year = (y: number, cells: Record<string, number>) => setCells(zeroReport('2021', y, agency), cells);
  it('passes when 现行有效 = last year\'s + 制发 − 废止', () => {
    const findings = checkCarryOver(
      year(2022, { 'active.regulations.inForce': 10 }),
      year(2023, { 'active.regulations.issued': 3, 'active.regulations.repealed': 1, 'active.regulations.inForce': 12 }),
    );
    expect(findings).toEqual([]);
  });

  it('warns when it does not', () => {
    const findings = checkCarryOver(
      year(2022, { 'active.normativeDocuments.inForce': 10 }),
      year(2023, { 'active.normativeDocuments.issued': 3, 'active.normativeDocuments.inForce': 9 }),
    );
    expect(findings).toEqual([expect.objectContaining({ rule: 'T2-IN-FORCE', severity: 'warning', at: 'active.normativeDocuments.inForce' })]);
  });
});

describe('T2-PREVIOUS-ITEMS', () => {
  const year = (y: number, cells: Record<string, number | null>) => setCells(zeroReport('2019', y, agency), cells);
  it('passes when 上一年项目数量 = last year\'s 上一年项目数量 + 本年增/减 (a decrease written negative)', () => {
    const findings = checkCarryOver(
      year(2019, { 'active.licensing.previous': 40, 'active.licensing.change': -3, 'active.fees.previous': 5, 'active.fees.change': 2 }),
      year(2020, { 'active.licensing.previous': 37, 'active.fees.previous': 7 }),
    );
    expect(findings).toEqual([]);
  });

  it('warns per row when it does not', () => {
    const findings = checkCarryOver(
      year(2019, { 'active.punishment.previous': 12, 'active.punishment.change': 4 }),
      year(2020, { 'active.punishment.previous': 12 }),
    );
    expect(findings).toEqual([expect.objectContaining({ rule: 'T2-PREVIOUS-ITEMS', severity: 'warning', at: 'active.punishment.previous' })]);
    expect(findings[0]!.message).toContain('（12）加本年增/减（4）即16');
  });

  it('compares filled cells only, and only 2019-format years of the same agency', () => {
    expect(checkCarryOver(year(2019, { 'active.coercion.previous': 9, 'active.coercion.change': null }), year(2020, { 'active.coercion.previous': 1 }))).toEqual([]);
    expect(checkCarryOver(year(2019, { 'active.coercion.previous': 9 }), setCells(zeroReport('2019', 2020, '某县卫健委'), { 'active.coercion.previous': 1 }))).toEqual([]);
    expect(checkCarryOver(year(2020, { 'active.coercion.previous': 9 }), zeroReport('2021', 2021, agency))).toEqual([]);
  });
});
