/**
 * The three real published reports in ../shared/real-reports/ (read from there, never copied):
 * PDF text whose rows carry fragments of vertically merged labels, a single （六）其他处理 row in
 * a 2021-format table, a label with a typo, and two real T4-TOTAL errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationRow } from '../reports/layout.ts';
import { auditDocument } from './audit-document.ts';
import { extractReportText } from './extract/index.ts';

const DIR = new URL('../../../../shared/real-reports/', import.meta.url);
const available = existsSync(new URL('038-huaian-shi-2024.pdf', DIR));

const audit = (name: string) => auditDocument(readFileSync(new URL(name, DIR)), name);
const row = (report: Parameters<typeof applicationRow>[0], key: string) => Object.values(applicationRow(report, key));

/** Rules of issue 10 item 10, heuristics that must stay silent on real reports that are right. */
const NEW_CHECKS = ['T2-FEE-UNIT', 'N-APPEALS-COUNT', 'T2-PREVIOUS-ITEMS'];

describe.skipIf(!available)('real reports', () => {
  it.each(['036-hongzequ-2023.pdf', '037-hongzequ-2024.pdf', '038-huaian-shi-2024.pdf'])('%s: no fee-unit or narrative appeals warning (real amounts of 7,730 and 96,172 万元)', async (name) => {
    const result = await audit(name);
    expect(result.report!.active).toHaveProperty('fees');
    expect(result.findings.filter((f) => NEW_CHECKS.includes(f.rule))).toEqual([]);
  });

  it('038: the text of 行政复议 351 件 and 行政诉讼 46 件 agree with table 四; changed, N-APPEALS-COUNT says so', async () => {
    const { text } = await extractReportText(readFileSync(new URL('038-huaian-shi-2024.pdf', DIR)), '038.pdf');
    expect(text).toMatch(/行政复议\s*351\s*件/);
    const changed = text.replace(/行政复议(\s*)351/, '行政复议$1350').replace(/行政诉讼(\s*)46/, '行政诉讼$145');
    const result = await auditDocument(Buffer.from(changed, 'utf8'), '038.txt');
    expect(result.findings.filter((f) => f.rule === 'N-APPEALS-COUNT').map((f) => f.message)).toEqual([
      expect.stringContaining('行政复议总计351件'), expect.stringContaining('行政诉讼总计46件'),
    ]);
  });

  it('038 淮安市人民政府 2024: rows prefixed by merged-label fragments (本, 办, 果, （五）不, 三、本) are read; it adds up', async () => {
    const result = await audit('038-huaian-shi-2024.pdf');
    const report = result.report!;
    expect(report.agency).toBe('淮安市人民政府');
    expect(report.year).toBe(2024);
    expect(row(report, 'withheld.stateSecret')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(row(report, 'withheld.lawProhibited')).toEqual([30, 1, 0, 0, 0, 0, 31]);
    expect(row(report, 'withheld.thirdPartyRights')).toEqual([6, 0, 0, 0, 0, 0, 6]);
    expect(row(report, 'withheld.processInfo')).toEqual([12, 0, 0, 0, 0, 0, 12]);
    expect(row(report, 'unavailable.needsCreation')).toEqual([11, 0, 0, 0, 0, 0, 11]);
    expect(row(report, 'notProcessed.publication')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(report, 'other.noCorrection')).toEqual([67, 3, 0, 0, 1, 0, 71]);
    expect(row(report, 'total')).toEqual([2932, 53, 0, 0, 61, 4, 3050]);
    expect(result.unread).toEqual([]);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.verdict).toBe('通过');
  });

  it('036 洪泽区人民政府 2023: a single （六）其他处理 row and a label typo are read; the two real T4-TOTAL errors are reported', async () => {
    const result = await audit('036-hongzequ-2023.pdf');
    expect(result.report!.agency).toBe('洪泽区人民政府');
    expect(result.report!.format).toBe('2021');
    expect(row(result.report!, 'withheld.lawProhibited')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule} ${f.at}`)).toEqual(['T4-TOTAL appeals.review.total', 'T4-TOTAL appeals.litigationAfterReview.total']);
    expect(result.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['READ-GROUP-ROW', 'READ-LABEL-VARIANT']));
    expect(result.verdict).toBe('有错误');
  });

  it('037 淮安市洪泽区人民政府 2024: adds up everywhere', async () => {
    const result = await audit('037-hongzequ-2024.pdf');
    expect(result.report!.agency).toBe('淮安市洪泽区人民政府');
    expect(row(result.report!, 'withheld.stateSecret')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(result.report!, 'unavailable.notHeld')).toEqual([31, 0, 0, 0, 0, 0, 31]);
    expect(row(result.report!, 'total')).toEqual([95, 0, 0, 0, 0, 0, 95]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.verdict).toBe('通过');
  });
});
