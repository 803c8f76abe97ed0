/**
 * Text normalisation shared by the reader: one canonical key per label so that full-width and
 * ASCII punctuation, spaces inside labels and quote styles compare equal, and one value parser for
 * table cells. Regexes are compiled once at module load because the reader must stay fast.
 */

const FULLWIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const SPACES = /[\s\u3000\u00A0\u200B\uFEFF]+/g;
const QUOTES = /[“”"'‘’「」『』]/g;
const NUMBERING_COMMA = /(^|\))(\d+)、/g;
const SMALL_PARENS = /[﹙⑴]/g;
const SMALL_PARENS_CLOSE = /[﹚]/g;

function fromFullWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** Full-width ASCII to ASCII, `〇`-free; keeps spaces. */
export function toHalfWidth(text: string): string {
  return text.replace(FULLWIDTH_ASCII, fromFullWidth);
}

/**
 * Canonical comparison key of a label: half-width punctuation, no whitespace, no quotes,
 * `1、` numbering written as `1.`. Matchers in labels.ts are written against this form.
 */
export function labelKey(text: string): string {
  return toHalfWidth(text)
    .replace(SPACES, '')
    .replace(QUOTES, '')
    .replace(SMALL_PARENS, '(')
    .replace(SMALL_PARENS_CLOSE, ')')
    .replace(NUMBERING_COMMA, '$1$2.');
}

/** Units a value cell may carry. `元` is converted to 万元 for money cells. */
export type ValueUnit = 'yuan' | 'wanYuan' | 'count' | null;

export type ParsedValue =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; unit: ValueUnit; digitsOnly: boolean; raw: string };

const BLANK_VALUE = /^(?:-+|—+|–+|－+|\/|无|空)$/;
const NUMBER_VALUE = /^([-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元|件|个|项|条|人次|次)?$/;
const DIGITS_ONLY = /^\d+$/;

/** True if `text` (already trimmed) is a whole table value: a number, possibly with a unit, or a blank mark. */
export function isValueText(text: string): boolean {
  const t = toHalfWidth(text).replace(SPACES, '');
  return BLANK_VALUE.test(t) || NUMBER_VALUE.test(t);
}

/** Parse a value cell; null if it is not a value at all. */
export function parseValue(text: string): ParsedValue | null {
  const t = toHalfWidth(text).replace(SPACES, '');
  if (BLANK_VALUE.test(t)) return { kind: 'blank' };
  const m = NUMBER_VALUE.exec(t);
  if (!m) return null;
  const intPart = m[2]!.replace(/,/g, '');
  const value = Number(`${m[1] ? '-' : ''}${intPart}${m[3] ? `.${m[3]}` : ''}`);
  const unitText = m[4];
  const unit: ValueUnit = unitText === '元' ? 'yuan' : unitText === '万元' ? 'wanYuan' : unitText ? 'count' : null;
  return { kind: 'number', value, unit, digitsOnly: DIGITS_ONLY.test(t), raw: t };
}

/**
 * A text piece that ends in a value glued to it (`（一）予以公开12003419`, `政府集中采购251000元`):
 * the label part and the value part. Labels of the national tables never end in a digit.
 */
const GLUED_VALUE = /^(.*?[^\d.,\-−])(\d[\d,]*(?:\.\d+)?(?:万元|元)?)$/;

export function splitGluedValue(text: string): [string, string] | null {
  const t = toHalfWidth(text).replace(SPACES, '');
  const m = GLUED_VALUE.exec(t);
  if (!m) return null;
  const label = m[1]!;
  // `1.` alone is a numbering prefix, not a label: `1.5` must stay a number.
  if (/^\d+\.?$/.test(label)) return null;
  return [label, m[2]!];
}

/** Round money to the 4 decimals the format allows, without binary noise. */
export function roundMoney(value: number): number {
  return Math.round(value * 10000) / 10000;
}
