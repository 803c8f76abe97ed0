import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { blankReport } from '../layout.ts';
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
