import fc from 'fast-check';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../audit/index.ts';
import type { AnnualReport, ReportFormat } from '../model.ts';
import { APPLICATION_ROWS, applicationRow } from '../layout.ts';
import { consistentNarrative, reportArbitrary } from '../testing/index.ts';
import { DOCX_FONTS } from './docx.ts';
import { XLSX_TABLE_SHEETS } from './xlsx.ts';
import { PUBLISHED_FORMATS, buildReportDocument, renderPublished, tableMatrix } from './index.ts';

const FORMATS: ReportFormat[] = ['2019', '2021'];

describe.each(FORMATS)('published files, format %s: read back by our own auditor', (format) => {
  it.each(['html', 'docx'] as const)('%s → auditDocument gives back the same tables and no error', async (form) => {
    await fc.assert(fc.asyncProperty(reportArbitrary({ format, blankRate: 0.3 }), async (report) => {
      const bytes = await renderPublished(report, form, { narrative: consistentNarrative(report) });
      const result = await auditDocument(bytes, `report.${form}`);
      expect(result.report).toEqual(report);
      expect(result.unread).toEqual([]);
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(result.findings.filter((f) => f.severity === 'warning')).toEqual([]);
    }), { numRuns: 6 });
  });
});

async function docxParts(report: AnnualReport) {
  const zip = await JSZip.loadAsync(await renderPublished(report, 'docx'));
  return { document: await zip.file('word/document.xml')!.async('string'), styles: await zip.file('word/styles.xml')!.async('string') };
}

describe('DOCX layout', () => {
  const report = fc.sample(reportArbitrary({ format: '2021' }), { numRuns: 1, seed: 7 })[0]!;

  it('is A4 with CJK fonts in the eastAsia slot', async () => {
    const { document, styles } = await docxParts(report);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(styles).toContain(`w:eastAsia="${DOCX_FONTS.body}"`);
    expect(document).toContain(`w:eastAsia="${DOCX_FONTS.table}"`);
    expect(document).toContain(`w:eastAsia="${DOCX_FONTS.heading}"`);
  });

  it('has the three tables, rows that never split, head rows repeated', async () => {
    const { document } = await docxParts(report);
    const tables = document.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(3);
    const rows = (t: string) => t.split('<w:tr>').length - 1;
    const doc = buildReportDocument(report);
    const grids = doc.sections.flatMap((s) => (s.table ? [s.table] : []));
    tables.forEach((t, i) => {
      expect(rows(t)).toBe(tableMatrix(grids[i]!).length);
      expect(t.split('<w:cantSplit/>').length - 1).toBe(rows(t));
    });
    // Table 三: 3 head rows repeated; table 四: 3; table 二 has none (its blocks carry their own heads).
    expect(tables.map((t) => t.split('<w:tblHeader/>').length - 1)).toEqual([0, 3, 3]);
  });

  it('merges cells as the national format does (gridSpan across, vMerge down)', async () => {
    const { document } = await docxParts(report);
    const [, t3, t4] = document.split('<w:tbl>').slice(1) as [string, string, string];
    // Table 三: the 勾稽关系 note spans 3 columns × 3 rows; 申请人情况 spans 7; 法人或其他组织 spans 5.
    expect(t3).toContain('<w:gridSpan w:val="7"/>');
    expect(t3).toContain('<w:gridSpan w:val="5"/>');
    expect(t3).toContain('<w:vMerge w:val="restart"/>');
    // 三、本年度办理结果 spans the 22 outcome and total rows of the 2021 format: 21 continuations.
    const continued = t3.split('<w:vMerge/>').length - 1 + (t3.split('<w:vMerge w:val="continue"/>').length - 1);
    expect(continued).toBeGreaterThanOrEqual(21);
    expect(t4).toContain('<w:gridSpan w:val="10"/>');
  });
});

describe('XLSX', () => {
  it.each(FORMATS)('format %s: one sheet per table, merged cells, numbers as numbers', async (format) => {
    const report = fc.sample(reportArbitrary({ format, blankRate: 0.3 }), { numRuns: 1, seed: 3 })[0]!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await renderPublished(report, 'xlsx')) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['报告', ...XLSX_TABLE_SHEETS]);
    const t3 = workbook.getWorksheet(XLSX_TABLE_SHEETS[1])!;
    // Caption on row 1; the note spans A2:C4.
    expect(t3.getCell('A3').isMerged).toBe(true);
    expect(t3.getCell('A3').master.address).toBe('A2');
    const defs = APPLICATION_ROWS[format];
    defs.forEach((def, i) => {
      const row = applicationRow(report, def.key);
      const values = [4, 5, 6, 7, 8, 9, 10].map((c) => t3.getCell(i + 5, c).value);
      expect(values).toEqual(Object.values(row).map((v) => v));
    });
    const t4 = workbook.getWorksheet(XLSX_TABLE_SHEETS[2])!;
    expect(t4.getCell(5, 1).value).toBe(report.appeals.review.upheld);
    expect(t4.getCell(5, 15).value).toBe(report.appeals.litigationAfterReview.total);
  });
});

describe('JSON', () => {
  it('is the report itself', async () => {
    const report = fc.sample(reportArbitrary(), { numRuns: 1, seed: 1 })[0]!;
    expect(JSON.parse(new TextDecoder().decode(await renderPublished(report, 'json')))).toEqual(report);
    expect(PUBLISHED_FORMATS).toEqual(['json', 'html', 'docx', 'xlsx']);
  });
});
