/**
 * The application's tokeniser, the same for SQLite FTS5 and PostgreSQL (neither has a Chinese
 * parser here; see shared/spec/stack-notes.md): after NFKC (full-width → half-width) and case
 * folding, whitespace is ignored, every run of Chinese characters becomes its overlapping bigrams
 * followed by its last character alone (`水寨镇` → `水寨 寨镇 镇`), and every run of other letters
 * and digits one lowercase word. Punctuation and symbols between two tokens become a BOUNDARY
 * token, so two tokens are adjacent in the token stream exactly when their text is adjacent
 * (whitespace ignored): a phrase query of a word's tokens then matches exactly the texts that
 * contain the word.
 */

/** Chinese (and Japanese/Korean) characters: bigram-tokenised. */
const CJK = /[\u3005\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The token standing for punctuation between two tokens. Never produced by a query word alone. */
export const BOUNDARY = 'qqbrk';

/** NFKC, lowercase, every whitespace removed: the form in which "contains the word" is decided. */
export function compact(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u200b\u00ad\ufeff]+/gu, '');
}

/** NFKC and lowercase: the form tokenised. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Whitespace runs as one space, as written otherwise: the text kept for titles and snippets. */
export function displayText(text: string): string {
  return text.replace(/[\s\u200b\ufeff]+/gu, ' ').trim();
}

export type Segment = { kind: 'cjk' | 'word'; text: string } | { kind: 'boundary' };

const SPACE = /[\s\u200b\u00ad\ufeff]/u;

/**
 * Splits folded text (NFKC, lowercase) into runs of CJK characters, words, and boundaries
 * (punctuation). Whitespace ends a word but not a CJK run (Chinese has no spaces between words;
 * a space inside Chinese text is layout).
 */
export function segments(folded: string): Segment[] {
  const out: Segment[] = [];
  let run = '';
  let runKind: 'cjk' | 'word' | null = null;
  const flush = () => {
    if (runKind && run) out.push({ kind: runKind, text: run });
    run = '';
    runKind = null;
  };
  for (const ch of folded) {
    if (SPACE.test(ch)) {
      if (runKind === 'word') flush();
      continue;
    }
    const kind = CJK.test(ch) ? 'cjk' : WORD_CHAR.test(ch) ? 'word' : null;
    if (kind === null) {
      flush();
      if (out.length > 0 && out.at(-1)!.kind !== 'boundary') out.push({ kind: 'boundary' });
      continue;
    }
    if (kind !== runKind) flush();
    runKind = kind;
    run += ch;
  }
  flush();
  while (out.length > 0 && out.at(-1)!.kind === 'boundary') out.pop();
  return out;
}

function cjkTokens(run: string, terminal: boolean): string[] {
  const chars = Array.from(run);
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  if (terminal) tokens.push(chars.at(-1)!);
  return tokens;
}

/** The tokens of a document field, space-separated (what FTS5 and to_tsvector('simple') index). */
export function tokenize(text: string): string {
  const tokens: string[] = [];
  for (const segment of segments(fold(text))) {
    if (segment.kind === 'boundary') tokens.push(BOUNDARY);
    else if (segment.kind === 'cjk') tokens.push(...cjkTokens(segment.text, true));
    else tokens.push(segment.text);
  }
  return tokens.join(' ');
}

/** A query word as tokens: a phrase whose last token may be a prefix. */
export interface QueryPhrase {
  /** The word in compact form (for confirming and highlighting). */
  word: string;
  tokens: string[];
  /** Whether the last token matches as a prefix (a word of one CJK character, or a last latin word). */
  prefix: boolean;
  /**
   * The lone last CJK character left out of `tokens` (`年` of `2024年`), if any. PostgreSQL's GIN
   * index still takes it as a prefix (`'2024' <-> '年':*` reads fewer rows there than `'2024'`
   * confirmed row by row); FTS5 does not (see queryPhrase).
   */
  tail: string | null;
  /**
   * Whether an index match implies the text contains the word: false when the word has punctuation,
   * or ends in a lone CJK character after other tokens (that character is not in `tokens`).
   */
  exact: boolean;
}

/**
 * A query word → its phrase. The tokens are the document's, except at the end: the document may
 * continue the last run, so a last CJK run of two or more characters ends without its lone last
 * character, and a latin word at the end matches as a prefix. A lone CJK character at the end is a
 * prefix only when it is the whole word (`镇`). After other tokens (`2024年`, `7号`) it is left out
 * of the phrase and the word is marked not exact, so the text confirms it: as a prefix it would
 * expand to every bigram starting with that character (年度, 年财, …), whose doclists together
 * cover most of the index (2024年 took 20 ms of CPU at 100,000 items, a third of that without).
 */
export function queryPhrase(rawWord: string): QueryPhrase | null {
  // Punctuation around a word is not part of it (`"公开"` is 公开); inside it, it is.
  const word = compact(rawWord).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const parts = segments(fold(rawWord));
  while (parts.length > 0 && parts[0]!.kind === 'boundary') parts.shift();
  if (parts.length === 0) return null;
  const tokens: string[] = [];
  let prefix = false;
  let exact = true;
  let tail: string | null = null;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part.kind === 'boundary') {
      tokens.push(BOUNDARY);
      exact = false;
    } else if (part.kind === 'cjk') {
      const chars = Array.from(part.text);
      if (last && chars.length === 1) {
        if (tokens.length === 0) {
          tokens.push(part.text);
          prefix = true;
        } else {
          exact = false;
          tail = part.text;
        }
      } else tokens.push(...cjkTokens(part.text, !last));
    } else {
      if (part.text === BOUNDARY) exact = false;
      tokens.push(part.text);
      if (last) prefix = true;
    }
  });
  return { word, tokens, prefix, exact, tail };
}

/** The user's query → its words (split on whitespace, duplicates dropped), at most `max`. */
export function queryWords(q: string, max = 8): string[] {
  const words = q.normalize('NFKC').split(/[\s\u3000]+/u).map((w) => w.trim()).filter(Boolean);
  return [...new Set(words)].slice(0, max);
}
