/**
 * `gongkai applications import|list` and `gongkai report tables` as real child processes, on SQLite
 * and PostgreSQL: a ledger imports (CSV, XLSX), again changes nothing, lists with its due dates on
 * the clock, and counts into tables 三 and 四; bad ledgers (an unknown outcome label, a date that
 * does not exist, a missing column) are refused line by line with nothing written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinCalendar } from '../../src/domains/calendar/index.ts';
import type { CalendarDate } from '../../src/domains/calendar/index.ts';
import { runGongkaiSync } from '../support/cli.ts';
import { cliDatabases } from './cli-dialects.ts';

const HEADER = '申请编号,收到日期,收到方式,申请人类型,补正后收到日期,延期,办结日期,办理结果,收费金额';
const GOOD = [
  HEADER,
  'A-1,2025-01-06,当面,自然人,,否,2025-01-20,（一）予以公开,',
  'A-2,2025-03-03,邮寄,商业企业,2025-03-10,是,2025-04-28,部分公开,100',
  'A-3,2025-12-22,网络,自然人,,否,,,',
  'A-4,2024-12-02,电子邮件,法律服务机构,,否,2025-01-06,1.属于国家秘密,',
  'A-5,2025/6/2,传真,科研机构,,否,2025年6月20日,其他,',
].join('\n');

for (const database of cliDatabases('gongkai-applications-cli')) {
  describe(`gongkai applications and report tables (${database.dialect})`, { timeout: 300_000 }, () => {
    const gongkai = (...args: string[]) => runGongkaiSync(args, { env: database.env, cwd: database.work });
    const file = (name: string, content: string | Buffer) => {
      const path = join(database.work, name);
      writeFileSync(path, content);
      return path;
    };
    const listed = () => gongkai('applications', 'list', '--org', 'cli-town', '--json').stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    beforeAll(async () => {
      await database.setUp();
      expect(gongkai('migrate').status).toBe(0);
      // A root is a people's government; the township sits under its county (issue 11 item 4).
      expect(gongkai('org', 'create', '--code', 'cli-county', '--name', '测试县人民政府', '--kind', 'county_government').status).toBe(0);
      expect(gongkai('org', 'create', '--code', 'cli-town', '--name', '测试镇人民政府', '--kind', 'township', '--parent', 'cli-county').status).toBe(0);
    });
    afterAll(() => database.tearDown());

    it('imports a ledger, and importing it again changes nothing', () => {
      const ledger = file('台账.csv', GOOD);
      const first = gongkai('applications', 'import', ledger, '--org', 'cli-town');
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('读取 5 行，新增 5 件，更新 0 件，未变 0 件');
      const again = gongkai('applications', 'import', ledger, '--org', 'cli-town');
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('新增 0 件，更新 0 件，未变 5 件');
    });

    it('lists one JSON line per case with the final reply date on the clock', () => {
      const cases = listed();
      expect(cases.map((c) => c.number)).toEqual(['A-4', 'A-1', 'A-2', 'A-5', 'A-3']);
      for (const c of cases) expect(Object.keys(c)).toEqual(['number', 'receivedOn', 'dueOn', 'status', 'outcome']);
      const calendar = builtinCalendar();
      // Corrected on 03-10, so the 20 working days run from there, plus the 20 of the extension.
      expect(cases[2]).toEqual({ number: 'A-2', receivedOn: '2025-03-03', dueOn: calendar.addWorkdays('2025-03-10' as CalendarDate, 40).date, status: 'closed', outcome: 'partiallyDisclosed' });
      expect(cases[4]).toEqual({ number: 'A-3', receivedOn: '2025-12-22', dueOn: calendar.addWorkdays('2025-12-22' as CalendarDate, 20).date, status: 'received', outcome: null });
      expect(cases[3]!.receivedOn).toBe('2025-06-02');
    });

    it('counts tables 三 and 四 of the year from the cases and the appeals register', () => {
      const appeals = file('复议.csv', ['类型,是否经复议,立案日期,结果,结案日期,关联申请编号', '行政复议,否,2025-02-03,维持,2025-04-01,A-1'].join('\n'));
      expect(gongkai('appeals', 'import', appeals, '--org', 'cli-town').status).toBe(0);
      const run = gongkai('report', 'tables', '--org', 'cli-town', '--year', '2025', '--json');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout) as { schema: string; format: string; year: number; agency: string; applications: Record<string, Record<string, Record<string, number>> & Record<string, number>>; appeals: Record<string, Record<string, number>> };
      expect([report.schema, report.format, report.year, report.agency]).toEqual(['gongkai.annual-report/1', '2021', 2025, '测试镇人民政府']);
      const a = report.applications as unknown as Record<string, Record<string, number>>;
      expect(a.newReceived).toEqual({ natural: 2, commercial: 1, research: 1, nonprofit: 0, legal: 0, otherOrg: 0, total: 4 });
      expect(a.carriedOver!.legal).toBe(1);
      expect(a.granted!.natural).toBe(1);
      expect(a.partial!.commercial).toBe(1);
      expect((report.applications.withheld as unknown as Record<string, Record<string, number>>).stateSecret!.legal).toBe(1);
      expect((report.applications.other as unknown as Record<string, Record<string, number>>).other!.research).toBe(1);
      expect(a.total!.total).toBe(4);
      expect(a.carriedForward).toEqual({ natural: 1, commercial: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 1 });
      expect(report.appeals.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
      const text = gongkai('report', 'tables', '--org', 'cli-town', '--year', '2025');
      expect(text.stdout).toContain('一、本年新收政府信息公开申请数量\t\t\t2\t1\t1\t0\t0\t0\t4');
      expect(text.stdout).toContain('行政复议\t1\t0\t0\t0\t1');
      expect(gongkai('report', 'tables', '--org', 'cli-town', '--year', '20x5').stderr).toContain('年度“20x5”无效');
    });

    it('refuses a ledger with an unknown outcome label or a date that does not exist, writing nothing', () => {
      const bad = file('bad.csv', [HEADER, 'B-1,2025-04-01,当面,自然人,,否,2025-04-10,胜诉,', 'B-2,2025-02-29,当面,自然人,,否,,,', 'B-3,2025-05-06,当面,自然人,,否,2025-05-08,予以公开,'].join('\n'));
      const run = gongkai('applications', 'import', bad, '--org', 'cli-town');
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('第2行：未知办理结果“胜诉”');
      expect(run.stderr).toContain('第3行：收到日期“2025-02-29”不是存在的日期');
      expect(run.stderr).not.toContain('第4行');
      expect(run.stderr).toContain('整个文件未导入');
      const missing = file('missing.csv', ['申请编号,收到日期,收到方式,申请人类型,办结日期', 'C-1,2025-04-01,当面,自然人,'].join('\n'));
      const refused = gongkai('applications', 'import', missing, '--org', 'cli-town');
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('第1行：缺少列：办理结果');
      expect(listed()).toHaveLength(5);
    });

    it('reads an XLSX ledger, dates as Excel dates', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('台账');
      sheet.addRow(HEADER.split(','));
      sheet.addRow(['X-1', new Date(Date.UTC(2025, 6, 1)), '当面', '社会公益组织', '', '否', new Date(Date.UTC(2025, 6, 15)), '本机关不掌握相关政府信息', 0]);
      const path = file('台账.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
      const run = gongkai('applications', 'import', path, '--org', 'cli-town');
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('新增 1 件');
      expect(listed().find((c) => c.number === 'X-1')).toMatchObject({ receivedOn: '2025-07-01', status: 'closed', outcome: 'notHeld' });
    });
  });
}
