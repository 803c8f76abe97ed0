/**
 * T3-BALANCE (AR-01), the 勾稽关系 printed in table 三's own header:
 * “本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和” (国办公开办函〔2019〕60号,
 * 〔2021〕30号). Per column: 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理.
 */
import type { AnnualReport, Finding } from '../model.ts';
import { APPLICANT_COLUMNS } from '../model.ts';
import type { SumContext } from './cells.ts';
import { columnLabel, formatNumber, knownApplicationCell, sumContext } from './cells.ts';

/** A wholly blank column sums to 0 = 0, so it never contradicts the balance. */
export function checkT3Balance(report: AnnualReport, context: SumContext = sumContext()): Finding[] {
  const findings: Finding[] = [];
  for (const column of APPLICANT_COLUMNS) {
    const cell = (key: string) => knownApplicationCell(report, key, column, context.unknown);
    const terms = [cell('newReceived'), cell('carriedOver'), cell('total'), cell('carriedForward')];
    if (terms.includes(null)) {
      context.unchecked.push({ rule: 'T3-BALANCE', at: `applications.carriedForward.${column}`, name: `${columnLabel(column)}列` });
      continue;
    }
    const [a, b, c, d] = terms as number[];
    const inputs = a! + b!;
    const outputs = c! + d!;
    if (Math.abs(inputs - outputs) > 1e-9) {
      findings.push({
        rule: 'T3-BALANCE',
        severity: 'error',
        at: `applications.carriedForward.${column}`,
        message: `${columnLabel(column)}列：第一项加第二项（${formatNumber(inputs)}）不等于第三项总计加第四项（${formatNumber(outputs)}）`,
      });
    }
  }
  return findings;
}

