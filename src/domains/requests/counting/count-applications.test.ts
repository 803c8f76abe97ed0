/**
 * Table 三 counted from cases (count-applications.ts): which rows a case lands in for statistics
 * year Y, the column it lands in, the 勾稽关系 that holds by construction, and the cell ids the
 * drill-down ("which cases are behind this number") parses.
 */
import { describe, expect, it } from 'vitest';
import type { Applications2021 } from '../../reports/index.ts';
import type { CountableCase } from './index.ts';
import { countApplicationsTable, isCaseBehindCell, parseApplicationCellId, rowsOfCase, zeroApplicationsTable } from './index.ts';

const c = (receivedOn: string | null, closedOn: string | null = null, extra: Partial<CountableCase> = {}): CountableCase => ({
  applicantType: 'natural', receivedOn, closedOn, outcome: closedOn ? 'disclosed' : null, ...extra,
});

describe('rowsOfCase: the rows of table 三 a case is counted in for year Y', () => {
  it.each([
    ['received and closed in Y', c('2025-03-01', '2025-03-20'), ['newReceived', 'granted', 'total']],
    ['received and closed on the same day', c('2025-03-01', '2025-03-01'), ['newReceived', 'granted', 'total']],
    ['received on 1 January and closed on 31 December of Y', c('2025-01-01', '2025-12-31'), ['newReceived', 'granted', 'total']],
    ['received in Y, still open', c('2025-12-31'), ['newReceived', 'carriedForward']],
    ['received in Y, closed after Y', c('2025-12-20', '2026-01-05'), ['newReceived', 'carriedForward']],
    ['received before Y, closed in Y', c('2024-12-31', '2025-01-01'), ['carriedOver', 'granted', 'total']],
    ['received before Y, closed on its last day before Y', c('2024-12-01', '2024-12-31'), []],
    ['received before Y, still open', c('2024-06-01'), ['carriedOver', 'carriedForward']],
    ['received before Y, closed after Y', c('2024-06-01', '2026-01-02'), ['carriedOver', 'carriedForward']],
    ['received after Y', c('2026-01-01'), []],
    ['not received (an unconfirmed online draft)', c(null), []],
    ['not received (no date written)', c(''), []],
  ])('%s', (_what, kase, rows) => {
    expect(rowsOfCase(kase, 2025)).toEqual(rows);
  });

  it('a closing date before the receipt is not a closing (the case counts as open)', () => {
    expect(rowsOfCase(c('2025-03-01', '2025-02-01'), 2025)).toEqual(['newReceived', 'carriedForward']);
  });

  it('the outcome row follows the format of the year; a closed case without an outcome is 其他', () => {
    expect(rowsOfCase(c('2025-03-01', '2025-03-02', { outcome: 'correctionLapsed' }), 2025)).toEqual(['newReceived', 'other.noCorrection', 'total']);
    expect(rowsOfCase(c('2020-03-01', '2020-03-02', { outcome: 'correctionLapsed' }), 2020)).toEqual(['newReceived', 'other', 'total']);
    expect(rowsOfCase(c('2025-03-01', '2025-03-02', { outcome: null }), 2025)).toEqual(['newReceived', 'other.other', 'total']);
    expect(rowsOfCase(c('2025-03-01', '2025-03-02', { outcome: 'notHeld' }), 2025, '2019')).toEqual(['newReceived', 'unavailable.notHeld', 'total']);
  });
});

describe('countApplicationsTable', () => {
  const cases = [
    c('2025-03-01', '2025-03-20'),
    c('2025-04-01', '2025-04-10', { applicantType: 'commercial', outcome: 'partiallyDisclosed' }),
    c('2024-12-15', '2025-01-08', { applicantType: 'research', outcome: 'withheldStateSecret' }),
    c('2025-12-28', null, { applicantType: 'legal' }),
    { ...c('2024-11-01', null, { applicantType: 'otherOrg' }), weight: 3 },
    c('2026-01-01', '2026-01-02'),
    c('2025-05-01', '2025-05-02', { outcome: 'disclosed' }),
  ];
  const t = countApplicationsTable(cases, 2025) as Applications2021;

  it('counts each case in its applicant column and in 总计, pre-grouped rows by their weight', () => {
    expect(t.newReceived).toEqual({ natural: 2, commercial: 1, research: 0, nonprofit: 0, legal: 1, otherOrg: 0, total: 4 });
    expect(t.carriedOver).toEqual({ natural: 0, commercial: 0, research: 1, nonprofit: 0, legal: 0, otherOrg: 3, total: 4 });
    expect(t.granted).toEqual({ natural: 2, commercial: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 2 });
    expect(t.partial.commercial).toBe(1);
    expect(t.withheld.stateSecret.research).toBe(1);
    expect(t.total).toEqual({ natural: 2, commercial: 1, research: 1, nonprofit: 0, legal: 0, otherOrg: 0, total: 4 });
    expect(t.carriedForward).toEqual({ natural: 0, commercial: 0, research: 0, nonprofit: 0, legal: 1, otherOrg: 3, total: 4 });
  });

  it('balances: 一 + 二 = （七） + 四 in every column', () => {
    for (const col of Object.keys(t.total) as (keyof typeof t.total)[]) {
      expect(t.newReceived[col]! + t.carriedOver[col]!).toBe(t.total[col]! + t.carriedForward[col]!);
    }
  });

  it('a table with no cases is all zeros, in the shape of its format', () => {
    const zero = { natural: 0, commercial: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 0 };
    const empty = countApplicationsTable([], 2025) as Applications2021;
    expect(empty).toEqual(zeroApplicationsTable('2021'));
    expect(empty.other).toEqual({ noCorrection: zero, feeUnpaid: zero, other: zero });
    expect(empty.withheld.lawProhibited).toEqual(zero);
    expect((zeroApplicationsTable('2019') as unknown as { other: unknown }).other).toEqual(zero);
  });
});

describe('cells of table 三', () => {
  it.each([
    ['applications.withheld.stateSecret.research', '2021', { row: 'withheld.stateSecret', column: 'research' }],
    ['newReceived.total', '2021', { row: 'newReceived', column: 'total' }],
    ['applications.other.noCorrection.natural', '2021', { row: 'other.noCorrection', column: 'natural' }],
    ['applications.other.natural', '2019', { row: 'other', column: 'natural' }],
    ['applications.other.noCorrection.natural', '2019', null],
    ['applications.granted.everyone', '2021', null],
    ['applications.nothing.total', '2021', null],
    ['total', '2021', null],
  ] as const)('%s (%s format) → %j', (id, format, parsed) => {
    expect(parseApplicationCellId(id, format)).toEqual(parsed);
  });

  it('a case is behind a cell of its own column or of 总计, in a row it is counted in', () => {
    const kase = c('2025-03-01', '2025-03-20', { applicantType: 'commercial' });
    expect(isCaseBehindCell(kase, 2025, { row: 'granted', column: 'commercial' })).toBe(true);
    expect(isCaseBehindCell(kase, 2025, { row: 'granted', column: 'total' })).toBe(true);
    expect(isCaseBehindCell(kase, 2025, { row: 'granted', column: 'natural' })).toBe(false);
    expect(isCaseBehindCell(kase, 2025, { row: 'carriedForward', column: 'commercial' })).toBe(false);
  });
});
