/**
 * `gongkai appeals import FILE --org CODE` as a real child process on SQLite in a temporary
 * GONGKAI_DATA_DIR: a good ledger imports, again changes nothing; a bad one is refused line by line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import { findOrganisationByCode } from '../../src/domains/accounts/index.ts';
import { computeAppealsTable } from '../../src/domains/requests/registers/index.ts';
import { runGongkaiSync } from '../support/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-appeals-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { GONGKAI_DATA_DIR: join(work, 'data') };
const gongkai = (...args: string[]) => runGongkaiSync(args, { env, cwd: work });

async function table2025() {
  const opened = openDatabase({ dataDir: env.GONGKAI_DATA_DIR });
  try {
    const org = await findOrganisationByCode(opened.db, 'cli-town');
    return await computeAppealsTable(opened.db, org!.id, 2025);
  } finally {
    await opened.close();
  }
}

describe('gongkai appeals import', { timeout: 240_000 }, () => {
  const good = join(work, '台账.csv');
  writeFileSync(good, ['类型,是否经复议,立案日期,结果,结案日期,关联申请编号', '行政复议,否,2025-02-03,维持,2025-04-01,YS-1', '行政诉讼,是,2025-11-20,尚未审结,,YS-1'].join('\n'));

  it('imports a ledger, and a second run changes nothing', async () => {
    expect(gongkai('migrate').status).toBe(0);
    // A root is a people's government; the township sits under its county (issue 11 item 4).
    expect(gongkai('org', 'create', '--code', 'cli-county', '--name', '测试县人民政府', '--kind', 'county_government').status).toBe(0);
    expect(gongkai('org', 'create', '--code', 'cli-town', '--name', '测试镇人民政府', '--kind', 'township', '--parent', 'cli-county').status).toBe(0);
    const first = gongkai('appeals', 'import', good, '--org', 'cli-town');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('读取 2 行，新增 2 件，更新 0 件，未变 0 件');
    const second = gongkai('appeals', 'import', good, '--org', 'cli-town');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('新增 0 件，更新 0 件，未变 2 件');
    expect((await table2025()).litigationAfterReview).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
  });

  it('refuses a bad ledger with every line and reason, writing nothing', async () => {
    const bad = join(work, 'bad.jsonl');
    writeFileSync(bad, [JSON.stringify({ 类型: '行政复议', 立案日期: '2025-03-01', 结果: '维持', 结案日期: '2025-04-01' }), JSON.stringify({ 类型: '行政复议', 立案日期: '2025-02-29', 结果: '胜诉' })].join('\n'));
    const run = gongkai('appeals', 'import', bad, '--org', 'cli-town');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('第2行：立案日期“2025-02-29”不是存在的日期');
    expect(run.stderr).toContain('第2行：未知结果“胜诉”');
    expect(run.stderr).toContain('整个文件未导入');
    expect((await table2025()).review.total).toBe(1);
    expect(gongkai('appeals', 'import', good, '--org', 'nowhere').stderr).toContain('未找到机构代码“nowhere”');
  });
});
