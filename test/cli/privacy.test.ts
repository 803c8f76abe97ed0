/**
 * `gongkai privacy scan` run as a real child process: every input kind, text and --json output,
 * exit statuses 0/1/2.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { runGongkai } from '../support/cli.ts';
import { toDocx } from './seed-forms.ts';

const ID = '11010519491231002X';
const TEXT = `关于张三申请的答复\n申请人：张三\n身份证号：${ID}\n联系电话：13812345678\n统一社会信用代码：11410329MB1234567X`;

const work = mkdtempSync(join(tmpdir(), 'gongkai-privacy-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
function put(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

interface Line {
  file: string;
  kind: string;
  text: string;
  masked: string;
  line: number;
}
/** A PDF with latin text only (pdfkit's built-in font: no CJK font needed). */
function asciiPdf(lines: readonly string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 40 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(11);
  for (const line of lines) doc.text(line);
  doc.end();
  return done;
}

const jsonLines = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

describe('gongkai privacy scan', { timeout: 120_000 }, () => {
  const files: Record<string, string> = {};
  beforeAll(async () => {
    files.text = put('reply.txt', TEXT);
    files.gbk = put('reply-gbk.txt', iconv.encode(TEXT, 'gbk'));
    files.html = put('reply.html', `<html><body><p title="13912345678">关于张三申请的答复</p><p>手机<b>138</b>12345678</p><p>邮箱：<a href="mailto:zs@example.com">zs@example.com</a></p></body></html>`);
    files.docx = put('reply.docx', await toDocx(TEXT));
    files.pdf = put('reply.pdf', await asciiPdf(['Reply to the application', `ID: ${ID}`, 'Tel: 13812345678']));
    files.clean = put('clean.txt', '水寨镇2025年财政预算公开，伊政〔2025〕12号，索引号11410329MB1234567X/2026-00001。');
    files.image = put('scan.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
  });

  it('--json: one line per finding with file, kind, text, masked and line; exit 1', async () => {
    const run = await runGongkai(['privacy', 'scan', '--json', files.text!]);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([
      { file: files.text, kind: 'id-card', text: ID, masked: '110105********002X', line: 3 },
      { file: files.text, kind: 'mobile', text: '13812345678', masked: '138****5678', line: 4 },
    ]);
    for (const line of run.stdout.trim().split('\n')) expect(Object.keys(JSON.parse(line) as object)).toEqual(['file', 'kind', 'text', 'masked', 'line']);
  });

  it('reads GBK text, HTML (text only, not attributes), DOCX and PDF', async () => {
    const kinds = ['gbk', 'html', 'docx', 'pdf'];
    const run = await runGongkai(['privacy', 'scan', '--json', ...kinds.map((k) => files[k]!)]);
    expect(run.status).toBe(1);
    const lines = jsonLines(run.stdout);
    const of = (k: string) => lines.filter((l) => l.file === files[k]).map((l) => [l.kind, l.text]);
    expect(of('gbk')).toEqual([['id-card', ID], ['mobile', '13812345678']]);
    expect(of('html')).toEqual([['mobile', '13812345678'], ['email', 'zs@example.com']]);
    expect(of('docx')).toEqual([['id-card', ID], ['mobile', '13812345678']]);
    expect(lines.filter((l) => l.file === files.pdf).map((l) => [l.kind, l.text, l.line])).toEqual([['id-card', ID, 2], ['mobile', '13812345678', 3]]);
  });

  it('text output in Chinese, masked; exit 0 when nothing is found', async () => {
    const found = await runGongkai(['privacy', 'scan', files.text!, files.clean!]);
    expect(found.status).toBe(1);
    expect(found.stdout).toContain('发现 2 处个人信息');
    expect(found.stdout).toContain('第 3 行  身份证号  110105********002X');
    expect(found.stdout).toContain(`${files.clean}：未发现个人信息`);
    expect(found.stdout).not.toContain(ID);
    const clean = await runGongkai(['privacy', 'scan', files.clean!]);
    expect(clean.status).toBe(0);
    expect(await runGongkai(['privacy', 'scan', '--json', files.clean!])).toMatchObject({ status: 0, stdout: '' });
  });

  it('exit 2 when a file cannot be read (an image, a missing file), even with findings elsewhere', async () => {
    const run = await runGongkai(['privacy', 'scan', files.text!, files.image!, join(work, 'missing.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${files.image}：无法读取，未检查（文件是图片`);
    expect(run.stderr).toContain('missing.txt：无法读取，未检查（文件不存在）');
  });
});
