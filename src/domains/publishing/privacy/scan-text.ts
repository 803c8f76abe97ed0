/**
 * The detectors over plain text. Each is a pattern with the boundaries that keep it from matching
 * inside a longer number or code, then a check the pattern cannot express (GB 11643 checksum and
 * birth date, Luhn, area codes). Where two candidates overlap, the one starting first wins, then the
 * longer, then the kind found first (candidates() yields ID numbers, bank cards, mobiles, phones, then
 * e-mails, and the sort is stable).
 */
import { isValidIdNumber, passesLuhn } from './checksums.ts';
import type { PrivacyFinding, PrivacyKind } from './types.ts';

/**
 * Full-width ASCII (U+FF01–U+FF5E) and the ideographic space folded to their half-width forms,
 * one code unit for one: offsets in the folded text are offsets in the original.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Labels before a number that say it is an organisation's code, not a person's number. */
const NOT_PERSONAL_LABEL = /(?:信用代码|索引号|注册号|机构代码|识别号|税号|文号|编码)[^\n\d]{0,4}$/;
/** A number continuing as a decimal, an amount or a percentage is not personal data. */
const NOT_AFTER = String.raw`(?![0-9A-Za-z_/]|\.\d|[%元万亿])`;

const ID_PATTERN = new RegExp(String.raw`(?<![0-9A-Za-z_/\-.])\d{17}[\dXx]` + String.raw`(?![0-9A-Za-z_/]|\.\d|-\d)`, 'g');
const MOBILE_PATTERN = new RegExp(String.raw`(?<![0-9A-Za-z_/\-.+])(?:(?:\+86|0086|86)[ -]?)?1[3-9]\d([ -]?)\d{4}\1\d{4}` + NOT_AFTER, 'g');
const PHONE_PATTERN = new RegExp(
  String.raw`(?<![0-9A-Za-z_/\-.])(?:\(\s?0(?:10|2\d|[3-9]\d\d)\s?\)\s?|0(?:10|2\d|[3-9]\d\d)(?: ?[-—] ?| ))[2-9]\d{6,7}` + NOT_AFTER,
  'g',
);
const BANK_PATTERN = new RegExp(
  String.raw`(?<![0-9A-Za-z_/\-.])(?:[3-69]\d{15,18}|[3-69]\d{3}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?)` + NOT_AFTER,
  'g',
);
const EMAIL_PATTERN = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;

/** Replace the digits at the given digit positions (0-based among the digits) by `*`, keeping separators. */
function maskDigits(text: string, keepFirst: number, keepLast: number, skipFirst = 0): string {
  const total = (text.match(/\d/g) ?? []).length;
  let seen = 0;
  let out = '';
  for (const c of text) {
    if (/\d/.test(c)) {
      const i = seen++;
      out += i >= skipFirst + keepFirst && i < total - keepLast ? '*' : c;
    } else out += c;
  }
  return out;
}

/** How each kind is masked: `410329********123X`, `138****1234`, `0379-****3456`, `6222 **** **** 1234`, `z***@example.com`. */
export function maskFinding(kind: PrivacyKind, text: string): string {
  switch (kind) {
    case 'id-card':
      return text.slice(0, 6) + '*'.repeat(8) + text.slice(14);
    case 'mobile': {
      const digits = (text.match(/\d/g) ?? []).length;
      return maskDigits(text, 3, 4, digits - 11);
    }
    case 'phone': {
      const area = /^\D*0(?:10|2\d|[3-9]\d\d)/.exec(text)![0];
      return area + maskDigits(text.slice(area.length), 0, 4);
    }
    case 'bank-card':
      return maskDigits(text, 4, 4);
    case 'email': {
      const at = text.indexOf('@');
      return `${text[0]}***${text.slice(at)}`;
    }
  }
}

/** The mask in the original's characters (full-width stays full-width) where it keeps a character. */
function keepWidth(original: string, maskedFolded: string): string {
  if (original.length !== maskedFolded.length) return maskedFolded;
  let out = '';
  for (let i = 0; i < original.length; i++) out += maskedFolded[i] === '*' ? '*' : original[i];
  return out;
}

interface Candidate {
  kind: PrivacyKind;
  start: number;
  end: number;
}

function labelledAsCode(folded: string, start: number): boolean {
  return NOT_PERSONAL_LABEL.test(folded.slice(Math.max(0, start - 16), start));
}

/** Candidates kind by kind, in the order that breaks ties (see scanText): an ID number before a bank card. */
function* candidates(folded: string): Generator<Candidate> {
  for (const m of folded.matchAll(ID_PATTERN)) {
    if (isValidIdNumber(m[0]) && !labelledAsCode(folded, m.index)) yield { kind: 'id-card', start: m.index, end: m.index + m[0].length };
  }
  for (const m of folded.matchAll(BANK_PATTERN)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 16 && digits.length <= 19 && passesLuhn(digits) && !isValidIdNumber(digits) && !labelledAsCode(folded, m.index)) {
      yield { kind: 'bank-card', start: m.index, end: m.index + m[0].length };
    }
  }
  for (const m of folded.matchAll(MOBILE_PATTERN)) yield { kind: 'mobile', start: m.index, end: m.index + m[0].length };
  for (const m of folded.matchAll(PHONE_PATTERN)) yield { kind: 'phone', start: m.index, end: m.index + m[0].length };
  for (const m of folded.matchAll(EMAIL_PATTERN)) yield { kind: 'email', start: m.index, end: m.index + m[0].length };
}

/** 1-based line of each offset, from the newline positions. */
export function lineLocator(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/** Every piece of personal data in `text`, in order, none overlapping. */
export function scanText(text: string): PrivacyFinding[] {
  const folded = foldWidth(text);
  // Array#sort is stable: candidates of the same start and length keep the order candidates() gave them.
  const all = [...candidates(folded)].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const lineOf = lineLocator(text);
  const findings: PrivacyFinding[] = [];
  let reached = 0;
  for (const c of all) {
    if (c.start < reached) continue;
    reached = c.end;
    const original = text.slice(c.start, c.end);
    const masked = keepWidth(original, maskFinding(c.kind, folded.slice(c.start, c.end)));
    findings.push({ kind: c.kind, text: original, masked, start: c.start, end: c.end, line: lineOf(c.start) });
  }
  return findings;
}

/** Replaces each finding's span by its mask (findings in any order, non-overlapping). */
export function applyMasks(text: string, findings: readonly PrivacyFinding[]): string {
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + f.masked;
    at = f.end;
  }
  return out + text.slice(at);
}

/** Most passes of the default masking (see maskText). */
const MAX_PASSES = 4;

/**
 * `text` with every finding masked. With the default findings it masks again until nothing is
 * found, so masking never leaves a number that the joined text makes detectable.
 */
export function maskText(text: string, findings?: readonly PrivacyFinding[]): string {
  if (findings) return applyMasks(text, findings);
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const found = scanText(current);
    if (found.length === 0) break;
    current = applyMasks(current, found);
  }
  return current;
}
