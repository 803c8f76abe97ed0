/**
 * CPU time per search (the domain function, in-process, SQLite), without HTTP: steadier than the
 * portal bench's request figures on a shared machine. Not a `*.bench.ts` (npm run bench runs the
 * portal bench for the HTTP figures); run directly:
 *
 *   node --import tsx bench/search-cpu.ts [DB_FILE]
 *
 * With DB_FILE the generated database is kept and reused (pending migrations are applied first),
 * so code before and after a change is measured on the same data. BENCH_ITEMS (default 100,000).
 * With BENCH_DATABASE_URL=postgres://… and BENCH_PG_SCHEMA=NAME, PostgreSQL in that schema (kept,
 * reused when it has items); there the server's work is not this process's CPU, so wall time is
 * printed too, and the CPU of the PostgreSQL server processes serving this bench (from /proc,
 * when the server runs on this machine) averaged per query.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import pg from 'pg';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openDatabase } from '../src/db/index.ts';
import { seedDemo, seedOrganisations } from '../src/domains/accounts/index.ts';
import { rebuildSearchIndex } from '../src/domains/publishing/index.ts';
import { searchDocuments } from '../src/domains/publishing/search/index.ts';
import type { SearchQuery } from '../src/domains/publishing/search/index.ts';
import { systemClock } from '../src/domains/shared/clock.ts';
import { generatePortal } from './portal-data.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

const url = process.env.BENCH_DATABASE_URL;
const schema = process.env.BENCH_PG_SCHEMA ?? 'bench_search_cpu';
const file = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), 'gongkai-search-cpu-')), 'bench.db');
let fresh = !existsSync(file);
if (url) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  fresh = (await admin.query('select 1 from information_schema.schemata where schema_name = $1', [schema])).rowCount === 0;
  if (fresh) await admin.query(`create schema ${schema}`);
  await admin.end();
}
// PostgreSQL's connections named, so their server processes' CPU can be read (serverCpuMs below).
const APPLICATION = 'gongkai_search_cpu';
const named = url && `${url}${url.includes('?') ? '&' : '?'}application_name=${APPLICATION}`;
const opened = named ? openDatabase({ databaseUrl: named, schema, poolMax: 4 }) : openDatabase({ sqliteFile: file });
const where = url ? `PostgreSQL schema ${schema}` : `SQLite, ${file}`;
const db = opened.db;
await migrateToLatest(db);
let busy = 'yichuan-shuizhai';
if (fresh) {
  await seedDemo(db, systemClock);
  await seedOrganisations(db, 50, systemClock);
  const generated = await generatePortal(db, ITEMS);
  busy = generated.busy.code;
  await rebuildSearchIndex(db);
}

/**
 * CPU time (ms) of this bench's PostgreSQL server processes so far, from /proc (the server on
 * this machine), or undefined when they cannot be read. Clock ticks of 10 ms: read over a round.
 */
async function serverCpuMs(): Promise<number | undefined> {
  if (!url) return undefined;
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where application_name = ${APPLICATION}`.execute(db);
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return undefined;
    }
  }
  return ticks * 10;
}

const queries: [string, SearchQuery][] = [
  ['公开', { q: '公开' }],
  ['财政', { q: '财政' }],
  ['工作日', { q: '工作日' }],
  ['2024年', { q: '2024年' }],
  ['征地补偿', { q: '征地补偿' }],
  ['危房改造 公示', { q: '危房改造 公示' }],
  ['没有这个词', { q: '没有这个词' }],
  ['公开 org+dates', { q: '公开', org: busy, from: '2024-01-01', to: '2025-12-31' }],
  ['工作日 org+dates', { q: '工作日', org: busy, from: '2024-01-01', to: '2025-12-31' }],
  ['公开 page 30', { q: '公开', page: 30 }],
];

console.log(`search CPU per query, ${where}; ${ROUNDS} rounds each; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const [name, query] of queries) {
  const first = await searchDocuments(db, query);
  for (let i = 0; i < 3; i++) await searchDocuments(db, query);
  const samples: number[] = [];
  const walls: number[] = [];
  const serverBefore = await serverCpuMs();
  for (let i = 0; i < ROUNDS; i++) {
    const before = process.cpuUsage();
    const started = performance.now();
    await searchDocuments(db, query);
    walls.push(performance.now() - started);
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / 1000);
  }
  const serverAfter = await serverCpuMs();
  const server = serverBefore !== undefined && serverAfter !== undefined ? (serverAfter - serverBefore) / ROUNDS : undefined;
  const at = (list: number[], p: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(p * list.length))]!;
  const total = `${first.total}${first.totalCapped ? '+' : ''}`;
  const f = (n: number) => n.toFixed(2).padStart(6);
  console.log(
    `  ${name.padEnd(18)} ${total.padStart(6)} matches  cpu p50 ${f(at(samples, 0.5))} ms  p95 ${f(at(samples, 0.95))} ms` +
      (url ? `  wall p50 ${f(at(walls, 0.5))} ms  p95 ${f(at(walls, 0.95))} ms` : '') +
      (server !== undefined ? `  server cpu ${f(server)} ms/query` : '') +
      `  (${first.items.length} on page)`,
  );
}
console.log(`  load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
await opened.close();
