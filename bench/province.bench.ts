/**
 * Province scale (issue 9): 5,000 organisations, 1,000,000 applications, 5,000,000 items, and the
 * annual reports of 2025 generated for every organisation, then the province aggregate, on SQLite
 * and PostgreSQL. Targets: one organisation's report under 100 ms; all reports and the aggregate
 * under 60 s on a 2-core machine.
 *
 * OPT-IN (loading the data alone takes minutes): `BENCH_SCALE=province npm run bench -- province`
 * (or just `npm run bench -- province`); a plain `npm run bench` skips it. DIALECTS=sqlite,postgres
 * (default both; PostgreSQL is skipped when unreachable). PostgreSQL runs in its own database
 * `gongkai_bench_province` (BENCH_PROVINCE_DATABASE; on TEST_DATABASE_URL's server), dropped afterwards. Smaller runs:
 * BENCH_PROVINCE_ORGS (default 5000; 1000 items and 200 cases each), BENCH_PROVINCE_SAMPLE
 * (organisations timed one by one, default 200).
 *
 * Figures: wall time and this process's CPU time (process.cpuUsage; on PostgreSQL the server's
 * CPU is not included). The machine is shared, so wall times are pessimistic.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';
import { migrateToLatest } from '../src/db/migrations/index.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { aggregateReports, generateAnnualReport, generateAnnualReports, recordSources } from '../src/domains/annual-reports/index.ts';
import { fixedClock } from '../src/domains/shared/clock.ts';
import { generateProvince, postgresSink, sqliteSink } from './province-data.ts';
import type { GeneratedOrganisation, ProvinceSize } from './province-data.ts';

const ORGS = Number(process.env.BENCH_PROVINCE_ORGS ?? 5000);
const SAMPLE = Number(process.env.BENCH_PROVINCE_SAMPLE ?? 200);
const SIZE: ProvinceSize = { organisations: ORGS, itemsPerOrganisation: 1000, casesPerOrganisation: 200, appealsPerOrganisation: 4, consultationsPerOrganisation: 10 };
const CLOCK = fixedClock('2026-01-20T02:00:00.000Z');
const YEAR = 2025;
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DB = process.env.BENCH_PROVINCE_DATABASE ?? 'gongkai_bench_province';

const optedIn = () => process.env.BENCH_SCALE === 'province' || process.argv.slice(2).includes('province');

/** Wall and CPU (user + system) milliseconds of `fn`. */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

interface Loaded {
  db: Kysely<Database>;
  organisations: GeneratedOrganisation[];
  /** PostgreSQL: CPU milliseconds used so far by the server processes of this database's connections. */
  serverCpu?: () => Promise<number | undefined>;
  dispose(): Promise<void>;
}

/** CPU ms of local server processes (utime + stime from /proc; undefined when the server is not local). */
function processCpu(pids: number[]): number | undefined {
  let ticks = 0;
  try {
    for (const pid of pids) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return undefined;
  }
  return ticks * 10; // USER_HZ = 100
}

