/**
 * The seed report (test/fixtures/seed-2020-shuizhai.txt) edited and re-published in other forms
 * (HTML, DOCX, PDF), for end-to-end tests of `gongkai audit`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import iconv from 'iconv-lite';
import { pdfBytes } from '../../src/domains/audit/extract/testing.ts';
import { REPO_ROOT } from '../support/cli.ts';

export const SEED_PATH = join(REPO_ROOT, 'test', 'fixtures', 'seed-2020-shuizhai.txt');

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** The seed as another year's report of the same agency (every “2020” becomes `year`). */
export function seedForYear(year: number, text = seedText()): string {
  return text.replaceAll('2020', String(year));
}

/** Replace the first `values.length` numbers of the table row whose label starts the line. */
export function setRow(text: string, label: string, values: readonly number[]): string {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.replace(/^\t+/, '').startsWith(label) && /\t\d/.test(l));
  if (index < 0) throw new Error(`no row ${label}`);
  const cells = lines[index]!.split('\t');
  let k = 0;
  for (let i = 0; i < cells.length && k < values.length; i++) {
    if (/^\d+$/.test(cells[i]!.trim())) cells[i] = String(values[k++]);
  }
  lines[index] = cells.join('\t');
  return lines.join('\n');
}

type Block = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][] };

function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.includes('\t')) {
      const last = out[out.length - 1];
      const cells = line.split('\t');
      if (last?.kind === 'table') last.rows.push(cells);
      else out.push({ kind: 'table', rows: [cells] });
    } else if (line.trim()) out.push({ kind: 'p', text: line.trim() });
  }
  return out;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The report as an HTML page with site navigation and footer, tables as `<table>`. */
export function toHtml(text: string): string {
  const body = blocks(text).map((b) => b.kind === 'p'
    ? `<p>${escape(b.text)}</p>`
    : `<table border="1">${b.rows.map((r) => `<tr>${r.map((c) => `<td>${c ? escape(c) : '&nbsp;'}</td>`).join('')}</tr>`).join('\n')}</table>`);
  return `<html><head><title>政务公开</title></head><body><div class="nav">首页 &gt; 政务公开 &gt; 年度报告</div>
${body.join('\n')}
<div class="footer">主办：某县人民政府办公室\u3000网站标识码：0000000000</div></body></html>`;
}

export function toGbkHtml(text: string): Buffer {
  return iconv.encode(toHtml(text), 'gbk');
}

export async function toDocx(text: string): Promise<Buffer> {
  const children = blocks(text).map((b) => b.kind === 'p'
    ? new Paragraph(b.text)
    : new Table({ rows: b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The report as a PDF: each table row's words as a wrapped label, its numbers in columns. */
export function toPdf(text: string): Promise<Buffer> {
  const lines: string[][] = [];
  for (const b of blocks(text)) {
    if (b.kind === 'p') lines.push([b.text]);
    else {
      for (const row of b.rows) {
        const isNumber = (c: string): boolean => /^-?\d+(?:\.\d+)?$/.test(c.trim());
        const words = row.filter((c) => c.trim() && !isNumber(c));
        const numbers = row.filter(isNumber);
        lines.push([words.join(' '), ...numbers]);
      }
    }
  }
  return pdfBytes(lines);
}
