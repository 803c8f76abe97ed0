/**
 * Renderings of a report in the forms real sites serve (issue 10), written from the shared document
 * model so that every form carries the same cells: one cell per line with stray separators, a whole
 * report on one line, HTML with spanning label cells and two-level headers, an HTML report inside a
 * page's script, PDF text whose rows carry fragments of vertically merged labels. For the reader's
 * tests and the audit bench only.
 */
import type { AnnualReport } from '../../../reports/model.ts';
import type { ReportDocument, ReportTable } from '../../../reports/render/document.ts';
import { buildReportDocument } from '../../../reports/render/document.ts';
import { rowOrigins } from '../../../reports/render/grid.ts';
import { renderReport } from '../../../reports/render/index.ts';

export const WEB_FORMS = ['cellPipeEnd', 'cellLoneBetween', 'labelThenNumbers', 'oneLine', 'htmlSpans', 'htmlInScript', 'pdfMergedLabels', 'titleForms'] as const;
export type WebForm = (typeof WEB_FORMS)[number];

/** Whether a form keeps blank cells distinguishable (so every cell can be read back exactly). */
export const WEB_FORM_BLANKS_KEPT: Record<WebForm, boolean> = {
  cellPipeEnd: true,
  cellLoneBetween: true,
  labelThenNumbers: false,
  oneLine: false,
  htmlSpans: true,
  htmlInScript: true,
  pdfMergedLabels: false,
  titleForms: true,
};

type TableLines = (table: ReportTable) => string[];

function document(doc: ReportDocument, table: TableLines, before: readonly string[] = [], head: readonly string[] = [doc.title]): string[] {
  const out = [...before, ...head];
  for (const section of doc.sections) {
    out.push(section.title, ...section.paragraphs);
    if (section.table) out.push(...table(section.table));
  }
  return out;
}

/** Each cell line ends with ` |` (a blank cell is the ` |` alone), rows closed by `| |||||`. */
function cellPipeEnd(t: ReportTable): string[] {
  return rowOrigins(t).flatMap((row) => [...row.cells.map((c) => `${c.text} |`), `| ${'|'.repeat(Math.max(1, t.width - 2))}`]);
}

/** A lone `|` between cells (two in a row around a blank cell), rows closed by `| |||||`. */
function cellLoneBetween(t: ReportTable): string[] {
  return rowOrigins(t).flatMap((row) => {
    const out: string[] = [];
    row.cells.forEach((c, i) => {
      if (i > 0) out.push('|');
      if (c.text !== '') out.push(c.text);
    });
    out.push(`| ${'|'.repeat(Math.max(1, t.width - 2))}`);
    return out;
  });
}

/** A row's labels on one line, its numbers (blanks dropped) on the next, `|` lines between rows. */
function labelThenNumbers(t: ReportTable): string[] {
  return rowOrigins(t).flatMap((row, i) => {
    const labels = row.cells.filter((c) => !c.value).map((c) => c.text);
    const numbers = row.cells.filter((c) => c.value && c.text !== '').map((c) => c.text).join(' ');
    return [...(i > 0 ? ['|'] : []), ...labels, ...(numbers ? [numbers] : [])];
  });
}

/** Page text with no line breaks: navigation first, each row's cells run together. */
function oneLine(doc: ReportDocument): string {
  const nav = ['首页', '政务公开', '政府信息公开年报', '当前位置：首页 > 政府信息公开 > 年报'];
  return document(doc, (t) => rowOrigins(t).map((row) => row.cells.map((c) => c.text).join('')), nav).join('');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * HTML as content systems write it: label cells spanning columns and rows, blank cells as
 * `&nbsp;` or empty, the header in two levels (a group row over the column row).
 */
function htmlTable(t: ReportTable): string {
  const rows = t.groups.flatMap((g) => g.rows);
  let blank = 0;
  const tr = rows.map((row) => `<tr>${row.cells.map((c) => {
    const span = `${c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
    const text = c.text === '' ? (blank++ % 2 === 0 ? '&nbsp;' : '') : escapeHtml(c.text);
    return `<td${span}><p style="text-align:center"><span>${text}</span></p></td>`;
  }).join('')}</tr>`).join('\n');
  return `<table border="1" cellspacing="0"><tbody>\n${tr}\n</tbody></table>`;
}

function htmlArticle(doc: ReportDocument): string {
  const parts = [`<h1>${escapeHtml(doc.title)}</h1>`];
  for (const section of doc.sections) {
    parts.push(`<p><strong>${escapeHtml(section.title)}</strong></p>`, ...section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`));
    if (section.table) parts.push(htmlTable(section.table));
  }
  return parts.join('\n');
}

