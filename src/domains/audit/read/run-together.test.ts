/**
 * Cells run together (HTML scrape): the whole-table split and what the audit makes of cells it could
 * not read. Uses the shared renderers and generators (src/domains/reports/render, …/testing).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationRow } from '../../reports/layout.ts';
import type { AnnualReport, AnnualReport2019, Cell } from '../../reports/model.ts';
import { renderReport } from '../../reports/render/index.ts';
import { randomReport, reportArbitrary, seededRandom } from '../../reports/testing/index.ts';
import { auditDocument } from '../audit-document.ts';
import { readReportText } from './index.ts';

const FORMATS = ['2019', '2021'] as const;

/** Every cell of a report by path. */
function cells(report: AnnualReport): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  const walk = (node: unknown, path: string): void => {
    if (node === null || typeof node === 'number') {
      out[path] = node as Cell;
      return;
    }
    if (typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, `${path}.${k}`);
  };
  walk(report.active, 'active');
  walk(report.applications, 'applications');
  walk(report.appeals, 'appeals');
  return out;
}

const text = (report: AnnualReport) => renderReport(report, 'runTogether');

describe('a consistent report rendered with its cells run together', () => {
  describe.each(FORMATS)('format %s', (format) => {
    it('never yields an error finding, and every cell is read exactly or left null and listed as unread', async () => {
      await fc.assert(fc.asyncProperty(reportArbitrary({ format }), async (report) => {
        const result = await auditDocument(Buffer.from(text(report), 'utf8'), 'report.txt');
        expect(result.findings.filter((f) => f.severity === 'error' && f.rule !== 'AUDIT-UNCHECKED')).toEqual([]);
        const read = readReportText(text(report));
        const unread = new Set(read.unread);
        const got = cells(read.report!);
        for (const [path, value] of Object.entries(cells(report))) {
          if (got[path] !== value) expect({ path, got: got[path], unread: unread.has(path) }).toEqual({ path, got: null, unread: true });
        }
      }), { numRuns: 80 });
    });

    it('with blank cells (dropped from the runs, so some splits cannot be trusted) still never yields an error finding', async () => {
      await fc.assert(fc.asyncProperty(reportArbitrary({ format, blankRate: 0.3 }), async (report) => {
        const result = await auditDocument(Buffer.from(text(report), 'utf8'), 'report.txt');
        expect(result.findings.filter((f) => f.severity === 'error' && f.rule !== 'AUDIT-UNCHECKED')).toEqual([]);
      }), { numRuns: 60 });
    });
  });
});

