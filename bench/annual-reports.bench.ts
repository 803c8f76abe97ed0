/**
 * `npm run bench -- annual-reports`: the annual reports of many organisations generated from their
 * records, and the county aggregate, on SQLite and PostgreSQL (when reachable). Each organisation
 * has a year of records around 2025 (items, cases, appeals, consultations, the statistics form).
 * Target: one organisation's report under 100 ms. Sizes: BENCH_REPORT_ORGS (default 20) and
 * BENCH_REPORT_SCALE (records multiplier, default 10 → 600 items and 800 cases per organisation).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest } from '../src/db/migrations/index.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { insertYearOfRecords, randomYearOfRecords, recordsRandom } from '../test/support/report-records.ts';
import { createOrganisation } from '../src/domains/accounts/index.ts';
import type { Organisation } from '../src/domains/accounts/index.ts';
import { aggregateReports, generateAnnualReport, recordSources } from '../src/domains/annual-reports/index.ts';
import { fixedClock } from '../src/domains/shared/clock.ts';
import { inTransaction } from '../src/db/transaction.ts';

const ORGS = Number(process.env.BENCH_REPORT_ORGS ?? 20);
const SCALE = Number(process.env.BENCH_REPORT_SCALE ?? 10);
const CLOCK = fixedClock('2026-01-20T02:00:00.000Z');

const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh migrated database of the dialect (a temp SQLite file, or a new PostgreSQL schema), and its disposal. */
async function freshDatabase(dialect: 'sqlite' | 'postgres') {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
    const opened = openDatabase({ sqliteFile: join(dir, 'bench.db') });
    await migrateToLatest(opened.db);
    return { db: opened.db, dispose: async () => { await opened.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const schema = `gk_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5000 });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const opened = openDatabase({ databaseUrl: POSTGRES_URL, schema, poolMax: 4 });
  await migrateToLatest(opened.db);
  return {
    db: opened.db,
    dispose: async () => { await opened.close(); await admin.query(`drop schema if exists ${schema} cascade`); await admin.end(); },
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

export async function run(): Promise<void> {
  for (const dialect of (process.env.DIALECTS ?? 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[]) {
    let database;
    try {
      database = await freshDatabase(dialect);
    } catch (error) {
      console.log(`${dialect}: skipped (${(error as Error).message.split('.')[0]})`);
      continue;
    }
    try {
      const { db } = database;
      const ctx = { actor: 'system' as const, clock: CLOCK };
      const county = await createOrganisation(db, ctx, { code: 'bench-county', name: '基准县人民政府', kind: 'county_government' });
      const orgs: Organisation[] = [];
      const loadStart = performance.now();
      let rows = 0;
      for (let i = 0; i < ORGS; i++) {
        const org = await createOrganisation(db, ctx, { code: `bench-${i}`, name: `基准机关${i}`, kind: i % 3 === 0 ? 'township' : 'department', parentId: county.id });
        const records = randomYearOfRecords(recordsRandom(1000 + i), 2025, { items: 60 * SCALE, cases: 80 * SCALE, appeals: 2 * SCALE, consultations: 5 * SCALE });
        rows += records.items.length + records.cases.length + records.appeals.length + records.consultations.length;
        await inTransaction(db, (trx) => insertYearOfRecords(trx, org, 2025, records));
        orgs.push(org);
      }
      console.log(`${dialect}: ${ORGS} organisations, ${rows.toLocaleString('en')} records loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
      const times: number[] = [];
      const allStart = performance.now();
      for (const org of orgs) {
        const start = performance.now();
        await generateAnnualReport(db, ctx, recordSources, { organisationId: org.id, year: 2025 });
        times.push(performance.now() - start);
      }
      const all = performance.now() - allStart;
      times.sort((a, b) => a - b);
      const aggStart = performance.now();
      const aggregate = await aggregateReports(db, 'system', county.id, 2025, { includeUnpublished: true });
      const agg = performance.now() - aggStart;
      console.log(`${dialect}: one organisation's report p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms (target < 100 ms); all ${ORGS} in ${(all / 1000).toFixed(2)} s; aggregate of ${aggregate.parts.length} in ${agg.toFixed(0)} ms`);
    } finally {
      await database.dispose();
    }
  }
}
