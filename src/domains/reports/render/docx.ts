/**
 * The report as a Word document (DOCX) for Word and WPS users: A4 with the margins of the 公文
 * format (GB/T 9704: 天头 37 mm, 订口 28 mm), CJK fonts named for East Asian text (the eastAsia slot
 * of w:rFonts, so Word does not fall back to a Latin font for Chinese), the three tables with the
 * national format's merged cells (gridSpan / vMerge), header rows repeated on every page and no
 * row split across a page break. Pure: bytes out, nothing read or written.
 */
import {
  AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun,
  VerticalAlignTable, WidthType,
} from 'docx';
import type { GridCell, ReportDocument, ReportTable } from './document.ts';

/** The fonts a DOCX report names: body 仿宋, headings 黑体, title and tables 宋体 (公文 practice). */
export const DOCX_FONTS = { body: '仿宋', heading: '黑体', title: '宋体', table: '宋体', latin: 'Times New Roman' } as const;

const MM = 56.6929; // twips per millimetre
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

function font(eastAsia: string) {
  return { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia, cs: DOCX_FONTS.latin };
}

/** Column widths (twips) per table width: label columns wider than number columns. */
function columnWidths(table: ReportTable): number[] {
  const labelShare: Record<number, number[]> = {
    4: [0.34],
    10: [0.09, 0.11, 0.3],
  };
  const labels = (labelShare[table.width] ?? []).map((share) => Math.round(share * TEXT_WIDTH));
  const rest = TEXT_WIDTH - labels.reduce((s, w) => s + w, 0);
  const numbers = table.width - labels.length;
  return [...labels, ...Array.from({ length: numbers }, () => Math.floor(rest / numbers))];
}

function tableCell(cell: GridCell): TableCell {
  // An empty cell still needs one paragraph (OOXML); a blank value stays empty, never "0".
  return new TableCell({
    children: [new Paragraph({
      alignment: cell.value || cell.header === 'col' || cell.header === 'rowgroup' ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: cell.text === '' ? [] : [new TextRun({ text: cell.text, font: font(DOCX_FONTS.table), size: 18, bold: cell.header === 'col' || cell.header === 'rowgroup' })],
    })],
    verticalAlign: VerticalAlignTable.CENTER,
    ...((cell.rowSpan ?? 1) > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...((cell.colSpan ?? 1) > 1 ? { columnSpan: cell.colSpan } : {}),
  });
}

function reportTable(table: ReportTable): Table {
  const widths = columnWidths(table);
  const rows = table.groups.flatMap((group) => group.rows.map((row) => new TableRow({
    children: row.cells.map(tableCell),
    // A row never breaks across pages; a table's head rows repeat at the top of each page.
    cantSplit: true,
    ...(group.head ? { tableHeader: true } : {}),
  })));
  return new Table({ rows, columnWidths: widths, width: { size: TEXT_WIDTH, type: WidthType.DXA } });
}

function caption(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: [new TextRun({ text, font: font(DOCX_FONTS.heading), size: 21 })],
  });
}

/** The document as DOCX bytes. */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: doc.title, font: font(DOCX_FONTS.title), size: 44, bold: true })],
    }),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: section.title, font: font(DOCX_FONTS.heading), size: 32, color: '000000' })],
    }));
    for (const text of section.paragraphs) {
      children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [new TextRun({ text, font: font(DOCX_FONTS.body), size: 32 })] }));
    }
    if (section.table) children.push(caption(section.table.caption), reportTable(section.table));
  }
  const document = new Document({
    creator: 'gongkai',
    title: doc.title,
    styles: { default: { document: { run: { font: font(DOCX_FONTS.body), size: 32 } } } },
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
