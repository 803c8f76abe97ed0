import { describe, expect, it } from 'vitest';
import { seedReport } from '../testing/seed.ts';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { blankReport } from '../layout.ts';
import { RULE_CATALOG, checkReport } from './index.ts';

describe('checkReport', () => {
  it('finds nothing in the seed (2020, 2019 format, every cell 0) nor in a wholly blank report', () => {
    expect(checkReport(seedReport())).toEqual([]);
    expect(checkReport(blankReport('2021', 2022, '某县教育局'))).toEqual([]);
  });

  it('runs every single-report rule, in table order, with catalogued ids and severities', () => {
    const r = setCells(zeroReport('2019', 2022), {
      'active.procurement.amount': 1.23456,
      'active.regulations.published': 2,
      'applications.granted.natural': 1.5,
      'applications.partial.natural': 2,
      'applications.partial.total': null,
      'applications.carriedForward.legal': 1,
      'applications.carriedForward.total': 1,
      'appeals.review.upheld': 1,
    });
    const findings = checkReport(r);
    expect(findings.map((f) => f.rule)).toEqual([
      'FORMAT-YEAR', 'CELL-FRACTIONAL', 'CELL-PRECISION', 'T2-PUBLISHED-EXCEEDS-TOTAL',
      'T3-ROW-TOTAL', 'T3-BLANK-TOTAL', 'T3-OUTCOME-TOTAL', 'T3-OUTCOME-TOTAL', 'T3-BALANCE', 'T3-BALANCE', 'T4-TOTAL',
    ]);
    for (const f of findings) {
      const entry = RULE_CATALOG.find((c) => c.rule === f.rule);
      expect(entry?.severities).toContain(f.severity);
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
