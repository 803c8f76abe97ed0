import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { checkNarrative } from './index.ts';

/** Table 四: 行政复议 2 (1 维持, 1 尚未审结), 直接起诉 1, 复议后起诉 2. */
const withAppeals = () => setCells(zeroReport('2021', 2023, '某县教育局'), {
  'appeals.review.upheld': 1, 'appeals.review.pending': 1, 'appeals.review.total': 2,
  'appeals.litigationDirect.corrected': 1, 'appeals.litigationDirect.total': 1,
  'appeals.litigationAfterReview.upheld': 2, 'appeals.litigationAfterReview.total': 2,
});
const findings = (text: string, report = withAppeals(), unknownCells: string[] = []) =>
  checkNarrative(text, report, { unknownCells }).filter((f) => f.rule === 'N-APPEALS-COUNT');

describe('N-APPEALS-COUNT', () => {
  it.each([
    '全年共发生行政复议案件2件，行政诉讼案件3件。',
    '本机关因政府信息公开被申请行政复议2件、被提起行政诉讼3件。',
    '行政复议案件共2起，行政诉讼3起，其中维持1件。',
    '全年发生行政复议两件，行政诉讼三件。',
    '经行政复议后提起行政诉讼2件，直接提起行政诉讼1件。',
    '行政复议、行政诉讼案件5件。',
    '行政复议和行政诉讼案件分别为2件、3件。',
    '2022年发生行政复议案件5件，2023年发生行政复议案件2件。',
    '行政复议案件2件，较上年减少2件；上年行政诉讼案件5件。',
    '行政复议纠错1件，尚未审结的行政复议案件1件，结转行政复议1件。',
    '四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼',
  ])('accepts counts that match table 四: %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it.each([
    ['全年共发生行政复议案件3件。', '行政复议总计2件'],
    ['本年度行政诉讼案件共1件。', '行政诉讼总计3件'],
    ['被申请行政复议十二件。', '行政复议总计2件'],
    ['行政复议和行政诉讼案件各1件。', '行政复议总计2件'],
    ['行政复议、行政诉讼案件4件。', '行政复议总计2件'],
    ['行政复议和行政诉讼案件分别为3件、2件。', '行政复议总计2件'],
  ])('warns when the count contradicts table 四: %s', (text, detail) => {
    const found = findings(`四、政府信息公开行政复议、行政诉讼情况\n${text}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'N-APPEALS-COUNT', severity: 'warning', at: 'sections.四' });
    expect(found[0]!.message).toContain(detail);
  });

  it('warns on “未发生行政复议、行政诉讼” when table 四 has cases, once per kind', () => {
    const found = findings('本年度未发生政府信息公开行政复议、行政诉讼案件。');
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('行政复议总计2件'),
      expect.stringContaining('行政诉讼总计3件'),
    ]);
    expect(findings('本年度未发生政府信息公开行政复议、行政诉讼案件。', zeroReport('2021', 2023))).toEqual([]);
  });

  it('reads a blank 总计 as the sum of its parts', () => {
    const report = setCells(withAppeals(), { 'appeals.review.total': null });
    expect(findings('发生行政复议案件2件。', report)).toEqual([]);
    expect(findings('发生行政复议案件1件。', report)).toHaveLength(1);
  });

  it('checks nothing when a cell it needs could not be read, or table 四 is wholly blank', () => {
    const report = setCells(withAppeals(), { 'appeals.review.total': null });
    expect(findings('发生行政复议案件5件。', report, ['appeals.review.total'])).toEqual([]);
    const blank = zeroReport('2021', 2023);
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) {
      for (const c of ['upheld', 'corrected', 'other', 'pending', 'total'] as const) blank.appeals[g][c] = null;
    }
    expect(findings('发生行政复议案件5件。', blank)).toEqual([]);
  });
});

describe('N-APPEALS-COUNT on PDF text (spaces around numbers)', () => {
  it('reads “行政复议 2 件” as the real 淮安市 2024 report prints it', () => {
    expect(findings('政府信息公开行政复议 2 件，其中结果维持 1 件，尚未审结 1 件；政府信息公开行政诉讼 3 件。')).toEqual([]);
    expect(findings('政府信息公开行政复议 4 件，其中结果维持 1 件。')).toHaveLength(1);
  });
});