describe('the whole-table split', () => {
  it('reads long rows too many to list alone once the columns bound them (（七）总计 and 本年新收 of a 19-digit run)', () => {
    // Seed of the bench corpus whose 一、本年新收 and （七）总计 runs the row-by-row search gave up on.
    const report = randomReport(seededRandom(1003), { format: '2019', year: 2020, agency: '某县第3乡人民政府' });
    const run = text(report);
    expect(run).toContain('一、本年新收政府信息公开申请数量3512383433921451028');
    const read = readReportText(run);
    expect(read.report!.applications).toEqual(report.applications);
    expect(read.findings.filter((f) => f.rule.startsWith('READ-SPLIT') && f.at?.startsWith('applications'))).toEqual([
      expect.objectContaining({ rule: 'READ-SPLIT-INFERRED', at: 'applications' }),
    ]);
  });

  const fixture = readFileSync(new URL('./fixtures/2020-township-html-run-together.txt', import.meta.url), 'utf8');

  it('leaves every run of a table that cannot add up unread, and the audit raises no sum error on it', async () => {
    // Seven digits that do not add up (1+0+…+0 ≠ 2): blanks may have been dropped, so nothing is certain.
    const broken = fixture.replace('二、上年结转政府信息公开申请数量1000001', '二、上年结转政府信息公开申请数量1000002');
    const read = readReportText(broken);
    expect(Object.values(applicationRow(read.report!, 'carriedOver'))).toEqual([null, null, null, null, null, null, null]);
    expect(read.findings).toContainEqual(expect.objectContaining({ rule: 'READ-SPLIT-NONE', at: 'applications.carriedOver' }));
    expect(read.unread).toContain('applications.carriedOver.natural');
    const audit = await auditDocument(Buffer.from(broken, 'utf8'), 'x.txt');
    expect(audit.findings.filter((f) => f.severity === 'error' && f.rule !== 'AUDIT-UNCHECKED')).toEqual([]);
    expect(audit.findings).toContainEqual(expect.objectContaining({ rule: 'SUM-UNCHECKED', severity: 'warning', at: 'applications' }));
    // Not 通过: a table that was not read in full was not checked.
    expect(audit.findings).toContainEqual(expect.objectContaining({ rule: 'AUDIT-UNCHECKED', severity: 'error', at: 'applications' }));
    expect(audit.verdict).toBe('未能核对');
  });

  it('rows no consistent table can explain are all left unread (not only the one that fails its own total)', () => {
    // 上年结转 fits its own total (1 = 1) but then 第一项 + 第二项 ≠ 第三项 + 第四项 in 自然人.
    const broken = fixture.replace('二、上年结转政府信息公开申请数量1000001', '二、上年结转政府信息公开申请数量2000002');
    const read = readReportText(broken);
    expect(applicationRow(read.report!, 'carriedOver').natural).toBeNull();
    expect(applicationRow(read.report!, 'newReceived').natural).toBeNull();
    expect(read.findings.filter((f) => f.rule === 'READ-SPLIT-NONE').length).toBeGreaterThan(1);
  });

  it('reads the cells every fitting split agrees on and leaves only the others null', () => {
    const ambiguous = fixture
      .replace('（七）总计140001015', '（七）总计110000011')
      .replace('一、本年新收政府信息公开申请数量140001015', '一、本年新收政府信息公开申请数量110000011')
      .replace('（四）无法提供1.本机关不掌握相关政府信息3000104', '（四）无法提供1.本机关不掌握相关政府信息0000000');
    const read = readReportText(ambiguous);
    // 11,0,0,… or 1,10,0,…: 自然人 and 商业企业 differ, the rest agree.
    expect(applicationRow(read.report!, 'granted')).toEqual({ natural: null, commercial: null, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 11 });
    expect(read.unread).toEqual(expect.arrayContaining(['applications.granted.natural', 'applications.granted.commercial']));
    expect(read.unread).not.toContain('applications.granted.total');
  });

  it('table 四: groups every fitting split agrees on are read', () => {
    const appeals = fixture.replace(/\n100010000000000\n/, '\n06006001101100000\n');
    const read = readReportText(appeals);
    expect(read.report!.appeals.review).toEqual({ upheld: 0, corrected: 6, other: 0, pending: 0, total: 6 });
    expect(read.report!.appeals.litigationDirect).toEqual({ upheld: 0, corrected: 0, other: null, pending: null, total: 11 });
    expect(read.report!.appeals.litigationAfterReview).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
    expect(read.findings).toContainEqual(expect.objectContaining({ rule: 'READ-SPLIT-AMBIGUOUS', at: 'appeals' }));
  });

  it('table 二: a run is cut where the form of the cells leaves one way (no leading zeros, a sign, a decimal point)', () => {
    const active = fixture
      .replace('行政许可10515', '行政许可0-21')
      .replace('规章000', '规章0012')
      .replace('政府集中采购1251000元', '政府集中采购00.6788');
    const read = readReportText(active);
    const r = read.report as AnnualReport2019;
    expect(r.active.licensing).toEqual({ previous: 0, change: -2, decisions: 1 });
    expect(r.active.regulations).toEqual({ made: 0, published: 0, totalPublic: 12 });
    expect(r.active.procurement).toEqual({ projects: 0, amount: 0.6788 });
    expect(read.findings).toContainEqual(expect.objectContaining({ rule: 'READ-SPLIT-INFERRED', at: 'active' }));
  });
});
