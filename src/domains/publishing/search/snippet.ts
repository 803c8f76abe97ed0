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

/** About `length` characters of `text` around the first match, highlighted, with … where cut. */
export function snippet(text: string, pattern: RegExp | null, length = 120): string {
  const chars = Array.from(text);
  let startChar = 0;
  if (pattern) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (m) startChar = Math.max(0, Array.from(text.slice(0, m.index)).length - Math.floor(length / 4));
    pattern.lastIndex = 0;
  }
  const piece = chars.slice(startChar, startChar + length).join('');
  return (startChar > 0 ? '…' : '') + highlight(piece, pattern) + (startChar + length < chars.length ? '…' : '');
}