function htmlSpans(doc: ReportDocument): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title></head><body>
<div class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</div>
<div class="article">${htmlArticle(doc)}</div></body></html>`;
}

/** The report as an escaped HTML string in a page script (a JSON literal assigned to a variable). */
function htmlInScript(doc: ReportDocument): string {
  const payload = JSON.stringify({ title: doc.title, content: htmlArticle(doc) }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开</title></head><body>
<div id="app">加载中…</div>
<script>var articleData = ${payload};\ndocument.getElementById('app').innerHTML = articleData.content;</script>
</body></html>`;
}

/**
 * PDF text where the tall merged labels of table 三 (三、本年度办理结果, （三）不予公开 …) are
 * printed one or two characters per line, so rows start with a fragment of them (`本 2.其他…`,
 * `（五）不 2.重复申请 …`) or the fragment stands alone between rows.
 */
function pdfMergedLabels(doc: ReportDocument): string[] {
  return document(doc, (t) => {
    const out: string[] = [];
    const fragments = ['三、', '本', '年', '度', '办', '理', '结', '果'];
    let f = 0;
    for (const row of rowOrigins(t)) {
      const labels = row.cells.filter((c) => !c.value).map((c) => c.text);
      const numbers = row.cells.filter((c) => c.value && c.text !== '').map((c) => c.text).join(' ');
      const label = labels[labels.length - 1] ?? '';
      // Group labels (三、本年度办理结果, （三）不予公开) are not printed whole: only fragments.
      const group = labels.length > 1 ? labels.slice(0, -1).join('') : '';
      const inResult = row.kind === 'data' && /^\d+\.|^（[一二三四五六]）/.test(label) && !/^（七）/.test(label);
      const prefix = inResult && f < fragments.length ? `${fragments[f++]} ` : group.startsWith('（') ? `${group.slice(0, 4)} ` : '';
      if (inResult && f % 3 === 0 && numbers) {
        out.push(`${prefix}${label}`, numbers);
      } else {
        out.push(`${prefix}${label} ${numbers}`.trim());
      }
      if (inResult && f === 4) out.push('（三）不');
    }
    return out;
  });
}

/**
 * The title as sites print it (issue 10 item 6), one form per report (picked by year and agency):
 * a breadcrumb line above it, a viewer prefix, a Markdown cell, split over two lines, short titles,
 * no title line but the first sentence naming the report. Tables one cell per line (cellPipeEnd).
 */
function titleForms(report: AnnualReport, doc: ReportDocument): string[] {
  const agency = report.agency ?? '';
  const year = report.year === null ? '' : `${report.year}年`;
  const heads: readonly (readonly string[])[] = [
    ['首页/ 政府信息公开 / 政府信息公开年报 / 正文', doc.title],
    [`首页 > 政府信息公开 > 年度报告 > ${doc.title}`],
    [`Page 1 - ${doc.title}`],
    [`| ${doc.title} |`],
    [`${agency}${year}政府信息公开`, '工作年度报告'],
    [`${agency}${year}`, '政府信息公开工作年度报告'],
    [`${year}度${agency}信息公开工作报告`],
    [`${agency}${year}度信息公开报告`],
    [`根据《中华人民共和国政府信息公开条例》规定，现公布${agency}${year}政府信息公开工作年度报告。`],
  ];
  const pick = ((report.year ?? 0) + agency.length) % heads.length;
  return document(doc, cellPipeEnd, [], heads[pick]);
}

/** The report in one of the web forms. */
export function renderWebForm(report: AnnualReport, form: WebForm): string {
  const doc = buildReportDocument(report);
  switch (form) {
    case 'cellPipeEnd': return document(doc, cellPipeEnd).join('\n');
    case 'cellLoneBetween': return document(doc, cellLoneBetween).join('\n');
    case 'labelThenNumbers': return document(doc, labelThenNumbers).join('\n');
    case 'oneLine': return oneLine(doc);
    case 'htmlSpans': return htmlSpans(doc);
    case 'htmlInScript': return htmlInScript(doc);
    case 'pdfMergedLabels': return pdfMergedLabels(doc).join('\n');
    case 'titleForms': return titleForms(report, doc).join('\n');
  }
}

/** The shared renderer's HTML, for comparison in tests. */
export const renderSharedHtml = (report: AnnualReport): string => renderReport(report, 'html');
