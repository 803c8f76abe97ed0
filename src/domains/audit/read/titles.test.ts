/**
 * Title and agency as real sites print them (issue 10 item 6): breadcrumbs, viewer prefixes, a title
 * in a Markdown cell, a title split over two lines, short titles, a title only inside the first
 * sentence, and files with the report's headings or tables but no title. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../reports/render/index.ts';
import { zeroReport } from '../../reports/testing/index.ts';
import { readReportText } from './index.ts';

/** A 2021-format report body (headings, tables, narrative) without its title line. */
const body = (year: number): string => renderReport(zeroReport('2021', year, 'X'), 'tab').split('\n').slice(1).join('\n');
const read = (head: string, year = 2021) => readReportText(`${head}\n\n${body(year)}`);
const rules = (r: ReturnType<typeof readReportText>) => r.findings.map((f) => f.rule);

describe('title forms', () => {
  it.each([
    ['breadcrumb on its own line', '首页/ 政府信息公开 / 政府信息公开年报 / 正文\n某某县人民政府2021年政府信息公开工作年度报告', '某某县人民政府', 2021],
    ['breadcrumb glued to the title', '首页 / 政府信息公开 / 年度报告 / 某某县人民政府2021年政府信息公开工作年度报告', '某某县人民政府', 2021],
    ['breadcrumb with ＞ and 当前位置', '当前位置：首页 ＞ 信息公开 ＞ 年报\n某某县人民政府2021年政府信息公开工作年度报告', '某某县人民政府', 2021],
    ['viewer prefix', 'Page 1 - 某某县人民政府2021年政府信息公开工作年度报告', '某某县人民政府', 2021],
    ['title in a Markdown cell', '| 某某县人民政府2021年政府信息公开工作年度报告 |\n| --- |', '某某县人民政府', 2021],
    ['title in a Markdown cell spanning the row', '| **某某县人民政府2021年政府信息公开工作年度报告** | | |', '某某县人民政府', 2021],
    ['split inside the title', '某某县人民政府2021年政府信息公开\n工作年度报告', '某某县人民政府', 2021],
    ['split after the year', '某某县人民政府2021年\n政府信息公开工作年度报告', '某某县人民政府', 2021],
    ['agency on the line above, a blank line between', '某某县农业农村局\n\n2021年政府信息公开工作年度报告', '某某县农业农村局', 2021],
    ['short: year first, 信息公开工作报告', '2022年度城南街道信息公开工作报告', '城南街道', 2022],
    ['short: 年度信息公开报告', '某县农业农村局2020年度信息公开报告', '某县农业农村局', 2020],
    ['agency whose name ends in 政府 before 信息公开', '某县人民政府信息公开工作年度报告（2021年度）', '某县人民政府', 2021],
    ['in 《》 after 标题：', '标题：《某某县人民政府2021年政府信息公开工作年度报告》', '某某县人民政府', 2021],
    ['a navigation line naming 年报 before the real title', '政府信息公开年报\n某某县人民政府2021年政府信息公开工作年度报告', '某某县人民政府', 2021],
  ])('%s', (_name, head, agency, year) => {
    const result = read(head, year);
    expect(result.report?.agency).toBe(agency);
    expect(result.report?.year).toBe(year);
    expect(rules(result)).not.toContain('READ-TITLE-MISSING');
    expect(rules(result)).not.toContain('READ-AGENCY-MISSING');
  });

  it('viewer prefixes are dropped from every line, so headings and rows are read too', () => {
    const text = `某某县人民政府2021年政府信息公开工作年度报告\n\n${body(2021)}`.split('\n').map((l, i) => (i % 9 === 0 && l ? `Page ${1 + i / 9} - ${l}` : l)).join('\n');
    const result = readReportText(text);
    expect(result.report?.agency).toBe('某某县人民政府');
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a title only inside the first sentence names agency and year (info finding)', () => {
    const result = read('根据《中华人民共和国政府信息公开条例》规定，现公布某市机关事务管理局2021年政府信息公开工作年度报告。');
    expect(result.report?.agency).toBe('某市机关事务管理局');
    expect(result.report?.year).toBe(2021);
    expect(rules(result)).toContain('READ-TITLE-IN-TEXT');
    expect(rules(result)).not.toContain('READ-TITLE-MISSING');
  });

  it('a title line without an agency takes it from the first sentence naming the report', () => {
    const result = read('2021年政府信息公开工作年度报告\n现将某市机关事务管理局2021年度政府信息公开工作年度报告公布如下。');
    expect(result.report?.agency).toBe('某市机关事务管理局');
    expect(rules(result)).toContain('READ-TITLE-IN-TEXT');
  });

  it('never guesses: a sentence naming the report by 本机关 or 我局 names no agency', () => {
    for (const head of ['现公布本机关2021年政府信息公开工作年度报告。', '现公布我局2021年政府信息公开工作年度报告。']) {
      const result = read(head);
      expect(result.report?.agency).toBeNull();
      expect(rules(result)).toContain('READ-TITLE-MISSING');
    }
  });

  it('never guesses: the title names no agency, and navigation above it is not taken as one', () => {
    const result = read('首页 > 政务公开 > 政府信息公开年报\n政务公开\n2021年政府信息公开工作年度报告');
    expect(result.report?.agency).toBeNull();
    expect(result.report?.year).toBe(2021);
    expect(rules(result)).toContain('READ-AGENCY-MISSING');
  });
});

describe('a report without a title', () => {
  it('is recognised by its section headings and tables; agency null, year from the body', () => {
    const result = readReportText(body(2021));
    expect(result.report).not.toBeNull();
    expect(result.report!.agency).toBeNull();
    expect(result.report!.year).toBe(2021);
    expect(rules(result)).toEqual(expect.arrayContaining(['READ-TITLE-MISSING', 'READ-YEAR-FROM-BODY']));
  });

  it('is recognised by two section headings when one is specific to the report', () => {
    const text = '一、总体情况\n2021年，本机关认真贯彻落实条例。\n\n二、主动公开政府信息情况\n本年主动公开政府信息120条。';
    expect(readReportText(text).report).not.toBeNull();
  });

  it('is not recognised from a sentence naming a report alone (a news item linking to one)', () => {
    const result = readReportText('现公布某市机关事务管理局2021年政府信息公开工作年度报告，欢迎社会各界监督。');
    expect(result.report).toBeNull();
    expect(rules(result)).toEqual(['READ-NOT-A-REPORT']);
  });

  it('is not recognised from two generic headings', () => {
    expect(readReportText('一、总体情况\n今年工作顺利。\n五、存在的主要问题及改进情况\n继续努力。').report).toBeNull();
  });
});
