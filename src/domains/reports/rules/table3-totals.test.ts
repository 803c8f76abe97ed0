import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { blankReport } from '../layout.ts';
import { checkT3BlankTotals, checkT3OutcomeTotals, checkT3RowTotals } from './table3-totals.ts';

describe('T3-ROW-TOTAL', () => {
  it('passes when 总计 is the sum of the six applicant columns', () => {
    const r = setCells(zeroReport('2021', 2023), {
      'applications.granted.natural': 3, 'applications.granted.legal': 2, 'applications.granted.total': 5,
    });
    expect(checkT3RowTotals(r)).toEqual([]);
  });

  it('reports the row 总计 cell when it differs, naming the numbers', () => {
    const r = setCells(zeroReport('2021', 2023), { 'applications.withheld.stateSecret.natural': 2, 'applications.withheld.stateSecret.total': 3 });
    const findings = checkT3RowTotals(r);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'T3-ROW-TOTAL', severity: 'error', at: 'applications.withheld.stateSecret.total' });
    expect(findings[0]!.message).toContain('（三）不予公开1.属于国家秘密');
    expect(findings[0]!.message).toContain('（3）');
    expect(findings[0]!.message).toContain('（2）');
  });

  it('counts blank parts as 0', () => {
    const r = setCells(blankReport('2019', 2020), { 'applications.granted.natural': 4, 'applications.granted.total': 4 });
    expect(checkT3RowTotals(r)).toEqual([]);
  });

  it('raises no sum rule on a blank 总计, and counts a blank （七）总计 cell as the sum of its outcomes', () => {
    const r = setCells(zeroReport('2019', 2020), {
      'applications.granted.natural': 2, 'applications.granted.total': 2,
      'applications.partial.natural': 1, 'applications.partial.total': 1,
      'applications.total.natural': null, 'applications.total.total': 3,
    });
    expect(checkT3RowTotals(r)).toEqual([]);
    expect(checkT3OutcomeTotals(r)).toEqual([]);
  });
});

describe('T3-OUTCOME-TOTAL', () => {
  it('passes when （七）总计 is the sum of all outcome rows, including the 2021 （六） sub-rows', () => {
    const r = setCells(zeroReport('2021', 2023), {
      'applications.other.feeUnpaid.research': 1, 'applications.other.feeUnpaid.total': 1,
      'applications.total.research': 1, 'applications.total.total': 1,
    });
    expect(checkT3OutcomeTotals(r)).toEqual([]);
  });

  it('reports applications.total.<column> when it differs', () => {
    const r = setCells(zeroReport('2019', 2020), {
      'applications.other.natural': 2, 'applications.other.total': 2,
      'applications.total.natural': 3, 'applications.total.total': 3,
    });
    const findings = checkT3OutcomeTotals(r);
    expect(findings.map((f) => f.at)).toEqual(['applications.total.natural', 'applications.total.total']);
    expect(findings[0]).toMatchObject({ rule: 'T3-OUTCOME-TOTAL', severity: 'error' });
    expect(findings[0]!.message).toBe('自然人列：（七）总计（3）不等于（一）至（六）各项办理结果之和（2）');
  });

  it('counts a blank outcome 总计 as the sum of its row', () => {
    const r = setCells(zeroReport('2021', 2023), {
      'applications.granted.natural': 2, 'applications.granted.total': null,
      'applications.total.natural': 2, 'applications.total.total': 2,
    });
    expect(checkT3OutcomeTotals(r)).toEqual([]);
    expect(checkT3BlankTotals(r).map((f) => f.at)).toEqual(['applications.granted.total']);
  });
});

describe('T3-BLANK-TOTAL', () => {
  it('is silent on a wholly blank table and on blank totals whose parts are blank', () => {
    expect(checkT3BlankTotals(blankReport('2021', 2022))).toEqual([]);
  });

  it('warns once per blank total cell whose parts have values, (七)总计 row included', () => {
    const r = setCells(blankReport('2021', 2022), { 'applications.granted.natural': 1 });
    const findings = checkT3BlankTotals(r);
    expect(findings.map((f) => f.at)).toEqual([
      'applications.granted.total', 'applications.total.natural', 'applications.total.total',
    ]);
    expect(findings.every((f) => f.rule === 'T3-BLANK-TOTAL' && f.severity === 'warning')).toBe(true);
    expect(checkT3RowTotals(r)).toEqual([]);
    expect(checkT3OutcomeTotals(r)).toEqual([]);
  });

  it('treats an explicit 0 part as a value', () => {
    const r = setCells(blankReport('2019', 2020), { 'applications.newReceived.natural': 0 });
    expect(checkT3BlankTotals(r).map((f) => f.at)).toEqual(['applications.newReceived.total']);
  });
});
