import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { blankReport } from '../layout.ts';
import { sumContext } from './cells.ts';
import { checkT4Totals } from './table4-total.ts';

describe('T4-TOTAL and T4-BLANK-TOTAL', () => {
  it('passes when each 总计 is 维持 + 纠正 + 其他 + 尚未审结', () => {
    const r = setCells(zeroReport('2021', 2022), {
      'appeals.review.upheld': 2, 'appeals.review.pending': 1, 'appeals.review.total': 3,
      'appeals.litigationAfterReview.corrected': 1, 'appeals.litigationAfterReview.total': 1,
    });
    expect(checkT4Totals(r)).toEqual([]);
  });

  it('reports appeals.<group>.total when it differs', () => {
    const r = setCells(zeroReport('2021', 2022), { 'appeals.litigationDirect.other': 2, 'appeals.litigationDirect.total': 1 });
    expect(checkT4Totals(r)).toEqual([{
      rule: 'T4-TOTAL', severity: 'error', at: 'appeals.litigationDirect.total',
      message: '行政诉讼（未经复议直接起诉）：总计（1）不等于结果维持、结果纠正、其他结果、尚未审结之和（2）',
    }]);
  });

  it('warns on a blank 总计 whose parts have values, without the sum error', () => {
    const r = setCells(blankReport('2019', 2020), { 'appeals.review.upheld': 1 });
    expect(checkT4Totals(r)).toEqual([expect.objectContaining({ rule: 'T4-BLANK-TOTAL', severity: 'warning', at: 'appeals.review.total' })]);
    expect(checkT4Totals(blankReport('2019', 2020))).toEqual([]);
  });
});

describe('T4-TOTAL details', () => {
  it.each([
    ['review', '行政复议'],
    ['litigationDirect', '行政诉讼（未经复议直接起诉）'],
    ['litigationAfterReview', '行政诉讼（复议后起诉）'],
  ] as const)('names the group %s as %s, and counts each of its four parts', (group, name) => {
    for (const part of ['upheld', 'corrected', 'other', 'pending']) {
      const r = setCells(zeroReport('2021', 2022), { [`appeals.${group}.${part}`]: 1 });
      expect(checkT4Totals(r)).toEqual([{
        rule: 'T4-TOTAL', severity: 'error', at: `appeals.${group}.total`,
        message: `${name}：总计（0）不等于结果维持、结果纠正、其他结果、尚未审结之和（1）`,
      }]);
    }
  });

  it('states the sum that stands in for a blank 总计', () => {
    const r = setCells(blankReport('2021', 2022), { 'appeals.litigationAfterReview.upheld': 2, 'appeals.litigationAfterReview.pending': 1 });
    expect(checkT4Totals(r)).toEqual([{
      rule: 'T4-BLANK-TOTAL', severity: 'warning', at: 'appeals.litigationAfterReview.total',
      message: '行政诉讼（复议后起诉）：总计为空，但其分项有数值（合计3）',
    }]);
  });

  it('takes a difference far below one case as rounding, not a small real one', () => {
    expect(checkT4Totals(setCells(zeroReport('2021', 2022), { 'appeals.review.other': 1e-12 }))).toEqual([]);
    expect(checkT4Totals(setCells(zeroReport('2021', 2022), { 'appeals.review.other': 1e-9 }))).toEqual([]);
    expect(checkT4Totals(setCells(zeroReport('2021', 2022), { 'appeals.review.other': 1e-6 }))).toHaveLength(1);
  });

  it('says nothing about a report without table 四', () => {
    const r = zeroReport('2021', 2022);
    expect(checkT4Totals({ ...r, appeals: undefined } as unknown as typeof r)).toEqual([]);
    expect(checkT4Totals({ ...r, appeals: { review: r.appeals.review } } as unknown as typeof r)).toEqual([]);
  });
});

describe('T4-TOTAL with cells the reader could not read', () => {
  const unread = (cells: Record<string, number | null>, unknown: string[]) => {
    const context = sumContext(unknown);
    const findings = checkT4Totals(setCells(zeroReport('2021', 2022), cells), context);
    return { findings, unchecked: context.unchecked };
  };

  it('an unread 总计 is neither checked nor blank', () => {
    expect(unread({ 'appeals.review.total': null, 'appeals.review.upheld': 1 }, ['appeals.review.total'])).toEqual({
      findings: [], unchecked: [{ rule: 'T4-TOTAL', at: 'appeals.review.total', name: '行政复议' }],
    });
  });

  it('a filled 总计 with an unread part is not checked', () => {
    expect(unread({ 'appeals.litigationDirect.other': null, 'appeals.litigationDirect.total': 4 }, ['appeals.litigationDirect.other'])).toEqual({
      findings: [], unchecked: [{ rule: 'T4-TOTAL', at: 'appeals.litigationDirect.total', name: '行政诉讼（未经复议直接起诉）' }],
    });
  });

  it('a blank 总计 with an unread part is neither a contradiction nor a sum left unchecked', () => {
    expect(unread({ 'appeals.review.total': null, 'appeals.review.upheld': 1, 'appeals.review.pending': null }, ['appeals.review.pending']))
      .toEqual({ findings: [], unchecked: [] });
  });

  it('a filled 总计 is checked even if listed as unread', () => {
    expect(unread({ 'appeals.review.total': 3 }, ['appeals.review.total']).findings.map((f) => f.rule)).toEqual(['T4-TOTAL']);
  });
});
