/**
 * The batched path (generateAnnualReports: grouped queries over many organisations at once, as a
 * province generates all its reports) gives every organisation the document that generating its
 * report alone gives: same tables, facts, text and due date; published reports are left alone.
 */
import { expect, it } from 'vitest';
import { buildActor, buildCounty, buildOrganisation } from '../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../test/support/databases.ts';
import { insertYearOfRecords, randomYearOfRecords, recordsRandom } from '../../../test/support/report-records.ts';
import { fixedClock } from '../shared/clock.ts';
import type { AnnualReportRecord } from './index.ts';
import { generateAnnualReport, generateAnnualReports, recordSources, setReportDeadlines } from './index.ts';

const CLOCK = fixedClock('2026-01-15T02:00:00.000Z');

/** What a generated document is, without its identity and timestamps. */
const documentOf = (r: AnnualReportRecord) => ({
  organisationId: r.organisationId, year: r.year, revision: r.revision, status: r.status, source: r.source, format: r.format,
  report: r.report, sections: r.sections, facts: r.facts, findings: r.findings, dueOn: r.dueOn,
});

describeEachDialect('annual reports generated in one batch', (t) => {
  for (const [year, seed] of [[2025, 11], [2020, 22]] as const) {
    it(`equal the reports generated one organisation at a time (${year})`, async () => {
      const { county, township, department } = await buildCounty(t.db);
      const second = await buildOrganisation(t.db, { parent: county, kind: 'township', name: '第二测试镇人民政府' });
      const empty = await buildOrganisation(t.db, { parent: county, kind: 'department', name: '无记录局' });
      const organisations = [county, township, department, second, empty];
      for (const [n, organisation] of [township, department, second].entries()) {
        await insertYearOfRecords(t.db, organisation, year, randomYearOfRecords(recordsRandom(seed + n), year));
      }
      // The system (a province-wide run); a publisher's rights are the single path's, tested with it.
      const ctx = { actor: 'system' as const, clock: CLOCK };
      // A regional deadline: the batch finds it for every organisation as the single path does.
      await setReportDeadlines(t.db, { actor: 'system', clock: CLOCK }, { organisationId: county.id, departmentDue: '02-15', governmentDue: '03-20' });
      const ids = organisations.map((o) => o.id);

      const single = new Map<string, AnnualReportRecord>();
      for (const organisation of organisations) {
        single.set(organisation.id, await generateAnnualReport(t.db, ctx, recordSources, { organisationId: organisation.id, year }));
      }
      await t.db.deleteFrom('annual_reports').where('organisation_id', 'in', ids).execute();

      const batch = await generateAnnualReports(t.db, ctx, recordSources, { organisationIds: ids, year });
      expect(batch.skipped).toEqual([]);
      expect(batch.generated.map((r) => r.organisationId)).toEqual(ids);
      for (const record of batch.generated) expect(documentOf(record)).toEqual(documentOf(single.get(record.organisationId)!));
      // Not all zero: the records exercise the tables.
      expect(batch.generated.find((r) => r.organisationId === township.id)!.facts.itemsPublished).toBeGreaterThan(0);
      expect(single.get(department.id)!.dueOn).toBe(`${year + 1}-02-15`);

      // Again, over the drafts: the numbers are refreshed (the same), the text kept; a published one is skipped.
      const published = batch.generated.find((r) => r.organisationId === second.id)!;
      await t.db.updateTable('annual_reports').set({ status: 'published' }).where('id', '=', published.id).execute();
      const again = await generateAnnualReports(t.db, ctx, recordSources, { organisationIds: ids, year });
      expect(again.skipped).toEqual([{ organisationId: second.id, reportId: published.id, reason: 'published' }]);
      expect(again.generated.map((r) => r.organisationId)).toEqual(ids.filter((id) => id !== second.id));
      for (const record of again.generated) expect(documentOf(record)).toEqual(documentOf(single.get(record.organisationId)!));
    });
  }

  it('refuses the whole batch when one organisation is not the initiator’s to edit', async () => {
    const { township } = await buildCounty(t.db);
    const other = await buildCounty(t.db);
    const ctx = { actor: await buildActor(t.db, [{ organisation: township, role: 'publisher' }], CLOCK), clock: CLOCK };
    await expect(generateAnnualReports(t.db, ctx, recordSources, { organisationIds: [township.id, other.township.id], year: 2025 })).rejects.toMatchObject({ code: 'annual_reports.not_found' });
    const rows = await t.db.selectFrom('annual_reports').select('id').where('organisation_id', '=', township.id).execute();
    expect(rows).toEqual([]);
  });
});
