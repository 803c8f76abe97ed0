import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { checkT2PublishedWithinTotal } from './table2-published.ts';

describe('T2-PUBLISHED-EXCEEDS-TOTAL', () => {
  it('passes when 本年新公开数量 ≤ 对外公开总数量', () => {
    expect(checkT2PublishedWithinTotal(setCells(zeroReport('2019', 2020), {
      'active.normativeDocuments.published': 3, 'active.normativeDocuments.totalPublic': 30,
    }))).toEqual([]);
  });

  it('warns when 本年新公开数量 exceeds 对外公开总数量', () => {
    const r = setCells(zeroReport('2019', 2020), { 'active.regulations.published': 5, 'active.regulations.totalPublic': 2 });
    expect(checkT2PublishedWithinTotal(r)).toEqual([expect.objectContaining({
      rule: 'T2-PUBLISHED-EXCEEDS-TOTAL', severity: 'warning', at: 'active.regulations.published',
    })]);
  });

  it('does not apply to the 2021 format', () => {
    expect(checkT2PublishedWithinTotal(zeroReport('2021', 2022))).toEqual([]);
  });
});

describe('T2-PUBLISHED-EXCEEDS-TOTAL details', () => {
  const check = (cells: Record<string, number | null>) => checkT2PublishedWithinTotal(setCells(zeroReport('2019', 2020), cells));

  it('passes when everything published this year is all that is public', () => {
    expect(check({ 'active.regulations.published': 4, 'active.regulations.totalPublic': 4 })).toEqual([]);
  });

  it('states both figures, for 规章 and 规范性文件 alike', () => {
    expect(check({
      'active.regulations.published': 3, 'active.regulations.totalPublic': 2,
      'active.normativeDocuments.published': 9, 'active.normativeDocuments.totalPublic': 1,
    })).toEqual([
      { rule: 'T2-PUBLISHED-EXCEEDS-TOTAL', severity: 'warning', at: 'active.regulations.published', message: '规章：本年新公开数量（3）大于对外公开总数量（2）' },
      { rule: 'T2-PUBLISHED-EXCEEDS-TOTAL', severity: 'warning', at: 'active.normativeDocuments.published', message: '规范性文件：本年新公开数量（9）大于对外公开总数量（1）' },
    ]);
  });

  it('says nothing when either figure is blank, or table 二 is missing', () => {
    expect(check({ 'active.regulations.published': 3, 'active.regulations.totalPublic': null })).toEqual([]);
    expect(check({ 'active.regulations.published': null, 'active.regulations.totalPublic': -1 })).toEqual([]);
    const r = zeroReport('2019', 2020);
    expect(checkT2PublishedWithinTotal({ ...r, active: undefined } as unknown as typeof r)).toEqual([]);
  });
});
