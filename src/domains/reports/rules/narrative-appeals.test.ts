import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { blankReport } from '../layout.ts';
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

/** A table 四 with these 总计 (each all 维持). */
const appeals = (review: number, direct: number, afterReview: number) => setCells(zeroReport('2021', 2023, '某县教育局'), {
  'appeals.review.upheld': review, 'appeals.review.total': review,
  'appeals.litigationDirect.upheld': direct, 'appeals.litigationDirect.total': direct,
  'appeals.litigationAfterReview.upheld': afterReview, 'appeals.litigationAfterReview.total': afterReview,
});

describe('N-APPEALS-COUNT phrasings (table 四: 行政复议 2, 行政诉讼 3 = 直接 1 + 复议后 2)', () => {
  const FILLERS = ['', '案件', '申请', '的', '数量', '总数', '共计', '共', '合计', '总计', '为', '是', '有', '达', ' ', '\n', '案件数量为', '的案件共'];
  it.each(FILLERS.map((f) => [JSON.stringify(f), f]))('reads a count after 行政复议 with %s between', (_, filler) => {
    expect(findings(`行政复议${filler}2件。`)).toEqual([]);
    expect(findings(`行政复议${filler}3件。`)).toHaveLength(1);
    expect(findings(`行政诉讼${filler}3件。`)).toEqual([]);
    expect(findings(`行政诉讼${filler}4件。`)).toHaveLength(1);
  });

  it.each(['件', '起', '宗', '个', ' 件', '\n件'])('reads the counting unit “%s”', (unit) => {
    expect(findings(`行政复议2${unit}。`)).toEqual([]);
    expect(findings(`行政复议9${unit}。`)).toHaveLength(1);
  });

  it('reads no count without a counting unit, nor a figure of something else', () => {
    expect(findings('行政复议9人。行政复议率9%。')).toEqual([]);
  });

  it.each([
    ['行政复议', '经复议后提起行政诉讼2件。'],
    ['行政复议', '经行政复议提起行政诉讼2件。'],
    ['行政复议', '复议后起诉的行政诉讼2件。'],
    ['行政复议', '不服复议决定提起行政诉讼2件。'],
    ['直接起诉', '直接提起行政诉讼1件。'],
  ])('accepts the count of one kind of 行政诉讼 where the clause names it (%s): %s', (_, text) => {
    expect(findings(text)).toEqual([]);
  });

  it.each([
    '提起行政诉讼2件。', '提起行政诉讼1件。', '直接提起行政诉讼2件。', '经复议后提起行政诉讼1件。',
    // the qualifier belongs to an earlier clause
    '不服复议决定的，可以起诉；提起行政诉讼2件。', '经复议后起诉的，依法应诉。行政诉讼2件。', '直接起诉的，依法应诉，行政诉讼1件。',
  ])('warns on a 行政诉讼 count that is neither the total nor the kind its clause names: %s', (text) => {
    expect(findings(text)).toHaveLength(1);
  });

  it.each(['，', '。', '；', '！', '？', ',', ';', '\n'])('reads only the clause right before the figure, ending at “%s”', (sep) => {
    expect(findings(`经复议后的${sep}行政诉讼2件。`)).toHaveLength(1);
    expect(findings(`${sep}经复议后的行政诉讼2件。`)).toEqual([]);
  });

  it('reads only the clause right before the figure, at most 60 characters of it', () => {
    const far = `经复议后${'一'.repeat(60)}行政诉讼2件。`;
    expect(findings(far)).toHaveLength(1);
    const near = `经复议后${'一'.repeat(50)}行政诉讼2件。`;
    expect(findings(near)).toEqual([]);
  });

  it.each(['审结', '维持', '纠正', '纠错', '撤销', '驳回', '败诉', '胜诉', '结转', '终止', '确认违法', '其他结果'])(
    'does not read the count of a part (%s)', (word) => {
      expect(findings(`${word}的行政复议9件。`)).toEqual([]);
      expect(findings(`${word}的行政复议和行政诉讼各9件。`)).toEqual([]);
    },
  );

  it('quotes the statement with its spaces and line breaks made single spaces', () => {
    const found = findings('四、政府信息公开行政复议、行政诉讼情况\n行政复议  \n 9\n件。');
    expect(found).toEqual([{
      rule: 'N-APPEALS-COUNT', severity: 'warning', at: 'sections.四',
      message: '正文“行政复议 9 件”与表四不符：行政复议总计2件',
    }]);
    expect(findings('行政诉讼9件。')[0]!.message).toBe('正文“行政诉讼9件”与表四不符：行政诉讼总计3件（未经复议直接起诉1件，复议后起诉2件）');
    expect(findings('行政复议、行政诉讼9件。')[0]!.message)
      .toBe('正文“行政复议、行政诉讼9件”与表四不符：行政复议总计2件，行政诉讼总计3件（未经复议直接起诉1件，复议后起诉2件）');
  });
});

