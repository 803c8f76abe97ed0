/**
 * HTML → the text form the reader takes: paragraphs as lines, each data-table row as one line of
 * tab-separated cells. Row and column spans are expanded into a grid the way text copied from Word
 * looks (the seed): the spanning cell's text in its top-left position, the positions it covers as
 * empty cells; blank cells are kept as empty cells, at the end of a row too. Tables that contain
 * other tables are page layout, not data: their cells are read as blocks. Scripts, styles,
 * navigation, footers, forms and hidden elements are dropped.
 */
import { Parser } from 'htmlparser2';
import type { Handler } from 'htmlparser2';

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

/**
 * The parsed page as this module reads it: elements with their attributes and children, text as
 * plain strings (adjacent text merged). Built straight from htmlparser2's events, once per page:
 * domhandler's DOM (sibling and parent links, a class per node kind) cost as much again as the
 * tokenizer, and nothing here needs it. Comments, doctypes and processing instructions are left out.
 */
interface Element {
  name: string;
  attribs: Record<string, string>;
  children: ChildNode[];
}
type ChildNode = Element | string;

const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

class TreeBuilder implements Partial<Handler> {
  readonly root: Element = { name: '', attribs: {}, children: [] };
  private readonly stack: Element[] = [this.root];
  private top: Element = this.root;
  /** The last child of `top` is text still being written (as domhandler merges text events). */
  private inText = false;

  onopentag(name: string, attribs: Record<string, string>): void {
    const element: Element = { name, attribs, children: [] };
    this.top.children.push(element);
    this.stack.push(element);
    this.top = element;
    this.inText = false;
  }

  onclosetag(): void {
    this.inText = false;
    if (this.stack.length > 1) this.stack.pop();
    this.top = this.stack[this.stack.length - 1]!;
  }

  ontext(data: string): void {
    const children = this.top.children;
    if (this.inText) children[children.length - 1] += data;
    else {
      children.push(data);
      this.inText = true;
    }
  }

  oncomment(): void {
    this.inText = false;
  }

  onprocessinginstruction(): void {
    this.inText = false;
  }
}

function parseHtml(html: string): Element {
  const builder = new TreeBuilder();
  new Parser(builder, PARSER_OPTIONS).end(html);
  return builder.root;
}

function isElement(node: ChildNode): node is Element {
  return typeof node !== 'string';
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
    if (typeof node === 'string') acc.current += node;
    else {
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

/** Marks a grid position covered by a cell spanning columns (dropped from the row). */
const COVERED = '\u0000covered';

/** Expand a data table into rows of cells (see the comment at the end). */
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
        for (let j = 0; j < colspan; j++) target[c + j] = i === 0 && j === 0 ? text : j === 0 ? '' : COVERED;
      }
      c += colspan;
    }
  });
  // Blank cells stay, trailing ones too (a blank last column is a blank cell); the columns a cell
  // spans beyond its first are left out (a label spanning two columns is one cell: padding there
  // could not be told from a blank value and would shift the row), the rows it spans below keep
  // an empty cell where it starts; positions no cell covers in a short row are left out at its end.
  return grid.map((line) => {
    const cells: string[] = [];
    for (let i = 0; i < line.length; i++) {
      const cell = line[i] ?? '';
      if (cell !== COVERED) cells.push(cell);
    }
    return cells;
  });
}

function walk(nodes: readonly ChildNode[], out: LineWriter, pre: boolean): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (pre) {
        const parts = node.split(/\r\n?|\n/);
        parts.forEach((part, i) => {
          if (i > 0) out.break();
          out.text(part);
        });
      } else out.text(node);
      continue;
    }
    if (SKIP.has(node.name) || isHidden(node)) continue;
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
    if (node.name === 'title') return collapse(textOf(node)).trim();
    if (node.name === 'body') return null;
    const found = findTitle(node.children);
    if (found !== null) return found;
  }
  return null;
}

/** The text directly inside an element. */
function textOf(el: Element): string {
  let out = '';
  for (const child of el.children) if (typeof child === 'string') out += child;
  return out;
}

/** The text of every <script> element. */
function scriptTexts(nodes: readonly ChildNode[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.name === 'script') out.push(textOf(node));
    else scriptTexts(node.children, out);
  }
  return out;
}

/**
 * The bodies of the JS/JSON string literals in a script, in order: "…" and '…' (ending at a line
 * break) or `…`, with backslash escapes. Where a quote opens no complete literal, the scan goes on
 * from the next character. The same as matching
 * /"((?:[^"\\\n]|\\[\s\S])*)"|'((?:[^'\\\n]|\\[\s\S])*)'|`((?:[^`\\]|\\[\s\S])*)`/g, done by hand:
 * that regex took a fifth of the extraction of a script-held report.
 */
