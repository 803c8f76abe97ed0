/**
 * `gongkai report import --org CODE --year YEAR FILE|URL` as a real child process on SQLite in a
 * temporary GONGKAI_DATA_DIR: a file becomes the subordinate's imported report; a URL on a local
 * server is refused as loopback unless allowed; refusals exit 2 with the reason and write nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { createOrganisation } from '../../src/domains/accounts/index.ts';
import type { Organisation } from '../../src/domains/accounts/index.ts';
import { renderReport } from '../../src/domains/reports/index.ts';
import { randomReport, seededRandom } from '../../src/domains/reports/testing/index.ts';
import { fixedClock } from '../../src/domains/shared/clock.ts';
import { runGongkai } from '../support/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-report-import-cli-'));
const env = { GONGKAI_DATA_DIR: join(work, 'data') };
const gongkai = (args: string[], extra: Record<string, string> = {}) => runGongkai(args, { env: { ...env, ...extra }, cwd: work, timeout: 120_000 });
const report = renderReport(randomReport(seededRandom(41), { year: 2024, agency: '测试县教育局' }), 'html');

describe('gongkai report import', { timeout: 300_000 }, () => {
  const orgs: Record<string, Organisation> = {};
  let server: http.Server;
  let base = '';

  async function importedOf(org: Organisation) {
    const opened = openDatabase({ dataDir: env.GONGKAI_DATA_DIR });
    try {
      return await opened.db.selectFrom('annual_reports').select(['source', 'status', 'source_name', 'year']).where('organisation_id', '=', org.id).orderBy('revision').execute();
    } finally {
      await opened.close();
    }
  }

  beforeAll(async () => {
    const opened = openDatabase({ dataDir: env.GONGKAI_DATA_DIR });
    try {
      await migrateToLatest(opened.db);
      const ctx = { actor: 'system' as const, clock: fixedClock('2026-01-20T02:00:00.000Z') };
      orgs.county = await createOrganisation(opened.db, ctx, { code: 'imp-county', name: '测试县人民政府', kind: 'county_government' });
      orgs.dept = await createOrganisation(opened.db, ctx, { code: 'imp-dept', name: '测试县教育局', kind: 'department', parentId: orgs.county.id });
      orgs.fin = await createOrganisation(opened.db, ctx, { code: 'imp-fin', name: '测试县财政局', kind: 'department', parentId: orgs.county.id });
    } finally {
      await opened.close();
    }
    writeFileSync(join(work, 'report.html'), report);
    writeFileSync(join(work, 'notice.txt'), '关于召开会议的通知');
    server = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(report));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(work, { recursive: true, force: true });
  });

  it('imports a file as the subordinate\'s report of the year', async () => {
    const run = await gongkai(['report', 'import', '--org', 'imp-dept', '--year', '2024', 'report.html']);
    expect(run.stdout).toContain('测试县教育局 2024年度报告已导入（第1版，2021年版表格）');
    expect([0, 1]).toContain(run.status);
    expect(await importedOf(orgs.dept!)).toEqual([{ source: 'imported', status: 'published', source_name: 'report.html', year: 2024 }]);
  });

  it('refuses with the reason and exit 2: not a report, a wrong year, the root organisation', async () => {
    const notReport = await gongkai(['report', 'import', '--org', 'imp-fin', '--year', '2024', 'notice.txt']);
    expect([notReport.status, notReport.stderr]).toEqual([2, expect.stringContaining('该文件不是政府信息公开工作年度报告')]);
    const wrongYear = await gongkai(['report', 'import', '--org', 'imp-fin', '--year', '2023', 'report.html']);
    expect([wrongYear.status, wrongYear.stderr]).toEqual([2, expect.stringContaining('文件中的报告年度为2024年，与所选年度不符')]);
    const root = await gongkai(['report', 'import', '--org', 'imp-county', '--year', '2024', 'report.html']);
    expect([root.status, root.stderr]).toEqual([2, expect.stringContaining('没有上级机关')]);
    expect(await importedOf(orgs.fin!)).toEqual([]);
  });

  it('fetches a URL: a loopback server is refused unless private addresses are allowed', async () => {
    const refused = await gongkai(['report', 'import', '--org', 'imp-fin', '--year', '2024', `${base}/r.html`]);
    expect([refused.status, refused.stderr]).toEqual([2, expect.stringContaining('拒绝获取：拒绝访问非公网地址 127.0.0.1（本机回环地址）')]);
    expect(await importedOf(orgs.fin!)).toEqual([]);
    const allowed = await gongkai(['report', 'import', '--org', 'imp-fin', '--year', '2024', `${base}/r.html`], { GONGKAI_FETCH_ALLOW_PRIVATE: '1' });
    expect(allowed.stdout).toContain('测试县财政局 2024年度报告已导入');
    expect(await importedOf(orgs.fin!)).toEqual([{ source: 'imported', status: 'published', source_name: `${base}/r.html`, year: 2024 }]);
  });
});
