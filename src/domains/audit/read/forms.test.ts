import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationRow } from '../../reports/layout.ts';
import { readReportText } from './index.ts';
import { EDUCATION_2023_ACTIVE, EDUCATION_2023_APPEALS, EDUCATION_2023_APPLICATIONS } from './testing/expect.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe.each([
  ['Word copy, tab-separated with merged-cell blanks, navigation and a page footer inside table 三', '2023-county-education-tab.txt'],
  ['PDF text: whitespace-separated, labels wrapped over lines, page footers', '2023-county-education-pdf.txt'],
  ['PDF text: rows prefixed by fragments of vertically merged labels (本 2.…, 果 7.… numbers below, （五）不 2.…)', '2023-county-education-pdf-merged-labels.txt'],
  ['Markdown tables', '2023-county-education.md'],
  ['rows with | between cells', '2023-county-education-pipe.txt'],
  ['one cell per line, | lines between rows', '2023-county-education-cells.txt'],
  ['one cell per line, each ending in " |", rows closed by "| |||||"', '2023-county-education-cells-pipe-end.txt'],
  ['a lone | between cells, a row\'s numbers on one line under its label, rows closed by "| |||||"', '2023-county-education-cells-lone.txt'],
])('%s', (_name, file) => {
  const { report, findings, narrative } = readReportText(fixture(file));

  it('reads title, format and every cell', () => {
    expect(report).not.toBeNull();
    expect(report!.agency).toBe('某县教育局');
    expect(report!.year).toBe(2023);
    expect(report!.format).toBe('2021');
    expect(report!.active).toEqual(EDUCATION_2023_ACTIVE);
    expect(report!.appeals).toEqual(EDUCATION_2023_APPEALS);
    for (const [key, values] of Object.entries(EDUCATION_2023_APPLICATIONS)) {
      expect({ key, row: Object.values(applicationRow(report!, key)) }).toEqual({ key, row: values });
    }
  });

  it('has no reading findings', () => {
    expect(findings).toEqual([]);
  });

  it('keeps the prose, not the tables, as narrative', () => {
    expect(narrative).toMatch(/主动公开政府信息356条/);
    expect(narrative).not.toMatch(/行政规范性文件|结果维持|予以公开/);
    expect(narrative).not.toMatch(/第 \d 页|浏览次数|关闭窗口/);
  });
});
