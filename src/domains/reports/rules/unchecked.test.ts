import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { checkNarrative, checkReport } from './index.ts';
import { uncheckedSums } from './unchecked.ts';

/** A consistent 2021 table with one application (自然人, 予以公开) and 1 carried forward. */
const consistent = () => setCells(zeroReport('2021', 2023), {
  'applications.newReceived.natural': 2, 'applications.newReceived.total': 2,
  'applications.granted.natural': 1, 'applications.granted.total': 1,
  'applications.total.natural': 1, 'applications.total.total': 1,
  'applications.carriedForward.natural': 1, 'applications.carriedForward.total': 1,
  'appeals.review.upheld': 1, 'appeals.review.total': 1,
});

const ROW = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'];
const rowPaths = (row: string) => ROW.map((c) => `applications.${row}.${c}`);
const nulls = (paths: readonly string[]) => Object.fromEntries(paths.map((p) => [p, null]));

describe('cells the reader could not read (checkReport unknownCells)', () => {
  it('a blank row still counts as 0 (spec semantics unchanged): the balance fails with an error', () => {
    const r = setCells(consistent(), nulls(rowPaths('newReceived')));
    expect(checkReport(r).map((f) => [f.rule, f.at])).toEqual([
      ['T3-BALANCE', 'applications.carriedForward.natural'],
      ['T3-BALANCE', 'applications.carriedForward.total'],
    ]);
  });

  it('an unread row is not a blank: no sum error, one SUM-UNCHECKED warning naming what was not checked', () => {
    const paths = rowPaths('newReceived');
    const r = setCells(consistent(), nulls(paths));
    const findings = checkReport(r, { unknownCells: paths });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings).toEqual([{
      rule: 'SUM-UNCHECKED',
      severity: 'warning',
      at: 'applications',
      message: expect.stringContaining('T3-BALANCE：自然人列、商业企业列、科研机构列、社会公益组织列、法律服务机构列、其他列、总计列'),
    }]);
    expect(findings[0]!.message).toContain('T3-ROW-TOTAL：“一、本年新收政府信息公开申请数量”行');
    expect(findings[0]!.message).toMatch(/不能按0计算/);
  });

  it('an unread outcome cell skips its row total, its column’s （七）总计, and nothing else', () => {
    const r = setCells(consistent(), { 'applications.partial.natural': null });
    const findings = checkReport(r, { unknownCells: ['applications.partial.natural'] });
    expect(findings.map((f) => f.rule)).toEqual(['SUM-UNCHECKED']);
    expect(findings[0]!.message).toContain('T3-ROW-TOTAL：“（二）部分公开');
    expect(findings[0]!.message).toContain('T3-OUTCOME-TOTAL：自然人列');
    expect(findings[0]!.message).not.toContain('T3-BALANCE');
  });

  it('still reports real contradictions among the cells that were read', () => {
    const r = setCells(consistent(), { 'applications.partial.natural': null, 'applications.carriedForward.legal': 3 });
    const findings = checkReport(r, { unknownCells: ['applications.partial.natural'] });
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.at)).toEqual([
      'applications.carriedForward.total', 'applications.carriedForward.legal',
    ]);
  });

  it('an unread total is neither checked nor a blank total (no T3-BLANK-TOTAL)', () => {
    const r = setCells(consistent(), { 'applications.total.natural': null, 'applications.total.total': null });
    const findings = checkReport(r, { unknownCells: ['applications.total.natural', 'applications.total.total'] });
    expect(findings.map((f) => f.rule)).toEqual(['SUM-UNCHECKED']);
    expect(checkReport(r).map((f) => f.rule)).toContain('T3-BLANK-TOTAL');
  });

  it('table 四: an unread cell skips its group only', () => {
    const r = setCells(consistent(), { 'appeals.review.upheld': null, 'appeals.litigationDirect.total': 5 });
    const findings = checkReport(r, { unknownCells: ['appeals.review.upheld'] });
    expect(findings.map((f) => [f.rule, f.at])).toEqual([['T4-TOTAL', 'appeals.litigationDirect.total'], ['SUM-UNCHECKED', 'appeals']]);
    expect(findings[1]!.message).toContain('T4-TOTAL：行政复议');
  });

  it('narrative counts are not compared with a total that was not read', () => {
    const paths = rowPaths('newReceived');
    const r = setCells(consistent(), { ...nulls(paths), 'applications.newReceived.natural': 2 });
    const text = '一、总体情况\n本年度共收到政府信息公开申请7件。';
    expect(checkNarrative(text, r).map((f) => f.rule)).toEqual(['N-APPLICATIONS-COUNT']);
    expect(checkNarrative(text, r, { unknownCells: ['applications.newReceived.total'] })).toEqual([]);
  });
});

describe('SUM-UNCHECKED wording (uncheckedSums)', () => {
  it('one warning per table, rules in a fixed order, the names of each rule together', () => {
    const findings = uncheckedSums([
      { rule: 'T3-BALANCE', at: 'applications.carriedForward.natural', name: '自然人列' },
      { rule: 'T4-TOTAL', at: 'appeals.review.total', name: '行政复议' },
      { rule: 'T3-ROW-TOTAL', at: 'applications.granted.total', name: '“（一）予以公开”行' },
      { rule: 'T3-OUTCOME-TOTAL', at: 'applications.total.legal', name: '法律服务机构列' },
      { rule: 'T3-BALANCE', at: 'applications.carriedForward.total', name: '总计列' },
    ]);
    const lead = '有单元格未能读取（见读取提示），这些单元格不是空白，不能按0计算，因此以下核对无法进行：';
    expect(findings).toEqual([
      {
        rule: 'SUM-UNCHECKED', severity: 'warning', at: 'applications',
        message: `表三${lead}“总计等于六类申请人之和”（T3-ROW-TOTAL：“（一）予以公开”行）；“（七）总计等于各项办理结果之和”（T3-OUTCOME-TOTAL：法律服务机构列）；“第一项加第二项等于第三项加第四项”（T3-BALANCE：自然人列、总计列）`,
      },
      { rule: 'SUM-UNCHECKED', severity: 'warning', at: 'appeals', message: `表四${lead}“总计等于四项结果之和”（T4-TOTAL：行政复议）` },
    ]);
  });

  it('nothing when every sum was checked; a table is told by its own prefix only', () => {
    expect(uncheckedSums([])).toEqual([]);
    expect(uncheckedSums([{ rule: 'T4-TOTAL', at: 'appealsX.review.total', name: 'x' }])).toEqual([]);
    expect(uncheckedSums([{ rule: 'T4-TOTAL', at: 'appeals.review.total', name: '行政复议' }]).map((f) => f.at)).toEqual(['appeals']);
  });
});
