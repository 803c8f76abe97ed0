/**
 * The pure rules of the annual-report workflow: deadlines (条例第四十九条), the aggregate of
 * subordinates' reports, and the publication gate over the checks.
 */
import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../accounts/organisation-kinds.ts';
import { sortFindings } from '../audit/index.ts';
import { blankReport, checkNarrative, checkReport } from '../reports/index.ts';
import { seedReport, setCell, zeroReport } from '../reports/testing/index.ts';
import { cellAt, cellPaths, sumReports } from './aggregate.ts';
import { PLACEHOLDER, checkAnnualReport, checkPlaceholders, findingKey, publicationGate, sectionsText } from './checks.ts';
import { STATUTORY_DEADLINES, dueDate, isGovernment, isMonthDay } from './deadlines.ts';
import type { ReportSections } from './types.ts';

describe('deadlines (第四十九条)', () => {
  it('governments (townships and subdistricts included) by 31 March, departments and others by 31 January', () => {
    const governments = ORGANISATION_KINDS.filter(isGovernment);
    expect(governments).toEqual(['provincial_government', 'city_government', 'county_government', 'township', 'subdistrict']);
    expect(STATUTORY_DEADLINES).toEqual({ department: '01-31', government: '03-31' });
    expect(dueDate('township', 2025)).toBe('2026-03-31');
    expect(dueDate('department', 2025)).toBe('2026-01-31');
    expect(dueDate('other', 2025)).toBe('2026-01-31');
  });
  it('a regional setting replaces each date', () => {
    const setting = { departmentDue: '01-15', governmentDue: '02-28' };
    expect(dueDate('county_government', 2025, setting)).toBe('2026-02-28');
    expect(dueDate('department', 2025, setting)).toBe('2026-01-15');
  });
  it.each([
    ['01-31', true], ['02-28', true], ['02-29', false], ['04-30', true], ['04-31', false], ['12-31', true],
    ['01-01', true], ['00-10', false], ['13-01', false], ['01-00', false], ['01-32', false], ['1-31', false], ['01-3', false], ['x01-31', false], ['01-31x', false],
  ])('isMonthDay(%s) = %s', (value, ok) => {
    expect(isMonthDay(value)).toBe(ok);
  });
});

describe('aggregate', () => {
  it('lists every cell path of a format, in table order', () => {
    const paths = cellPaths('2021');
    expect(paths[0]!.startsWith('active.')).toBe(true);
    expect(paths).toContain('applications.newReceived.natural');
    expect(paths).toContain('applications.other.feeUnpaid.total');
    expect(paths.at(-1)).toBe('appeals.litigationAfterReview.total');
    expect(new Set(paths).size).toBe(paths.length);
    expect(cellPaths('2019')).not.toContain('applications.other.feeUnpaid.total');
  });

  it('reads a cell by path; anything else is undefined', () => {
    const report = setCell(zeroReport('2021', 2025, 'x'), 'applications.granted.natural', 3);
    expect(cellAt(report, 'applications.granted.natural')).toBe(3);
    expect(cellAt(blankReport('2021'), 'applications.granted.natural')).toBeNull();
    expect(cellAt(report, 'applications.granted')).toBeUndefined();
    expect(cellAt(report, 'applications.granted.natural.x')).toBeUndefined();
    expect(cellAt(report, 'nothing.here')).toBeUndefined();
    expect(cellAt(report, 'agency')).toBeUndefined();
    // a path through a value that is no table (a string's length) is no cell either
    expect(cellAt(report, 'agency.length')).toBeUndefined();
    expect(cellAt(report, 'format.length')).toBeUndefined();
  });

  it('sums cells, keeps a blank only where every part is blank, and rounds money to 4 decimals', () => {
    const a = setCell(setCell(blankReport('2021', 2025, 'a'), 'applications.granted.natural', 2), 'active.fees.amount', 0.1);
    const b = setCell(setCell(blankReport('2021', 2025, 'b'), 'applications.granted.natural', 5), 'active.fees.amount', 0.2);
    const c = setCell(blankReport('2021', 2025, 'c'), 'applications.granted.legal', 0);
    const total = sumReports([a, b, c], '2021', 2025, '某县');
    expect(total).toMatchObject({ format: '2021', year: 2025, agency: '某县' });
    expect(cellAt(total, 'applications.granted.natural')).toBe(7);
    expect(cellAt(total, 'applications.granted.legal')).toBe(0);
    expect(cellAt(total, 'applications.granted.commercial')).toBeNull();
    expect(cellAt(total, 'active.fees.amount')).toBe(0.3);
  });

  it('the sum of one report is that report', () => {
    const seed = seedReport();
    const total = sumReports([seed], seed.format, seed.year!, seed.agency!);
    for (const path of cellPaths(seed.format)) expect(cellAt(total, path), path).toBe(cellAt(seed, path));
  });
});

