import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { blankReport } from '../layout.ts';
import { sumContext } from './cells.ts';
import { checkT3BlankTotals, checkT3GroupRowTotals, checkT3OutcomeTotals, checkT3RowTotals } from './table3-totals.ts';

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

/**
 * A 2021 table printed with one （六）其他处理 row instead of its three sub-rows: the reader leaves the
 * sub-rows unknown and hands the group row's seven cells over (SumContext.groups).
 */
describe('a group row printed in place of its sub-rows', () => {
  const SUB_ROWS = ['other.noCorrection', 'other.feeUnpaid', 'other.other'];
  const COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'];
  const unknownSubRows = SUB_ROWS.flatMap((row) => COLUMNS.map((c) => `applications.${row}.${c}`));
  const report = (cells: Record<string, number | null> = {}) => setCells(zeroReport('2021', 2023), {
    ...Object.fromEntries(unknownSubRows.map((p) => [p, null])),
    'applications.granted.natural': 1, 'applications.granted.total': 1,
    'applications.total.natural': 3, 'applications.total.legal': 1, 'applications.total.total': 4,
    ...cells,
  });
  const context = (other: readonly (number | null)[]) => sumContext(unknownSubRows, new Map([['other', other]]));

  it('passes when the group row adds up and stands in for its sub-rows in （七）总计', () => {
    const ctx = context([2, 0, 0, 0, 1, 0, 3]);
    expect(checkT3GroupRowTotals(report(), ctx)).toEqual([]);
    expect(checkT3OutcomeTotals(report(), ctx)).toEqual([]);
    expect(ctx.unchecked).toEqual([]);
  });

  it('reports the group row’s 总计 against its six applicant columns, blanks counting 0', () => {
    expect(checkT3GroupRowTotals(report(), context([2, null, 0, 0, 1, null, 4]))).toEqual([{
      rule: 'T3-ROW-TOTAL', severity: 'error', at: 'applications.other',
      message: '“（六）其他处理”行：总计（4）不等于六类申请人之和（3）',
    }]);
    // each applicant column takes part, the last one too
    expect(checkT3GroupRowTotals(report(), context([0, 0, 0, 0, 0, 1, 0])).map((f) => f.message))
      .toEqual(['“（六）其他处理”行：总计（0）不等于六类申请人之和（1）']);
    // far below one application is rounding; a small real difference is not
    expect(checkT3GroupRowTotals(report(), context([0.1, 0.2, 0, 0, 0, 0, 0.3]))).toEqual([]);
    expect(checkT3GroupRowTotals(report(), context([1e-6, 0, 0, 0, 0, 0, 0]))).toHaveLength(1);
    expect(checkT3GroupRowTotals(report(), context([1e-9, 0, 0, 0, 0, 0, 0]))).toEqual([]);
  });

  it('uses the printed label where the format has a （六） row of that key', () => {
    const r = setCells(zeroReport('2019', 2020), {});
    expect(checkT3GroupRowTotals(r, sumContext([], new Map([['other', [1, 0, 0, 0, 0, 0, 2]]]))).map((f) => f.message))
      .toEqual(['“（六）其他处理”行：总计（2）不等于六类申请人之和（1）']);
  });

  it('says nothing about a group row whose 总计 is blank', () => {
    expect(checkT3GroupRowTotals(report(), context([2, 0, 0, 0, 1, 0, null]))).toEqual([]);
  });

  it('counts the group row, not its unknown sub-rows, in （七）总计, per column', () => {
    const findings = checkT3OutcomeTotals(report(), context([1, 0, 0, 0, 1, 0, 2]));
    expect(findings).toEqual([
      expect.objectContaining({ at: 'applications.total.natural', message: '自然人列：（七）总计（3）不等于（一）至（六）各项办理结果之和（2）' }),
      expect.objectContaining({ at: 'applications.total.total', message: '总计列：（七）总计（4）不等于（一）至（六）各项办理结果之和（3）' }),
    ]);
  });

  it('counts a blank part of the group row as 0, but a blank group 总计 as unknown', () => {
    const ctx = context([2, null, null, null, 1, null, null]);
    expect(checkT3OutcomeTotals(report(), ctx)).toEqual([]);
    expect(ctx.unchecked).toEqual([{ rule: 'T3-OUTCOME-TOTAL', at: 'applications.total.total', name: '总计列' }]);
  });
});

describe('totals that depend on a cell the reader could not read', () => {
  it('T3-ROW-TOTAL: an unread part or an unread blank 总计 leaves the row unchecked, named in the note', () => {
    const r = setCells(zeroReport('2021', 2023), {
      'applications.granted.natural': null, 'applications.granted.total': 9,
      'applications.partial.total': null,
    });
    const ctx = sumContext(['applications.granted.natural', 'applications.partial.total']);
    expect(checkT3RowTotals(r, ctx)).toEqual([]);
    expect(ctx.unchecked).toEqual([
      { rule: 'T3-ROW-TOTAL', at: 'applications.granted.total', name: '“（一）予以公开”行' },
      { rule: 'T3-ROW-TOTAL', at: 'applications.partial.total', name: '“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行' },
    ]);
  });

  it('T3-OUTCOME-TOTAL: an unread （七）总计 cell or an unread outcome leaves its column unchecked', () => {
    const r = setCells(zeroReport('2021', 2023), {
      'applications.total.natural': null, 'applications.withheld.stateSecret.legal': null, 'applications.total.legal': 5,
    });
    const ctx = sumContext(['applications.total.natural', 'applications.withheld.stateSecret.legal']);
    expect(checkT3OutcomeTotals(r, ctx)).toEqual([]);
    expect(ctx.unchecked).toEqual([
      { rule: 'T3-OUTCOME-TOTAL', at: 'applications.total.natural', name: '自然人列' },
      { rule: 'T3-OUTCOME-TOTAL', at: 'applications.total.legal', name: '法律服务机构列' },
    ]);
  });

  it('a filled total is checked even if listed as unread', () => {
    const r = setCells(zeroReport('2021', 2023), { 'applications.granted.total': 1, 'applications.total.natural': 1 });
    const ctx = sumContext(['applications.granted.total', 'applications.total.natural']);
    expect(checkT3RowTotals(r, ctx).map((f) => f.at)).toEqual(['applications.granted.total', 'applications.total.total']);
    expect(checkT3OutcomeTotals(r, ctx).map((f) => f.at)).toEqual(['applications.total.natural', 'applications.total.total']);
    expect(ctx.unchecked).toEqual([]);
  });

  it('T3-BLANK-TOTAL: neither an unread total nor a blank total with an unread part is called blank', () => {
    const r = setCells(blankReport('2021', 2023), {
      'applications.granted.natural': 1, 'applications.granted.commercial': null,
      'applications.partial.natural': 1,
    });
    const ctx = sumContext(['applications.granted.commercial', 'applications.partial.total']);
    expect(checkT3BlankTotals(r, ctx).map((f) => f.at)).toEqual(['applications.total.natural']);
  });
});

