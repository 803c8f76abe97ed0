import { describe, expect, it } from 'vitest';
import { aboutAnotherYear, chineseNumber, narrativeAnchor, normalizeNarrative } from './narrative-text.ts';

describe('chineseNumber', () => {
  it.each([
    ['三', 3], ['零', 0], ['〇', 0], ['两', 2], ['九', 9], ['十', 10], ['十二', 12], ['二十', 20], ['二十七', 27],
    ['一百', 100], ['一百零五', 105], ['三百二十', 320], ['两千', 2000], ['一千零一', 1001], ['九千九百九十九', 9999],
  ] as const)('%s → %d', (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });

  it.each(['三万', '十x', 'a'])('%s is no plain number below 10000', (text) => {
    expect(chineseNumber(text)).toBeNaN();
  });
});

describe('normalizeNarrative', () => {
  it.each([
    ['full-width digits', '收到申请１２件，０条', '收到申请12件，0条'],
    ['thousands separators', '主动公开1,234条，共12,345,678字', '主动公开1234条，共12345678字'],
    ['a comma that is no thousands separator', '分别为1,2345件、3,12件', '分别为1,2345件、3,12件'],
    ['Chinese-numeral counts before each counting unit', '三人次，四次，五件，六条，七个，八项，九人', '3人次，4次，5件，6条，7个，8项，9人'],
    ['multi-character numerals', '共一百零五件，其中十二件', '共105件，其中12件'],
    ['a count at the very start', '十件', '10件'],
    ['not an ordinal or part of a larger number', '第三件，五万件，2十件', '第三件，五万件，2十件'],
    ['not a numeral without a counting unit', '三安全一稳定，十分重要', '三安全一稳定，十分重要'],
  ])('%s', (_, text, normalized) => {
    expect(normalizeNarrative(text)).toBe(normalized);
  });

  it('reads at most eight numeral characters as a count', () => {
    expect(normalizeNarrative('一千一百一十一件')).toBe('1111件');
    expect(normalizeNarrative('九千九百九十九零条')).toBe('9990条');
    expect(normalizeNarrative('一二三四五六七八九件')).toBe('一二三四五六七八九件');
  });
});

describe('narrativeAnchor', () => {
  it.each([
    ['一、总体情况', 'sections.一'],
    ['一、概述', 'sections.一'],
    ['二、主动公开政府信息情况', 'sections.二'],
    ['三、收到和处理政府信息公开申请情况', 'sections.三'],
    ['三、依申请公开情况', 'sections.三'],
    ['四、政府信息公开行政复议、行政诉讼情况', 'sections.四'],
    ['四、诉讼情况', 'sections.四'],
    ['四、复议情况', 'sections.四'],
    ['五、存在的主要问题及改进情况', 'sections.五'],
    ['五、改进措施', 'sections.五'],
    ['六、其他需要报告的事项', 'sections.六'],
    ['六、其他事项', 'sections.六'],
    // a numeral with the keywords of another section is no heading of ours
    ['二、总体情况', 'narrative'],
    ['七、总体情况', 'narrative'],
  ])('a heading “%s” anchors what follows at %s', (heading, anchor) => {
    const text = `${heading}\n全年收到申请5件。`;
    expect(narrativeAnchor(text, text.indexOf('全年'))).toBe(anchor);
  });

  it.each([
    ['indented with spaces, tabs or an ideographic space', '前言\n \t\u3000五、存在的主要问题\n正文'],
    ['as a Markdown heading', '前言\n## 五、存在的主要问题\n正文'],
    ['as an HTML heading', '前言\n<h2 class="x">五、存在的主要问题</h2>\n正文'],
    ['at the start of the text', '五、存在的主要问题\n正文'],
    ['of 40 characters', `五、存在的主要问题${'很'.repeat(33)}\n正文`],
  ])('reads a heading %s', (_, text) => {
    expect(narrativeAnchor(text, text.indexOf('正文'))).toBe('sections.五');
  });

  it('reads a heading that ends the text', () => {
    const text = '正文。\n五、存在的主要问题';
    expect(narrativeAnchor(text, text.length)).toBe('sections.五');
  });

  it.each([
    ['a heading in mid-line', '前言五、存在的主要问题\n正文'],
    ['a sentence ending in 。', '五、存在的主要问题已改进。\n正文'],
    ['a line longer than a heading (41 characters)', `五、存在的主要问题${'很'.repeat(34)}\n正文`],
    ['a heading not followed by a line break', '五、存在的主要问题 正文。'],
  ])('does not take %s for a heading', (_, text) => {
    expect(narrativeAnchor(text, text.indexOf('正文'))).toBe('narrative');
  });

  it('takes the last heading before the statement, not one after it', () => {
    const text = '一、总体情况\n甲。\n五、存在的主要问题\n乙。\n六、其他需要报告的事项\n丙。';
    expect(narrativeAnchor(text, text.indexOf('甲'))).toBe('sections.一');
    expect(narrativeAnchor(text, text.indexOf('乙'))).toBe('sections.五');
    expect(narrativeAnchor(text, text.indexOf('丙'))).toBe('sections.六');
    expect(narrativeAnchor(text, 0)).toBe('narrative');
    // a heading at the very start counts for what follows it
    expect(narrativeAnchor(text, 1)).toBe('sections.一');
  });

  it('keeps the last recognised section across an unrecognised heading', () => {
    const text = '五、存在的主要问题\n七、附则\n正文';
    expect(narrativeAnchor(text, text.indexOf('正文'))).toBe('sections.五');
  });
});

describe('aboutAnotherYear', () => {
  const at = (text: string, year: number | null = 2023) => aboutAnotherYear(text, text.indexOf('X'), year);
  it.each([
    '上年收到申请X', '较去年X', '上一年度X', '前一年X', '与同期相比X', '2022年收到申请X', '与2022年相比，2023年度X'.replace('，', ''),
  ])('%s speaks of another year', (text) => {
    expect(at(text)).toBe(true);
  });

  it.each([
    '2023年收到申请X', '本年收到申请X', '上年减少，本年收到申请X', '2022年减少。本年X', '2022年；X', '2022年！X', '2022年？X', '2022年\nX',
  ])('%s speaks of this year (the clause before the figure only)', (text) => {
    expect(at(text)).toBe(false);
  });

  it('reads a year only against a known report year', () => {
    expect(at('2022年收到申请X', null)).toBe(false);
    expect(at('去年收到申请X', null)).toBe(true);
  });

  it('looks before the figure only', () => {
    expect(at('本年X，上年')).toBe(false);
    expect(at('X2022年')).toBe(false);
  });
});
