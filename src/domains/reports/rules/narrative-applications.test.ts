import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { checkNarrativeApplications } from './narrative-applications.ts';

/**
 * Table 三 总计 column: 本年新收 10, 上年结转 3 (so 13), 予以公开 4, 部分公开 2 (so 6), （七）总计 8.
 * Only the 总计 column is read: the 自然人 cells differ on purpose.
 */
const table = () => setCells(zeroReport('2021', 2023), {
  'applications.newReceived.total': 10, 'applications.newReceived.natural': 11,
  'applications.carriedOver.total': 3, 'applications.carriedOver.natural': 12,
  'applications.granted.total': 4, 'applications.granted.natural': 14,
  'applications.partial.total': 2, 'applications.partial.natural': 15,
  'applications.total.total': 8, 'applications.total.natural': 16,
});
const rules = (text: string, report = table(), unknown: string[] = []) =>
  checkNarrativeApplications(text, report, new Set(unknown)).map((f) => f.rule);

describe('N-APPLICATIONS-COUNT phrasings', () => {
  it.each(['收到', '受理', '接收', '接到', '新收'])('reads the verb %s', (verb) => {
    expect(rules(`${verb}申请10件。`)).toEqual([]);
    expect(rules(`${verb}申请11件。`)).toEqual(['N-APPLICATIONS-COUNT']);
  });

  it.each([
    '各类', '了', '的', '本年度', '本年', '全年', '年度', '共', '共计', '合计', '总计', '新', '政府信息公开', '信息公开', '政务公开', '依申请公开',
    '公民、法人和其他组织', '公民、法人或其他组织', '公民、法人和其他组织提出的', '群众', '了各类政府信息公开',
  ])('reads the words “%s” between the verb and 申请', (words) => {
    expect(rules(`收到${words}申请13件。`)).toEqual([]);
    expect(rules(`收到${words}申请12件。`)).toEqual(['N-APPLICATIONS-COUNT']);
  });

  it.each(['数量', '数', '总数', '为', '共计', '共', '合计', '总计', '达', '数量为', '总数达'])('reads “%s” between 申请 and the count', (words) => {
    expect(rules(`收到申请${words}10件。`)).toEqual([]);
    expect(rules(`收到申请${words}12件。`)).toEqual(['N-APPLICATIONS-COUNT']);
  });

  it.each(['件', '个', '份'])('reads the unit %s', (unit) => {
    expect(rules(`收到申请12${unit}。`)).toEqual(['N-APPLICATIONS-COUNT']);
  });

  it('reads no other words, nor a count without a unit', () => {
    expect(rules('收到关于征地的申请12件。收到申请12人。收到申请后12个工作日内答复。')).toEqual([]);
  });

  it('states what table 三 says, anchored at the section', () => {
    const found = checkNarrativeApplications('三、收到和处理政府信息公开申请情况\n全年收到申请12件。', table(), new Set());
    expect(found).toEqual([{
      rule: 'N-APPLICATIONS-COUNT', severity: 'warning', at: 'sections.三',
      message: '正文“收到申请12件”与表三不符：本年新收申请总计10件（加上年结转为13件）',
    }]);
  });

  it('warns once per statement that contradicts the table', () => {
    expect(rules('收到申请12件，受理申请10件，接到申请1件。')).toEqual(['N-APPLICATIONS-COUNT', 'N-APPLICATIONS-COUNT']);
  });
});

describe('N-NO-APPLICATIONS phrasings', () => {
  it.each([
    '未收到申请。', '没有收到申请。', '未受理申请。', '未接到申请。', '未收到任何申请。', '未收到政府信息公开申请。', '没有接到任何群众申请。',
  ])('reads “%s”', (text) => {
    expect(rules(text)).toEqual(['N-NO-APPLICATIONS']);
  });

  it('says so only while table 三 has applications this year, and states how many', () => {
    const none = setCells(table(), { 'applications.newReceived.total': 0 });
    expect(rules('未收到申请。', none)).toEqual([]);
    expect(checkNarrativeApplications('未收到任何申请。', table(), new Set())).toEqual([{
      rule: 'N-NO-APPLICATIONS', severity: 'warning', at: 'narrative',
      message: '正文称“未收到任何申请”，但表三本年新收政府信息公开申请总计为10件',
    }]);
  });

  it('does not read a statement about another year', () => {
    expect(rules('上年未收到申请。')).toEqual([]);
  });
});

describe('N-ON-REQUEST-COUNT', () => {
  it.each([[10, '本年新收'], [13, '本年新收 + 上年结转'], [4, '予以公开'], [6, '予以公开 + 部分公开'], [8, '（七）总计']])(
    'accepts %d (%s)', (n) => {
      expect(rules(`依申请公开${n}条。`)).toEqual([]);
    },
  );

  it.each(['依申请公开9条。', '依申请公开信息9条。', '依申请公开政府信息9件。', '依申请公开共9个。', '依申请公开信息共计9条。'])('warns on %s', (text) => {
    expect(rules(text)).toEqual(['N-ON-REQUEST-COUNT']);
  });

  it('states every figure it accepts', () => {
    expect(checkNarrativeApplications('依申请公开9条', table(), new Set())[0]!.message)
      .toBe('正文“依申请公开9条”与表三不符：本年新收10件，予以公开4件，部分公开后合计6件，办理结果总计8件');
  });

  it('does not read a figure of another year, nor one without a unit', () => {
    expect(rules('2022年依申请公开9条。依申请公开9人。')).toEqual([]);
  });
});

describe('which table 三 the narrative rules trust', () => {
  it('say nothing when 本年新收 is wholly blank, or missing', () => {
    const blank = setCells(table(), Object.fromEntries(
      ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'].map((c) => [`applications.newReceived.${c}`, null]),
    ));
    expect(rules('收到申请12件。未收到申请。依申请公开9条。', blank)).toEqual([]);
    const r = table();
    const missing = { ...r, applications: { ...r.applications, newReceived: undefined } } as unknown as typeof r;
    expect(rules('收到申请12件。', missing)).toEqual([]);
  });

  it('read a blank 总计 as the sum of its row, even with one 0 filled', () => {
    const r = setCells(table(), { 'applications.newReceived.total': null, 'applications.newReceived.natural': 0 });
    expect(rules('未收到申请。收到申请0件。')).toEqual(['N-APPLICATIONS-COUNT', 'N-NO-APPLICATIONS']);
    expect(rules('未收到申请。收到申请0件。', r)).toEqual([]);
  });

  it.each(['newReceived', 'carriedOver', 'granted', 'partial', 'total'])('say nothing when the 总计 of %s could not be read', (row) => {
    const r = setCells(table(), { [`applications.${row}.total`]: null });
    expect(rules('收到申请12件。依申请公开9条。', r, [`applications.${row}.total`])).toEqual([]);
  });
});
