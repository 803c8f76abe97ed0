/**
 * `npm run bench -- report-tables`: tables 三 and 四 counted from the cases (`report tables`), on
 * SQLite (a temp file; the embedded default), without the import around it (imports.bench.ts times
 * the whole path). Rows are written straight into the table, so seeding takes seconds:
 *
 * 1. one organisation with 100,000 cases over 2023–2026 (BENCH_TABLE_CASES): reportTablesDocument,
 *    p50 / p99 / max of 40 runs, wall and CPU time (target < 100 ms);
 * 2. a county of 500 organisations (BENCH_COUNTY_ORGS) with 200 cases each: the county's table 三
 *    summed over its 500 organisations in one grouped query, and every organisation's own tables.
 *
 * The machine may be shared: the load average is printed, and CPU time (process.cpuUsage) beside
 * wall time, since wall time is what a loaded machine inflates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { migrateToLatest, openDatabase } from '../src/db/index.ts';
import { newId } from '../src/db/ids.ts';
import type { Database } from '../src/db/schema.ts';
import { createOrganisation } from '../src/domains/accounts/index.ts';
import type { Organisation } from '../src/domains/accounts/index.ts';
import { addDays, calendarDate } from '../src/domains/calendar/index.ts';
import { APPLICANT_TYPES, OUTCOMES, countApplicationsTable, countableCaseClasses, reportTablesDocument } from '../src/domains/requests/index.ts';
import { fixedClock } from '../src/domains/shared/clock.ts';
import { recordsRandom } from '../test/support/report-records.ts';

const CASES = Number(process.env.BENCH_TABLE_CASES ?? 100_000);
const COUNTY_ORGS = Number(process.env.BENCH_COUNTY_ORGS ?? 500);
const CASES_PER_ORG = 200;
const YEAR = 2025;
const RUNS = 40;
const clock = fixedClock('2026-12-01T02:00:00.000Z');

/** Wall and CPU milliseconds of `runs` calls, sorted by wall time. */
async function timed(runs: number, f: (i: number) => Promise<unknown>): Promise<{ wall: number[]; cpu: number }> {
  const wall: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f(i);
    wall.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: wall.sort((a, b) => a - b), cpu: (cpu.user + cpu.system) / 1000 / runs };
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);

export async function insertCases(db: Kysely<Database>, organisationId: string, n: number, seed: number, prefix: string): Promise<void> {
  const rng = recordsRandom(seed);
  const now = clock.now().toISOString();
  for (let start = 0; start < n; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(n, start + 500); i++) {
      const received = addDays(calendarDate(2023, 1, 1), Math.floor(rng() * 4 * 365));
      const closed = rng() < 0.9 ? addDays(received, 5 + Math.floor(rng() * 60)) : null;
      rows.push({
        id: newId(), organisation_id: organisationId, number: `${prefix}${String(i).padStart(7, '0')}`, source: 'import', status: closed ? 'closed' : 'inProgress',
        applicant_type: APPLICANT_TYPES[Math.floor(rng() * APPLICANT_TYPES.length)]!, applicant_name: `申请人${i % 5000}`, applicant_id_number: `ID${i % 5000}`,
        applicant_id_file_id: null, applicant_contact: '-', description: '基准', delivery_form: 'paper', delivery_way: 'post', channel: 'inPerson',
        arrived_on: received, received_on: received, query_code_hash: null, handler_user_id: null, clock_events: '[]', pending_extension: null,
        extension_workdays: 0, outcome: closed ? OUTCOMES[Math.floor(rng() * OUTCOMES.length)]! : null, decided_on: closed, closed_on: closed,
        due_on: closed ? null : addDays(received, 28), fee_amount_fen: 0, fee_paid_on: null, draft_token_hash: null, created_by: null,
        created_at: now, updated_at: now, version: 1,
      });
    }
    await db.insertInto('application_cases').values(rows).execute();
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-tables-'));
  const { db, close } = openDatabase({ sqliteFile: join(dir, 'bench.db') });
  try {
    await migrateToLatest(db);
    const ctx = { actor: 'system' as const, clock };
    const started = performance.now();
    const county = await createOrganisation(db, ctx, { code: 'bench-county', name: '基准县人民政府', kind: 'county_government' });
    await insertCases(db, county.id, CASES, 1, 'Y');
    const orgs: Organisation[] = [];
    for (let i = 0; i < COUNTY_ORGS; i++) {
      const org = await createOrganisation(db, ctx, { code: `bench-${i}`, name: `基准机关${i}`, kind: i % 3 === 0 ? 'township' : 'department', parentId: county.id });
      await insertCases(db, org.id, CASES_PER_ORG, 100 + i, `C${i}-`);
      orgs.push(org);
    }
    console.log(`seeded ${CASES} cases in one organisation and ${COUNTY_ORGS} × ${CASES_PER_ORG} in its county in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(`machine load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores shared)`);

    const one = await timed(RUNS, () => reportTablesDocument(db, county, YEAR));
    console.log(`report tables, one organisation, ${CASES} cases: p50 ${at(one.wall, 0.5)} ms, p99 ${at(one.wall, 0.99)} ms, max ${at(one.wall, 1)} ms; CPU ${one.cpu.toFixed(1)} ms a run (target < 100 ms)`);

    const ids = orgs.map((o) => o.id);
    const summed = await timed(RUNS, async () => countApplicationsTable(await countableCaseClasses(db, ids, YEAR), YEAR));
    console.log(`report tables, county table 三 summed over ${COUNTY_ORGS} organisations (${COUNTY_ORGS * CASES_PER_ORG} cases): p50 ${at(summed.wall, 0.5)} ms, p99 ${at(summed.wall, 0.99)} ms; CPU ${summed.cpu.toFixed(1)} ms a run (target < 100 ms)`);

    const each = await timed(orgs.length, (i) => reportTablesDocument(db, orgs[i]!, YEAR));
    console.log(`report tables of each of the county's ${COUNTY_ORGS} organisations: p50 ${at(each.wall, 0.5)} ms, p99 ${at(each.wall, 0.99)} ms; CPU ${each.cpu.toFixed(1)} ms each; load ${loadavg()[0]!.toFixed(1)}`);
  } finally {
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
}
