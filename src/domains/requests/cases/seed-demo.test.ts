import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/databases.ts';
import { seedDemoData } from '../../../cli/demo.ts';
import { findOrganisationByCode } from '../../accounts/index.ts';
import { checkReport } from '../../reports/index.ts';
import { fixedClock } from '../../shared/clock.ts';
import { reportTablesDocument } from './index.ts';

describeEachDialect('applications and publishing demo', (t) => {
  it('gives 水寨镇 cases in every state, a full year closed, and published items across columns', { timeout: 180_000 }, async () => {
    await seedDemoData(t.db, fixedClock('2026-12-01T02:00:00.000Z'));
    const township = (await findOrganisationByCode(t.db, 'yichuan-shuizhai'))!;
    const cases = await t.db.selectFrom('application_cases').select(['status', 'due_on', 'extension_workdays', 'received_on']).where('organisation_id', '=', township.id).execute();
    const open = cases.filter((c) => c.status !== 'closed');
    expect(new Set(open.map((c) => c.status))).toEqual(new Set(['received', 'inProgress', 'awaitingCorrection', 'consulting', 'decided']));
    expect(open.some((c) => c.due_on !== null && c.due_on < '2026-12-01')).toBe(true);
    expect(open.some((c) => Number(c.extension_workdays) > 0)).toBe(true);
    const report = await reportTablesDocument(t.db, township, 2025);
    expect(report.applications.newReceived.total).toBe(72);
    expect(report.applications.total.total).toBeGreaterThan(60);
    expect(checkReport(report).filter((f) => f.severity === 'error' && /^T[34]-/.test(f.rule))).toEqual([]);

    const items = await t.db.selectFrom('information_items').innerJoin('organisations', 'organisations.id', 'information_items.organisation_id')
      .select(['organisations.code', 'information_items.status', 'information_items.validity', 'information_items.column_id', 'information_items.index_number']).execute();
    expect(items.length).toBeGreaterThanOrEqual(24);
    expect(items.every((i) => i.status === 'published' && i.index_number)).toBe(true);
    expect(new Set(items.map((i) => i.code))).toEqual(new Set(['yichuan-shuizhai', 'yichuan-jiaoyu', 'yichuan-caizheng']));
    expect(new Set(items.map((i) => i.validity).filter(Boolean))).toEqual(new Set(['valid', 'repealed', 'expired']));
    expect(new Set(items.filter((i) => i.code === 'yichuan-shuizhai').map((i) => i.column_id)).size).toBeGreaterThanOrEqual(10);
    expect(Number((await t.db.selectFrom('search_documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(items.length);
  });
});
