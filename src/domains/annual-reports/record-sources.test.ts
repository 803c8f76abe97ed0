/**
 * A year of records → the generated report: every cell of tables 二, 三 and 四 equals a count made
 * here, independently of the counting code, from the facts the records were written from.
 */
import { expect, it } from 'vitest';
import { buildActor, buildCounty } from '../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../test/support/databases.ts';
import { insertYearOfRecords, randomYearOfRecords, recordsRandom } from '../../../test/support/report-records.ts';
import type { YearOfRecords } from '../../../test/support/report-records.ts';
import type { AnnualReport, ReportFormat } from '../reports/index.ts';
import { formatForYear } from '../reports/index.ts';
import { reportRowFor } from '../requests/index.ts';
import { APPEAL_RESULT_COLUMN } from '../requests/registers/index.ts';
import { fixedClock } from '../shared/clock.ts';
import { cellAt, cellPaths, generateAnnualReport, recordSources } from './index.ts';

const CLOCK = fixedClock('2026-01-15T02:00:00.000Z');

/** The expected value of every cell, counted from the facts by the definitions of the national tables. */
function expectedCells(records: YearOfRecords, year: number, format: ReportFormat): Map<string, number> {
  const cells = new Map<string, number>();
  const add = (path: string, n = 1) => cells.set(path, (cells.get(path) ?? 0) + n);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const inYear = (d: string | null) => d !== null && d >= start && d <= end;

  // Table 二, 第二十条第（一）项: published documents only.
  for (const item of records.items.filter((i) => i.status === 'published')) {
    const row = item.kind === 'regulation' ? 'regulations' : item.kind === 'normative' ? 'normativeDocuments' : null;
    if (!row) continue;
    const made = item.madeOn ?? item.publishedOn;
    if (format === '2021') {
      if (inYear(made)) add(`active.${row}.issued`);
      if (item.validity === 'repealed' && inYear(item.repealedOn)) add(`active.${row}.repealed`);
      const inForce = item.validity === 'valid' || (item.validity === 'repealed' && item.repealedOn! > end) || (item.validity === 'expired' && item.expiredOn! > end);
      if (made !== null && made <= end && inForce) add(`active.${row}.inForce`);
    } else {
      if (inYear(made)) add(`active.${row}.made`);
      if (inYear(item.publishedOn)) add(`active.${row}.published`);
      if (item.publishedOn !== null && item.publishedOn <= end) add(`active.${row}.totalPublic`);
    }
  }
  for (const [key, value] of Object.entries(records.statistics)) cells.set(`active.${key}`, value);

  // Table 三: each received case, in its applicant column and in 总计.
  for (const c of records.cases) {
    if (c.receivedOn === null) continue;
    const rows: string[] = [];
    if (inYear(c.receivedOn)) rows.push('newReceived');
    const openAtStart = c.receivedOn < start && (c.closedOn === null || c.closedOn >= start);
    if (openAtStart) rows.push('carriedOver');
    if (inYear(c.closedOn)) rows.push(reportRowFor(c.outcome ?? 'other', format), 'total');
    if (c.receivedOn <= end && (c.closedOn === null || c.closedOn > end)) rows.push('carriedForward');
    for (const row of rows) {
      add(`applications.${row}.${c.applicantType}`);
      add(`applications.${row}.total`);
    }
  }

  // Table 四: filed in the year; the result as of 31 December.
  for (const a of records.appeals) {
    if (!inYear(a.filedOn)) continue;
    const group = a.kind === 'review' ? 'review' : a.afterReview ? 'litigationAfterReview' : 'litigationDirect';
    const column = a.result !== null && a.closedOn !== null && a.closedOn <= end ? APPEAL_RESULT_COLUMN[a.result] : 'pending';
    add(`appeals.${group}.${column}`);
    add(`appeals.${group}.total`);
  }
  return cells;
}

describeEachDialect('annual report from the records', (t) => {
  for (const [year, seed] of [[2025, 101], [2020, 202]] as const) {
    it(`every cell of the ${year} report (${formatForYear(year)} format) equals an independent count of the records`, async () => {
      const { township } = await buildCounty(t.db);
      const staff = await buildActor(t.db, [{ organisation: township, role: 'publisher' }], CLOCK);
      const records = randomYearOfRecords(recordsRandom(seed), year);
      await insertYearOfRecords(t.db, township, year, records);

      const record = await generateAnnualReport(t.db, { actor: staff, clock: CLOCK }, recordSources, { organisationId: township.id, year });
      const format = formatForYear(year);
      expect(record.format).toBe(format);
      const expected = expectedCells(records, year, format);
      const paths = cellPaths(format);
      for (const path of expected.keys()) expect(paths, `no cell ${path}`).toContain(path);
      const actual = paths.map((path) => [path, cellAt(record.report as AnnualReport, path)]);
      expect(actual).toEqual(paths.map((path) => [path, expected.get(path) ?? 0]));
      // Not all zero: the records exercise the tables.
      expect([...expected.values()].filter((n) => n > 0).length).toBeGreaterThan(20);

      // The facts of the text: items by column, consultations by channel, fees.
      const published = records.items.filter((i) => i.status === 'published' && i.publishedOn && i.publishedOn.startsWith(`${year}-`));
      expect(record.facts.itemsPublished).toBe(published.length);
      for (const column of new Set(published.map((i) => i.column))) {
        expect(record.facts.itemsByColumn.find((c) => c.column === column)?.published).toBe(published.filter((i) => i.column === column).length);
      }
      const consultations = records.consultations.filter((c) => c.on.startsWith(`${year}-`));
      expect(record.facts.consultations.total).toBe(consultations.length);
      expect(record.facts.consultations.byChannel.phone).toBe(consultations.filter((c) => c.channel === 'phone').length);
      const paid = records.cases.filter((c) => c.feePaidOn?.startsWith(`${year}-`));
      expect(record.facts.feeCases).toBe(paid.length);
      expect(record.facts.feesCollectedYuan).toBe(paid.reduce((s, c) => s + c.feeFen, 0) / 100);
    });
  }
});
