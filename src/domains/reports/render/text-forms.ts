/**
 * The plain-text forms real reports come in. Each is a pure function of the document model.
 * Forms that lose blank cells (pdfText, runTogether: extraction drops empty cells) are marked in
 * REPORT_RENDER_FORM_TRAITS so the reader can be checked cell-exactly on the others.
 */
import type { ReportDocument, ReportTable } from './document.ts';
import { rowOrigins, tableMatrix } from './grid.ts';

type TableRenderer = (table: ReportTable) => string[];

/** Title, then each section heading, its paragraphs and table, blank lines between (as in the seed). */
function textDocument(doc: ReportDocument, renderTable: TableRenderer, heading = (t: string, _level: 1 | 2) => t): string {
  const blocks: string[] = [heading(doc.title, 1)];
  for (const section of doc.sections) {
    blocks.push(heading(section.title, 2), ...section.paragraphs);
    if (section.table) blocks.push(renderTable(section.table).join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Text copied from Word: tab-separated cells, empty cells where merged cells cover the grid. */
export function renderTab(doc: ReportDocument): string {
  return textDocument(doc, (t) => tableMatrix(t).map((row) => row.join('\t')));
}

/** Rows with `|` between cells. */
export function renderPipe(doc: ReportDocument): string {
  return textDocument(doc, (t) => tableMatrix(t).map((row) => row.join('|')));
}

/**
 * One cell per line (merged cells once), a `|` line between rows; none after the last row, whose
 * blank trailing cells are blank lines before the one blank line of paragraph spacing.
 */
export function renderCellPerLine(doc: ReportDocument): string {
  return textDocument(doc, (t) => rowOrigins(t).flatMap((row, i) => [...(i > 0 ? ['|'] : []), ...row.cells.map((c) => c.text)]));
}

/** Markdown: `#`/`##` headings and pipe tables (the first grid row is the header row). */
export function renderMarkdown(doc: ReportDocument): string {
  const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const line = (row: string[]) => `| ${row.map((c) => escape(c) || ' ').join(' | ')} |`;
  return textDocument(
    doc,
    (t) => {
      const [first, ...rest] = tableMatrix(t);
      return [`**${t.caption}**`, '', line(first!), `|${' --- |'.repeat(t.width)}`, ...rest.map(line)];
    },
    (text, level) => `${'#'.repeat(level)} ${text}`,
  );
}

/** Labels longer than this wrap onto a second line in PDF text, as narrow table cells do. */
export const PDF_LABEL_WIDTH = 16;

/**
 * Text as extracted from a PDF: a row's labels, then its numbers separated by spaces; blank cells
 * vanish; a long label is split, its tail on the next line before the numbers.
 */
export function renderPdfText(doc: ReportDocument): string {
  return textDocument(doc, (t) => rowOrigins(t).flatMap((row) => {
    const labels = row.cells.filter((c) => !c.value).map((c) => c.text);
    const numbers = row.cells.filter((c) => c.value && c.text !== '').map((c) => c.text).join(' ');
    const last = labels.pop() ?? '';
    const prefix = labels.length ? `${labels.join(' ')} ` : '';
    if (last.length <= PDF_LABEL_WIDTH) return [[prefix + last, numbers].filter(Boolean).join(' ')];
    return [prefix + last.slice(0, PDF_LABEL_WIDTH), [last.slice(PDF_LABEL_WIDTH), numbers].filter(Boolean).join(' ')];
  }));
}

/** Cells run together with no separator, e.g. `（一）予以公开12003419`; blank cells vanish. */
export function renderRunTogether(doc: ReportDocument): string {
  return textDocument(doc, (t) => rowOrigins(t).map((row) => row.cells.map((c) => c.text).join('')));
}