describe('N-APPEALS-COUNT: both kinds in one statement', () => {
  it.each(['和', '、', '及', '与', '或'])('joins them with “%s”', (join) => {
    expect(findings(`行政复议${join}行政诉讼案件5件。`)).toEqual([]);
    expect(findings(`行政复议${join}行政诉讼案件6件。`)).toHaveLength(1);
  });

  it.each([
    '行政复议案件和行政诉讼案件5件。', '行政复议和诉讼5件。', '行政复议和行政诉讼数量5件。', '行政复议和行政诉讼案件数5件。',
    '行政复议和行政诉讼共计5件。', '行政复议和行政诉讼共5件。', '行政复议和行政诉讼合计5件。', '行政复议和行政诉讼总计5件。',
    '行政复议和行政诉讼为5件。', '行政复议和行政诉讼 5 件。', '行政复议和行政诉讼5起。',
  ])('reads their sum: %s', (text) => {
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('5', '4'))).toHaveLength(1);
  });

  it.each(['各', '均为', '均', '都为', '都是'])('reads “%s N件” as each of them', (word) => {
    expect(findings(`行政复议和行政诉讼${word}1件。`, appeals(1, 1, 0))).toEqual([]);
    expect(findings(`行政复议和行政诉讼${word}1件。`, appeals(1, 0, 2))).toHaveLength(1);
    expect(findings(`行政复议和行政诉讼${word}2件。`, appeals(1, 1, 0))).toHaveLength(1);
  });

  it.each(['分别为', '分别是', '为', ''])('reads two counts after “%s” as 行政复议 then 行政诉讼', (word) => {
    for (const sep of ['、', '和', '，', ',', '及', ' 、 ']) {
      expect(findings(`行政复议和行政诉讼${word}2件${sep}3件。`)).toEqual([]);
      expect(findings(`行政复议和行政诉讼${word}3件${sep}2件。`)).toHaveLength(1);
      expect(findings(`行政复议和行政诉讼${word}2件${sep}4件。`)).toHaveLength(1);
    }
  });

  it('checks each of the two counts, and “each” against both totals', () => {
    expect(findings('行政复议和行政诉讼分别为4件、3件。')).toHaveLength(1);
    expect(findings('行政复议和行政诉讼各2件。', appeals(1, 0, 2))).toHaveLength(1);
  });

  it('reads a single count right before such a statement', () => {
    expect(findings('行政复议5件，行政复议和行政诉讼各1件。', appeals(1, 1, 0))).toHaveLength(1);
  });

  it('does not read a count of this statement again as a single one, and reads one right after it', () => {
    expect(findings('行政复议和行政诉讼各1件行政复议5件。', appeals(1, 1, 0))).toHaveLength(1);
    expect(findings('行政复议和行政诉讼各1件行政复议1件。', appeals(1, 1, 0))).toEqual([]);
  });
});

