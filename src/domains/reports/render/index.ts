/**
 * Renderers: an AnnualReport (+ optional narrative paragraphs) as a complete published document in
 * each form real reports come in, for test corpora, benchmarks and the public portal. Pure functions.
 */
import type { AnnualReport } from '../model.ts';
import { buildReportDocument, type ReportNarrative } from './document.ts';
import { renderHtml } from './html.ts';
import { renderCellPerLine, renderMarkdown, renderPdfText, renderPipe, renderRunTogether, renderTab } from './text-forms.ts';

export { buildReportDocument, reportTitle, formatCell } from './document.ts';
export type { GridCell, GridRow, ReportDocument, ReportNarrative, ReportSection, ReportTable } from './document.ts';
export { expandTable, tableMatrix } from './grid.ts';
export { PDF_LABEL_WIDTH } from './text-forms.ts';

export const REPORT_RENDER_FORMS = ['tab', 'pipe', 'cellPerLine', 'markdown', 'pdfText', 'runTogether', 'html'] as const;
export type ReportRenderForm = (typeof REPORT_RENDER_FORMS)[number];

/**
 * What a form keeps: `blanksKept` — a blank cell stays distinguishable from a missing one, so a
 * reader can recover every cell exactly; pdfText and runTogether drop empty cells as extraction does.
 */
export const REPORT_RENDER_FORM_TRAITS: Record<ReportRenderForm, { blanksKept: boolean }> = {
  tab: { blanksKept: true },
  pipe: { blanksKept: true },
  cellPerLine: { blanksKept: true },
  markdown: { blanksKept: true },
  pdfText: { blanksKept: false },
  runTogether: { blanksKept: false },
  html: { blanksKept: true },
};

export interface RenderOptions {
  /** Paragraphs per section; 一, 五 and 六 get short neutral defaults when left out. */
  narrative?: ReportNarrative;
}

const RENDERERS = {
  tab: renderTab,
  pipe: renderPipe,
  cellPerLine: renderCellPerLine,
  markdown: renderMarkdown,
  pdfText: renderPdfText,
  runTogether: renderRunTogether,
  html: renderHtml,
} satisfies Record<ReportRenderForm, unknown>;

/** The report as one complete document in `form`. */
export function renderReport(report: AnnualReport, form: ReportRenderForm, options: RenderOptions = {}): string {
  return RENDERERS[form](buildReportDocument(report, options.narrative));
}

// ---------------------------------------------------------------- published files

export { renderHtmlArticle, REPORT_CSS } from './html.ts';
export type { ArticleOptions, HtmlOptions } from './html.ts';

/** The forms a report is published and downloaded in (`gongkai report generate --format`). */
export const PUBLISHED_FORMATS = ['json', 'html', 'docx', 'xlsx'] as const;
export type PublishedFormat = (typeof PUBLISHED_FORMATS)[number];

export const PUBLISHED_FORMAT_TYPES: Record<PublishedFormat, { contentType: string; extension: string }> = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
};

export function isPublishedFormat(value: unknown): value is PublishedFormat {
  return typeof value === 'string' && (PUBLISHED_FORMATS as readonly string[]).includes(value);
}

/**
 * The report as a published file: JSON (`gongkai.annual-report/1`, the tables only), a standalone
 * HTML page with its print styles embedded, DOCX, or XLSX of the tables.
 */
export async function renderPublished(report: AnnualReport, format: PublishedFormat, options: RenderOptions = {}): Promise<Uint8Array> {
  if (format === 'json') return new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`);
  const doc = buildReportDocument(report, options.narrative);
  if (format === 'html') return new TextEncoder().encode(renderHtml(doc, { embedStyles: true }));
  // DOCX and XLSX writers are loaded on demand: the text forms and the portal never need them.
  if (format === 'docx') return (await import('./docx.ts')).renderDocx(doc);
  return (await import('./xlsx.ts')).renderXlsx(doc);
}
