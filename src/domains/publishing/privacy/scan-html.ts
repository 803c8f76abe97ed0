/**
 * Personal data in HTML: only what a reader sees is scanned (text nodes, not attributes, markup,
 * scripts or styles). The text nodes are joined into one text, block elements and `<br>` starting
 * a new line, so a number split by inline markup (`<b>138</b>12345678`) is still found. Masking
 * rewrites only the text nodes that hold a finding; every other byte of the source is kept.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Text } from 'domhandler';
import { scanText } from './scan-text.ts';
import type { PrivacyFinding } from './types.ts';

const SKIP = new Set(['script', 'style', 'template', 'noscript']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]);

interface Segment {
  node: Text;
  /** Offsets of the node's text in the extracted text. */
  start: number;
  end: number;
}

interface Extracted {
  text: string;
  segments: Segment[];
}

function extract(html: string): Extracted {
  const doc = parseDocument(html, { decodeEntities: true, withStartIndices: true, withEndIndices: true });
  let text = '';
  const segments: Segment[] = [];
  const newline = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        segments.push({ node, start: text.length, end: text.length + node.data.length });
        text += node.data;
      } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        if (SKIP.has(node.name)) continue;
        const block = BLOCK.has(node.name);
        if (block) newline();
        walk(node.children);
        if (block) newline();
      } else if ('children' in node) walk(node.children);
    }
  };
  walk(doc.children);
  return { text, segments };
}

/** The text a reader sees, as scanHtml's offsets and lines count it. */
export function htmlVisibleText(html: string): string {
  return extract(html).text;
}

/** Personal data in the text nodes of `html`; offsets and lines refer to htmlVisibleText(html). */
export function scanHtml(html: string): PrivacyFinding[] {
  return scanText(extract(html).text);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Each finding replaced by its mask inside the text nodes (a mask spanning nodes goes into the first). */
function applyHtmlMasks(html: string, extracted: Extracted, findings: readonly PrivacyFinding[]): string {
  const edits: { from: number; to: number; text: string }[] = [];
  for (const segment of extracted.segments) {
    const touching = findings.filter((f) => f.start < segment.end && f.end > segment.start).sort((a, b) => a.start - b.start);
    if (touching.length === 0) continue;
    const data = segment.node.data;
    let out = '';
    let at = 0;
    for (const f of touching) {
      const from = Math.max(f.start, segment.start) - segment.start;
      const to = Math.min(f.end, segment.end) - segment.start;
      if (from < at) continue;
      out += data.slice(at, from) + (f.start >= segment.start ? f.masked : '');
      at = to;
    }
    out += data.slice(at);
    edits.push({ from: segment.node.startIndex!, to: segment.node.endIndex! + 1, text: escapeText(out) });
  }
  let result = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.from - b.from)) {
    result += html.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return result + html.slice(at);
}

const MAX_PASSES = 4;

/** `html` with the findings (default: all, until none is left) masked in its text nodes; markup kept. */
export function maskHtml(html: string, findings?: readonly PrivacyFinding[]): string {
  if (findings) return applyHtmlMasks(html, extract(html), findings);
  let current = html;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const extracted = extract(current);
    const found = scanText(extracted.text);
    if (found.length === 0) break;
    current = applyHtmlMasks(current, extracted, found);
  }
  return current;
}
