/**
 * Expands a table's spans into a full matrix, as text copied from Word or a PDF sees it: the cell
 * where a merged cell starts holds its text, the slots it covers are empty.
 */
import type { GridCell, ReportTable } from './document.ts';

export interface Slot {
  cell: GridCell;
  /** True where the (merged) cell starts; false on the slots it covers. */
  origin: boolean;
}

export function expandTable(table: ReportTable): Slot[][] {
  const rows = table.groups.flatMap((g) => g.rows);
  const matrix: (Slot | undefined)[][] = rows.map(() => new Array<Slot | undefined>(table.width).fill(undefined));
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (matrix[r]![c]) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          if (r + dr < rows.length && c + dc < table.width) matrix[r + dr]![c + dc] = { cell, origin: dr === 0 && dc === 0 };
        }
      }
      c += cell.colSpan ?? 1;
    }
  });
  const empty: Slot = { cell: { text: '' }, origin: false };
  return matrix.map((row) => row.map((slot) => slot ?? empty));
}

/** The matrix as text cells: a merged cell's text at its origin, '' elsewhere. */
export function tableMatrix(table: ReportTable): string[][] {
  return expandTable(table).map((row) => row.map((slot) => (slot.origin ? slot.cell.text : '')));
}

/** Per row, the cells that start on that row (what one-cell-per-line and PDF text see). */
export function rowOrigins(table: ReportTable): { kind: 'header' | 'data'; cells: GridCell[] }[] {
  const rows = table.groups.flatMap((g) => g.rows);
  return expandTable(table).map((row, r) => ({ kind: rows[r]!.kind, cells: row.filter((s) => s.origin).map((s) => s.cell) }));
}
