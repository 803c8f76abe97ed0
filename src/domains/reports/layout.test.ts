import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS, applicationRow, blankReport } from './layout.ts';

describe('report layout', () => {
  it('spans 三、本年度办理结果 over 20 data rows in 2019 and 22 in 2021 (outcomes and （七）总计)', () => {
    const spanned = (f: '2019' | '2021') => APPLICATION_ROWS[f].filter((r) => r.role === 'outcome' || r.role === 'total');
    expect(spanned('2019')).toHaveLength(20);
    expect(spanned('2021')).toHaveLength(22);
  });

  it('builds blank reports whose cells are null, never 0', () => {
    const report = blankReport('2021', 2023, '某县教育局');
    expect(applicationRow(report, 'other.feeUnpaid').natural).toBeNull();
    expect(report.appeals.review.total).toBeNull();
    expect(() => applicationRow(report, 'other')).toThrow();
  });
});
