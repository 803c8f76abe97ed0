/**
 * `gongkai report generate` and `gongkai report aggregate` as real child processes on SQLite in a
 * temporary GONGKAI_DATA_DIR, over a year of records: the generated JSON carries the counted
 * tables; `gongkai audit` reads the generated HTML and DOCX (2021 and 2019 formats) back to the
 * same tables with no error; the aggregate is the sum of the published parts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { createOrganisation } from '../../src/domains/accounts/index.ts';
import type { Organisation } from '../../src/domains/accounts/index.ts';
import { acknowledgeWarning, cellAt, cellPaths, checkAnnualReportCommand, generateAnnualReport, publishAnnualReport, recordSources } from '../../src/domains/annual-reports/index.ts';
import type { AnnualReport } from '../../src/domains/reports/index.ts';
import { fixedClock } from '../../src/domains/shared/clock.ts';
import { insertYearOfRecords, randomYearOfRecords, recordsRandom } from '../support/report-records.ts';
import { runGongkai } from '../support/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-report-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { GONGKAI_DATA_DIR: join(work, 'data') };
const gongkai = (...args: string[]) => runGongkai(args, { env, cwd: work, timeout: 120_000 });
const CLOCK = fixedClock('2026-01-20T02:00:00.000Z');

const tables = (report: AnnualReport) => ({ format: report.format, year: report.year, active: report.active, applications: report.applications, appeals: report.appeals });

describe('gongkai report', { timeout: 600_000 }, () => {
  const orgs: Record<string, Organisation> = {};

  beforeAll(async () => {
    const opened = openDatabase({ dataDir: env.GONGKAI_DATA_DIR });
    try {
      await migrateToLatest(opened.db);
      const ctx = { actor: 'system' as const, clock: CLOCK };
      orgs.county = await createOrganisation(opened.db, ctx, { code: 'cli-county', name: '测试县人民政府', kind: 'county_government' });
      orgs.town = await createOrganisation(opened.db, ctx, { code: 'cli-town', name: '测试镇人民政府', kind: 'township', parentId: orgs.county.id });
      orgs.dept = await createOrganisation(opened.db, ctx, { code: 'cli-dept', name: '测试县教育局', kind: 'department', parentId: orgs.county.id });
      await insertYearOfRecords(opened.db, orgs.town, 2025, randomYearOfRecords(recordsRandom(7), 2025));
      await insertYearOfRecords(opened.db, orgs.town, 2020, randomYearOfRecords(recordsRandom(8), 2020));
      await insertYearOfRecords(opened.db, orgs.dept, 2025, randomYearOfRecords(recordsRandom(9), 2025));
    } finally {
      await opened.close();
    }
  });

  for (const year of [2025, 2020]) {
    it(`generates the ${year} report in every format, and the auditor reads HTML and DOCX back to the same tables with no error`, async () => {
      const files = Object.fromEntries(['json', 'html', 'docx', 'xlsx'].map((f) => [f, join(work, `town-${year}.${f}`)]));
      for (const format of year === 2025 ? ['json', 'html', 'docx', 'xlsx'] : ['json', 'html', 'docx']) {
        const run = await gongkai('report', 'generate', '--org', 'cli-town', '--year', String(year), '--format', format, '--out', files[format]!);
        expect(run.stderr).toContain(`测试镇人民政府 ${year}年度报告`);
        expect(run.status).toBe(0);
      }
      const generated = JSON.parse(readFileSync(files.json!, 'utf8')) as AnnualReport;
      expect(generated.schema).toBe('gongkai.annual-report/1');
      expect(generated.format).toBe(year >= 2021 ? '2021' : '2019');
      expect(cellPaths(generated.format).filter((p) => (cellAt(generated, p) ?? 0) > 0).length).toBeGreaterThan(15);
      if (year === 2025) expect(readFileSync(files.xlsx!).subarray(0, 2).toString()).toBe('PK');

      const audit = await gongkai('audit', '--json', '--quiet', files.html!, files.docx!);
      const lines = audit.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; report: AnnualReport; findings: { severity: string; rule: string }[]; verdict: string });
      expect(lines).toHaveLength(2);
      for (const line of lines) {
        expect([line.file, line.findings.filter((f) => f.severity === 'error')]).toEqual([line.file, []]);
        expect(tables(line.report)).toEqual(tables(generated));
        expect(line.report.agency).toBe('测试镇人民政府');
      }
      expect(audit.status).toBe(0);
    });
  }

  it('to stdout by default; refuses a bad format, year or organisation', async () => {
    const run = await gongkai('report', 'generate', '--org', 'cli-dept', '--year', '2025', '--format', 'json');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as AnnualReport).agency).toBe('测试县教育局');
    const badFormat = await gongkai('report', 'generate', '--org', 'cli-town', '--year', '2025', '--format', 'pdf');
    expect([badFormat.status, badFormat.stderr]).toEqual([2, expect.stringContaining('不支持的格式“pdf”')]);
    const badYear = await gongkai('report', 'generate', '--org', 'cli-town', '--year', '2018', '--format', 'json');
    expect([badYear.status, badYear.stderr]).toEqual([2, expect.stringContaining('统计年度“2018”不正确')]);
    const noOrg = await gongkai('report', 'aggregate', '--org', 'nowhere', '--year', '2025', '--json');
    expect([noOrg.status, noOrg.stderr]).toEqual([2, expect.stringContaining('未找到机构代码“nowhere”')]);
  });

  it('aggregates the published reports of the subordinates: every cell the sum of the parts', async () => {
    const opened = openDatabase({ dataDir: env.GONGKAI_DATA_DIR });
    const published: AnnualReport[] = [];
    try {
      const ctx = { actor: 'system' as const, clock: CLOCK };
      for (const org of [orgs.town!, orgs.dept!]) {
        let record = await generateAnnualReport(opened.db, ctx, recordSources, { organisationId: org.id, year: 2025 });
        record = await checkAnnualReportCommand(opened.db, ctx, { reportId: record.id, version: record.version });
        for (const f of record.findings.filter((x) => x.severity === 'warning')) {
          record = await acknowledgeWarning(opened.db, ctx, { reportId: record.id, version: record.version, rule: f.rule, at: f.at, note: '测试：已核实' });
        }
        published.push((await publishAnnualReport(opened.db, ctx, { reportId: record.id, version: record.version })).report);
      }
    } finally {
      await opened.close();
    }
    const run = await gongkai('report', 'aggregate', '--org', 'cli-county', '--year', '2025', '--json');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { organisation: { code: string }; report: AnnualReport; findings: unknown[]; parts: { code: string; status: string }[]; missing: unknown[] };
    expect(result.organisation.code).toBe('cli-county');
    expect(result.parts.map((p) => [p.code, p.status]).sort()).toEqual([['cli-dept', 'published'], ['cli-town', 'published']]);
    expect(result.missing).toEqual([]);
    expect(result.findings).toEqual([]);
    for (const path of cellPaths('2021')) {
      const sum = published.reduce((s, r) => s + (cellAt(r, path) ?? 0), 0);
      expect([path, cellAt(result.report, path) ?? 0]).toEqual([path, Math.round(sum * 1e4) / 1e4]);
    }
  });

  it('generate-all: the drafts of the county and everything below it in one batch; published reports stay as they are', async () => {
    const run = await gongkai('report', 'generate-all', '--org', 'cli-county', '--year', '2025', '--json');
    expect([run.status, run.stderr]).toEqual([0, '']);
    const result = JSON.parse(run.stdout) as { year: number; generated: { code: string; errors: number }[]; skipped: { code: string; reason: string }[] };
    expect(result.year).toBe(2025);
    expect(result.generated.map((g) => [g.code, g.errors])).toEqual([['cli-county', 0]]);
    expect(result.skipped.map((s) => [s.code, s.reason]).sort()).toEqual([['cli-dept', 'published'], ['cli-town', 'published']]);
    const text = await gongkai('report', 'generate-all', '--org', 'cli-town', '--year', '2020');
    expect([text.status, text.stdout]).toEqual([0, expect.stringContaining('测试镇人民政府 及下级机关 2020年度：生成 1 份报告草稿')]);
    const noYear = await gongkai('report', 'generate-all', '--org', 'cli-county');
    expect([noYear.status, noYear.stderr]).toEqual([2, expect.stringContaining('缺少参数：--year')]);
  });
});
