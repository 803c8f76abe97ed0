/**
 * Turning text lines into a flat token stream: label text, values and empty cells, each tagged
 * with its row. One stream serves every rendering: tab-separated Word copies, `|` rows, Markdown,
 * one cell per line between `|` lines, whitespace-separated PDF text and HTML scrapes where cells
 * run together.
 */
import { isKnownLabel } from './labels.ts';
import { isValueText, labelKey, splitGluedValue } from './normalize.ts';

export type TokenKind = 'text' | 'value' | 'empty';

export interface Token {
  kind: TokenKind;
  /** Raw text of the cell (value tokens: the value text; text tokens: the label as printed). */
  raw: string;
  /** Canonical key (text tokens only; '' otherwise). */
  key: string;
  /** Index of the row in the row list. */
  row: number;
  /** A value printed glued to its label with no separator (HTML scrape): its cell count is unknown. */
  glued?: boolean;
  /**
   * An empty cell that may as well be paragraph spacing: a blank line closing the last row of a
   * one-cell-per-line table, counted only where it fills the row exactly (rows.ts fitCells).
   */
  soft?: boolean;
}

export interface Row {
  /** Index of the first source line of the row. */
  line: number;
  /** Index of the last source line of the row (rows of the one-cell-per-line form span lines). */
  lastLine: number;
  /** True when cell boundaries are explicit (tabs, pipes, cell lines), so empty cells count. */
  structured: boolean;
  /**
   * True where merged cells leave empty padding cells around the values (text copied from Word,
   * pipe rows of the full grid); one-cell-per-line text lists each merged cell once, without padding.
   */
  padded: boolean;
  tokens: Token[];
}

const WHITESPACE = /[\s\u3000]+/;
const PIPE = /[|｜]/;
const MARKDOWN_RULE = /^\s*[|｜]?\s*:?-{2,}:?\s*(?:[|｜]\s*:?-{2,}:?\s*)*[|｜]?\s*$/;
const CELL_LINE_SEPARATOR = /^\s*[|｜]\s*$/;

function pushCell(tokens: Token[], cell: string, row: number, structured: boolean): void {
  const t = cell.trim();
  if (t === '') {
    if (structured) tokens.push({ kind: 'empty', raw: '', key: '', row });
    return;
  }
  if (isValueText(t)) {
    tokens.push({ kind: 'value', raw: t, key: '', row });
    return;
  }
  // Inside an explicit cell, only a table label with digits after it is a glued value; `约3` is not.
  const glued = splitGluedValue(t);
  if (glued && isKnownLabel(labelKey(glued[0]))) {
    tokens.push({ kind: 'text', raw: glued[0], key: labelKey(glued[0]), row });
    tokens.push({ kind: 'value', raw: glued[1], key: '', row, glued: true });
    return;
  }
  tokens.push({ kind: 'text', raw: t, key: labelKey(t), row });
}

/** Tokens of a line without cell separators: values split on whitespace, adjacent text joined. */
function pushFreeLine(tokens: Token[], line: string, row: number): void {
  const pieces = line.trim().split(WHITESPACE);
  let text = '';
  const flush = (): void => {
    if (text) tokens.push({ kind: 'text', raw: text, key: labelKey(text), row });
    text = '';
  };
  for (const piece of pieces) {
    if (!piece) continue;
    if (isValueText(piece)) {
      flush();
      tokens.push({ kind: 'value', raw: piece, key: '', row });
      continue;
    }
    // A unit printed apart from its number (`251000 元`) belongs to the number.
    const last = tokens[tokens.length - 1];
    if (!text && (piece === '元' || piece === '万元') && last && last.row === row && last.kind === 'value') {
      last.raw += piece;
      continue;
    }
    const glued = splitGluedValue(piece);
    if (glued && glued[0].length >= 2) {
      text = text ? `${text} ${glued[0]}` : glued[0];
      flush();
      tokens.push({ kind: 'value', raw: glued[1], key: '', row, glued: true });
      continue;
    }
    text = text ? `${text} ${piece}` : piece;
  }
  flush();
}

/**
 * Cells of a `|` row. In Markdown a leading and a trailing pipe each frame the row (either may be
 * left out, as in GFM), so they are not cell boundaries; in plain pipe rows a leading or trailing
 * `|` does bound an empty first or last cell.
 */
function splitPipes(line: string, framed: boolean): string[] {
  let t = line.trim();
  if (framed) {
    if (PIPE.test(t[0] ?? '')) t = t.slice(1);
    if (PIPE.test(t[t.length - 1] ?? '')) t = t.slice(0, -1);
  }
  return t.split(/[|｜]/);
}

/**
 * How the text lays out its table cells, decided once per text:
 * - `none`: one row per line (tabs, pipes, Markdown, PDF text, run-together);
 * - `lone`: one cell per line, a line that is a lone `|` between rows;
 * - `closer`: one cell per line, rows closed by a line of several pipes (`| |||||`), with a lone
 *   `|` between cells or a ` |` ending each cell line (both seen on scraped pages).
 */
export type CellLineForm = 'none' | 'lone' | 'closer';

const PIPE_RUN = /^\s*[|｜](?:\s*[|｜])+\s*$/;
const TRAILING_PIPE = /\s*[|｜]\s*$/;
const INNER_PIPE = /[^\s|｜]\s*[|｜]\s*[^\s|｜]/;

/** A cell line holding several values (`5 2 0 1 0 0 8`, a row's numbers under its label). */
function pushCellLine(tokens: Token[], text: string, row: number): void {
  const t = text.trim();
  if (t.includes('|') || t.includes('｜')) {
    for (const piece of t.split(PIPE)) pushCellLine(tokens, piece, row);
    return;
  }
  const pieces = t.split(WHITESPACE);
  if (pieces.length > 1 && pieces.every((p) => isValueText(p))) {
    for (const p of pieces) tokens.push({ kind: 'value', raw: p, key: '', row });
    return;
  }
  pushCell(tokens, t, row, true);
}

