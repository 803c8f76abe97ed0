import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../rules/index.ts';
import { formatForYear } from '../model.ts';
import { randomReport, reportArbitrary, seededRandom } from './index.ts';

describe('randomReport', () => {
  it.each(['2019', '2021'] as const)('yields consistent %s-format reports (checkReport finds nothing)', (format) => {
    fc.assert(fc.property(reportArbitrary({ format }), (report) => {
      expect(report.format).toBe(format);
      expect(formatForYear(report.year!)).toBe(format);
      expect(checkReport(report)).toEqual([]);
    }), { numRuns: 100 });
  });

  it('stays consistent with blank cells, and does leave some blank', () => {
    let blanks = 0;
    fc.assert(fc.property(reportArbitrary({ blankRate: 0.5 }), (report) => {
      expect(checkReport(report)).toEqual([]);
      blanks += JSON.stringify(report).split('null').length - 1;
    }), { numRuns: 100 });
    expect(blanks).toBeGreaterThan(100);
  });

  it('is deterministic for a seed', () => {
    expect(randomReport(seededRandom(42))).toEqual(randomReport(seededRandom(42)));
    expect(randomReport(seededRandom(42))).not.toEqual(randomReport(seededRandom(43)));
  });

  it('has non-zero, negative-change and fractional-amount cells somewhere', () => {
    const reports = Array.from({ length: 50 }, (_, i) => randomReport(seededRandom(i), { format: '2019' }));
    expect(reports.some((r) => (r.applications.total.total ?? 0) > 0)).toBe(true);
    expect(reports.some((r) => r.format === '2019' && (r.active.licensing.change ?? 0) < 0)).toBe(true);
    expect(reports.some((r) => r.format === '2019' && !Number.isInteger(r.active.procurement.amount))).toBe(true);
  });
});
