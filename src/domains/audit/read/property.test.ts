import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnnualReport, Finding } from '../../reports/model.ts';
import * as render from '../../reports/render/index.ts';
import * as generators from '../../reports/testing/index.ts';
import { readReportText } from './index.ts';
import { corrupt, corruptionArbitrary, lineCountChanges } from './testing/corrupt.ts';
import { cellsOf } from './testing/expect.ts';
import { TEXT_FORMS, renderText, type TextForm } from './testing/text-renderers.ts';

const RUNS = 60;
const FORMATS = ['2019', '2021'] as const;
/** The text forms every cell can be read back from (runTogether loses cell boundaries; HTML is extracted first). */
const EXACT_FORMS = render.REPORT_RENDER_FORMS.filter((f) => f !== 'html' && f !== 'runTogether');
/** Consistent random reports, with blank cells where the form keeps them. */
const reportsFor = (format: (typeof FORMATS)[number], form: render.ReportRenderForm) =>
  generators.reportArbitrary({ format, blankRate: render.REPORT_RENDER_FORM_TRAITS[form].blanksKept ? 0.3 : 0 });

/** Cells that differ between the report read and the report written. */
function differences(written: AnnualReport, read: AnnualReport | null): string[] {
  if (!read) return ['<no report>'];
  const a = cellsOf(written);
  const b = cellsOf(read);
  const out = Object.keys(a).filter((k) => a[k] !== b[k]);
  if (read.format !== written.format) out.push('format');
  return out;
}

/** Every differing cell is null and a finding is anchored at its row or its table. */
function explained(path: string, read: AnnualReport | null, findings: readonly Finding[]): boolean {
  if (!read) return false;
  const cell = cellsOf(read)[path];
  if (cell !== null) return false;
  return findings.some((f) => f.at !== null && (path.startsWith(`${f.at}.`) || path === f.at));
}

describe('random reports read back cell-exactly', () => {
  describe.each(FORMATS)('format %s', (format) => {
    it.each(EXACT_FORMS)('%s', (form) => {
      fc.assert(fc.property(reportsFor(format, form), (report) => {
        const { report: read, findings } = readReportText(render.renderReport(report, form));
        expect(differences(report, read)).toEqual([]);
        expect(findings).toEqual([]);
        expect(read!.year).toBe(report.year);
        expect(read!.agency).toBe(report.agency);
      }), { numRuns: RUNS });
    });
  });

  describe.each(FORMATS)('format %s, cells run together (HTML scrape)', (format) => {
    it('every cell is read exactly or left blank with a finding at its row; never a wrong number', () => {
      fc.assert(fc.property(generators.reportArbitrary({ format, counts: 'sparse' }), (report) => {
        const { report: read, findings } = readReportText(render.renderReport(report, 'runTogether'));
        expect(read?.format).toBe(format);
        for (const path of differences(report, read)) expect({ path, explained: explained(path, read, findings) }).toEqual({ path, explained: true });
      }), { numRuns: RUNS });
    });

    it('small counts (as most real tables have) read back exactly', () => {
      // Every table 三/四 cell a single digit: sparse reports; fc.pre drops the few with a total of 10 or
      // more, and fast-check fails the test outright if it has to drop too many (no silent skipping).
      const small = (report: AnnualReport) => Object.entries(cellsOf(report))
        .every(([p, v]) => p.startsWith('active.') || v === null || (Number.isInteger(v) && v >= 0 && v < 10));
      let nonZero = 0;
      fc.assert(fc.property(generators.reportArbitrary({ format, counts: 'sparse' }), (report) => {
        fc.pre(small(report));
        const { report: read } = readReportText(render.renderReport(report, 'runTogether'));
        const wrong = differences(report, read).filter((p) => !p.startsWith('active.'));
        expect(wrong).toEqual([]);
        if (Object.entries(cellsOf(report)).some(([p, v]) => !p.startsWith('active.') && v !== 0)) nonZero += 1;
      }), { numRuns: RUNS });
      // The property is about numbers: most generated reports must have some.
      expect(nonZero).toBeGreaterThan(RUNS / 2);
    });
  });
});

describe('corrupted renderings', () => {
  const seed = readFileSync(new URL('../../../../test/fixtures/seed-2020-shuizhai.txt', import.meta.url), 'utf8');

  it('never throw, and either read the same cells or say what went wrong', () => {
    const source = fc.oneof(
      fc.constant({ report: null as AnnualReport | null, text: seed, form: 'tab' as TextForm }),
      fc.tuple(fc.constantFrom(...FORMATS), fc.constantFrom(...TEXT_FORMS))
        .chain(([format, form]) => generators.reportArbitrary({ format, blankRate: form === 'pdfText' ? 0 : 0.3 }).map((report) => ({ report: report as AnnualReport | null, text: renderText(report, form), form }))),
    );
    const seedRead = readReportText(seed).report!;
    fc.assert(fc.property(source, corruptionArbitrary, ({ report, text, form }, edits) => {
      // A line is a cell there: two edits of the line count can make another valid row (see corrupt.ts).
      fc.pre(form !== 'cellPerLine' || lineCountChanges(text, edits) <= 1);
      const original = report ?? seedRead;
      const damaged = corrupt(text, edits);
      const result = readReportText(damaged);
      expect(Array.isArray(result.findings)).toBe(true);
      expect(typeof result.narrative).toBe('string');
      const diff = differences(original, result.report);
      // Either nothing that matters changed, or the reader says something is off.
      if (diff.length > 0) expect({ diff, findings: result.findings.length > 0 }).toEqual({ diff, findings: true });
    }), { numRuns: 300 });
  });

  it('arbitrary strings never throw', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), (a, b) => {
      const result = readReportText(a + seed.slice(0, 600) + b);
      expect(result).toHaveProperty('findings');
    }), { numRuns: 200 });
  });
});
