/**
 * Portal bench (issue 7): with BENCH_ITEMS (default 100,000) generated published items on SQLite
 * (the embedded default; BENCH_DATABASE_URL=postgres://… for PostgreSQL), the time to rebuild the
 * search index, then the item page, a column page (first and a deep page), search (page and JSON
 * API) and a bare Fastify route sending the item page's bytes, each measured twice: one connection
 * (sequential: the latency of one request) and 10 concurrent connections (throughput and the
 * percentiles under load), with the server's CPU time per request (steady on a shared machine).
 * Load comes from a child process (portal-load.ts), over loopback only.
 * Item, column and catalog pages are rendered once per change and kept (web/portal/
 * portal-page-cache.ts): every path is requested once before measuring, so the figures are the
 * steady state (one stamp read per request; on PostgreSQL none while the stamps are kept, see
 * BENCH_PG_STAMPS below); the first request of an item page (rendering it) is
 * measured apart, on items never requested before.
 * Targets: item and column pages p99 < 50 ms and within 3× of the bare route; search p95 < 50 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import pino from 'pino';
import pg from 'pg';
import { migrateToLatest, openDatabase } from '../src/db/index.ts';
import type { OpenedDatabase } from '../src/db/open-database.ts';
import { seedDemo, seedOrganisations } from '../src/domains/accounts/index.ts';
import { rebuildSearchIndex } from '../src/domains/publishing/index.ts';
import { systemClock } from '../src/domains/shared/clock.ts';
import { buildApp } from '../src/web/app.ts';
import { servicesFor } from '../src/web/services.ts';
import { listenForChanges } from '../src/db/change-listener.ts';
import { PORTAL_STAMP_CHANNEL } from '../src/db/migrations/2026-12-02-stamp-notify-pg.ts';
import { notifiedStamps, perRequestStamps } from '../src/web/portal/portal-stamps.ts';
import { generatePortal } from './portal-data.ts';
import { load } from './portal-load.ts';
import type { LoadResult } from './portal-load.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENT = 10;
const ROUNDS = Number(process.env.BENCH_PAIR_ROUNDS ?? 5);
const PAIR_SECONDS = 2;

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const ORGANISATIONS = 50;

const SEARCHES = ['公开', '财政', '工作日', '征地补偿', '2024年', '危房改造 公示', '高标准农田建设', '没有这个词'];

async function openBenchDatabase(): Promise<{ opened: OpenedDatabase; where: string; schema?: string; dispose(): Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const opened = openDatabase({ databaseUrl: url, schema, poolMax: 10 });
    return {
      opened,
      where: `PostgreSQL (schema ${schema})`,
      schema,
      async dispose() {
        await opened.close();
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`drop schema ${schema} cascade`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-portal-'));
  const opened = openDatabase({ sqliteFile: join(dir, 'bench.db') });
  return { opened, where: 'SQLite', dispose: async () => (await opened.close(), rmSync(dir, { recursive: true, force: true })) };
}

function line(name: string, r: LoadResult): string {
  const f = (n: number) => n.toFixed(1).padStart(6);
  return `  ${name.padEnd(44)} ${r.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${f(r.p50Ms)}  p95 ${f(r.p95Ms)}  p99 ${f(r.p99Ms)}  max ${f(r.maxMs)} ms  cpu ${r.serverCpuMs.toFixed(2)} ms/req${r.errors ? `  ERRORS ${r.errors}` : ''}`;
}

export async function run(): Promise<void> {
  const { opened, where, schema, dispose } = await openBenchDatabase();
  try {
    const db = opened.db;
    await migrateToLatest(db);
    await seedDemo(db, systemClock);
    await seedOrganisations(db, ORGANISATIONS, systemClock);
    let started = performance.now();
    const generated = await generatePortal(db, ITEMS);
    const insertSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const cpuBefore = process.cpuUsage();
    const indexed = await rebuildSearchIndex(db);
    const rebuildSeconds = (performance.now() - started) / 1000;
    const rebuildCpu = process.cpuUsage(cpuBefore);
    const rebuildCpuSeconds = (rebuildCpu.user + rebuildCpu.system) / 1e6;
    console.log(
      `portal: ${ITEMS} items on ${where}: generated and inserted in ${insertSeconds.toFixed(1)} s; ` +
        `search index rebuilt (${indexed} items) in ${rebuildSeconds.toFixed(1)} s (${rebuildCpuSeconds.toFixed(1)} s CPU of this process; load average ${loadavg()[0]!.toFixed(1)})`,
    );

    // PostgreSQL: the stamps kept between notifications, as `gongkai serve` does (services.ts);
    // BENCH_PG_STAMPS=per-request reads one per request instead (the figures before that).
    const url = process.env.BENCH_DATABASE_URL;
    const listener =
      url && process.env.BENCH_PG_STAMPS !== 'per-request'
        ? listenForChanges({ databaseUrl: url, schema, channel: PORTAL_STAMP_CHANNEL })
        : undefined;
    const stamps = listener ? notifiedStamps(db, listener) : perRequestStamps(db);
    console.log(`  portal stamps: ${listener ? 'kept between PostgreSQL notifications' : 'read per request'}`);
    const app = await buildApp(servicesFor(db, opened.dialect, systemClock, async () => undefined, undefined, stamps), {
      cookieSecret: 'bench-cookie-secret-0123456789abcdef0123456789',
      secureCookies: false,
      trustProxy: false,
      bodyLimit: 64 * 1024,
      signInRateLimit: 10,
      formRateLimit: 30,
      logLevel: 'info',
      logStream: pino.destination({ dest: '/dev/null', sync: false }),
    });
    const origin = await app.listen({ host: '127.0.0.1', port: 0 });
    const itemPaths = generated.sample.map((s) => `/o/${s.code}/items/${s.id}`);
    const itemPage = await fetch(`${origin}${itemPaths[0]}`);
    const itemBytes = Buffer.from(await itemPage.arrayBuffer());
    if (itemPage.status !== 200) throw new Error(`item page answered ${itemPage.status}`);
    const bare = Fastify({ logger: false });
    bare.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').send(itemBytes));
    const bareOrigin = await bare.listen({ host: '127.0.0.1', port: 0 });

    const column = `/o/${generated.busy.code}/columns/${generated.busy.column.code}`;
    const deepPage = Math.max(1, Math.floor(generated.busy.items / 20 / 2));
    const searchPaths = SEARCHES.map((q) => `/search?q=${encodeURIComponent(q)}`);
    const apiPaths = SEARCHES.map((q) => `/api/v1/search?q=${encodeURIComponent(q)}`);
    const filtered = SEARCHES.map((q) => `/api/v1/search?q=${encodeURIComponent(q)}&org=${generated.busy.code}&from=2024-01-01&to=2025-12-31`);
    const targets: [string, string, string[]][] = [
      ['bare route (item page bytes)', bareOrigin, ['/']],
      [`item page (${itemPaths.length} items cycled)`, origin, itemPaths],
      [`column page 1 (${generated.busy.items} items)`, origin, [column]],
      [`column page ${deepPage}`, origin, [`${column}?page=${deepPage}`]],
      [`search page (${SEARCHES.length} queries)`, origin, searchPaths],
      ['search API', origin, apiPaths],
      ['search API, org + date filters', origin, filtered],
    ];
    for (const [, o, paths] of targets) {
      for (const path of paths) await (await fetch(`${o}${path}`)).arrayBuffer(); // each page rendered once
      await load(o, paths, { connections: 2, seconds: 1 }); // warm-up
    }
    console.log(`  ${SECONDS} s each; load from a child process; ${availableParallelism()} cores; load average ${loadavg()[0]!.toFixed(1)}`);
    console.log(`  queries: ${SEARCHES.join(' | ')}`);
    const results = new Map<string, { one: LoadResult; many: LoadResult }>();
    for (const [name, o, paths] of targets) {
      const one = await load(o, paths, { connections: 1, seconds: SECONDS });
      const many = await load(o, paths, { connections: CONCURRENT, seconds: SECONDS });
      results.set(name, { one, many });
      console.log(line(`${name}, 1 connection`, one));
      console.log(line(`${name}, ${CONCURRENT} connections`, many));
    }
    // The first request of an item page: rendered from the database (then kept).
    const freshPaths = generated.fresh.map((s) => `/o/${s.code}/items/${s.id}`);
    const first = await load(origin, freshPaths, { connections: 1, seconds: 60, requests: freshPaths.length });
    console.log(line(`item page, first request (${first.requests} items, rendered)`, first));
    // Each search query alone (sequential): which queries are slow.
    console.log('  per query (search API, 1 connection, 1 s each):');
    for (const q of SEARCHES) {
      const r = await load(origin, [`/api/v1/search?q=${encodeURIComponent(q)}`], { connections: 1, seconds: 1 });
      const json = (await (await fetch(`${origin}/api/v1/search?q=${encodeURIComponent(q)}`)).json()) as { total: number; totalCapped?: true };
      const total = `${json.total}${json.totalCapped ? '+' : ''}`;
      console.log(`    ${q.padEnd(12)} ${total.padStart(7)} matches  p50 ${r.p50Ms.toFixed(1)} ms  p95 ${r.p95Ms.toFixed(1)} ms  p99 ${r.p99Ms.toFixed(1)} ms  cpu ${r.serverCpuMs.toFixed(2)} ms/req`);
    }
    // The ratios to the bare route: the bare route's own speed drifts by up to 2× between runs on a
    // shared machine, so each page is measured right after the bare route, in ROUNDS interleaved
    // pairs, and the median of the pairs' ratios is the figure.
    const pairRatios = new Map<string, { rps: number[]; cpu: number[] }>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, o, paths] of targets.slice(1, 4)) {
        const b = await load(bareOrigin, ['/'], { connections: CONCURRENT, seconds: PAIR_SECONDS });
        const r = await load(o, paths, { connections: CONCURRENT, seconds: PAIR_SECONDS });
        const entry = pairRatios.get(name) ?? { rps: [], cpu: [] };
        entry.rps.push(b.requestsPerSecond / r.requestsPerSecond);
        entry.cpu.push(r.serverCpuMs / b.serverCpuMs);
        pairRatios.set(name, entry);
      }
    }
    await app.close();
    await bare.close();
    await listener?.close();

    const get = (prefix: string) => [...results].find(([name]) => name.startsWith(prefix))![1];
    const bareR = get('bare').many;
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    const rows: [string, string, string, string][] = [];
    for (const prefix of ['item page', 'column page 1', `column page ${deepPage}`]) {
      const r = get(prefix).many;
      const pairs = [...pairRatios].find(([name]) => name.startsWith(prefix))![1];
      const ratio = median(pairs.rps);
      const cpuRatio = median(pairs.cpu);
      const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
      console.log(`  ${prefix}: ${ROUNDS} interleaved pairs with the bare route: req/s ratios ${spread(pairs.rps)}, CPU ratios ${spread(pairs.cpu)} (single run above: ${(bareR.requestsPerSecond / r.requestsPerSecond).toFixed(2)}× / ${(r.serverCpuMs / bareR.serverCpuMs).toFixed(2)}×)`);
      rows.push([`${prefix}: p99 (${CONCURRENT} connections)`, `${r.p99Ms.toFixed(1)} ms`, '< 50 ms', verdict(r.p99Ms < 50)]);
      rows.push([`${prefix}: bare req/s ÷ page req/s (median)`, `${ratio.toFixed(2)}×`, '≤ 3×', verdict(ratio <= 3)]);
      rows.push([`${prefix}: server CPU per request ÷ bare's (median)`, `${cpuRatio.toFixed(2)}×`, '≤ 3×', verdict(cpuRatio <= 3)]);
    }
    for (const prefix of ['search page', 'search API']) {
      const r = get(prefix);
      rows.push([`${prefix}: p95 (1 connection)`, `${r.one.p95Ms.toFixed(1)} ms`, '< 50 ms', verdict(r.one.p95Ms < 50)]);
      rows.push([`${prefix}: p95 (${CONCURRENT} connections)`, `${r.many.p95Ms.toFixed(1)} ms`, '< 50 ms', verdict(r.many.p95Ms < 50)]);
    }
    console.log('');
    console.log(`  target (issue 7, ${ITEMS} items)`.padEnd(60) + 'measured   target   result');
    for (const [what, measured, target, result] of rows) console.log(`  ${what.padEnd(58)}${measured.padStart(9)}  ${target.padStart(7)}   ${result}`);
    console.log(`  rebuild of the search index: ${rebuildSeconds.toFixed(1)} s, ${rebuildCpuSeconds.toFixed(1)} s CPU (${((indexed / rebuildSeconds) | 0)} items/s)`);
  } finally {
    await dispose();
  }
}
