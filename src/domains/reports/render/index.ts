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