describe('N-APPEALS-COUNT: statements that there were none', () => {
  it.each([
    '无行政复议。', '未发生行政复议案件。', '没有收到行政复议。', '未出现行政复议。', '未产生行政复议。', '未涉及行政复议。', '未发现行政复议。',
    '未发生任何行政复议。', '未发生因政府信息公开引起的行政复议。', '未发生涉及信息公开的行政复议。', '未发生政府信息公开工作方面的行政复议。',
    '未发生因政府信息公开引发的被申请行政复议案件。', '未产生被行政复议。', '无信息公开产生的行政复议。',
  ])('warns when table 四 has 行政复议 cases: %s', (text) => {
    expect(findings(text).map((f) => f.message)).toEqual([expect.stringContaining('行政复议总计2件')]);
    expect(findings(text, appeals(0, 1, 0))).toEqual([]);
  });

  it.each([
    ['无行政诉讼。', ['行政诉讼总计3件']],
    ['未发生被提起行政诉讼案件。', ['行政诉讼总计3件']],
    ['未发生行政复议和诉讼案件。', ['行政复议总计2件', '行政诉讼总计3件']],
    ['未发生行政诉讼或复议案件。', ['行政复议总计2件', '行政诉讼总计3件']],
    ['未发生行政复议及行政诉讼。', ['行政复议总计2件', '行政诉讼总计3件']],
    ['未发生行政复议与行政诉讼。', ['行政复议总计2件', '行政诉讼总计3件']],
  ])('names each kind it denies: %s', (text, details) => {
    expect(findings(text).map((f) => f.message)).toEqual(details.map((d) => expect.stringContaining(d)));
  });

  it('compares each kind with its own total', () => {
    expect(findings('未发生行政复议和行政诉讼案件。', appeals(0, 0, 1)).map((f) => f.message)).toEqual([expect.stringContaining('行政诉讼总计1件')]);
    expect(findings('未发生行政复议和行政诉讼案件。', appeals(1, 0, 0)).map((f) => f.message)).toEqual([expect.stringContaining('行政复议总计1件')]);
    expect(findings('未发生行政复议和行政诉讼案件。', appeals(0, 0, 0))).toEqual([]);
  });

  it('does not read a denial about another year', () => {
    expect(findings('上年未发生行政复议案件。2022年无行政诉讼。')).toEqual([]);
  });
});

describe('N-APPEALS-COUNT: which table 四 it trusts', () => {
  it('reads a blank 总计 as the sum of all four parts', () => {
    for (const part of ['upheld', 'corrected', 'other', 'pending']) {
      const r = setCells(zeroReport('2021', 2023), { 'appeals.review.total': null, [`appeals.review.${part}`]: 4 });
      expect(findings('行政复议4件。', r)).toEqual([]);
      expect(findings('行政复议0件。', r)).toHaveLength(1);
    }
  });

  it('takes a filled 总计 as it is, whatever its parts say', () => {
    const r = setCells(blankReport('2021', 2023), { 'appeals.review.total': 2 });
    expect(findings('行政复议2件。', r)).toEqual([]);
    expect(findings('行政复议0件。', r)).toHaveLength(1);
  });

  it('checks nothing when a blank 总计 has an unread part, in any group', () => {
    for (const group of ['review', 'litigationDirect', 'litigationAfterReview']) {
      const r = setCells(withAppeals(), { [`appeals.${group}.total`]: null, [`appeals.${group}.other`]: null });
      expect(findings('行政复议9件，行政诉讼9件。', r, [`appeals.${group}.other`])).toEqual([]);
      expect(findings('行政复议9件，行政诉讼9件。', r)).not.toEqual([]);
    }
  });

  it('checks against a table 四 with a single filled cell, even a 0', () => {
    const blank = zeroReport('2021', 2023);
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) {
      for (const c of ['upheld', 'corrected', 'other', 'pending', 'total'] as const) blank.appeals[g][c] = null;
    }
    blank.appeals.litigationAfterReview.pending = 0;
    expect(findings('行政复议5件。', blank)).toHaveLength(1);
  });
});
