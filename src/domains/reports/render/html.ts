/**
 * A complete HTML page with real table markup: rowspan/colspan as the national format merges its
 * cells, <caption>, <th scope>, `&nbsp;` for blank cells. Also meant for the public portal, so it
 * carries no inline style or script (the portal's CSP and stylesheet apply).
 */
import type { GridCell, ReportDocument, ReportTable } from './document.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The layout of the national format on screen and on paper: ruled cells, centred numbers, the
 * table head repeated on each printed page, no row split across pages, A4 margins. The portal
 * serves the same rules from its stylesheet (CSP: no inline styles there); a downloaded file
 * embeds them so it prints the same when opened on its own.
 */
export const REPORT_CSS = `
.annual-report{max-width:60rem;margin:0 auto;font-family:"FangSong","仿宋","STFangsong","Noto Serif CJK SC",serif;line-height:1.8}
.annual-report h1,.annual-report .report-title{text-align:center;font-family:"SimSun","宋体","Noto Serif CJK SC",serif;font-size:1.6rem}
.annual-report h2,.annual-report h3{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-size:1.2rem}
.annual-report p{text-indent:2em;margin:.4em 0}
.report-table{border-collapse:collapse;width:100%;margin:.8em 0 1.2em;font-size:.85rem;line-height:1.4}
.report-table caption{font-weight:bold;padding:.3em}
.report-table th,.report-table td{border:1px solid #000;padding:.25em .3em;vertical-align:middle}
.report-table th[scope=col],.report-table th[scope=rowgroup]{text-align:center}
.report-table th[scope=row]{text-align:left;font-weight:normal}
.report-table td{text-align:center;min-width:2.2em}
@media print{
  @page{size:A4;margin:37mm 26mm 35mm 28mm}
  .annual-report{max-width:none;font-size:12pt}
  .report-table{font-size:9pt;page-break-inside:auto}
  .report-table thead{display:table-header-group}
  .report-table tr{page-break-inside:avoid;break-inside:avoid}
  .annual-report h2{page-break-after:avoid;break-after:avoid}
}
`.trim();

export interface ArticleOptions {
  /** A link target per value cell (by cell path, `applications.total.natural`), e.g. to the records behind it. */
  cellHref?: (path: string) => string | undefined;
  /** Cell paths to mark (class `cell-flagged`), e.g. the anchors of error findings. */
  flaggedCells?: ReadonlySet<string>;
  /**
   * The heading level of the report's title, its sections one below: 1 where the report is the page
   * (the portal, a file); 2 inside a console page that has its own h1, so a page has one h1.
   */
  titleLevel?: 1 | 2;
}

export interface HtmlOptions extends ArticleOptions {
  /** Embed REPORT_CSS in a <style> element (a standalone file); the portal links its stylesheet instead. */
  embedStyles?: boolean;
}

/** The report's <article> alone (for embedding in a page of the portal or the console). */
export function renderHtmlArticle(doc: ReportDocument, options: ArticleOptions = {}): string {
  const title = options.titleLevel === 2 ? `<h2 class="report-title">${escapeHtml(doc.title)}</h2>` : `<h1>${escapeHtml(doc.title)}</h1>`;
  return [`<article class="annual-report">`, title, ...renderSections(doc, options), '</article>'].join('\n');
}

function renderSections(doc: ReportDocument, options: ArticleOptions): string[] {
  return doc.sections.map((section, i) => {
    const id = `section-${i + 1}`;
    const level = options.titleLevel === 2 ? 'h3' : 'h2';
    return [
      `<section aria-labelledby="${id}">`,
      `<${level} id="${id}">${escapeHtml(section.title)}</${level}>`,
      ...section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      ...(section.table ? [renderTable(section.table, options)] : []),
      '</section>',
    ].join('\n');
  });
}

export function renderHtml(doc: ReportDocument, options: HtmlOptions = {}): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    ...(options.embedStyles ? [`<style>\n${REPORT_CSS}\n</style>`] : []),
    '</head>',
    '<body>',
    '<main>',
    renderHtmlArticle(doc, options),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderTable(table: ReportTable, options: ArticleOptions): string {
  const groups = table.groups.map((group) => {
    const tag = group.head ? 'thead' : 'tbody';
    const rows = group.rows.map((row) => `<tr>${row.cells.map((cell) => renderCell(cell, options)).join('')}</tr>`);
    return [`<${tag}>`, ...rows, `</${tag}>`].join('\n');
  });
  return ['<table class="report-table">', `<caption>${escapeHtml(table.caption)}</caption>`, ...groups, '</table>'].join('\n');
}

function renderCell(cell: GridCell, options: ArticleOptions): string {
  // A column header spanning several columns heads a column group (WCAG H63).
  const scope = cell.header === 'col' && (cell.colSpan ?? 1) > 1 ? 'colgroup' : cell.header;
  const flagged = cell.path !== undefined && options.flaggedCells?.has(cell.path);
  const attributes = [
    scope ? ` scope="${scope}"` : '',
    cell.path !== undefined && (options.cellHref || options.flaggedCells) ? ` data-cell="${escapeHtml(cell.path)}"` : '',
    flagged ? ' class="cell-flagged"' : '',
    (cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    (cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : '',
  ].join('');
  const tag = cell.header ? 'th' : 'td';
  const href = cell.path !== undefined && cell.text !== '' ? options.cellHref?.(cell.path) : undefined;
  const text = cell.text === '' ? '&nbsp;' : escapeHtml(cell.text);
  const content = href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
  return `<${tag}${attributes}>${content}</${tag}>`;
}
