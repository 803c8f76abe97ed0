import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { checkNarrativeFee } from './narrative-fee.ts';

const unpaid = (cells: Record<string, number | null>, format: '2019' | '2021' = '2021') => setCells(zeroReport(format, 2023), cells);

describe('N-FEE-UNREPORTED', () => {
  it('states how many applications were dropped for an unpaid fee', () => {
    expect(checkNarrativeFee('暂无。', unpaid({ 'applications.other.feeUnpaid.total': 2 }))).toEqual([{
      rule: 'N-FEE-UNREPORTED', severity: 'info', at: 'sections.六',
      message: '表三（六）2“申请人逾期未按收费通知要求缴纳费用”为2件，但正文未说明信息处理费收取情况',
    }]);
  });

  it('reads a blank 总计 as the sum of its row', () => {
    expect(checkNarrativeFee('暂无。', unpaid({ 'applications.other.feeUnpaid.total': null, 'applications.other.feeUnpaid.legal': 1 })))
      .toHaveLength(1);
  });

  it('says nothing when no application was dropped for a fee, or the text speaks of 信息处理费', () => {
    expect(checkNarrativeFee('暂无。', unpaid({}))).toEqual([]);
    expect(checkNarrativeFee('未收取信息处理费。', unpaid({ 'applications.other.feeUnpaid.total': 2 }))).toEqual([]);
  });

  it('does not apply to the 2019 format, which has no such row', () => {
    expect(checkNarrativeFee('暂无。', unpaid({ 'applications.other.natural': 2, 'applications.other.total': 2 }, '2019'))).toEqual([]);
  });
});
