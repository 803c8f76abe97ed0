/**
 * N-FEE-UNREPORTED (info, AR-11 soft check): the 2021 table 三 counts applications dropped because a
 * fee notice went unpaid (（六）2), yet the text never mentions 信息处理费. Section 六 usually states
 * the fees collected under 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号).
 */
import type { AnnualReport, Finding } from '../model.ts';
import { effectiveApplicationCell, formatNumber } from './cells.ts';

export function checkNarrativeFee(text: string, report: AnnualReport): Finding[] {
  if (report.format !== '2021') return [];
  const unpaid = effectiveApplicationCell(report, 'other.feeUnpaid', 'total');
  if (unpaid <= 0 || /信息处理费/.test(text)) return [];
  return [{
    rule: 'N-FEE-UNREPORTED',
    severity: 'info',
    at: 'sections.六',
    message: `表三（六）2“申请人逾期未按收费通知要求缴纳费用”为${formatNumber(unpaid)}件，但正文未说明信息处理费收取情况`,
  }];
}
