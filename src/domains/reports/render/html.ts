/**
 * A complete HTML page with real table markup: rowspan/colspan as the national format merges its
 * cells, <caption>, <th scope>, `&nbsp;` for blank cells. Also meant for the public portal, so it
 * carries no inline style or script (the portal's CSP and stylesheet apply).
 */
import type { GridCell, ReportDocument, ReportTable } from './document.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function renderHtml(doc: ReportDocument): string {
  const sections = doc.sections.map((section, i) => {
    const id = `section-${i + 1}`;
    return [
      `<section aria-labelledby="${id}">`,
      `<h2 id="${id}">${escapeHtml(section.title)}</h2>`,
      ...section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      ...(section.table ? [renderTable(section.table)] : []),
      '</section>',
    ].join('\n');
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    '<article class="annual-report">',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    ...sections,
    '</article>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderTable(table: ReportTable): string {
  const groups = table.groups.map((group) => {
    const tag = group.head ? 'thead' : 'tbody';
    const rows = group.rows.map((row) => `<tr>${row.cells.map(renderCell).join('')}</tr>`);
    return [`<${tag}>`, ...rows, `</${tag}>`].join('\n');
  });
  return ['<table class="report-table">', `<caption>${escapeHtml(table.caption)}</caption>`, ...groups, '</table>'].join('\n');
}

function renderCell(cell: GridCell): string {
  const attributes = [
    cell.header ? ` scope="${cell.header}"` : '',
    (cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    (cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : '',
  ].join('');
  const tag = cell.header ? 'th' : 'td';
  const content = cell.text === '' ? '&nbsp;' : escapeHtml(cell.text);
  return `<${tag}${attributes}>${content}</${tag}>`;
}
