/**
 * Shows privacy findings in place: wraps each occurrence of a finding's text in `<mark>` within
 * the text between tags of an already sanitized body (attributes and markup are left alone).
 */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pattern(texts: readonly string[]): RegExp | undefined {
  const unique = [...new Set(texts.filter(Boolean).map(escapeHtml))].sort((a, b) => b.length - a.length);
  return unique.length > 0 ? new RegExp(unique.map(escapeRegExp).join('|'), 'g') : undefined;
}

const MARK = (m: string) => `<mark class="privacy-finding">${m}</mark>`;

export function markFindings(html: string, texts: readonly string[]): string {
  const re = pattern(texts);
  if (!re) return html;
  return html.replace(/(^|>)([^<]+)/g, (_whole, open: string, text: string) => open + text.replace(re, MARK));
}

/** A plain text (the title) escaped, its findings marked. */
export function markText(text: string, texts: readonly string[]): string {
  const re = pattern(texts);
  const escaped = escapeHtml(text);
  return re ? escaped.replace(re, MARK) : escaped;
}
