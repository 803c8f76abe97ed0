/**
 * Text normalisation shared by the reader: one canonical key per label so that full-width and
 * ASCII punctuation, spaces inside labels and quote styles compare equal, and one value parser for
 * table cells. Regexes are compiled once at module load because the reader must stay fast.
 */

const FULLWIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const SPACES = /[\s\u3000\u00A0\u200B\uFEFF]+/g;
const NUMBERING_COMMA = /(^|\))(\d+)、/g;

function fromFullWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** Full-width ASCII to ASCII, `〇`-free; keeps spaces. */
const HAS_FULLWIDTH = /[\uFF01-\uFF5E]/;

export function toHalfWidth(text: string): string {
  return HAS_FULLWIDTH.test(text) ? text.replace(FULLWIDTH_ASCII, fromFullWidth) : text;
}

/**
 * Canonical comparison key of a label: half-width punctuation, no whitespace, no quotes,
 * `1、` numbering written as `1.`. Matchers in labels.ts are written against this form.
 * One pass over the characters: this runs for every line and cell, so it avoids regex chains.
 */
export function labelKey(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x85 || c === 0x2028 || c === 0x2029) {
      changed = true;
      continue;
    }
    if (c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019
      || c === 0x300c || c === 0x300d || c === 0x300e || c === 0x300f || c === 0xff02 || c === 0xff07) {
      changed = true;
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
      continue;
    }
    if (c === 0xfe59) { out += '('; changed = true; continue; }
    if (c === 0xfe5a) { out += ')'; changed = true; continue; }
    out += text[i];
  }
  const key = changed ? out : text;
  return key.includes('、') ? key.replace(NUMBERING_COMMA, '$1$2.') : key;
}

/** Units a value cell may carry. `元` is converted to 万元 for money cells. */
export type ValueUnit = 'yuan' | 'wanYuan' | 'count' | null;

export type ParsedValue =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; unit: ValueUnit; digitsOnly: boolean; raw: string };

const BLANK_VALUE = /^(?:-+|—+|–+|－+|\/|无|空)$/;
const NUMBER_VALUE = /^([-−+]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元|件|个|项|条|人次|次)?$/;
const DIGITS_ONLY = /^\d+$/;

/** True if `text` (already trimmed) is a whole table value: a number, possibly with a unit, or a blank mark. */
const VALUE_START = /^[\d\-−—–－/／无空+＋\uFF10-\uFF19]/;

export function isValueText(text: string): boolean {
  // Most cells are labels: reject them on the first character before normalising.
  if (!VALUE_START.test(text)) return false;
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
  const value = Number(`${m[1] && m[1] !== '+' ? '-' : ''}${intPart}${m[3] ? `.${m[3]}` : ''}`);
  const unitText = m[4];
  const unit: ValueUnit = unitText === '元' ? 'yuan' : unitText === '万元' ? 'wanYuan' : unitText ? 'count' : null;
  return { kind: 'number', value, unit, digitsOnly: DIGITS_ONLY.test(t), raw: t };
}

/**
 * A text piece that ends in a value glued to it (`（一）予以公开12003419`, `政府集中采购251000元`):
 * the label part and the value part. Labels of the national tables never end in a digit.
 */
const GLUED_VALUE = /^(.*?[^\d.,\-−])(\d[\d,]*(?:\.\d+)?(?:万元|元)?)$/;
// Digits glued to a label with signs or points among them (`行政许可0-3042`, `政府集中采购00.6401`):
// a value whose cells cannot be told apart, kept whole so the reader can say so.
const GLUED_MIXED = /^(.*?[^\d.,\-−])([\d\-−][\d,.\-−]*\d(?:万元|元)?)$/;

export function splitGluedValue(text: string): [string, string] | null {
  const t = toHalfWidth(text).replace(SPACES, '');
  const m = GLUED_VALUE.exec(t) ?? GLUED_MIXED.exec(t);
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