describe('sum checks: tolerance and wording', () => {
  it('T3-ROW-TOTAL and T3-OUTCOME-TOTAL take a difference far below one application as rounding, not a small real one', () => {
    const tiny = setCells(zeroReport('2021', 2023), { 'applications.granted.natural': 1e-12, 'applications.total.natural': 1e-12 });
    expect(checkT3RowTotals(tiny)).toEqual([]);
    expect(checkT3OutcomeTotals(tiny)).toEqual([]);
    const small = setCells(zeroReport('2021', 2023), { 'applications.granted.natural': 1e-6 });
    expect(checkT3RowTotals(small).map((f) => f.at)).toEqual(['applications.granted.total']);
    expect(checkT3OutcomeTotals(small).map((f) => f.at)).toEqual(['applications.total.natural']);
  });

  it('T3-ROW-TOTAL states the row, its 总计 and the sum', () => {
    const r = setCells(zeroReport('2021', 2023), { 'applications.granted.otherOrg': 2, 'applications.granted.total': 3 });
    expect(checkT3RowTotals(r)).toEqual([{
      rule: 'T3-ROW-TOTAL', severity: 'error', at: 'applications.granted.total',
      message: '“（一）予以公开”行：总计（3）不等于六类申请人之和（2）',
    }]);
  });

  it('T3-BLANK-TOTAL states the row, the column and the sum that stands in for the blank', () => {
    const r = setCells(blankReport('2021', 2023), { 'applications.withheld.stateSecret.natural': 2, 'applications.withheld.stateSecret.legal': 1 });
    expect(checkT3BlankTotals(r)).toEqual([
      {
        rule: 'T3-BLANK-TOTAL', severity: 'warning', at: 'applications.withheld.stateSecret.total',
        message: '“（三）不予公开1.属于国家秘密”行总计列为空，但其分项有数值（合计3）；按分项之和3参与其他核对',
      },
      expect.objectContaining({ at: 'applications.total.natural', message: expect.stringContaining('“（七）总计”行自然人列为空，但其分项有数值（合计2）') }),
      expect.objectContaining({ at: 'applications.total.legal' }),
      expect.objectContaining({ at: 'applications.total.total', message: expect.stringContaining('（合计3）') }),
    ]);
  });

  it('T3-BLANK-TOTAL: a blank part cell is not a total, and a blank row total whose parts are blank says nothing', () => {
    const blankPartial = Object.fromEntries(['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total']
      .map((c) => [`applications.partial.${c}`, null]));
    const r = setCells(zeroReport('2021', 2023), { 'applications.granted.natural': null, ...blankPartial });
    expect(checkT3BlankTotals(r)).toEqual([]);
  });
});

describe('table 三 sums on odd data (rules never throw)', () => {
  it('check nothing in a format the layout does not know, nor in a table 三 without its rows', () => {
    const r = setCells(zeroReport('2021', 2023), { 'applications.granted.natural': 1, 'applications.total.total': 5, 'applications.partial.total': null });
    const odd = { ...r, format: '2030' } as unknown as typeof r;
    expect([...checkT3RowTotals(odd), ...checkT3BlankTotals(odd)]).toEqual([]);
    const rowless = { ...r, applications: {} } as unknown as typeof r;
    expect([...checkT3RowTotals(rowless), ...checkT3OutcomeTotals(rowless), ...checkT3BlankTotals(rowless)]).toEqual([]);
    const onlyTotal = { ...r, applications: { total: { ...r.applications.total, natural: 1, total: null } } } as unknown as typeof r;
    expect(checkT3BlankTotals(onlyTotal).map((f) => f.at)).toEqual(['applications.total.total']);
    const blankTotalOnly = { ...r, applications: { total: { ...blankReport('2021', 2023).applications.total } } } as unknown as typeof r;
    expect(checkT3BlankTotals(blankTotalOnly)).toEqual([]);
  });

  it('take a difference of exactly 1e-9 as rounding', () => {
    const r = setCells(zeroReport('2021', 2023), { 'applications.granted.natural': 1e-9, 'applications.total.natural': 1e-9 });
    expect(checkT3RowTotals(setCells(zeroReport('2021', 2023), { 'applications.granted.natural': 1e-9 }))).toEqual([]);
    expect(checkT3OutcomeTotals(setCells(zeroReport('2021', 2023), { 'applications.granted.natural': 1e-9 }))).toEqual([]);
    expect(checkT3RowTotals(r)).toEqual([]);
  });
});