async function loadSqlite(): Promise<Loaded> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-province-'));
  const file = join(dir, 'bench.db');
  const migrated = openDatabase({ sqliteFile: file });
  await migrateToLatest(migrated.db);
  await migrated.close();
  const sqlite = new SqliteDatabase(file);
  const organisations = await generateProvince(sqliteSink(sqlite), SIZE, (n) => process.stdout.write(`\r  sqlite: ${n} organisations loaded`));
  sqlite.close();
  process.stdout.write('\n');
  const opened = openDatabase({ sqliteFile: file });
  return { db: opened.db, organisations, dispose: async () => { await opened.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function loadPostgres(): Promise<Loaded> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5000 });
  await admin.connect();
  await admin.query(`drop database if exists ${BENCH_DB}`);
  await admin.query(`create database ${BENCH_DB}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${BENCH_DB}`;
  const opened = openDatabase({ databaseUrl: url.toString(), poolMax: 4 });
  const dispose = async () => { await opened.close(); await admin.query(`drop database if exists ${BENCH_DB}`); await admin.end(); };
  try {
    await migrateToLatest(opened.db);
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const organisations = await generateProvince(postgresSink(client), SIZE, (n) => process.stdout.write(`\r  postgres: ${n} organisations loaded`));
    process.stdout.write('\n');
    await client.query('vacuum analyze');
    // The bulk load leaves gigabytes of dirty buffers; without a checkpoint now the checkpointer
    // writes them out during the measurements (a server in service has long done so).
    await client.query('checkpoint');
    await client.end();
    const serverCpu = async () => {
      const { rows } = await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [BENCH_DB]);
      return processCpu(rows.map((r) => r.pid));
    };
    return { db: opened.db, organisations, serverCpu, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

async function measure(dialect: string, { db, organisations, serverCpu }: Loaded): Promise<void> {
  // The pool's connections stay open, so the server CPU of the same processes is compared.
  const server = async <T>(fn: () => Promise<T>) => {
    const before = await serverCpu?.();
    const value = await fn();
    const after = await serverCpu?.();
    const ms = before !== undefined && after !== undefined ? after - before : undefined;
    return { value, ms, text: ms === undefined ? '' : `, server CPU ${s(ms)}` };
  };
  const ctx = { actor: 'system' as const, clock: CLOCK };
  const province = organisations[0]!;
  // One organisation at a time, as staff generate their own report: a spread sample.
  const step = Math.max(1, Math.floor(organisations.length / SAMPLE));
  const sample = organisations.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  const times: number[] = [];
  const oneServer = await server(() => timed(async () => {
    for (const org of sample) {
      const t0 = performance.now();
      await generateAnnualReport(db, ctx, recordSources, { organisationId: org.id, year: YEAR });
      times.push(performance.now() - t0);
    }
  }));
  const one = oneServer.value;
  const oneServerText = oneServer.ms === undefined ? '' : `, server CPU ${(oneServer.ms / sample.length).toFixed(1)} ms each`;
  times.sort((a, b) => a - b);
  console.log(`${dialect}: one organisation's report (${sample.length} organisations): p50 ${percentile(times, 0.5).toFixed(1)} ms, p99 ${percentile(times, 0.99).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms; CPU ${(one.cpu / sample.length).toFixed(1)} ms each${oneServerText} (target < 100 ms) [load ${load()}]`);

  const all = await server(() => timed(() => generateAnnualReports(db, ctx, recordSources, { organisationIds: organisations.map((o) => o.id), year: YEAR })));
  const batch = all.value;
  console.log(`${dialect}: all ${batch.value.generated.length} reports (batched, ${batch.value.skipped.length} skipped): ${s(batch.wall)} wall, ${s(batch.cpu)} CPU${all.text} [load ${load()}]`);
  const aggregated = await server(() => timed(() => aggregateReports(db, 'system', province.id, YEAR, { includeUnpublished: true })));
  const aggregate = aggregated.value;
  console.log(`${dialect}: province aggregate of ${aggregate.value.parts.length} reports: ${s(aggregate.wall)} wall, ${s(aggregate.cpu)} CPU${aggregated.text}; everything ${s(batch.wall + aggregate.wall)} wall, ${s(batch.cpu + aggregate.cpu)} CPU (target < 60 s) [load ${load()}]`);
}

export async function run(): Promise<void> {
  if (!optedIn()) {
    console.log('province: skipped (opt-in, minutes of data loading: BENCH_SCALE=province npm run bench -- province)');
    return;
  }
  for (const dialect of (process.env.DIALECTS ?? 'sqlite,postgres').split(',')) {
    const started = await timed(async () => {
      try {
        return dialect === 'sqlite' ? await loadSqlite() : await loadPostgres();
      } catch (error) {
        if (dialect !== 'postgres') throw error;
        console.log(`postgres: ${(error as Error).message}`);
        return undefined;
      }
    });
    if (!started.value) {
      console.log(`${dialect}: skipped`);
      continue;
    }
    const loaded: Loaded = started.value;
    console.log(`${dialect}: ${ORGS} organisations, ${(ORGS * SIZE.itemsPerOrganisation).toLocaleString('en')} items, ${(ORGS * SIZE.casesPerOrganisation).toLocaleString('en')} applications loaded in ${s(started.wall)} wall, ${s(started.cpu)} CPU [load ${load()}]`);
    try {
      await measure(dialect, loaded);
    } finally {
      await loaded.dispose();
    }
  }
}
