/**
 * Labels as agencies print them (issue 10 item 5), from hand-edited copies of the fixtures: a single
 * （六）其他处理 row in a 2021 table, a label with characters missing, traditional characters,
 * `+2` / `－3` in 本年增/减, `—` and `/` for blanks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationRow } from '../../reports/layout.ts';
import type { AnnualReport2019 } from '../../reports/model.ts';
import { auditDocument } from '../audit-document.ts';
import { readReportText } from './index.ts';
import { EDUCATION_2023_APPLICATIONS } from './testing/expect.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const tab = fixture('2023-county-education-tab.txt');
const lines = tab.split('\n');
const audit = (text: string) => auditDocument(Buffer.from(text, 'utf8'), 'report.txt');

/** The tab fixture with its three （六） sub-rows replaced by one group row. */
function withGroupRow(cells: string): string {
  const first = lines.findIndex((l) => l.includes('1.申请人无正当理由逾期不补正'));
  return [...lines.slice(0, first), `\t（六）其他处理\t\t${cells}`, ...lines.slice(first + 3)].join('\n');
}

describe('a single （六）其他处理 row in a 2021-format table', () => {
  it('leaves the sub-rows unread where the group is not 0 and checks the group row in （七）总计', async () => {
    const result = await audit(withGroupRow('1\t0\t0\t0\t1\t0\t2'));
    expect(result.report!.format).toBe('2021');
    expect(Object.values(applicationRow(result.report!, 'other.other'))).toEqual([null, 0, 0, 0, null, 0, null]);
    expect(result.unread).toContain('applications.other.noCorrection.natural');
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'READ-GROUP-ROW', at: 'applications.other' }));
    expect(result.findings.filter((f) => f.severity === 'error' && f.rule !== 'AUDIT-UNCHECKED')).toEqual([]);
    // The （七）总计 sums are checked with the group row: they are not listed as unchecked.
    expect(result.findings.find((f) => f.rule === 'SUM-UNCHECKED')?.message ?? '').not.toContain('T3-OUTCOME-TOTAL');
    expect(result.verdict).toBe('未能核对');
  });

  it('a group row that does not fit （七）总计 is an error', async () => {
    const result = await audit(withGroupRow('3\t0\t0\t0\t1\t0\t4'));
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'T3-OUTCOME-TOTAL', at: 'applications.total.natural' }));
  });

  it('a group row of zeros makes every sub-row 0 (counts are never negative)', async () => {
    const text = withGroupRow('0\t0\t0\t0\t0\t0\t0')
      .replace('\t\t3.其他\t\t1\t0\t0\t0\t1\t0\t2', '')
      .replace('（七）总计\t\t27\t2\t0\t1\t2\t0\t32', '（七）总计\t\t26\t2\t0\t1\t1\t0\t30');
    const read = readReportText(text);
    expect(Object.values(applicationRow(read.report!, 'other.feeUnpaid'))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(read.unread.filter((p) => p.startsWith('applications.other'))).toEqual([]);
    expect(read.findings.map((f) => f.rule)).not.toContain('READ-FORMAT-MIXED');
  });
});

describe('a row label with a character or two missing', () => {
  it('matches its row when no other row fits, and says so', () => {
    const read = readReportText(tab.replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开').replace('6.属于四类过程性信息', '6.属于四类过程信息'));
    expect(Object.values(applicationRow(read.report!, 'withheld.lawProhibited'))).toEqual(EDUCATION_2023_APPLICATIONS['withheld.lawProhibited']);
    expect(Object.values(applicationRow(read.report!, 'withheld.processInfo'))).toEqual(EDUCATION_2023_APPLICATIONS['withheld.processInfo']);
    expect(read.findings.filter((f) => f.rule === 'READ-LABEL-VARIANT').map((f) => f.at)).toEqual(['applications.withheld.lawProhibited', 'applications.withheld.processInfo']);
  });

  it('does not take text unlike any label for a row', () => {
    const read = readReportText(tab.replace('2.其他法律行政法规禁止公开', '2.备注说明事项'));
    expect(read.findings).toContainEqual(expect.objectContaining({ rule: 'READ-ROW-MISSING', at: 'applications.withheld.lawProhibited' }));
  });
});

describe('traditional characters', () => {
  it('reads a report printed in traditional characters', () => {
    const traditional = tab
      .replace('某县教育局2023年度政府信息公开工作年度报告', '某縣教育局2023年度政府信息公開工作年度報告')
      .replace(/公开/g, '公開').replace(/申请/g, '申請').replace(/处理/g, '處理').replace(/结转/g, '結轉').replace(/总计/g, '總計').replace(/规范性/g, '規範性');
    const read = readReportText(traditional);
    expect(read.report!.agency).toBe('某县教育局');
    for (const [key, values] of Object.entries(EDUCATION_2023_APPLICATIONS)) expect({ key, row: Object.values(applicationRow(read.report!, key)) }).toEqual({ key, row: values });
    expect(read.findings).toEqual([]);
  });
});

describe('signs and blank marks', () => {
  it('reads +2 and －3 in 本年增/减, and — and / as blanks', () => {
    const text = fixture('2019-label-variants.txt')
      .replace('行政许可\t120\t-8\t3,456', '行政许可\t120\t－3\t3,456')
      .replace('行政处罚\t10\t2\t15', '行政处罚\t10\t+2\t15')
      .replace('行政强制\t0\t0\t0', '行政强制\t—\t/\t0');
    const report = readReportText(text).report as AnnualReport2019;
    expect(report.active.licensing.change).toBe(-3);
    expect(report.active.punishment.change).toBe(2);
    expect(report.active.coercion).toEqual({ previous: null, change: null, decisions: 0 });
  });
});
