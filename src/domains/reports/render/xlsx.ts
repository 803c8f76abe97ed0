/**
 * The report's three tables as an Excel workbook: one sheet per table with the national format's
 * merged cells, numbers stored as numbers (a blank cell stays empty, never 0), ruled borders, and
 * the table head repeated on printed pages. A first sheet names the report.
 */
import ExcelJS from 'exceljs';
import type { ReportDocument, ReportTable } from './document.ts';
import { expandTable } from './grid.ts';

/** Sheet names, in workbook order after the cover sheet (Excel allows 31 characters, no `/`). */
export const XLSX_TABLE_SHEETS = ['表二 主动公开', '表三 依申请公开', '表四 复议诉讼'] as const;

const BORDER = { style: 'thin', color: { argb: 'FF000000' } } as const;

function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: ReportTable): void {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: table.width > 4 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.getCell(1, 1).value = table.caption;
  sheet.getCell(1, 1).font = { bold: true, size: 12 };
  sheet.mergeCells(1, 1, 1, table.width);
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  const offset = 1; // the caption row
  const rows = table.groups.flatMap((g) => g.rows.map((row) => ({ row, head: g.head })));
  const slots = expandTable(table);
  slots.forEach((line, r) => {
    line.forEach((slot, c) => {
      const cell = sheet.getCell(r + 1 + offset, c + 1);
      cell.border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };
      if (!slot.origin) return;
      const { text, value, header } = slot.cell;
      cell.value = value && text !== '' ? Number(text) : text === '' ? null : text;
      cell.alignment = { vertical: 'middle', horizontal: value || header === 'col' || header === 'rowgroup' ? 'center' : 'left', wrapText: true };
      if (header === 'col' || header === 'rowgroup') cell.font = { bold: true };
      if ((slot.cell.rowSpan ?? 1) > 1 || (slot.cell.colSpan ?? 1) > 1) {
        sheet.mergeCells(r + 1 + offset, c + 1, r + offset + (slot.cell.rowSpan ?? 1), c + (slot.cell.colSpan ?? 1));
      }
    });
  });
  const headRows = rows.filter((x) => x.head).length;
  if (headRows > 0) sheet.pageSetup.printTitlesRow = `${1 + offset}:${headRows + offset}`;
  const labelColumns = table.width === 10 ? [8, 12, 34] : table.width === 4 ? [24] : [];
  for (let c = 1; c <= table.width; c++) sheet.getColumn(c).width = labelColumns[c - 1] ?? (table.width === 4 ? 18 : 10);
}

/** The workbook as XLSX bytes. */
export async function renderXlsx(doc: ReportDocument): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gongkai';
  const cover = workbook.addWorksheet('报告');
  cover.getCell('A1').value = doc.title;
  cover.getCell('A1').font = { bold: true, size: 14 };
  cover.getColumn(1).width = 80;
  doc.sections.forEach((section, i) => { cover.getCell(i + 3, 1).value = section.title; });
  const tables = doc.sections.flatMap((s) => (s.table ? [s.table] : []));
  tables.forEach((table, i) => addTableSheet(workbook, XLSX_TABLE_SHEETS[i] ?? `表${i + 2}`, table));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
