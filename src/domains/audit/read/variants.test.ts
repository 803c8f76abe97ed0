import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnnualReport2019 } from '../../reports/model.ts';
import { applicationRow, blankReport } from '../../reports/layout.ts';
import { renderReport } from '../../reports/render/index.ts';
import { setCells } from '../../reports/testing/index.ts';
import { readReportText } from './index.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const seed = readFileSync(new URL('../../../../test/fixtures/seed-2020-shuizhai.txt', import.meta.url), 'utf8');

describe('label and cell variants seen in real reports (2019 format)', () => {
  const { report, findings } = readReportText(fixture('2019-label-variants.txt'));
  const r = report as AnnualReport2019;

  it('takes agency and year from a “关于…的报告” title', () => {
    expect(r.agency).toBe('伊川县人民政府办公室');
    expect(r.year).toBe(2019);
    expect(r.format).toBe('2019');
  });

  it('reads blanks (-, /, —), thousands separators, negative 本年增/减 and spaces inside labels', () => {
    expect(r.active.regulations).toEqual({ made: null, published: null, totalPublic: null });
    expect(r.active.normativeDocuments).toEqual({ made: 5, published: 5, totalPublic: 1234 });
    expect(r.active.licensing).toEqual({ previous: 120, change: -8, decisions: 3456 });
    expect(r.active.fees).toEqual({ previous: 3, change: -1 });
  });

  it('converts 元 to 万元 with an info finding', () => {
    expect(r.active.procurement).toEqual({ projects: 4, amount: 25.1 });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-UNIT-YUAN', severity: 'info', at: 'active.procurement.amount' }));
  });

  it('reads ASCII parentheses, `3、` numbering, straight quotes and the 2021 wording 法律行政法规 in a 2019 table', () => {
    expect(applicationRow(r, 'granted')).toEqual({ natural: 3, commercial: 1, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 4 });
    expect(applicationRow(r, 'withheld.thirdPartyRights').total).toBe(1);
    expect(applicationRow(r, 'withheld.stateSecret').total).toBe(0);
    expect(applicationRow(r, 'withheld.lawProhibited').total).toBe(0);
    expect(applicationRow(r, 'other').total).toBe(0);
    expect(applicationRow(r, 'total').natural).toBe(6);
  });

  it('accepts the longer heading of section 五 and ignores footers and navigation between tables', () => {
    expect(findings.filter((f) => f.rule !== 'READ-UNIT-YUAN')).toEqual([]);
    expect(Object.values(r.appeals.review)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('cells run together (HTML scrape)', () => {
  const { report, findings } = readReportText(fixture('2020-township-html-run-together.txt'));
  const r = report as AnnualReport2019;

  it('splits runs whose digit count equals the column count', () => {
    expect(r.active.normativeDocuments).toEqual({ made: 1, published: 2, totalPublic: 3 });
    expect(applicationRow(r, 'carriedOver')).toEqual({ natural: 1, commercial: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 1 });
    expect(r.appeals.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
  });

  it('splits longer runs where exactly one split fits the row total', () => {
    expect(applicationRow(r, 'newReceived')).toEqual({ natural: 14, commercial: 0, research: 0, nonprofit: 0, legal: 1, otherOrg: 0, total: 15 });
    expect(applicationRow(r, 'total')).toEqual({ natural: 14, commercial: 0, research: 0, nonprofit: 0, legal: 1, otherOrg: 0, total: 15 });
  });

  it('settles a row with two fitting splits by the column sums (（七）总计, 勾稽关系)', () => {
    // 110000011 is 1,10,0,0,0,0,11 or 11,0,0,0,0,0,11; only the second adds up to （七）总计.
    expect(applicationRow(r, 'granted')).toEqual({ natural: 11, commercial: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 11 });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-SPLIT-INFERRED', severity: 'info', at: 'applications' }));
  });

  it('leaves cells blank and says so where the split is ambiguous', () => {
    expect(r.active.licensing).toEqual({ previous: null, change: null, decisions: null });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-SPLIT-AMBIGUOUS', at: 'active.licensing' }));
    expect(r.active.procurement).toEqual({ projects: null, amount: null });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-SPLIT-AMBIGUOUS', at: 'active.procurement' }));
  });

  it('reads the title between site navigation lines', () => {
    expect(r.agency).toBe('伊川县水寨镇人民政府');
    expect(r.year).toBe(2020);
    expect(r.format).toBe('2019');
  });

  it('reports several fitting splits as ambiguous instead of guessing', () => {
    // granted and total both 110000011: both readings (11 or 1+10) keep every column sum true.
    const text = fixture('2020-township-html-run-together.txt')
      .replace('（七）总计140001015', '（七）总计110000011')
      .replace('一、本年新收政府信息公开申请数量140001015', '一、本年新收政府信息公开申请数量110000011')
      .replace('（四）无法提供1.本机关不掌握相关政府信息3000104', '（四）无法提供1.本机关不掌握相关政府信息0000000');
    const read = readReportText(text);
    const ambiguous = read.findings.filter((f) => f.rule === 'READ-SPLIT-AMBIGUOUS' && f.at?.startsWith('applications.'));
    expect(ambiguous.map((f) => f.at)).toEqual(expect.arrayContaining(['applications.granted', 'applications.total']));
    expect(applicationRow(read.report!, 'granted').natural).toBeNull();
  });
});

describe('titles', () => {
  const body = seed.split('\n').slice(4).join('\n');
  it.each([
    ['水寨镇人民政府2020年政府信息公开工作年度报告', '水寨镇人民政府', 2020],
    ['XX县教育局2023年度政府信息公开工作年度报告', 'XX县教育局', 2023],
    ['2020年水寨镇人民政府政府信息公开工作年度报告', '水寨镇人民政府', 2020],
    ['伊川县人民政府办公室关于2020年政府信息公开工作年度报告的报告', '伊川县人民政府办公室', 2020],
    ['关于洛阳市自然资源和规划局2020年度政府信息公开工作年度报告的报告', '洛阳市自然资源和规划局', 2020],
    ['水 寨 镇 人 民 政 府 2020 年政府信息公开工作年度报告', '水寨镇人民政府', 2020],
    ['**水寨镇人民政府２０２０年政府信息公开工作年度报告**', '水寨镇人民政府', 2020],
    ['水寨镇人民政府政府信息公开工作年度报告（2020年度）', '水寨镇人民政府', 2020],
    ['水寨镇人民政府二〇二〇年政府信息公开工作年度报告', '水寨镇人民政府', 2020],
    ['水寨镇人民政府关于2020年政府信息公开工作情况的报告', '水寨镇人民政府', 2020],
  ])('%s', (title, agency, year) => {
    const { report } = readReportText(`${title}\n\n${body}`);
    expect(report?.agency).toBe(agency);
    expect(report?.year).toBe(year);
  });

  it('reads the agency from the line above a title split over two lines', () => {
    const { report } = readReportText(`水寨镇人民政府\n2020年政府信息公开工作年度报告\n\n${body}`);
    expect(report?.agency).toBe('水寨镇人民政府');
    expect(report?.year).toBe(2020);
  });

  it('without a title: a warning, and the year from the body with an info finding', () => {
    const { report, findings } = readReportText(body);
    expect(report?.agency).toBeNull();
    expect(report?.year).toBe(2020);
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['READ-TITLE-MISSING', 'READ-YEAR-FROM-BODY']));
  });
});

describe('reading findings', () => {
  it('a missing section heading is a warning anchored at the section', () => {
    const { report, findings } = readReportText(seed.replace('五、存在的主要问题及改进情况', '存在问题'));
    expect(report).not.toBeNull();
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-SECTION-MISSING', severity: 'warning', at: 'sections.五' }));
  });

  it('a missing row leaves its cells null and says so', () => {
    const { report, findings } = readReportText(seed.replace(/\t\t2\.重复申请[^\n]*\n/, ''));
    expect(applicationRow(report!, 'notProcessed.duplicate').total).toBeNull();
    expect(applicationRow(report!, 'notProcessed.publication').total).toBe(0);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-ROW-MISSING', at: 'applications.notProcessed.duplicate' }));
  });

  it('a row with too few numbers: no one can tell which column is blank, so the row stays unread', () => {
    const { report, findings, unread } = readReportText(seed.replace('规范性文件\t0\t0\t0', '规范性文件\t7\t8'));
    expect((report as AnnualReport2019).active.normativeDocuments).toEqual({ made: null, published: null, totalPublic: null });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-ROW-CELLS', at: 'active.normativeDocuments' }));
    expect(unread).toEqual(['active.normativeDocuments.made', 'active.normativeDocuments.published', 'active.normativeDocuments.totalPublic']);
  });

  it('a row with too many numbers is read only where every alignment agrees', () => {
    const agree = readReportText(seed.replace('规范性文件\t0\t0\t0', '规范性文件\t0\t0\t0\t0'));
    expect((agree.report as AnnualReport2019).active.normativeDocuments).toEqual({ made: 0, published: 0, totalPublic: 0 });
    expect(agree.unread).toEqual([]);
    const differ = readReportText(seed.replace('规范性文件\t0\t0\t0', '规范性文件\t1\t0\t0\t0'));
    expect((differ.report as AnnualReport2019).active.normativeDocuments).toEqual({ made: null, published: null, totalPublic: null });
    expect(differ.unread).toHaveLength(3);
  });

  it('an unreadable cell is null with a finding', () => {
    const { report, findings } = readReportText(seed.replace('(六) 其他处理\t\t0\t0', '(六) 其他处理\t\t约3\t0'));
    expect(applicationRow(report!, 'other').natural).toBeNull();
    expect(applicationRow(report!, 'other').commercial).toBe(0);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-CELL-UNREADABLE', at: 'applications.other.natural' }));
  });

  it('a missing table 三 is an error', () => {
    const start = seed.indexOf('三、收到和处理');
    const end = seed.indexOf('四、政府信息公开行政复议');
    const { report, findings } = readReportText(seed.slice(0, start) + seed.slice(end));
    expect(report).not.toBeNull();
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-TABLE-MISSING', severity: 'error', at: 'applications' }));
  });

  it('a text that is not a report: null and one error', () => {
    for (const text of ['', '   ', '今天天气很好。\n明天去公园。', '1 2 3 4 5', '\u0000\uFFFF\t|\t|']) {
      const { report, findings } = readReportText(text);
      expect(report).toBeNull();
      expect(findings).toEqual([expect.objectContaining({ rule: 'READ-NOT-A-REPORT', severity: 'error', at: null })]);
    }
  });

  it('decides the format from the table, not the year', () => {
    const { report, findings } = readReportText(seed.replace('2020年政府信息公开', '2022年政府信息公开'));
    expect(report?.year).toBe(2022);
    expect(report?.format).toBe('2019');
    expect(findings.filter((f) => f.rule.startsWith('READ-FORMAT'))).toEqual([]);
  });
});

describe('format from the table’s own labels', () => {
  const education = readFileSync(new URL('./fixtures/2023-county-education-tab.txt', import.meta.url), 'utf8');

  it('a 2020 report printed in the 2021 format reads as format 2021 (the year check is a rule elsewhere)', () => {
    const { report, findings } = readReportText(education.replace('2023年度政府信息公开', '2020年度政府信息公开'));
    expect(report?.year).toBe(2020);
    expect(report?.format).toBe('2021');
    expect(findings).toEqual([]);
  });

  it('without any format-specific label: the year decides, with a warning', () => {
    // Table 三 alone, without the three （六） sub-rows or table 二, carries no sign of either format.
    const onlyTable3 = seed.slice(seed.indexOf('三、收到和处理'), seed.indexOf('(六) 其他处理'));
    const { report, findings } = readReportText(`某县教育局2023年政府信息公开工作年度报告\n${onlyTable3}`);
    expect(report?.format).toBe('2021');
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-FORMAT-UNKNOWN', at: 'format' }));
  });

  it('labels of both formats: the majority wins, with a warning', () => {
    const mixed = seed.replace('信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数');
    const { report, findings } = readReportText(mixed);
    expect(report?.format).toBe('2019');
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-FORMAT-MIXED', severity: 'warning' }));
  });
});

describe('money cells', () => {
  const education = readFileSync(new URL('./fixtures/2023-county-education-tab.txt', import.meta.url), 'utf8');

  it.each([
    ['1.25万元', 1.25, false],
    ['12,500元', 1.25, true],
    ['１．２５', 1.25, false],
    ['—', null, false],
  ])('本年收费金额 “%s”', (cell, amount, converted) => {
    const { report, findings } = readReportText(education.replace('行政事业性收费\t1.25', `行政事业性收费\t${cell}`));
    expect((report!.active as { fees: { amount: number | null } }).fees.amount).toBe(amount);
    expect(findings.some((f) => f.rule === 'READ-UNIT-YUAN')).toBe(converted);
  });

  it('a header that states 元 converts unit-less amounts too', () => {
    const { report, findings } = readReportText(education
      .replace('本年收费金额（单位：万元）', '本年收费金额（元）')
      .replace('行政事业性收费\t1.25', '行政事业性收费\t3800'));
    expect((report!.active as { fees: { amount: number | null } }).fees.amount).toBe(0.38);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-UNIT-YUAN', at: 'active.fees.amount' }));
  });
});

describe('document structure', () => {
  it('skips a table of contents listing the six headings', () => {
    const toc = '目录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n';
    const lines = seed.split('\n');
    const text = [...lines.slice(0, 3), toc, ...lines.slice(3)].join('\n');
    const { report, findings } = readReportText(text);
    expect(findings.map((f) => f.rule)).toEqual(['READ-ROW-CELLS']);
    expect(applicationRow(report!, 'total').total).toBe(0);
  });
});

describe('format signs', () => {
  it('prose naming a 2019-only item does not make a 2021 report mixed', () => {
    const education = readFileSync(new URL('./fixtures/2023-county-education-tab.txt', import.meta.url), 'utf8');
    const text = education.replace('二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n本年度通过政府集中采购平台公开采购信息12条，其他对外管理服务事项均已公开。\n');
    const { report, findings } = readReportText(text);
    expect(report?.format).toBe('2021');
    expect(findings).toEqual([]);
  });
});

describe('a 法人或其他组织 subtotal column the national table does not have', () => {
  const education = readFileSync(new URL('./fixtures/2023-county-education-tab.txt', import.meta.url), 'utf8');
  // Insert the subtotal after 自然人 in every table 三 row: 25 | 3+0+1+2+0=6 | … | 31.
  const withSubtotal = education.split('\n').map((line) => {
    const cells = line.split('\t');
    const start = cells.findIndex((c, i) => i > 0 && /^\d+$/.test(c) && cells.slice(i, i + 7).every((x) => /^\d+$/.test(x ?? '')));
    if (start < 0 || cells.filter((c) => /^\d+$/.test(c)).length !== 7) return line;
    const parts = cells.slice(start + 1, start + 6).map(Number);
    cells.splice(start + 1, 0, String(parts.reduce((a, b) => a + b, 0)));
    return cells.join('\t');
  }).join('\n');

  it('is recognised by its arithmetic and dropped, with an info finding', () => {
    const { report, findings } = readReportText(withSubtotal);
    expect(Object.values(applicationRow(report!, 'newReceived'))).toEqual([25, 3, 0, 1, 2, 0, 31]);
    expect(Object.values(applicationRow(report!, 'unavailable.notHeld'))).toEqual([5, 1, 0, 1, 0, 0, 7]);
    expect(findings.map((f) => f.rule)).toEqual(['READ-SUBTOTAL-COLUMN']);
  });
});

describe('the brief’s run-together example', () => {
  it('（一）予以公开12003419 has no split whose 总计 is the sum of the six: blank cells and READ-SPLIT-NONE', () => {
    const text = readFileSync(new URL('./fixtures/2020-township-html-run-together.txt', import.meta.url), 'utf8')
      .replace('三、本年度办理结果（一）予以公开110000011', '三、本年度办理结果（一）予以公开12003419');
    const { report, findings } = readReportText(text);
    expect(Object.values(applicationRow(report!, 'granted'))).toEqual([null, null, null, null, null, null, null]);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-SPLIT-NONE', at: 'applications.granted' }));
  });
});

describe('cell boundaries that are easy to lose', () => {
  // Every cell 1 except the trailing ones of the last row of tables 二, 三 and 四.
  const report = blankReport('2021', 2021, '某局');
  setCells(report, {
    'active.fees.amount': null,
    ...Object.fromEntries(['natural', 'commercial', 'research', 'nonprofit'].map((c) => [`applications.carriedForward.${c}`, 1])),
    ...Object.fromEntries(['review', 'litigationDirect'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [`appeals.${g}.${c}`, 1]))),
    'appeals.litigationAfterReview.upheld': 1,
    'appeals.litigationAfterReview.corrected': 1,
  });

  it('one cell per line: blank lines closing a table are its blank trailing cells, less one line of spacing', () => {
    const { report: read, findings } = readReportText(renderReport(report, 'cellPerLine'));
    expect(findings).toEqual([]);
    expect(read!.active).toEqual(report.active);
    expect(read!.applications).toEqual(report.applications);
    expect(read!.appeals).toEqual(report.appeals);
  });

  it('one cell per line: blank lines that do not fill the row exactly are spacing, and the row is short', () => {
    const text = renderReport(report, 'cellPerLine').replace('\n\n五、', '\n\n\n五、');
    const { report: read, findings } = readReportText(text);
    expect(findings.map((f) => `${f.rule} ${f.at}`)).toEqual(['READ-ROW-CELLS appeals']);
    // Thirteen cells for fifteen columns: which two are blank is not known, so none is guessed.
    expect(Object.values(read!.appeals).flatMap((g) => Object.values(g))).toEqual(Array(15).fill(null));
  });

  it('Markdown: a row missing its leading pipe is framed by its trailing one (no empty last cell)', () => {
    const row = { natural: null, commercial: 1, research: 1, nonprofit: 1, legal: 1, otherOrg: 1, total: 5 };
    const withRow = setCells(structuredClone(report), Object.fromEntries(Object.entries(row).map(([c, v]) => [`applications.withheld.thirdPartyRights.${c}`, v])));
    const markdown = renderReport(withRow, 'markdown');
    expect(readReportText(markdown).findings).toEqual([]);
    // The row broken where the blank 自然人 cell ends: `…权益 |   ` / ` 1 | 1 | 1 | 1 | 1 | 5 |`.
    const text = markdown.replace(/(4\.保护第三方合法权益 \| +)\|/, '$1\n');
    expect(text).not.toBe(markdown);
    const { report: read, findings } = readReportText(text);
    expect(findings.map((f) => `${f.rule} ${f.at}`)).toEqual(['READ-ROW-CELLS applications.withheld.thirdPartyRights']);
    // Six cells for seven columns: never read one column off.
    expect(applicationRow(read!, 'withheld.thirdPartyRights')).toEqual({ natural: null, commercial: null, research: null, nonprofit: null, legal: null, otherOrg: null, total: null });
  });

  it('a number with a leading zero (two cells run together) is kept with a warning', () => {
    const text = seed.replace('8.属于行政查询事项\t\t0\t0\t0\t0\t0\t0\t0', '8.属于行政查询事项\t\t0\t0\t0\t00\t0\t0');
    const { report: read, findings } = readReportText(text);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'READ-CELL-LEADING-ZERO', severity: 'warning', at: 'applications.withheld.administrativeQuery.legal' }));
    expect(applicationRow(read!, 'withheld.administrativeQuery').legal).toBe(0);
  });
});
