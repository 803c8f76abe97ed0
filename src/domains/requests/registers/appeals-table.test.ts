import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../../calendar/calendar-date.ts';
import type { CalendarDate } from '../../calendar/calendar-date.ts';
import { checkReport } from '../../reports/index.ts';
import { APPEAL_GROUPS, APPEAL_PART_COLUMNS, formatForYear } from '../../reports/index.ts';
import { zeroReport } from '../../reports/testing/zero-report.ts';
import type { AppealFacts } from './appeals-table.ts';
import { appealCellFor, countAppealsTable, isBehindCell, parseAppealCellId } from './appeals-table.ts';
import { APPEAL_KINDS, APPEAL_RESULTS, APPEAL_RESULT_COLUMN } from './vocabulary.ts';

const base: AppealFacts = { kind: 'review', afterReview: false, filedOn: '2025-03-01', result: null, closedOn: null };

describe('appealCellFor: one line per edge case', () => {
  it.each([
    ['filed in the year, open', base, 2025, { group: 'review', column: 'pending' }],
    ['filed in the year, closed upheld in it', { ...base, result: 'upheld', closedOn: '2025-06-01' }, 2025, { group: 'review', column: 'upheld' }],
    ['closed on 31 December counts as closed', { ...base, result: 'revoked', closedOn: '2025-12-31' }, 2025, { group: 'review', column: 'corrected' }],
    ['closed on 1 January after: 尚未审结 at the year end', { ...base, result: 'revoked', closedOn: '2026-01-01' }, 2025, { group: 'review', column: 'pending' }],
    ['filed the year before: not counted', base, 2026, undefined],
    ['filed on 1 January: counted', { ...base, filedOn: '2026-01-01' }, 2026, { group: 'review', column: 'pending' }],
    ['litigation direct, 驳回 → 其他结果', { ...base, kind: 'litigation', result: 'dismissed', closedOn: '2025-05-01' }, 2025, { group: 'litigationDirect', column: 'other' }],
    ['litigation after review, 确认违法 → 结果纠正', { ...base, kind: 'litigation', afterReview: true, result: 'confirmedUnlawful', closedOn: '2025-05-01' }, 2025, { group: 'litigationAfterReview', column: 'corrected' }],
    ['责令履行 → 结果纠正', { ...base, result: 'orderedToPerform', closedOn: '2025-05-01' }, 2025, { group: 'review', column: 'corrected' }],
    ['撤回 → 其他结果', { ...base, result: 'withdrawn', closedOn: '2025-05-01' }, 2025, { group: 'review', column: 'other' }],
    ['终止 → 其他结果', { ...base, result: 'terminated', closedOn: '2025-05-01' }, 2025, { group: 'review', column: 'other' }],
  ] as const)('%s', (_name, appeal, year, expected) => {
    expect(appealCellFor(appeal as AppealFacts, year)).toEqual(expected);
  });

  it('maps every detailed result to the issue’s column', () => {
    expect(APPEAL_RESULT_COLUMN).toEqual({
      upheld: 'upheld', revoked: 'corrected', varied: 'corrected', confirmedUnlawful: 'corrected', orderedToPerform: 'corrected', corrected: 'corrected',
      dismissed: 'other', withdrawn: 'other', terminated: 'other', mediated: 'other', other: 'other',
    });
  });
});

describe('parseAppealCellId', () => {
  it('reads report paths and refuses anything else', () => {
    expect(parseAppealCellId('appeals.review.upheld')).toEqual({ group: 'review', column: 'upheld' });
    expect(parseAppealCellId('appeals.litigationAfterReview.total')).toEqual({ group: 'litigationAfterReview', column: 'total' });
    expect(parseAppealCellId('appeals.review.bogus')).toBeUndefined();
    expect(parseAppealCellId('review.upheld')).toBeUndefined();
    expect(parseAppealCellId('appeals.constructor.total')).toBeUndefined();
  });
  it('the whole id is the path: surrounding spaces are dropped, anything else around it refused', () => {
    expect(parseAppealCellId(' appeals.review.upheld\n')).toEqual({ group: 'review', column: 'upheld' });
    expect(parseAppealCellId('x.appeals.review.upheld')).toBeUndefined();
    expect(parseAppealCellId('appeals.review.upheld.total')).toBeUndefined();
    expect(parseAppealCellId('appeals.bogus.total')).toBeUndefined();
  });
});

describe('a result needs its closing date, and a closing date its result, to leave 尚未审结', () => {
  it.each([
    [{ ...base, result: 'upheld', closedOn: null }],
    [{ ...base, result: null, closedOn: '2025-06-01' }],
  ] as const)('%j', (appeal) => {
    expect(appealCellFor(appeal, 2025)).toEqual({ group: 'review', column: 'pending' });
  });
});

describe('isBehindCell', () => {
  const closed: AppealFacts = { ...base, kind: 'litigation', result: 'upheld', closedOn: '2025-06-01' };
  it.each([
    [closed, 2025, { group: 'litigationDirect', column: 'upheld' }, true],
    [closed, 2025, { group: 'litigationDirect', column: 'total' }, true],
    [closed, 2025, { group: 'litigationDirect', column: 'pending' }, false],
    [closed, 2025, { group: 'review', column: 'upheld' }, false],
    [closed, 2025, { group: 'review', column: 'total' }, false],
    [closed, 2026, { group: 'litigationDirect', column: 'total' }, false],
  ] as const)('%j in %i is behind %j: %s', (appeal, year, cell, behind) => {
    expect(isBehindCell(appeal, year, cell)).toBe(behind);
  });
});

const date = (from: number, to: number) =>
  fc
    .integer({ min: toDayNumber(`${from}-01-01` as CalendarDate), max: toDayNumber(`${to}-12-31` as CalendarDate) })
    .map((day) => fromDayNumber(day) as string);

const appealArbitrary: fc.Arbitrary<AppealFacts> = fc
  .record({
    kind: fc.constantFrom(...APPEAL_KINDS),
    afterReview: fc.boolean(),
    filedOn: date(2019, 2027),
    result: fc.option(fc.constantFrom(...APPEAL_RESULTS), { nil: null }),
    daysToClose: fc.integer({ min: 0, max: 500 }),
  })
  .map(({ kind, afterReview, filedOn, result, daysToClose }) => ({
    kind,
    afterReview: kind === 'litigation' && afterReview,
    filedOn,
    result,
    closedOn: result === null ? null : addDays(filedOn as CalendarDate, daysToClose),
  }));

describe('countAppealsTable (property)', () => {
  it('passes every rule of the report core, and each cell equals the cases behind it', () => {
    fc.assert(
      fc.property(fc.array(appealArbitrary, { maxLength: 60 }), fc.integer({ min: 2019, max: 2027 }), (appeals, year) => {
        const appealsTable = countAppealsTable(appeals, year);
        const report = { ...zeroReport(formatForYear(year), year, '测试机关'), appeals: appealsTable };
        expect(checkReport(report)).toEqual([]);
        for (const group of APPEAL_GROUPS) {
          for (const column of [...APPEAL_PART_COLUMNS, 'total'] as const) {
            const behind = appeals.filter((a) => isBehindCell(a, year, { group, column })).length;
            expect(appealsTable[group][column]).toBe(behind);
          }
        }
        // Every case filed in the year is in exactly one part cell; none other is counted.
        const filed = appeals.filter((a) => a.filedOn.startsWith(`${year}-`)).length;
        expect(APPEAL_GROUPS.reduce((sum, g) => sum + appealsTable[g].total, 0)).toBe(filed);
      }),
      { numRuns: 300 },
    );
  });
});
