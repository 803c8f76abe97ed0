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
