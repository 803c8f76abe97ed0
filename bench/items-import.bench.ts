/**
 * `npm run bench -- items-import`: `items import --publish` of BENCH_IMPORT_ITEMS generated items
 * (default 100,000; issue 7 item 5: "well under a minute" on SQLite) from JSON Lines into a fresh
 * SQLite file: parse, sanitise, privacy scan, 索引号, batched inserts and the search index, in one
 * transaction. Prints rows/s and the CPU seconds of the import (user + system, from
 * process.cpuUsage: wall time is noisy on a shared machine), with the load average.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest } from '../src/db/migrations/index.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { findOrganisationByCode, seedOrganisations } from '../src/domains/accounts/index.ts';
import type { CommandContext } from '../src/domains/accounts/index.ts';
import { importItems } from '../src/domains/publishing/index.ts';
import { fixedClock } from '../src/domains/shared/clock.ts';

const ITEMS = Number(process.env.BENCH_IMPORT_ITEMS ?? 100_000);
const ctx: CommandContext = { actor: 'system', clock: fixedClock('2026-12-01T02:00:00.000Z'), ip: null };

const COLUMNS = ['jgzn', 'xzgfxwj', 'qtwj', 'ghjh', 'tjxx', 'czzj', 'nyzc', 'zjd', 'snbt', 'shjz', 'aqsc', '社会救助/低保'];
const WORDS = ['乡村振兴', '财政预算', '农村危房改造', '耕地地力保护补贴', '安全生产', '人居环境整治', '义务教育', '养老服务', '征地补偿', '宅基地审批'];

const date = (i: number, spanDays: number, from = Date.UTC(2024, 0, 1)) => new Date(from + (i % spanDays) * 86_400_000).toISOString().slice(0, 10);
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** `n` items over two years and 11 columns; one in ten has a phone number (a privacy finding). */
export function itemsFile(n: number): Uint8Array {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const word = WORDS[i % WORDS.length]!;
    const column = COLUMNS[i % (COLUMNS.length - 1)]!;
    const publishedOn = date(i, 700);
    lines.push(JSON.stringify({
      title: `关于${word}工作的第${i + 1}号通知`,
      body: `<p>为做好${word}工作，现将有关事项通知如下。</p><p>一、提高认识，加强领导。二、明确任务，压实责任。三、强化督导，确保实效。</p>${i % 10 === 0 ? `<p>联系电话：0379-6822${String(i % 10000).padStart(4, '0')}</p>` : ''}`,
      column, madeOn: publishedOn, publishedOn, docNumber: `水政〔${publishedOn.slice(0, 4)}〕${i + 1}号`, keywords: word,
      ...(column === 'xzgfxwj' ? { validity: i % 7 === 0 ? '废止' : '有效' } : {}),
    }));
  }
  return new TextEncoder().encode(lines.join('\n'));
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-items-import-'));
  const opened = openDatabase({ dataDir: dir });
  try {
    const db = opened.db;
    await migrateToLatest(db);
    await seedOrganisations(db, 3);
    const township = await db.selectFrom('organisations').select('code').where('kind', '=', 'township').orderBy('created_at').executeTakeFirstOrThrow();
    const town = (await findOrganisationByCode(db, township.code))!;
    const bytes = itemsFile(ITEMS);
    console.log(`machine load average before ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores)`);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await importItems(db, ctx, { organisationId: town.id, fileName: 'items.jsonl', bytes, publish: true });
    const wall = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(
      `items import --publish: ${fmt(result.rows)} rows, ${fmt(result.published)} published, ${fmt(result.findings.length)} with privacy findings; ` +
        `CPU ${cpuSeconds.toFixed(1)} s (user ${(used.user / 1e6).toFixed(1)}, system ${(used.system / 1e6).toFixed(1)}), ` +
        `${fmt(result.rows / cpuSeconds)} rows per CPU second; wall ${wall.toFixed(1)} s (${fmt(result.rows / wall)} rows/s)`,
    );
    console.log(`machine load average after ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores)`);
  } finally {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
