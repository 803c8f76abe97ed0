import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/databases.ts';
import { seedDemoData } from '../../../cli/demo.ts';
import { findOrganisationByCode } from '../../accounts/index.ts';
import { fixedClock } from '../../shared/clock.ts';
import { computeAppealsTable, consultationCountsForYear } from './index.ts';

describeEachDialect('registers demo', (t) => {
  it('gives 水寨镇 a year of consultations on every channel and appeals open and closed', { timeout: 180_000 }, async () => {
    const clock = fixedClock('2026-12-01T02:00:00.000Z');
    await seedDemoData(t.db, clock);
    const township = (await findOrganisationByCode(t.db, 'yichuan-shuizhai'))!;
    const [y2025, y2026] = [await consultationCountsForYear(t.db, township.id, 2025), await consultationCountsForYear(t.db, township.id, 2026)];
    expect(y2025.total + y2026.total).toBe(52);
    expect(Object.values(y2026.byChannel).every((n) => n > 0)).toBe(true);
    const table = await computeAppealsTable(t.db, township.id, 2026);
    expect(table.review.total + table.litigationDirect.total + table.litigationAfterReview.total).toBeGreaterThanOrEqual(3);
    expect(table.review.pending + table.litigationAfterReview.pending).toBe(2);
  });
});
