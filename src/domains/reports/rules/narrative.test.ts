import { describe, expect, it } from 'vitest';
import { SEED_NARRATIVE, seedReport } from '../testing/seed.ts';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { blankReport } from '../layout.ts';
import { checkNarrative } from './index.ts';
import { normalizeNarrative } from './narrative-text.ts';

const withApplications = (received: number, carried = 0) => setCells(zeroReport('2021', 2023), {
  'applications.newReceived.natural': received, 'applications.newReceived.total': received,
  'applications.carriedOver.natural': carried, 'applications.carriedOver.total': carried,
  'applications.granted.natural': received + carried, 'applications.granted.total': received + carried,
  'applications.total.natural': received + carried, 'applications.total.total': received + carried,
});
const rules = (text: string, report = withApplications(5, 2)) => checkNarrative(text, report).map((f) => f.rule);

describe('checkNarrative on the seed', () => {
  it('yields exactly the 咨询 parts warning, anchored in section 一', () => {
    const text = ['一、总体情况', ...SEED_NARRATIVE.overview, '五、存在的主要问题及改进情况', ...SEED_NARRATIVE.problems,
      '六、其他需要报告的事项', ...SEED_NARRATIVE.other].join('\n');
    const findings = checkNarrative(text, seedReport());
    expect(findings).toEqual([{
      rule: 'N-PARTS-SUM', severity: 'warning', at: 'sections.一',
      message: '正文“共接受群众咨询332人次，其中现场咨询数72次，网上咨询8次，电话咨询数15次”：分项之和72 + 8 + 15 = 95，不等于总数332',
    }]);
  });

  it('anchors at `narrative` when the text has no section headings', () => {
    expect(checkNarrative(SEED_NARRATIVE.overview.join('\n'), seedReport()).map((f) => f.at)).toEqual(['narrative']);
  });
});

describe('N-APPLICATIONS-COUNT', () => {
  it.each([
    '全年共收到政府信息公开申请5件。',
    '本年度共受理政府信息公开申请7件（含上年结转2件）。',
    '收到申请５件，均已按时办结。',
  ])('accepts 本年新收 or 本年新收 + 上年结转: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('warns when the count matches neither', () => {
    const findings = checkNarrative('2023年，我局共收到政府信息公开申请6件。', withApplications(5, 2));
    expect(findings).toEqual([expect.objectContaining({ rule: 'N-APPLICATIONS-COUNT', severity: 'warning', at: 'narrative' })]);
    expect(findings[0]!.message).toContain('5件');
    expect(findings[0]!.message).toContain('7件');
  });

  it('ignores figures of other years, as in year-over-year comparisons', () => {
    expect(rules('2022年共收到政府信息公开申请10件，2023年收到申请5件。')).toEqual([]);
    expect(rules('较去年收到申请12件有所下降。上年未收到政府信息公开申请。')).toEqual([]);
    expect(rules('2023年收到申请10件。')).toEqual(['N-APPLICATIONS-COUNT']);
  });

  it('ignores counts of other things and of subsets', () => {
    // 行政复议申请 is table 四's business (N-APPEALS-COUNT: the table has none), not table 三's.
    expect(rules('收到行政复议申请1件。收到关于征地补偿的申请3件。收到人大代表建议12件。')).toEqual(['N-APPEALS-COUNT']);
  });

  it('says nothing when 本年新收 is wholly blank', () => {
    expect(checkNarrative('共收到政府信息公开申请6件。', blankReport('2021', 2023))).toEqual([]);
  });
});

