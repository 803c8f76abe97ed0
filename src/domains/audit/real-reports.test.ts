/**
 * The three real published reports in ../shared/real-reports/ (read from there, never copied):
 * PDF text whose rows carry fragments of vertically merged labels, a single （六）其他处理 row in
 * a 2021-format table, a label with a typo, and two real T4-TOTAL errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationRow } from '../reports/layout.ts';
import { auditDocument } from './audit-document.ts';

const DIR = new URL('../../../../shared/real-reports/', import.meta.url);
const available = existsSync(new URL('038-huaian-shi-2024.pdf', DIR));

const audit = (name: string) => auditDocument(readFileSync(new URL(name, DIR)), name);
const row = (report: Parameters<typeof applicationRow>[0], key: string) => Object.values(applicationRow(report, key));

describe.skipIf(!available)('real reports', () => {
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
