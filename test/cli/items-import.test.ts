/**
 * `gongkai items import FILE --org CODE [--publish]` as a real child process, on SQLite and
 * PostgreSQL: JSON Lines published with 索引号, search entries and privacy findings reported; CSV
 * as drafts; XLSX with Chinese headers; a bad file (a date that does not exist, an unknown column,
 * a missing title column) refused line by line with nothing written; --hold-personal-data keeping
 * the items with personal data back as drafts without 索引号, and refused without --publish.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildIndex } from '../../src/domains/publishing/search-port.ts';
import { runGongkaiSync } from '../support/cli.ts';
import { cliDatabases } from './cli-dialects.ts';

const jsonl = (...rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n');

for (const database of cliDatabases('gongkai-items-cli')) {
  describe(`gongkai items import (${database.dialect})`, { timeout: 300_000 }, () => {
    const gongkai = (...args: string[]) => runGongkaiSync(args, { env: database.env, cwd: database.work });
    const file = (name: string, content: string | Buffer) => {
      const path = join(database.work, name);
      writeFileSync(path, content);
      return path;
    };
    const items = async () => {
      const opened = database.open();
      try {
        const rows = await opened.db.selectFrom('information_items').innerJoin('catalog_columns', 'catalog_columns.id', 'information_items.column_id')
          .select(['information_items.title', 'information_items.status', 'information_items.index_number', 'information_items.body_html', 'information_items.validity',
            'information_items.document_kind', 'information_items.published_on', 'information_items.imported', 'catalog_columns.code'])
          .orderBy('information_items.index_number').orderBy('information_items.title').execute();
        const indexed = await opened.db.selectFrom('search_documents').select(['title', 'index_number']).execute();
        // The title index (SQLite search_title_fts, PostgreSQL search_titles) is written by the import's batch too.
        const titleIndexed =
          database.dialect === 'sqlite'
            ? (await sql<{ title: string }>`select d.title from search_title_fts f join search_documents d on d.doc_no = f.rowid`.execute(opened.db)).rows.map((r) => r.title).sort()
            : (await sql<{ title: string }>`select d.title from search_titles s join search_documents d on d.doc_no = s.doc_no and s.tsv = ts_filter(d.tsv, '{a}')`.execute(opened.db)).rows.map((r) => r.title).sort();
        return { rows, indexed, titleIndexed };
      } finally {
        await opened.close();
      }
    };
    beforeAll(async () => {
      await database.setUp();
      expect(gongkai('migrate').status).toBe(0);
      // A root is a people's government; the township sits under its county (issue 11 item 4).
      expect(gongkai('org', 'create', '--code', 'cli-county', '--name', '测试县人民政府', '--kind', 'county_government').status).toBe(0);
      expect(gongkai('org', 'create', '--code', 'cli-town', '--name', '测试镇人民政府', '--kind', 'township', '--parent', 'cli-county').status).toBe(0);
    });
    afterAll(() => database.tearDown());

    it('publishes JSON Lines as of publishedOn: 索引号, sanitised body, search index, privacy findings reported', async () => {
      const path = file('items.jsonl', jsonl(
        { title: '测试镇2025年部门预算', body: '<p>预算说明</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>', column: '财政预决算', madeOn: '2025-02-01', publishedOn: '2025-02-10' },
        { title: '测试镇宅基地审批管理办法', body: '联系人：王某，电话 13812345678', column: 'xzgfxwj', publishedOn: '2025-03-05', docNumber: '测政〔2025〕3号', validity: '有效', keywords: '宅基地' },
        { title: '旧的管理办法', body: '已废止', column: '法规文件/其他文件', publishedOn: '2024-12-30', validity: '废止' },
        { title: '没有栏目的信息', body: '正文', publishedOn: '2025-04-01' },
      ));
      const run = gongkai('items', 'import', path, '--org', 'cli-town', '--publish');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('读取 4 行，发布 4 条，草稿 0 条；1 条含个人信息');
      expect(run.stderr).toContain('隐私提示：第2行《测试镇宅基地审批管理办法》：手机号码 138****5678');
      const { rows, indexed, titleIndexed } = await items();
      expect(rows.map((r) => [r.index_number, r.title, r.code, r.status])).toEqual([
        ['cli-town/2024-00001', '旧的管理办法', 'qtwj', 'published'],
        ['cli-town/2025-00001', '测试镇2025年部门预算', 'czzj', 'published'],
        ['cli-town/2025-00002', '测试镇宅基地审批管理办法', 'xzgfxwj', 'published'],
        ['cli-town/2025-00003', '没有栏目的信息', 'qtwj', 'published'],
      ]);
      expect(rows[0]).toMatchObject({ validity: 'repealed', document_kind: 'normative' });
      expect(rows[2]).toMatchObject({ validity: 'valid', document_kind: 'normative', published_on: '2025-03-05' });
      expect(rows[1]!.body_html).not.toMatch(/script|javascript/);
      expect(rows.every((r) => Number(r.imported) === 1)).toBe(true);
      expect(indexed).toHaveLength(4);
      expect(titleIndexed).toEqual(indexed.map((r) => r.title).sort());
    });

    it('imports CSV as drafts without --publish, and XLSX with Chinese headers', async () => {
      const csv = file('items.csv', ['title,body,column,madeOn', '"草稿一","第一段\n\n第二段",机构职能,2025-05-01'].join('\n'));
      const drafts = gongkai('items', 'import', csv, '--org', 'cli-town');
      expect(drafts.stderr).toBe('');
      expect(drafts.stdout).toContain('发布 0 条，草稿 1 条');
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('信息');
      sheet.addRow(['标题', '正文', '栏目', '发布日期', '文号']);
      sheet.addRow(['表格里的信息', '正文', 'tjxx', new Date(Date.UTC(2025, 7, 8)), '测统〔2025〕1号']);
      const xlsx = gongkai('items', 'import', file('items.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())), '--org', 'cli-town', '--publish');
      expect(xlsx.stdout).toContain('发布 1 条');
      const { rows } = await items();
      expect(rows.find((r) => r.title === '草稿一')).toMatchObject({ status: 'draft', index_number: null, code: 'jgzn', body_html: '<p>第一段</p><p>第二段</p>' });
      expect(rows.find((r) => r.title === '表格里的信息')).toMatchObject({ index_number: 'cli-town/2025-00004', published_on: '2025-08-08', code: 'tjxx' });
    });

    it('refuses a bad file line by line and writes nothing', async () => {
      const before = (await items()).rows.length;
      const bad = file('bad.jsonl', jsonl(
        { title: '好的一行', publishedOn: '2025-01-02' },
        { title: '日期不存在', publishedOn: '2025-02-29' },
        { title: '', column: '没有这个栏目', publishedOn: '2025-03-01', validity: '也许' },
      ));
      const run = gongkai('items', 'import', bad, '--org', 'cli-town', '--publish');
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('第2行：publishedOn（发布日期）“2025-02-29”不是存在的日期');
      expect(run.stderr).toContain('第3行：title（标题）为空');
      expect(run.stderr).toContain('第3行：本机构没有栏目“没有这个栏目”');
      expect(run.stderr).toContain('第3行：validity（有效性）“也许”无效');
      expect(run.stderr).not.toContain('第1行');
      expect(run.stderr).toContain('未导入任何内容');
      const missing = gongkai('items', 'import', file('missing.csv', 'body,column\n正文,tjxx\n'), '--org', 'cli-town');
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('第1行：缺少列：title');
      expect((await items()).rows).toHaveLength(before);
    });

    it('--hold-personal-data imports the items with personal data as drafts without 索引号, lists them, publishes the rest', async () => {
      const path = file('hold.jsonl', jsonl(
        { title: '低保对象公示', body: '<p>联系人电话 13812345678</p>', column: 'qtwj', publishedOn: '2023-03-01' },
        { title: '申请人410329199003071231的答复', body: '<p>邮箱 someone@example.com</p>', publishedOn: '2023-03-02' },
        { title: '2023年工作要点', body: '<p>文号 测政〔2023〕1号，请各村认真落实。</p>', column: 'ghjh', publishedOn: '2023-03-03' },
      ));
      const run = gongkai('items', 'import', path, '--org', 'cli-town', '--publish', '--hold-personal-data');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('暂缓发布：第1行《低保对象公示》：手机号码\n');
      expect(run.stdout).toContain('暂缓发布：第2行《申请人410329199003071231的答复》：身份证号、电子邮箱\n');
      expect(run.stdout).not.toContain('第3行');
      expect(run.stdout).toContain('读取 3 行，发布 1 条，草稿 2 条；2 条含个人信息，已暂缓发布、导入为草稿');
      // Held items are listed on stdout once, not repeated as 隐私提示.
      expect(run.stderr).not.toContain('隐私提示');
      const { rows, indexed } = await items();
      const byTitle = (title: string) => rows.find((r) => r.title === title);
      expect(byTitle('低保对象公示')).toMatchObject({ status: 'draft', index_number: null, published_on: null });
      expect(byTitle('申请人410329199003071231的答复')).toMatchObject({ status: 'draft', index_number: null, published_on: null });
      // The clean item is published with the year's first number: the held ones spent none.
      expect(byTitle('2023年工作要点')).toMatchObject({ status: 'published', index_number: 'cli-town/2023-00001', published_on: '2023-03-03' });
      expect(indexed.map((d) => d.title)).toContain('2023年工作要点');
      expect(indexed.map((d) => d.title)).not.toContain('低保对象公示');
      expect(indexed.map((d) => d.title)).not.toContain('申请人410329199003071231的答复');
    });

    it('refuses --hold-personal-data without --publish (exit 2) and writes nothing', async () => {
      const before = await items();
      const path = file('hold-drafts.jsonl', jsonl({ title: '不该导入', body: '电话 13812345678', publishedOn: '2023-04-01' }));
      const run = gongkai('items', 'import', path, '--org', 'cli-town', '--hold-personal-data');
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('错误：--hold-personal-data 只能与 --publish 一起使用');
      expect(run.stdout).toBe('');
      const after = await items();
      expect(after.rows).toHaveLength(before.rows.length);
      expect(after.indexed).toHaveLength(before.indexed.length);
      expect(after.rows.map((r) => r.title)).not.toContain('不该导入');
    });

    it('items reindex rebuilds the search index from the published items', async () => {
      const before = await items();
      const published = before.rows.filter((r) => r.status === 'published').map((r) => r.title).sort();
      expect(published.length).toBeGreaterThan(0);
      // An index lost (as after restoring a database without it): emptied through the search port.
      const opened = database.open();
      try {
        await rebuildIndex(opened.db, (async function* () {})());
      } finally {
        await opened.close();
      }
      expect((await items()).indexed).toHaveLength(0);
      const run = gongkai('items', 'reindex');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`已重建全文检索索引：${published.length} 条已发布信息`);
      const after = await items();
      expect(after.indexed.map((d) => d.title).sort()).toEqual(published);
      expect(after.titleIndexed).toEqual(published);
    });

    it('documents --hold-personal-data in its --help', () => {
      const help = gongkai('items', 'import', '--help');
      expect(help.status).toBe(0);
      // commander wraps long descriptions to the terminal's width.
      expect(help.stdout.replace(/\s+/g, '')).toContain('--hold-personal-data须与--publish一起使用：隐私检查发现个人信息');
    });
  });
}
