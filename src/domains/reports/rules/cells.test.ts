import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../model.ts';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { blankReport } from '../layout.ts';
import {
  applicationRowLabel, findApplicationRow, formatNumber, knownAppealPart, knownApplicationCell, sumContext, sumKnown,
} from './cells.ts';

describe('findApplicationRow', () => {
  it('finds top-level rows and sub-rows of table 三', () => {
    const r = setCells(zeroReport('2021', 2023), { 'applications.withheld.stateSecret.natural': 4 });
    expect(findApplicationRow(r, 'withheld.stateSecret')?.natural).toBe(4);
    expect(findApplicationRow(r, 'granted')).toBe(r.applications.granted);
  });

  it('returns undefined, never throws, for a group, a missing row or malformed data', () => {
    const r = zeroReport('2021', 2023);
    expect(findApplicationRow(r, 'withheld')).toBeUndefined();
    expect(findApplicationRow(r, 'nosuchrow')).toBeUndefined();
    expect(findApplicationRow(r, 'withheld.stateSecret.natural')).toBeUndefined();
    const broken = { ...r, applications: { ...r.applications, withheld: 3, unavailable: null, granted: null } } as unknown as AnnualReport;
    expect(findApplicationRow(broken, 'withheld.stateSecret')).toBeUndefined();
    expect(findApplicationRow(broken, 'unavailable.notHeld')).toBeUndefined();
    expect(findApplicationRow(setCells(zeroReport('2021', 2023), { 'applications.partial.legal': 4 }), 'partial.legal')).toBeUndefined();
    expect(findApplicationRow(broken, 'granted')).toBeUndefined();
    expect(findApplicationRow({ ...r, applications: undefined } as unknown as AnnualReport, 'granted')).toBeUndefined();
  });
});

describe('knownApplicationCell (blank-cell semantics, annual-report-json.md “Blank cells”)', () => {
  const r = () => setCells(blankReport('2021', 2023), {
    'applications.granted.natural': 2, 'applications.granted.legal': 1,
    'applications.partial.natural': 3,
    'applications.withheld.stateSecret.total': 4,
  });
  it.each([
    ['a filled cell is itself', 'granted', 'natural', 2],
    ['a blank part counts 0', 'granted', 'research', 0],
    ['a blank row 总计 is the sum of its six applicant columns', 'granted', 'total', 3],
    ['a blank （七）总计 cell is the sum of its column’s outcome rows', 'total', 'natural', 5],
    ['a blank （七）总计 总计 is, like any row 总计, the sum of its six applicant columns', 'total', 'total', 6],
    ['a blank input row counts 0', 'newReceived', 'total', 0],
    ['a row missing from the report counts 0', 'nosuchrow', 'total', 0],
  ] as const)('%s', (_, row, column, value) => {
    expect(knownApplicationCell(r(), row, column, new Set())).toBe(value);
  });

  it('is null for an unread cell, and for a blank total that needs one', () => {
    expect(knownApplicationCell(r(), 'granted', 'research', new Set(['applications.granted.research']))).toBeNull();
    expect(knownApplicationCell(r(), 'granted', 'total', new Set(['applications.granted.research']))).toBeNull();
    expect(knownApplicationCell(r(), 'total', 'research', new Set(['applications.other.feeUnpaid.research']))).toBeNull();
    expect(knownApplicationCell(r(), 'granted', 'total', new Set(['applications.granted.total']))).toBeNull();
    // a filled cell is known even if also listed
    expect(knownApplicationCell(r(), 'granted', 'natural', new Set(['applications.granted.natural']))).toBe(2);
    // an unread cell elsewhere does not matter
    expect(knownApplicationCell(r(), 'granted', 'total', new Set(['applications.partial.research']))).toBe(3);
  });
});

describe('knownAppealPart and sumKnown', () => {
  it('a table 四 part: filled as is, blank 0, unread null', () => {
    const r = setCells(blankReport('2021', 2023), { 'appeals.review.upheld': 2 });
    expect(knownAppealPart(r.appeals.review, 'appeals.review', 'upheld', new Set(['appeals.review.upheld']))).toBe(2);
    expect(knownAppealPart(r.appeals.review, 'appeals.review', 'pending', new Set())).toBe(0);
    expect(knownAppealPart(r.appeals.review, 'appeals.review', 'pending', new Set(['appeals.review.pending']))).toBeNull();
    expect(knownAppealPart(r.appeals.review, 'appeals.review', 'pending', new Set(['appeals.litigationDirect.pending']))).toBe(0);
  });

  it('sums, null as soon as one value is unknown', () => {
    expect(sumKnown([])).toBe(0);
    expect(sumKnown([1, 2, 3.5])).toBe(6.5);
    expect(sumKnown([1, null, 2])).toBeNull();
    expect(sumKnown([0, null])).toBeNull();
  });

  it('a fresh context knows no unknown cell, no group row and no unchecked sum', () => {
    const ctx = sumContext();
    expect([ctx.unknown.size, ctx.unchecked, ctx.groups.size]).toEqual([0, [], 0]);
  });
});

describe('labels and numbers in messages', () => {
  it.each([
    ['2021', 'granted', '（一）予以公开'],
    ['2021', 'withheld.stateSecret', '（三）不予公开1.属于国家秘密'],
    ['2021', 'withheld.lawProhibited', '（三）不予公开2.其他法律行政法规禁止公开'],
    ['2019', 'withheld.lawProhibited', '（三）不予公开2.其他法律法规禁止公开'],
    ['2021', 'notProcessed.confirmation', '（五）不予处理5.要求行政机关确认或重新出具已获取信息'],
    ['2021', 'other.other', '（六）其他处理3.其他'],
    ['2019', 'other', '（六）其他处理'],
    ['2021', 'other', 'other'],
    ['2021', 'nosuchrow', 'nosuchrow'],
  ] as const)('%s row %s reads %s', (format, key, label) => {
    expect(applicationRowLabel(zeroReport(format, 2023), key)).toBe(label);
  });

  it.each([[0.1 + 0.2, '0.3'], [3, '3'], [12345.678951, '12345.679'], [1.23456, '1.2346'], [-8, '-8'], [1e-12, '0']] as const)('%d reads %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});

describe('a report of a format the layout does not know', () => {
  const odd = () => ({ ...zeroReport('2021', 2023), format: '2030' }) as unknown as AnnualReport;
  it('has no outcome rows and no row labels, and never throws', () => {
    expect(knownApplicationCell(setCells(odd(), { 'applications.total.natural': null }), 'total', 'natural', new Set())).toBe(0);
    expect(applicationRowLabel(odd(), 'granted')).toBe('granted');
  });
});
