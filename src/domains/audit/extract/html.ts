/**
 * HTML → the text form the reader takes: paragraphs as lines, each data-table row as one line of
 * tab-separated cells. Row and column spans are expanded into a grid the way text copied from Word
 * looks (the seed): the spanning cell's text in its top-left position, the positions it covers as
 * empty cells; blank cells are kept as empty cells, at the end of a row too. Tables that contain
 * other tables are page layout, not data: their cells are read as blocks. Scripts, styles,
 * navigation, footers, forms and hidden elements are dropped.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'nav', 'footer', 'iframe', 'object', 'embed',
  'svg', 'select', 'option', 'button', 'input', 'textarea', 'map', 'canvas', 'audio', 'video', 'img',
]);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul',
]);
/** Largest span honoured; larger values in broken markup are clamped. */
const MAX_COLSPAN = 100;

const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef';
/** A source line break between two CJK characters is not a space. */
const CJK_BREAK = new RegExp(`([${CJK}])[ \\t]*[\\r\\n][\\s]*(?=[${CJK}])`, 'g');
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;

function isCjk(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef);
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isHidden(el: Element): boolean {
  if ('hidden' in el.attribs) return true;
  const style = el.attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function collapse(raw: string): string {
  const joined = raw.includes('\n') || raw.includes('\r') ? raw.replace(CJK_BREAK, '$1') : raw;
  return joined.replace(SPACES, ' ');
}

/** Join two pieces of one logical text: nothing between CJK characters, a space otherwise. */
function joinPieces(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (!part) continue;
    if (out && !(isCjk(out.charCodeAt(out.length - 1)) && isCjk(part.charCodeAt(0)))) out += ' ';
    out += part;
  }
  return out;
}

class LineWriter {
  readonly lines: string[] = [];
  private current = '';

  text(raw: string): void {
    this.current += raw;
  }

  /** End the current line (if it has any text). */
  break(): void {
    const line = collapse(this.current).trim();
    if (line) this.lines.push(line);
    this.current = '';
  }

  raw(line: string): void {
    this.break();
    if (line) this.lines.push(line);
  }
}

function containsTable(nodes: readonly ChildNode[]): boolean {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.name === 'table') return true;
    if (containsTable(node.children)) return true;
  }
  return false;
}

/** The rows of a table, not descending into nested tables. */
function tableRows(nodes: readonly ChildNode[], rows: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isElement(node) || node.name === 'table' || SKIP.has(node.name) || isHidden(node)) continue;
    if (node.name === 'tr') rows.push(node);
    else tableRows(node.children, rows);
  }
  return rows;
}

function rowCells(tr: Element): Element[] {
  return tr.children.filter((n): n is Element => isElement(n) && (n.name === 'td' || n.name === 'th') && !isHidden(n));
}

interface CellText {
  pieces: string[];
  current: string;
}

function flushPiece(acc: CellText): void {
  const piece = collapse(acc.current).trim();
  if (piece) acc.pieces.push(piece);
  acc.current = '';
}

function visitCell(nodes: readonly ChildNode[], acc: CellText): void {
  for (const node of nodes) {
    if (node.type === 'text') acc.current += node.data;
    else if (isElement(node)) {
      if (SKIP.has(node.name) || isHidden(node)) continue;
      if (node.name === 'br') {
        flushPiece(acc);
        continue;
      }
      const block = BLOCK.has(node.name);
      if (block) flushPiece(acc);
      visitCell(node.children, acc);
      if (block) flushPiece(acc);
    }
  }
}

/** A cell's text: block boundaries and `<br>` inside it become joins (see joinPieces). */
function cellText(cell: Element): string {
  const acc: CellText = { pieces: [], current: '' };
  visitCell(cell.children, acc);
  flushPiece(acc);
  return acc.pieces.length === 1 ? acc.pieces[0]! : joinPieces(acc.pieces);
}

function span(value: string | undefined, max: number): number {
  if (value === undefined) return 1;
  const n = Number.parseInt(value, 10);
  if (!Number.isFinite(n) || n < 0) return 1;
  if (n === 0) return max; // rowspan="0": to the end of the table
  return Math.min(n, max);
}

/** Expand a data table into rows of cells, spans as empty cells. */
export function tableGrid(table: Element): string[][] {
  const rows = tableRows(table.children);
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    const line = grid[r]!;
    let c = 0;
    for (const cell of rowCells(tr)) {
      while (line[c] !== undefined) c++;
      const colspan = span(cell.attribs.colspan, MAX_COLSPAN);
      const rowspan = span(cell.attribs.rowspan, rows.length - r);
      const text = cellText(cell);
      for (let i = 0; i < rowspan; i++) {
        const target = grid[r + i]!;
        for (let j = 0; j < colspan; j++) target[c + j] = i === 0 && j === 0 ? text : '';
      }
      c += colspan;
    }
  });
  // Blank cells stay, trailing ones too (a blank last column is a blank cell, as in text copied
  // from Word); only positions no cell covers in a short row are left out at its end.
  return grid.map((line) => Array.from(line, (cell) => cell ?? ''));
}

function walk(nodes: readonly ChildNode[], out: LineWriter, pre: boolean): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (pre) {
        const parts = node.data.split(/\r\n?|\n/);
        parts.forEach((part, i) => {
          if (i > 0) out.break();
          out.text(part);
        });
      } else out.text(node.data);
      continue;
    }
    if (!isElement(node) || SKIP.has(node.name) || isHidden(node)) continue;
    if (node.name === 'br') {
      out.break();
      continue;
    }
    if (node.name === 'table' && !containsTable(node.children)) {
      out.break();
      for (const caption of node.children) {
        if (isElement(caption) && caption.name === 'caption') out.raw(cellText(caption));
      }
      for (const cells of tableGrid(node)) {
        if (cells.some((c) => c !== '')) out.raw(cells.join('\t'));
      }
      continue;
    }
    const block = BLOCK.has(node.name);
    if (block) out.break();
    walk(node.children, out, pre || node.name === 'pre');
    if (block) out.break();
  }
}

function findTitle(nodes: readonly ChildNode[]): string | null {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.name === 'title') return collapse(node.children.map((c) => (c.type === 'text' ? c.data : '')).join('')).trim();
    if (node.name === 'body') return null;
    const found = findTitle(node.children);
    if (found !== null) return found;
  }
  return null;
}

/** HTML source → text lines (see the module comment). */
export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const out = new LineWriter();
  walk(doc.children, out, false);
  out.break();
  const lines = out.lines;
  // Some pages give the report's title only in <title>: use it when the body names no report.
  if (!lines.some((l) => l.includes('年度报告'))) {
    const title = findTitle(doc.children);
    if (title) lines.unshift(title);
  }
  return lines.join('\n');
}
