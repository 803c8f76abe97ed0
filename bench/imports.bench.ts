/**
 * Imports and counting at scale, on SQLite (a temp file; the embedded default):
 *
 * 1. `items import --publish` of generated items: its own bench, `npm run bench -- items-import`
 *    (bench/items-import.bench.ts), with rows/s and CPU seconds.
 * 2. `applications import` of a 100,000-case ledger (BENCH_IMPORT_CASES) from CSV, and re-importing
 *    it (nothing changes).
 * 3. `report tables` (tables 三 and 四) for that one organisation at 100,000 cases: p50 and max of
 *    20 runs (target < 100 ms).
 * 4. A county of 500 organisations (BENCH_COUNTY_ORGS) with 200 cases each: every organisation's
 *    tables one after another, and the county's table 三 summed in one grouped query.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest } from '../src/db/migrations/index.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { seedOrganisations } from '../src/domains/accounts/index.ts';
import type { CommandContext } from '../src/domains/accounts/index.ts';
import { countableCaseClasses, countApplicationsTable, importApplicationLedger, reportTablesDocument } from '../src/domains/requests/index.ts';
import { fixedClock } from '../src/domains/shared/clock.ts';

const CASES = Number(process.env.BENCH_IMPORT_CASES ?? 100_000);
const COUNTY_ORGS = Number(process.env.BENCH_COUNTY_ORGS ?? 500);
const CASES_PER_ORG = 200;
const YEAR = 2025;
const ctx: CommandContext = { actor: 'system', clock: fixedClock('2026-12-01T02:00:00.000Z'), ip: null };

const OUTCOMES = ['予以公开', '予以公开', '部分公开', '本机关不掌握相关政府信息', '属于三类内部事务信息', '重复申请', '信访举报投诉类申请', '其他'];
const TYPES = ['自然人', '自然人', '自然人', '商业企业', '法律服务机构', '社会公益组织', '科研机构', '其他'];
const CHANNELS = ['当面', '网络', '邮寄', '电子邮件', '传真'];

const date = (i: number, spanDays: number, from = Date.UTC(YEAR - 1, 0, 1)) => new Date(from + (i % spanDays) * 86_400_000).toISOString().slice(0, 10);
const ms = (start: number) => performance.now() - start;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

function ledgerFile(n: number, prefix: string): Uint8Array {
  const lines = ['申请编号,收到日期,收到方式,申请人类型,补正后收到日期,延期,办结日期,办理结果,收费金额'];
  for (let i = 0; i < n; i++) {
    const received = date(i * 7, 700);
    const open = i % 50 === 0;
    const closed = open ? '' : new Date(Date.parse(`${received}T00:00:00Z`) + (8 + (i % 15)) * 86_400_000).toISOString().slice(0, 10);
    lines.push([`${prefix}${String(i + 1).padStart(6, '0')}`, received, CHANNELS[i % CHANNELS.length], TYPES[i % TYPES.length], '', i % 13 === 0 ? '是' : '否', closed, open ? '' : OUTCOMES[i % OUTCOMES.length], ''].join(','));
  }
  return new TextEncoder().encode(lines.join('\n'));
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-imports-'));
  const opened = openDatabase({ dataDir: dir });
  try {
    const db = opened.db;
    await migrateToLatest(db);
    await seedOrganisations(db, COUNTY_ORGS);
    console.log(`machine load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores)`);
    const county = await db.selectFrom('organisations').select(['id', 'name', 'code', 'kind']).where('code', 'like', 'bench-%').where('code', '!=', 'bench-root').orderBy('created_at').execute();

    const office = county[0]!;
    const ledger = ledgerFile(CASES, 'YSQ');
    let start = performance.now();
    const imported = await importApplicationLedger(db, ctx, { organisationId: office.id, fileName: 'ledger.csv', bytes: ledger });
    console.log(`applications import: ${fmt(imported.inserted)} cases in ${fmt(ms(start) / 1000)} s`);
    start = performance.now();
    const again = await importApplicationLedger(db, ctx, { organisationId: office.id, fileName: 'ledger.csv', bytes: ledger });
    console.log(`applications import again: ${fmt(again.unchanged)} unchanged, ${again.inserted + again.updated} written, in ${fmt(ms(start) / 1000)} s`);

    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      start = performance.now();
      await reportTablesDocument(db, office, YEAR);
      times.push(ms(start));
    }
    times.sort((a, b) => a - b);
    console.log(`report tables, one organisation, ${fmt(CASES)} cases: p50 ${fmt(times[10]!)} ms, max ${fmt(times.at(-1)!)} ms (target < 100 ms)`);

    start = performance.now();
    for (const [i, org] of county.entries()) {
      if (org.id === office.id) continue;
      await importApplicationLedger(db, ctx, { organisationId: org.id, fileName: 'ledger.csv', bytes: ledgerFile(CASES_PER_ORG, `C${i}-`) });
    }
    console.log(`county: ${county.length - 1} more ledgers of ${CASES_PER_ORG} cases imported in ${fmt(ms(start) / 1000)} s`);
    start = performance.now();
    for (const org of county) await reportTablesDocument(db, org, YEAR);
    const each = ms(start);
    console.log(`report tables for each of ${county.length} organisations: ${fmt(each)} ms in all (${fmt(each / county.length)} ms each)`);
    start = performance.now();
    const classes = await countableCaseClasses(db, county.map((o) => o.id), YEAR);
    const summed = countApplicationsTable(classes, YEAR);
    console.log(`county table 三 in one grouped query over ${county.length} organisations: ${fmt(ms(start))} ms (本年新收 ${fmt(Number(summed.newReceived.total))})`);
  } finally {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
