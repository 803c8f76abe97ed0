import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../model.ts';
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

describe('which pairs of reports the year-over-year rules compare', () => {
  const pair = (prev: { year?: number | null; agency?: string | null }, cur: { year?: number | null; agency?: string | null }) => {
    const p = setCells(zeroReport('2021', 2022, agency), { 'applications.carriedForward.natural': 1, 'applications.carriedForward.total': 1 });
    const c = zeroReport('2021', 2023, agency);
    return checkCarryOver({ ...p, ...prev }, { ...c, ...cur }).length;
  };
  it.each([
    ['the same agency, consecutive years', {}, {}, 2],
    ['last year unknown', { year: null }, {}, 0],
    ['this year unknown', {}, { year: null }, 0],
    ['the same year twice', { year: 2023 }, {}, 0],
    ['last agency unknown', { agency: null }, {}, 0],
    ['this agency unknown', {}, { agency: null }, 0],
    ['both agencies unknown', { agency: null }, { agency: null }, 0],
    ['names that differ only in spaces and line breaks', { agency: '某县\n教育局 ' }, { agency: ' 某县  教育局' }, 2],
  ] as const)('%s', (_, prev, cur, count) => {
    expect(pair(prev, cur)).toBe(count);
  });
});

describe('T3-CARRY-OVER details', () => {
  it('states both years, both rows and both figures', () => {
    expect(checkCarryOver(previous(), current(3))[0]!.message)
      .toBe('自然人列：2021年“二、上年结转政府信息公开申请数量”（3）不等于2020年“四、结转下年度继续办理”（2）');
  });

  it('compares blank cells as the sum rules count them, and skips a column with an unread cell', () => {
    const blankNow = setCells(current(2), { 'applications.carriedOver.total': null });
    expect(checkCarryOver(previous(), blankNow)).toEqual([]);
    const unreadNow = setCells(current(2), { 'applications.carriedOver.natural': null });
    expect(checkCarryOver(previous(), unreadNow, { current: ['applications.carriedOver.natural'] }).map((f) => f.at)).toEqual([]);
    const unreadBefore = setCells(previous(), { 'applications.carriedForward.total': null });
    expect(checkCarryOver(unreadBefore, current(1), { previous: ['applications.carriedForward.total'] }).map((f) => f.at))
      .toEqual(['applications.carriedOver.natural']);
    // unread cells of the other report do not matter
    expect(checkCarryOver(unreadBefore, current(1), { current: ['applications.carriedForward.total'] }).map((f) => f.at))
      .toEqual(['applications.carriedOver.natural', 'applications.carriedOver.total']);
  });

  it('takes a difference far below one application as rounding, not a small real one', () => {
    expect(checkCarryOver(previous(), setCells(current(2), { 'applications.carriedOver.legal': 1e-12 }))).toEqual([]);
    expect(checkCarryOver(previous(), setCells(current(2), { 'applications.carriedOver.legal': 1e-9 }))).toEqual([]);
    expect(checkCarryOver(previous(), setCells(current(2), { 'applications.carriedOver.legal': 1e-6 })).map((f) => f.at))
      .toEqual(['applications.carriedOver.legal']);
  });
});

