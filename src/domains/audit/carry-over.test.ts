import { describe, expect, it } from 'vitest';
import { blankReport } from '../reports/layout.ts';
import type { AnnualReport } from '../reports/model.ts';
import { CarryOverLedger, skeletonReport, toCarryRecord } from './carry-over.ts';

function report(year: number, carriedOver: number, carriedForward: number, agency = '水寨镇人民政府'): AnnualReport {
  const r = blankReport(year <= 2020 ? '2019' : '2021', year, agency);
  r.applications.carriedOver.natural = carriedOver;
  r.applications.carriedOver.total = carriedOver;
  r.applications.carriedForward.natural = carriedForward;
  r.applications.carriedForward.total = carriedForward;
  return r;
}

describe('CarryOverLedger', () => {
  it('gives the later year its findings when the earlier year came first', () => {
    const ledger = new CarryOverLedger();
    expect(ledger.add('2019.txt', report(2019, 0, 3))).toEqual({ own: [], late: null });
    const outcome = ledger.add('2020.txt', report(2020, 0, 0));
    expect(outcome.late).toBeNull();
    expect(outcome.own.map((f) => [f.rule, f.at])).toEqual([
      ['T3-CARRY-OVER', 'applications.carriedOver.natural'],
      ['T3-CARRY-OVER', 'applications.carriedOver.total'],
    ]);
  });

  it('returns late findings for the later year when the earlier year comes second, once', () => {
    const ledger = new CarryOverLedger();
    expect(ledger.add('a.txt', report(2021, 0, 0))).toEqual({ own: [], late: null });
    const outcome = ledger.add('b.txt', report(2020, 0, 5));
    expect(outcome.own).toEqual([]);
    expect(outcome.late?.file).toBe('a.txt');
    expect(outcome.late?.findings).toHaveLength(2);
    expect(ledger.add('c.txt', report(2020, 0, 5)).late).toBeNull(); // same year again: ignored
  });

  it('stays quiet when the carry-over holds, for other agencies, and without agency or year', () => {
    const ledger = new CarryOverLedger();
    ledger.add('1', report(2022, 0, 4));
    expect(ledger.add('2', report(2023, 4, 0)).own).toEqual([]);
    expect(ledger.add('3', report(2024, 9, 0, '某县教育局')).own).toEqual([]);
    expect(ledger.add('4', { ...report(2024, 9, 0), agency: null })).toEqual({ own: [], late: null });
    expect(ledger.size).toBe(3);
  });

  it('keeps only the small carry record, from which a skeleton report is rebuilt', () => {
    const full = report(2020, 1, 2);
    const record = toCarryRecord('x', full)!;
    expect(Object.keys(record).sort()).toEqual(['active', 'agency', 'carriedForward', 'carriedOver', 'compared', 'file', 'format', 'unread', 'year']);
    const skeleton = skeletonReport(record);
    expect(skeleton.applications.carriedForward).toEqual(full.applications.carriedForward);
    expect(skeleton.applications.newReceived.natural).toBeNull();
  });
});
