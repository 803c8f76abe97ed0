import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { buildActor, buildCounty } from '../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../test/support/databases.ts';
import type { Database } from '../../db/schema.ts';
import type { AnnualReport } from '../reports/index.ts';
import { checkReport } from '../reports/index.ts';
import { randomReport, seededRandom } from '../reports/testing/index.ts';
import { fixedClock } from '../shared/clock.ts';
import type { ReportSources } from './index.ts';
import {
  acknowledgeWarning, aggregateReports, cellPaths, cellAt, checkAnnualReportCommand, generateAnnualReport, listPublicReports,
  lockReportNumbers, publishAnnualReport, startCorrection, supervisionMatrix, updateReportSections,
} from './index.ts';

const JANUARY = fixedClock('2026-01-15T02:00:00.000Z');
const APRIL = fixedClock('2026-04-02T02:00:00.000Z');

/** Sources that hand over a given report's tables: the generated report must carry every cell. */
function sourcesOf(tables: AnnualReport, extra: { fees?: number; consultations?: number } = {}): ReportSources {
  return {
    publishingFacts: async () => ({ table2: structuredClone(tables.active), itemsByColumn: [{ column: '政策文件', published: 12 }, { column: '财政信息', published: 3 }], itemsPublished: 15 }),
    applicationTables: async () => ({ applications: structuredClone(tables.applications), appeals: structuredClone(tables.appeals), fees: { collectedYuan: extra.fees ?? 0, cases: extra.fees ? 1 : 0 } }),
    consultationCounts: async () => ({ total: extra.consultations ?? 0, byChannel: { onSite: extra.consultations ?? 0 } }),
  };
}

async function publishClean(db: Kysely<Database>, actor: Awaited<ReturnType<typeof buildActor>>, reportId: string, clock = JANUARY) {
  const ctx = { actor, clock };
  let record = await checkAnnualReportCommand(db, ctx, { reportId, version: (await db.selectFrom('annual_reports').select('version').where('id', '=', reportId).executeTakeFirstOrThrow()).version });
  for (const f of record.findings.filter((x) => x.severity === 'warning')) {
    record = await acknowledgeWarning(db, ctx, { reportId, version: record.version, rule: f.rule, at: f.at, note: '已核实，属实情' });
  }
  return publishAnnualReport(db, ctx, { reportId, version: record.version });
}