describe('T2-IN-FORCE details', () => {
  const year = (y: number, cells: Record<string, number | null>, format: '2019' | '2021' = '2021') => setCells(zeroReport(format, y, agency), cells);
  const last = () => year(2022, { 'active.regulations.inForce': 10, 'active.normativeDocuments.inForce': 20 });

  it('states the figures and what they should make, per kind of document', () => {
    const findings = checkCarryOver(last(), year(2023, {
      'active.regulations.issued': 3, 'active.regulations.repealed': 1, 'active.regulations.inForce': 11,
      'active.normativeDocuments.issued': 1, 'active.normativeDocuments.repealed': 4, 'active.normativeDocuments.inForce': 20,
    }));
    expect(findings.map((f) => f.message)).toEqual([
      '规章：现行有效件数（11）不等于上年现行有效件数（10）加本年制发（3）减本年废止（1）即12',
      '行政规范性文件：现行有效件数（20）不等于上年现行有效件数（20）加本年制发（1）减本年废止（4）即17',
    ]);
    expect(findings.map((f) => f.at)).toEqual(['active.regulations.inForce', 'active.normativeDocuments.inForce']);
  });

  it.each([
    ['last year’s 现行有效', 'previous'], ['this year’s 现行有效', 'inForce'], ['制发', 'issued'], ['废止', 'repealed'],
  ] as const)('says nothing when %s is blank', (_, field) => {
    const prev = last();
    const cur = year(2023, { 'active.regulations.issued': 3, 'active.regulations.repealed': 1, 'active.regulations.inForce': 99,
      'active.normativeDocuments.inForce': 20 });
    if (field === 'previous') setCells(prev, { 'active.regulations.inForce': null });
    else setCells(cur, { [`active.regulations.${field}`]: null });
    expect(checkCarryOver(prev, cur)).toEqual([]);
  });

  it('applies to the same agency in consecutive years only', () => {
    const cur = year(2023, { 'active.regulations.inForce': 99 });
    expect(checkCarryOver(last(), { ...cur, agency: '某县卫健委' })).toEqual([]);
    expect(checkCarryOver(last(), { ...cur, year: 2024 })).toEqual([]);
  });

  it('needs the 2021 format in both years, and a table 二 to read', () => {
    const cur = year(2023, { 'active.regulations.inForce': 99 });
    expect(checkCarryOver(year(2022, { 'active.regulations.totalPublic': 10 }, '2019'), cur)).toEqual([]);
    expect(checkCarryOver(last(), year(2023, {}, '2019'))).toEqual([]);
    const withoutTable2 = (r: AnnualReport) => ({ ...r, active: undefined }) as unknown as AnnualReport;
    expect(checkCarryOver(last(), withoutTable2(cur))).toEqual([]);
    expect(checkCarryOver(withoutTable2(last()), cur)).toEqual([]);
    expect(checkCarryOver({ ...last(), active: {} } as unknown as AnnualReport, cur)).toEqual([]);
  });
});

describe('T2-PREVIOUS-ITEMS details', () => {
  const year = (y: number, cells: Record<string, number | null>) => setCells(zeroReport('2019', y, agency), cells);
  it('checks each of the five item rows, and says which', () => {
    const rows = [['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项'], ['punishment', '行政处罚'], ['coercion', '行政强制'], ['fees', '行政事业性收费']];
    const before = year(2019, Object.fromEntries(rows.map(([key]) => [`active.${key}.previous`, 5])));
    const findings = checkCarryOver(before, year(2020, Object.fromEntries(rows.map(([key]) => [`active.${key}.previous`, 6]))));
    expect(findings.map((f) => [f.at, f.message.split('：')[0]])).toEqual(rows.map(([key, label]) => [`active.${key}.previous`, label]));
    expect(findings[0]!.message).toBe('行政许可：2020年“上一年项目数量”（6）不等于2019年报告的上一年项目数量（5）加本年增/减（0）即5');
  });

  it('needs the 2019 format last year too (the 2021 table has no 上一年项目数量)', () => {
    const lastIn2021Format = setCells(zeroReport('2021', 2019, agency), { 'active.licensing.decisions': 5 });
    expect(checkCarryOver(lastIn2021Format, year(2020, { 'active.licensing.previous': 3 }))).toEqual([]);
  });

  it('says nothing when this year’s or last year’s 上一年项目数量 is blank', () => {
    expect(checkCarryOver(year(2019, { 'active.fees.previous': null }), year(2020, { 'active.fees.previous': 3 }))).toEqual([]);
    expect(checkCarryOver(year(2019, { 'active.fees.previous': 1 }), year(2020, { 'active.fees.previous': null }))).toEqual([]);
  });

  it('takes a difference far below one item as rounding', () => {
    expect(checkCarryOver(year(2019, { 'active.fees.previous': 1 }), year(2020, { 'active.fees.previous': 1 + 1e-12 }))).toEqual([]);
    expect(checkCarryOver(year(2019, { 'active.fees.previous': 0 }), year(2020, { 'active.fees.previous': 1e-9 }))).toEqual([]);
    expect(checkCarryOver(year(2019, { 'active.fees.previous': 1 }), year(2020, { 'active.fees.previous': 1 + 1e-6 }))).toHaveLength(1);
  });
});