describe('checks and the publication gate', () => {
  const sections = (over: Partial<ReportSections> = {}): ReportSections => ({ overview: ['概述'], active: [], applications: [], appeals: [], problems: ['问题'], other: ['其他'], ...over });

  it('sectionsText puts each section under its official heading', () => {
    expect(sectionsText(sections()).split('\n\n')).toEqual([
      '一、总体情况\n概述', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况\n问题', '六、其他需要报告的事项\n其他',
    ]);
  });

  it('a prefilled prompt left in a section is a DRAFT-PLACEHOLDER warning at that section', () => {
    expect(checkPlaceholders(sections())).toEqual([]);
    const found = checkPlaceholders(sections({ problems: ['好', `${PLACEHOLDER}问题]`], overview: [`前言${PLACEHOLDER}]`] }));
    expect(found.map((f) => [f.rule, f.severity, f.at])).toEqual([
      ['DRAFT-PLACEHOLDER', 'warning', 'sections.一'],
      ['DRAFT-PLACEHOLDER', 'warning', 'sections.五'],
    ]);
    expect(found[1]!.message).toContain('五、存在的主要问题及改进情况');
  });

  it('checkAnnualReport runs the placeholders, the report core and the carry-over from last year', () => {
    const report = zeroReport('2021', 2025, '某县');
    expect(checkAnnualReport(report, sections()).filter((f) => f.severity === 'error')).toEqual([]);
    expect(checkAnnualReport(report, sections({ other: [PLACEHOLDER] })).map((f) => f.rule)).toContain('DRAFT-PLACEHOLDER');
    const unbalanced = setCell(report, 'applications.newReceived.natural', 1);
    expect(checkAnnualReport(unbalanced, sections()).map((f) => f.rule)).toContain('T3-BALANCE');
    const previous = setCell(zeroReport('2021', 2024, '某县'), 'applications.carriedForward.natural', 4);
    expect(checkAnnualReport(report, sections(), previous).map((f) => f.rule)).toContain('T3-CARRY-OVER');
    expect(checkAnnualReport(report, sections()).map((f) => f.rule)).not.toContain('T3-CARRY-OVER');
    // without last year's report: exactly the report core's and the narrative's findings, nothing else
    expect(checkAnnualReport(unbalanced, sections())).toEqual(sortFindings([...checkReport(unbalanced), ...checkNarrative(sectionsText(sections()), unbalanced)]));
  });

  it('the gate: errors block; a warning blocks until acknowledged at the same rule and place', () => {
    const error = { rule: 'T3-BALANCE', severity: 'error' as const, at: 'applications', message: 'x' };
    const warning = { rule: 'DRAFT-PLACEHOLDER', severity: 'warning' as const, at: 'sections.五', message: 'y' };
    const info = { rule: 'I', severity: 'info' as const, at: null, message: 'z' };
    const ack = (rule: string, at: string | null) => ({ rule, at, note: '已核实', byUserId: null, acknowledgedAt: '2026-01-01T00:00:00Z' });
    expect(publicationGate([error, warning, info], [])).toEqual({ errors: [error], unacknowledged: [warning] });
    expect(publicationGate([warning], [ack('DRAFT-PLACEHOLDER', 'sections.五')])).toEqual({ errors: [], unacknowledged: [] });
    expect(publicationGate([warning], [ack('DRAFT-PLACEHOLDER', 'sections.一')]).unacknowledged).toEqual([warning]);
    expect(publicationGate([error], [ack('T3-BALANCE', 'applications')]).errors).toEqual([error]);
    expect(findingKey({ rule: 'R', at: null })).toBe('R@');
    expect(findingKey({ rule: 'R', at: 'a.b' })).toBe('R@a.b');
  });
});