/**
 * Cells of one row in the `closer` form. A row whose cell lines end in ` |` has one cell per line
 * (a lone `|` is then a blank cell); otherwise lone `|` lines separate cells, and one that follows
 * another separator (or opens the row) stands for a blank cell.
 */
function closerRowCells(lines: readonly string[], start: number, end: number, row: number): Token[] {
  const tokens: Token[] = [];
  let trailing = false;
  for (let j = start; j < end; j++) {
    const line = lines[j]!;
    if (!CELL_LINE_SEPARATOR.test(line) && line.trim() !== '' && TRAILING_PIPE.test(line)) { trailing = true; break; }
  }
  if (trailing) {
    for (let j = start; j < end; j++) {
      const line = lines[j]!;
      if (line.trim() === '') continue;
      if (CELL_LINE_SEPARATOR.test(line)) tokens.push({ kind: 'empty', raw: '', key: '', row });
      else pushCellLine(tokens, line.replace(TRAILING_PIPE, ''), row);
    }
    return tokens;
  }
  // Separators strictly between cells: n separators, n + 1 cells; nothing between two is a blank.
  let group = 0;
  for (let j = start; j <= end; j++) {
    const line = j < end ? lines[j]! : '|';
    if (line.trim() === '') continue;
    if (CELL_LINE_SEPARATOR.test(line)) {
      if (group === 0) tokens.push({ kind: 'empty', raw: '', key: '', row });
      group = 0;
      continue;
    }
    pushCellLine(tokens, line, row);
    group++;
  }
  return tokens;
}

/** Rows of the lines `from`..`to` (exclusive). */
export function tokenizeLines(lines: readonly string[], from: number, to: number, cellLineMode: CellLineForm, markdown: boolean): Row[] {
  const rows: Row[] = [];
  if (cellLineMode === 'closer') {
    let start = from;
    for (let i = from; i <= to; i++) {
      if (i < to && !PIPE_RUN.test(lines[i]!)) continue;
      // A heading or prose line before the first cell of a table is a row of its own.
      if (i > start) {
        const index = rows.length;
        const tokens = closerRowCells(lines, start, i, index);
        if (tokens.some((t) => t.kind !== 'empty')) rows.push({ line: start, lastLine: i - 1, structured: true, padded: false, tokens });
      }
      start = i + 1;
    }
    return rows;
  }
  if (cellLineMode === 'lone') {
    // One cell per line, `|` lines between rows: a row is the run of lines between separators.
    // Blank lines before the next heading end the last row: one of them is paragraph spacing, the
    // others may be the row's blank trailing cells (no `|` line closes the last row), kept as soft
    // empty cells that count only where they make the row exactly as wide as the table.
    const end = to;
    while (to > from && lines[to - 1]!.trim() === '') to--;
    const trailing = Math.max(0, end - to - 1);
    let start = from;
    for (let i = from; i <= to; i++) {
      if (i === to || CELL_LINE_SEPARATOR.test(lines[i]!)) {
        if (i > start) {
          const row: Row = { line: start, lastLine: i - 1, structured: true, padded: false, tokens: [] };
          const index = rows.length;
          for (let j = start; j < i; j++) {
            const line = lines[j]!;
            if (line.trim() === '') pushCell(row.tokens, line, index, true);
            else pushCellLine(row.tokens, TRAILING_PIPE.test(line) ? line.replace(TRAILING_PIPE, '') : line, index);
          }
          if (i === to) for (let k = 0; k < trailing; k++) row.tokens.push({ kind: 'empty', raw: '', key: '', row: index, soft: true });
          if (row.tokens.some((t) => t.kind !== 'empty')) rows.push(row);
        }
        start = i + 1;
      }
    }
    return rows;
  }
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const index = rows.length;
    const row: Row = { line: i, lastLine: i, structured: false, padded: false, tokens: [] };
    if (line.includes('\t')) {
      row.structured = true;
      row.padded = true;
      for (const cell of line.split('\t')) pushCell(row.tokens, cell, index, true);
    } else if (PIPE.test(line)) {
      if (MARKDOWN_RULE.test(line)) continue;
      row.structured = true;
      row.padded = true;
      for (const cell of splitPipes(line, markdown)) pushCell(row.tokens, cell, index, true);
    } else {
      pushFreeLine(row.tokens, line, index);
    }
    if (row.tokens.some((t) => t.kind !== 'empty')) rows.push(row);
  }
  return rows;
}

/** True if the text has Markdown table rules (`|---|---|`), so its pipe rows are framed. */
export function usesMarkdownTables(lines: readonly string[]): boolean {
  for (const line of lines) if (line.length < 400 && line.includes('--') && MARKDOWN_RULE.test(line)) return true;
  return false;
}

/** Which one-cell-per-line form the text uses, if any (see {@link CellLineForm}). */
export function cellLineForm(lines: readonly string[]): CellLineForm {
  let lone = 0;
  let runs = 0;
  let inner = 0;
  for (const line of lines) {
    if (line.length < 4 && CELL_LINE_SEPARATOR.test(line)) lone++;
    else if (line.length < 40 && PIPE_RUN.test(line)) runs++;
    else if (line.length < 400 && INNER_PIPE.test(line)) inner++;
  }
  // Pipe rows of a table (`a|b|c`) may have an all-blank row too; closers stand between cell lines.
  if (runs >= 3 && inner < runs) return 'closer';
  return lone >= 3 ? 'lone' : 'none';
}