describe('N-NO-APPLICATIONS and N-ON-REQUEST-COUNT', () => {
  it('warns on “未收到政府信息公开的申请” with a non-zero table', () => {
    expect(rules('2023年，我局未收到政府信息公开的申请。')).toEqual(['N-NO-APPLICATIONS']);
    expect(rules('2023年，我局未收到政府信息公开的申请。', withApplications(0))).toEqual([]);
  });

  it('warns on “依申请公开0条” with applications in the table, accepts a matching count', () => {
    expect(rules('主动公开信息427条，依申请公开0条。')).toEqual(['N-ON-REQUEST-COUNT']);
    expect(rules('依申请公开7条。')).toEqual([]);
    expect(rules('依申请公开0条。', withApplications(0))).toEqual([]);
  });
});

describe('N-PARTS-SUM', () => {
  it('accepts parts that add up', () => {
    expect(rules('共接受群众咨询95人次，其中现场咨询72次，网上咨询8次，电话咨询15次。')).toEqual([]);
  });

  it('warns on parts that do not add up, with 、 between parts too', () => {
    expect(rules('全年共办理咨询40件，其中电话咨询10件、现场咨询20件。')).toEqual(['N-PARTS-SUM']);
    expect(rules('共接受群众咨询332人次，其中，现场咨询72次，网上咨询8次。')).toEqual(['N-PARTS-SUM']);
  });

  it('checks a breakdown of applications by applicant against its total', () => {
    expect(rules('全年共收到政府信息公开申请5件，其中自然人申请4件，法人或其他组织申请1件。')).toEqual([]);
    expect(rules('全年共收到政府信息公开申请5件，其中自然人申请4件，法人或其他组织申请2件。')).toEqual(['N-PARTS-SUM']);
  });

  it.each([
    // a selection of examples, not a breakdown: the parts share no word with the total
    '全年主动公开信息共427条，其中政策文件12条，人事信息8条。',
    // dates, years, article numbers and percentages
    '2023年1月1日至2023年12月31日，依据《条例》第二十条、第五十条，共召开会议3次，办结率100%。',
    '共计发布信息120条，其中38条为政策解读。',
    '共发布信息1,234条，其中政策解读56条，图片解读12条。',
    '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    // units of different families
    '共接受咨询30人次，其中电话咨询12件，现场咨询5件。',
  ])('stays silent on ordinary prose: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('N-FEE-UNREPORTED', () => {
  const unpaid = () => setCells(zeroReport('2021', 2023), {
    'applications.newReceived.natural': 1, 'applications.newReceived.total': 1,
    'applications.other.feeUnpaid.natural': 1, 'applications.other.feeUnpaid.total': 1,
    'applications.total.natural': 1, 'applications.total.total': 1,
  });
  it('notes a fee non-payment row with no word on 信息处理费', () => {
    expect(checkNarrative('暂无其他需要报告的事项。', unpaid())).toEqual([
      expect.objectContaining({ rule: 'N-FEE-UNREPORTED', severity: 'info', at: 'sections.六' }),
    ]);
    expect(checkNarrative('本年度收取信息处理费共计400元。', unpaid())).toEqual([]);
  });
});

describe('N-PARTS-SUM on totals without 共 and Chinese-numeral counts (issue 10 item 7)', () => {
  const report = zeroReport('2021', 2023);
  it('warns when the parts after 其中 do not add up (ASCII commas, 人次)', () => {
    const findings = checkNarrative('咨询215人次,其中现场咨询150人次,电话咨询45人次。', report);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'N-PARTS-SUM', severity: 'warning' }));
  });
  it('is silent when they do', () => {
    expect(checkNarrative('咨询195人次,其中现场咨询150人次,电话咨询45人次。', report).filter((f) => f.rule === 'N-PARTS-SUM')).toEqual([]);
  });
  it('reads counts in Chinese numerals', () => {
    expect(normalizeNarrative('共受理申请十二件，其中依申请公开三件，第三件')).toBe('共受理申请12件，其中依申请公开3件，第三件');
    expect(checkNarrative('共接待咨询十二人次，其中现场咨询五人次，电话咨询三人次。', report)).toContainEqual(expect.objectContaining({ rule: 'N-PARTS-SUM' }));
  });
});
