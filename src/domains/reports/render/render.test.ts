import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../model.ts';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS } from '../model.ts';
import { APPLICATION_ROWS, SECTION_TITLES, applicationRow } from '../layout.ts';
import { checkNarrative } from '../rules/index.ts';
import { SEED_NARRATIVE, consistentNarrative, reportArbitrary, seedReport, zeroReport } from '../testing/index.ts';
import { REPORT_RENDER_FORMS, REPORT_RENDER_FORM_TRAITS, buildReportDocument, renderReport, tableMatrix, type ReportRenderForm } from './index.ts';

const appealNumbers = (r: AnnualReport) => APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => r.appeals[g][c]));
const text = (n: number | null) => (n === null ? '' : String(n));
/** The part of a text document between two section headings. */
const between = (doc: string, from: number, to: number) => doc.slice(doc.indexOf(SECTION_TITLES[from]!), doc.indexOf(SECTION_TITLES[to]!));
const numericTokens = (s: string) => s.split(/\s+/).filter((t) => /^-?\d+(\.\d+)?$/.test(t));

describe.each(REPORT_RENDER_FORMS)('renderReport(…, %s)', (form: ReportRenderForm) => {
  it('renders the seed: title, six official sections in order, the tables\' labels', () => {
    const out = renderReport(seedReport(), form, { narrative: SEED_NARRATIVE });
    expect(out).toContain('水寨镇人民政府2020年政府信息公开工作年度报告');
    const positions = SECTION_TITLES.map((t) => out.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const label of ['第二十条第（九）项', '政府集中采购', '申请人情况', '法人或其他组织', '社会公益组织', '（六）其他处理', '复议后起诉']) {
      expect(out).toContain(label);
    }
    expect(out).toContain('勾稽关系');
    expect(out).toContain('现场咨询数72次');
  });

  it('keeps the seed narrative\'s one N-PARTS-SUM warning and adds no narrative findings of its own', () => {
    const out = renderReport(seedReport(), form, { narrative: SEED_NARRATIVE });
    expect(checkNarrative(out, seedReport()).map((f) => f.rule)).toEqual(['N-PARTS-SUM']);
    fc.assert(fc.property(reportArbitrary(), (report) => {
      expect(checkNarrative(renderReport(report, form), report)).toEqual([]);
    }), { numRuns: 10 });
  });

  it('carries table 四\'s 15 numbers in order', () => {
    fc.assert(fc.property(reportArbitrary(), (report) => {
      const out = renderReport(report, form).replace(/<[^>]+>/g, ' ');
      if (form === 'runTogether') {
        expect(between(out, 3, 4)).toContain(`\n${appealNumbers(report).map(text).join('')}\n`);
        return;
      }
      expect(numericTokens(between(out, 3, 4).replace(/[|\t]/g, ' ')).map(Number)).toEqual(appealNumbers(report));
    }), { numRuns: 20 });
  });
});

describe('cell-exact text forms', () => {
  const rowCells = (out: string, separator: string, label: string) => {
    const line = between(out, 2, 3).split('\n').find((l) => l.split(separator).map((c) => c.trim()).includes(label));
    return line?.split(separator).map((c) => c.trim());
  };
  it.each([['tab', '\t'], ['pipe', '|'], ['markdown', '|']] as const)('%s: every table 三 row ends in its 7 cells, blanks empty', (form, sep) => {
    fc.assert(fc.property(reportArbitrary({ blankRate: 0.4 }), (report) => {
      const out = renderReport(report, form);
      for (const def of APPLICATION_ROWS[report.format]) {
        const cells = rowCells(out, sep, def.label)!.filter((_, i, all) => !(form === 'markdown' && (i === 0 || i === all.length - 1)));
        const row = applicationRow(report, def.key);
        expect(cells.slice(-7)).toEqual(APPLICANT_COLUMNS.map((c) => text(row[c])));
      }
    }), { numRuns: 20 });
  });

  it('tab: every row of a table has the same number of cells', () => {
    fc.assert(fc.property(reportArbitrary(), (report) => {
      for (const section of buildReportDocument(report).sections) {
        if (!section.table) continue;
        expect(new Set(tableMatrix(section.table).map((r) => r.length))).toEqual(new Set([section.table.width]));
      }
    }), { numRuns: 10 });
  });

  it('runTogether: `（一）予以公开` followed by the row\'s numbers, no separator', () => {
    const report = zeroReport('2021', 2023, '某县教育局');
    Object.assign(report.applications.granted, { natural: 12, commercial: 0, research: 0, nonprofit: 3, legal: 4, otherOrg: 1, total: 20 });
    const out = renderReport(report, 'runTogether');
    expect(out).toContain('三、本年度办理结果（一）予以公开120034120\n');
  });

  it('pdfText: the long （二） label wraps, its tail on the line with the numbers', () => {
    const out = renderReport(seedReport(), 'pdfText');
    expect(out).toContain('（二）部分公开（区分处理的，只计\n这一情形，不计其他情形） 0 0 0 0 0 0 0\n');
  });

  it('pdfText and runTogether say they drop blank cells; the others keep them', () => {
    expect(REPORT_RENDER_FORMS.filter((f) => !REPORT_RENDER_FORM_TRAITS[f].blanksKept)).toEqual(['pdfText', 'runTogether']);
  });

  it('cellPerLine: one cell per line, `|` between rows', () => {
    const out = renderReport(seedReport(), 'cellPerLine');
    expect(between(out, 3, 4)).toContain('\n\n行政复议\n行政诉讼\n|\n结果维持\n');
  });
});

describe('consistentNarrative', () => {
  it('quotes the tables correctly in every form, and a changed number is caught', () => {
    fc.assert(fc.property(reportArbitrary(), fc.constantFrom(...REPORT_RENDER_FORMS), (report, form) => {
      const narrative = consistentNarrative(report);
      expect(checkNarrative(renderReport(report, form, { narrative }), report)).toEqual([]);
      const wrong = { ...narrative, overview: [...narrative.overview!, '共接受群众咨询61人次，其中现场咨询30次，电话咨询20次，网上咨询10次。'] };
      expect(checkNarrative(renderReport(report, form, { narrative: wrong }), report).map((f) => [f.rule, f.at])).toEqual([['N-PARTS-SUM', 'sections.一']]);
    }), { numRuns: 30 });
  });
});
