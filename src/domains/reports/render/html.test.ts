import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { describe, expect, it } from 'vitest';
import { reportArbitrary, seedReport } from '../testing/index.ts';
import { buildReportDocument, renderHtmlArticle, renderReport, tableMatrix } from './index.ts';

const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link']);

/** Every element explicitly closed, in order (htmlparser2 reports implied closes). */
function assertWellFormed(html: string): void {
  const stack: string[] = [];
  const problems: string[] = [];
  const parser = new Parser({
    onopentag: (name) => { if (!VOID.has(name)) stack.push(name); },
    onclosetag: (name, implied) => {
      if (VOID.has(name)) return;
      if (implied) problems.push(`implied </${name}>`);
      if (stack.pop() !== name) problems.push(`mismatched </${name}>`);
    },
  }, { decodeEntities: true });
  parser.end(html);
  expect(problems).toEqual([]);
  expect(stack).toEqual([]);
}

/** A parsed <table> as its expanded text matrix (the inverse of rowspan/colspan). */
function htmlMatrix(table: Element): string[][] {
  const rows = findAll((e) => e.name === 'tr', [table]);
  const matrix: string[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let c = 0;
    for (const cell of findAll((e) => e.name === 'td' || e.name === 'th', [tr])) {
      while (matrix[r]![c] !== undefined) c++;
      const rowSpan = Number(getAttributeValue(cell, 'rowspan') ?? 1);
      const colSpan = Number(getAttributeValue(cell, 'colspan') ?? 1);
      const text = textContent(cell).replace(/\u00a0/g, '');
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) matrix[r + dr]![c + dc] = dr === 0 && dc === 0 ? text : '';
      }
      c += colSpan;
    }
  });
  return matrix;
}

describe('renderReport(…, html)', () => {
  it('is a well-formed, accessible page', () => {
    const html = renderReport(seedReport(), 'html');
    assertWellFormed(html);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    const dom = parseDocument(html);
    expect(findAll((e) => e.name === 'caption', dom.children)).toHaveLength(3);
    const headers = findAll((e) => e.name === 'th', dom.children);
    expect(headers.every((th) => ['col', 'colgroup', 'row', 'rowgroup'].includes(getAttributeValue(th, 'scope') ?? ''))).toBe(true);
    expect(html).not.toMatch(/<(script|style)\b| style=/);
  });

  it('rebuilds into the exact grid of every table, blanks as &nbsp;', () => {
    fc.assert(fc.property(reportArbitrary({ blankRate: 0.4 }), (report) => {
      const html = renderReport(report, 'html');
      assertWellFormed(html);
      const tables = findAll((e) => e.name === 'table', parseDocument(html).children);
      const expected = buildReportDocument(report).sections.flatMap((s) => (s.table ? [tableMatrix(s.table)] : []));
      expect(tables.map(htmlMatrix)).toEqual(expected);
    }), { numRuns: 25 });
  });

  it('writes a blank cell as &nbsp; and escapes text', () => {
    const report = seedReport();
    report.appeals.review.pending = null;
    report.agency = '<某>&镇';
    const html = renderReport(report, 'html');
    expect(html).toContain('<td>&nbsp;</td>');
    expect(html).toContain('<h1>&lt;某&gt;&amp;镇2020年政府信息公开工作年度报告</h1>');
  });

  it('inside a page with its own h1, titles the report h2 and its sections h3 (one h1 a page)', () => {
    const doc = buildReportDocument(seedReport());
    const nested = renderHtmlArticle(doc, { titleLevel: 2 });
    expect(nested).not.toContain('<h1');
    expect(nested).not.toMatch(/<h2 id=/);
    expect(nested).toContain(`<h2 class="report-title">${doc.title}</h2>`);
    expect(nested.match(/<h3 id="section-\d+">/g)).toHaveLength(doc.sections.length);
    const page = renderHtmlArticle(doc);
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(page.match(/<h2 id="section-\d+">/g)).toHaveLength(doc.sections.length);
  });
});
