/**
 * Snippets and highlighting: HTML-escaped text with each occurrence of a query word in <mark>,
 * matched as the search matches (ignoring case, width and whitespace inside the word).
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A character or its full-width form (the text is kept as written; the words are NFKC). */
function eitherWidth(c: string): string {
  const code = c.charCodeAt(0);
  if (c.length === 1 && code > 0x20 && code < 0x7f) return `[${escapeRegExp(c)}${String.fromCharCode(code + 0xfee0)}]`;
  return escapeRegExp(c);
}

/** One pattern finding any of the words (compact forms): either width, any case, whitespace between characters. */
export function wordsPattern(words: readonly string[]): RegExp | null {
  const parts = words
    .filter((w) => w !== '')
    .sort((a, b) => b.length - a.length)
    .map((w) => Array.from(w, (c) => eitherWidth(c)).join('\\s*'));
  return parts.length > 0 ? new RegExp(parts.join('|'), 'giu') : null;
}

/** `text` escaped, every match of `pattern` in <mark>. */
export function highlight(text: string, pattern: RegExp | null): string {
  if (!pattern) return escapeHtml(text);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m[0] === '') continue;
    out += escapeHtml(text.slice(at, m.index)) + '<mark>' + escapeHtml(m[0]) + '</mark>';
    at = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(at));
}

/** A high surrogate: the text has characters beyond the BMP, which take two UTF-16 units. */
const ASTRAL = /[\ud800-\udbff]/;

/** About `length` characters of `text` around the first match, highlighted, with … where cut. */
export function snippet(text: string, pattern: RegExp | null, length = 120): string {
  let first = -1;
  if (pattern) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (m) first = m.index;
    pattern.lastIndex = 0;
  }
  // Counted in characters (code points). Text with none beyond the BMP (nearly every body) is cut
  // by index: splitting a whole body into an array of characters was most of a hit's CPU.
  const chars = ASTRAL.test(text) ? Array.from(text) : null;
  const size = chars ? chars.length : text.length;
  const startChar = first < 0 ? 0 : Math.max(0, (chars ? Array.from(text.slice(0, first)).length : first) - Math.floor(length / 4));
  const piece = chars ? chars.slice(startChar, startChar + length).join('') : text.slice(startChar, startChar + length);
  return (startChar > 0 ? '…' : '') + highlight(piece, pattern) + (startChar + length < size ? '…' : '');
}
