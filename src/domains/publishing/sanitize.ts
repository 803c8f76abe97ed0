import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

/**
 * Item bodies are rich text from an allow-list (sanitize-html): structure, tables, links and
 * images only; no script, style, event handler or `javascript:` URL survives (only http, https,
 * mailto and relative URLs are kept).
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'blockquote',
    'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'a', 'img', 'hr', 'span', 'div', 'pre', 'code',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/**
 * Elements whose text is not text (sanitize-html's nonTextTags): skipped with everything in them,
 * as the allow-nothing sanitize-html pass that bodyText used to make did.
 */
const NON_TEXT = new Set(['script', 'style', 'textarea', 'option']);

/**
 * Plain text of a body (for search, privacy scanning of text and feeds): block ends and `<br>`
 * become line breaks, tags go, entities are decoded. One htmlparser2 pass collecting text nodes
 * (an import of 100,000 items used to spend a second sanitize-html pass per item here); it gives
 * the same text as `sanitizeHtml(…, { allowedTags: [] })` followed by unescaping, which
 * sanitize.property.test.ts checks on random HTML and on sanitised bodies (what is stored). Only
 * on markup that no stored body has (a bare `<`, `<title>`, `<textarea>`, `<script/>`) can it
 * differ, where this htmlparser2 (12) and the one inside sanitize-html (8) tokenise differently.
 */
export function bodyText(html: string): string {
  const withBreaks = html.replace(/<\/(p|div|li|tr|h[2-6]|blockquote|pre)>|<br\s*\/?>/gi, '\n');
  let text = '';
  // Depth inside a non-text element, counted in open tags as sanitize-html counts them.
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (skipDepth > 0) skipDepth++;
        else if (NON_TEXT.has(name)) skipDepth = 1;
      },
      onclosetag() {
        if (skipDepth > 0) skipDepth--;
      },
      ontext(data) {
        if (skipDepth === 0) text += data;
      },
    },
    { decodeEntities: true },
  );
  parser.write(withBreaks);
  parser.end();
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text typed as plain text (import, a textarea without markup) as paragraphs of HTML. */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escape(para).replace(/\r?\n/g, '<br />')}</p>`)
    .join('');
}

/** Looks like HTML markup (rather than plain text). */
export function looksLikeHtml(body: string): boolean {
  return /<\/?[a-z][a-z0-9]*[\s>/]/i.test(body);
}