describeEachDialect('annual reports', (t) => {
  async function setup() {
    const { county, township, department } = await buildCounty(t.db);
    const staff = await buildActor(t.db, [{ organisation: township, role: 'publisher' }], JANUARY);
    const supervisor = await buildActor(t.db, [{ organisation: county, role: 'supervisor' }], JANUARY);
    return { county, township, department, staff, supervisor };
  }

  it('generates every cell from the sources, in the year\'s format, with prefilled text and the statutory due date', async () => {
    const { township, staff } = await setup();
    for (const [year, seed] of [[2025, 11], [2020, 12]] as const) {
      const tables = randomReport(seededRandom(seed), { year });
      const record = await generateAnnualReport(t.db, { actor: staff, clock: JANUARY }, sourcesOf(tables, { fees: 380, consultations: 4 }), { organisationId: township.id, year });
      expect(record.format).toBe(year === 2020 ? '2019' : '2021');
      for (const path of cellPaths(record.format)) expect([path, cellAt(record.report, path)]).toEqual([path, cellAt(tables, path)]);
      expect(record.report.agency).toBe(township.name);
      expect(record.dueOn).toBe(`${year + 1}-03-31`);
      expect(record.sections.overview.join('')).toContain('共主动公开政府信息15条，其中政策文件12条，财政信息3条');
      expect(record.sections.overview.join('')).toContain('现场咨询4次');
      expect(record.sections.other[0]).toContain('收取信息处理费380元');
      // The prefilled text quotes the tables as the narrative rules read them: only the prompts are flagged.
      const checked = await checkAnnualReportCommand(t.db, { actor: staff, clock: JANUARY }, { reportId: record.id, version: record.version });
      expect(checked.findings.filter((f) => f.rule !== 'DRAFT-PLACEHOLDER')).toEqual([]);
      expect(checked.status).toBe('checked');
    }
  });

  it('a department\'s report is due on 31 January', async () => {
    const { department } = await setup();
    const clerk = await buildActor(t.db, [{ organisation: department, role: 'publisher' }], JANUARY);
    const record = await generateAnnualReport(t.db, { actor: clerk, clock: JANUARY }, sourcesOf(randomReport(seededRandom(3), { year: 2025 })), { organisationId: department.id, year: 2025 });
    expect(record.dueOn).toBe('2026-01-31');
  });

  it('a report with an error cannot be published; warnings need an acknowledgement with a note', async () => {
    const { township, staff } = await setup();
    const tables = randomReport(seededRandom(5), { year: 2025 });
    tables.applications.granted.natural = (tables.applications.granted.natural ?? 0) + 1; // T3-ROW-TOTAL and more
    const ctx = { actor: staff, clock: JANUARY };
    const record = await generateAnnualReport(t.db, ctx, sourcesOf(tables), { organisationId: township.id, year: 2025 });
    const checked = await checkAnnualReportCommand(t.db, ctx, { reportId: record.id, version: record.version });
    expect(checked.findings.some((f) => f.severity === 'error' && f.rule === 'T3-ROW-TOTAL')).toBe(true);
    expect(checked.status).toBe('draft');
    await expect(publishAnnualReport(t.db, ctx, { reportId: record.id, version: checked.version })).rejects.toMatchObject({ code: 'annual_reports.has_errors' });

    const clean = await generateAnnualReport(t.db, ctx, sourcesOf(randomReport(seededRandom(6), { year: 2024 })), { organisationId: township.id, year: 2024 });
    const cleanChecked = await checkAnnualReportCommand(t.db, ctx, { reportId: clean.id, version: clean.version });
    await expect(publishAnnualReport(t.db, ctx, { reportId: clean.id, version: cleanChecked.version })).rejects.toMatchObject({ code: 'annual_reports.unacknowledged_warnings' });
    await expect(acknowledgeWarning(t.db, ctx, { reportId: clean.id, version: cleanChecked.version, rule: 'DRAFT-PLACEHOLDER', at: 'sections.一', note: '' }))
      .rejects.toMatchObject({ code: 'annual_reports.invalid_input' });
    const published = await publishClean(t.db, staff, clean.id);
    expect(published.status).toBe('published');
    expect(published.lockedOn).toBe('2026-01-15');
    const events = await t.db.selectFrom('events').select('name').where('subject_id', '=', clean.id).orderBy('occurred_at').execute();
    expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(['annual_report.generated', 'annual_report.checked', 'annual_report.warning_acknowledged', 'annual_report.published']));
  });

  it('versions: a published report is never edited in place; a correction is a new revision with a reason', async () => {
    const { township, staff } = await setup();
    const ctx = { actor: staff, clock: JANUARY };
    const first = await generateAnnualReport(t.db, ctx, sourcesOf(randomReport(seededRandom(8), { year: 2025 })), { organisationId: township.id, year: 2025 });
    const published = await publishClean(t.db, staff, first.id);
    await expect(updateReportSections(t.db, ctx, { reportId: first.id, version: published.version, problems: '改' })).rejects.toMatchObject({ code: 'annual_reports.not_editable' });
    await expect(generateAnnualReport(t.db, ctx, emptyish(), { organisationId: township.id, year: 2025 })).rejects.toMatchObject({ code: 'annual_reports.not_editable' });
    await expect(startCorrection(t.db, ctx, { reportId: first.id, reason: '' })).rejects.toMatchObject({ code: 'annual_reports.invalid_input' });
    const correction = await startCorrection(t.db, ctx, { reportId: first.id, reason: '表三数据录入有误，予以更正' });
    expect(correction).toMatchObject({ revision: 2, status: 'draft', correctionReason: '表三数据录入有误，予以更正' });
    await expect(startCorrection(t.db, ctx, { reportId: first.id, reason: '再次更正一下' })).rejects.toMatchObject({ code: 'annual_reports.correction_open' });
    const edited = await updateReportSections(t.db, ctx, { reportId: correction.id, version: correction.version, problems: '（一）存在的主要问题。公开不够及时。\n（二）改进情况。加强审核。' });
    expect(edited.sections.problems).toEqual(['（一）存在的主要问题。公开不够及时。', '（二）改进情况。加强审核。']);
    // Until the correction is published, revision 1 stays the public one.
    expect((await listPublicReports(t.db, township.id)).map((r) => [r.revision, r.status])).toEqual([[1, 'published']]);
    await publishClean(t.db, staff, correction.id);
    expect((await listPublicReports(t.db, township.id)).map((r) => [r.revision, r.status])).toEqual([[2, 'published'], [1, 'superseded']]);
    const row = await t.db.selectFrom('annual_reports').select('sections').where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.sections).problems).toEqual(published.sections.problems);
  });

  it('a lock date freezes the numbers', async () => {
    const { township, staff } = await setup();
    const ctx = { actor: staff, clock: JANUARY };
    const record = await generateAnnualReport(t.db, ctx, sourcesOf(randomReport(seededRandom(9), { year: 2025 })), { organisationId: township.id, year: 2025 });
    await lockReportNumbers(t.db, ctx, { reportId: record.id, version: record.version, lockedOn: '2026-01-20' });
    // Before the lock date the numbers can still be refreshed; from it on they cannot.
    await generateAnnualReport(t.db, ctx, sourcesOf(randomReport(seededRandom(9), { year: 2025 })), { organisationId: township.id, year: 2025 });
    await expect(generateAnnualReport(t.db, { actor: staff, clock: fixedClock('2026-01-20T02:00:00.000Z') }, emptyish(), { organisationId: township.id, year: 2025 }))
      .rejects.toMatchObject({ code: 'annual_reports.locked' });
  });

  it('authorizes: a supervisor views but does not publish; an outsider sees nothing', async () => {
    const { township, staff, supervisor } = await setup();
    const outsider = await buildActor(t.db, [{ organisation: (await buildCounty(t.db)).township, role: 'publisher' }], JANUARY);
    const record = await generateAnnualReport(t.db, { actor: staff, clock: JANUARY }, sourcesOf(randomReport(seededRandom(10), { year: 2025 })), { organisationId: township.id, year: 2025 });
    const checked = await checkAnnualReportCommand(t.db, { actor: staff, clock: JANUARY }, { reportId: record.id, version: record.version });
    await expect(publishAnnualReport(t.db, { actor: supervisor, clock: JANUARY }, { reportId: record.id, version: checked.version })).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(publishAnnualReport(t.db, { actor: outsider, clock: JANUARY }, { reportId: record.id, version: checked.version })).rejects.toMatchObject({ kind: 'not_found' });
    await expect(generateAnnualReport(t.db, { actor: outsider, clock: JANUARY }, emptyish(), { organisationId: township.id, year: 2025 })).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('supervision: each subordinate\'s state against its due date; the aggregate is the sum of its parts', async () => {
    const { county, township, department, staff, supervisor } = await setup();
    const deptClerk = await buildActor(t.db, [{ organisation: department, role: 'publisher' }], JANUARY);
    const a = randomReport(seededRandom(21), { year: 2025 });
    const b = randomReport(seededRandom(22), { year: 2025 });
    const ra = await generateAnnualReport(t.db, { actor: staff, clock: JANUARY }, sourcesOf(a), { organisationId: township.id, year: 2025 });
    let matrix = await supervisionMatrix(t.db, supervisor, county.id, 2025, '2026-01-15');
    expect(matrix.rows.map((r) => [r.organisation.id, r.state])).toEqual(expect.arrayContaining([[township.id, 'draft'], [department.id, 'notStarted']]));
    await publishClean(t.db, staff, ra.id);
    const rb = await generateAnnualReport(t.db, { actor: deptClerk, clock: JANUARY }, sourcesOf(b), { organisationId: department.id, year: 2025 });
    matrix = await supervisionMatrix(t.db, supervisor, county.id, 2025, '2026-02-01');
    expect(matrix.rows.map((r) => [r.organisation.id, r.state])).toEqual(expect.arrayContaining([[township.id, 'published'], [department.id, 'late']]));
    await publishClean(t.db, deptClerk, rb.id, APRIL);
    matrix = await supervisionMatrix(t.db, supervisor, county.id, 2025, '2026-04-02');
    expect(matrix.rows.find((r) => r.organisation.id === department.id)).toMatchObject({ state: 'published', publishedLate: true });

    const aggregate = await aggregateReports(t.db, supervisor, county.id, 2025);
    expect(aggregate.parts.map((p) => p.organisation.id).sort()).toEqual([township.id, department.id].sort());
    for (const path of cellPaths('2021')) {
      const expected = (cellAt(a, path) ?? 0) + (cellAt(b, path) ?? 0);
      expect([path, cellAt(aggregate.report, path)]).toEqual([path, path.endsWith('amount') ? Math.round(expected * 1e4) / 1e4 : expected]);
    }
    expect(checkReport(aggregate.report).filter((f) => f.severity === 'error')).toEqual([]);
    expect(aggregate.findings.filter((f) => f.severity === 'error')).toEqual([]);
    await expect(aggregateReports(t.db, staff, county.id, 2025)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('carry-over continuity: 上年结转 against last year\'s 结转下年度', async () => {
    const { county, township, staff, supervisor } = await setup();
    const y1 = randomReport(seededRandom(31), { year: 2024 });
    const y2 = randomReport(seededRandom(32), { year: 2025 });
    y2.applications.carriedOver = { ...y1.applications.carriedForward };
    y2.applications.carriedOver.natural = (y2.applications.carriedOver.natural ?? 0) + 1;
    const r1 = await generateAnnualReport(t.db, { actor: staff, clock: JANUARY }, sourcesOf(y1), { organisationId: township.id, year: 2024 });
    await publishClean(t.db, staff, r1.id);
    await generateAnnualReport(t.db, { actor: staff, clock: JANUARY }, sourcesOf(y2), { organisationId: township.id, year: 2025 });
    const matrix = await supervisionMatrix(t.db, supervisor, county.id, 2025, '2026-01-15');
    const row = matrix.rows.find((r) => r.organisation.id === township.id)!;
    expect(row.carryOver.checked).toBe(true);
    expect(row.carryOver.findings.map((f) => f.at)).toContain('applications.carriedOver.natural');
  });
});

function emptyish(): ReportSources {
  return sourcesOf(randomReport(seededRandom(1), { year: 2025 }));
}