function stringLiterals(script: string): string[] {
  const out: string[] = [];
  const n = script.length;
  let i = 0;
  while (i < n) {
    const quote = script.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27 && quote !== 0x60) {
      i++;
      continue;
    }
    let j = i + 1;
    let end = -1;
    while (j < n) {
      const c = script.charCodeAt(j);
      if (c === quote) {
        end = j;
        break;
      }
      if (c === 0x5c) {
        if (j + 1 >= n) break;
        j += 2;
        continue;
      }
      if (c === 0x0a && quote !== 0x60) break;
      j++;
    }
    if (end < 0) {
      i++;
      continue;
    }
    out.push(script.slice(i + 1, end));
    i = end + 1;
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\n', t: '\t', b: '', f: '\n', v: '', 0: '' };
/** A report's markup (a table, or a title) inside a string, escaped or not. */
const REPORT_MARKUP = /<table|&lt;table|\\u003c\s*table|\\x3ctable|政府信息公开/i;

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/** The value of body[from..to) read as hex digits, or -1 if it is not all hex digits (or runs past the end). */
function hexValue(body: string, from: number, to: number): number {
  if (to > body.length) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    if (!isHexDigit(c)) return -1;
    value = value * 16 + (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);
  }
  return value;
}

/**
 * A JS string literal's body with its escapes resolved: `\u{…}`, `\uXXXX`, `\xXX`, the simple
 * escapes, and any other escaped character as itself; a backslash ending the body stays. A scan
 * with indexOf rather than a regex replace with a callback per escape: a script-held report has an
 * escape every few characters (`\u003c`, `\"`), and this ran at a third of such a file's audit.
 */
function unescapeJs(body: string): string {
  let i = body.indexOf('\\');
  if (i < 0) return body;
  let out = '';
  let last = 0;
  while (i >= 0 && i + 1 < body.length) {
    out += body.slice(last, i);
    const ch = body[i + 1]!;
    let end = i + 2;
    let replacement: string | undefined;
    if (ch === 'u') {
      if (body[i + 2] === '{') {
        let j = i + 3;
        while (j < body.length && isHexDigit(body.charCodeAt(j))) j++;
        if (j > i + 3 && body[j] === '}') {
          replacement = String.fromCodePoint(Number.parseInt(body.slice(i + 3, j), 16));
          end = j + 1;
        }
      }
      const code = replacement === undefined ? hexValue(body, i + 2, i + 6) : -1;
      if (code >= 0) {
        replacement = String.fromCharCode(code);
        end = i + 6;
      }
    } else if (ch === 'x') {
      const code = hexValue(body, i + 2, i + 4);
      if (code >= 0) {
        replacement = String.fromCharCode(code);
        end = i + 4;
      }
    }
    out += replacement ?? SIMPLE_ESCAPES[ch] ?? ch;
    last = end;
    i = body.indexOf('\\', end);
  }
  return out + body.slice(last);
}

/**
 * Reports inside a page's script (an HTML string in a JS or JSON literal, escaped): the HTML of
 * every string literal that holds a table or names 政府信息公开, unescaped, in page order. Only
 * strings with markup count (a bare title in a variable is not a report).
 */
function htmlInScripts(doc: Element): string[] {
  const out: string[] = [];
  for (const script of scriptTexts(doc.children)) {
    if (script.length < 200 || !REPORT_MARKUP.test(script)) continue;
    for (const body of stringLiterals(script)) {
      if (body.length < 200 || !REPORT_MARKUP.test(body)) continue;
      let html = unescapeJs(body);
      // HTML escaped once more as text (&lt;table&gt;) inside the literal.
      if (!html.includes('<') && html.includes('&lt;')) html = html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      if (/<(?:table|p|div|tr|h\d)\b/i.test(html)) out.push(html);
    }
  }
  return out;
}

const REPORT_TABLE_SIGN = /本年新收|予以公开|结果维持|行政许可/;

/** HTML source → text lines (see the module comment). */
export function htmlToText(html: string): string {
  const doc = parseHtml(html);
  const out = new LineWriter();
  walk(doc.children, out, false);
  out.break();
  const lines = out.lines;
  // A page that renders its report from a script: the report's HTML is in a string literal.
  if (!lines.some((l) => REPORT_TABLE_SIGN.test(l))) {
    for (const inner of htmlInScripts(doc)) {
      const text = htmlToText(inner.replace(/<script[\s\S]*?<\/script>/gi, ''));
      if (text) lines.push(...text.split('\n'));
    }
  }
  // Some pages give the report's title only in <title>: use it when the body names no report.
  if (!lines.some((l) => l.includes('年度报告'))) {
    const title = findTitle(doc.children);
    if (title) lines.unshift(title);
  }
  return lines.join('\n');
}
