/**
 * A stand-in for `./privacy/index.ts` (built on another branch) with the same interface, so this
 * domain works and is tested before that lands; privacy-port.ts switches to the real one.
 */
export type PrivacyKind = 'id-card' | 'mobile' | 'phone' | 'bank-card' | 'email';
export interface PrivacyFinding {
  kind: PrivacyKind;
  text: string;
  masked: string;
  start: number;
  end: number;
  line: number;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

function idChecksumOk(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11] === id[17]!.toUpperCase();
}

function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function mask(kind: PrivacyKind, text: string): string {
  if (kind === 'id-card') return `${text.slice(0, 6)}${'*'.repeat(8)}${text.slice(14)}`;
  if (kind === 'mobile') return `${text.slice(0, 3)}****${text.slice(7)}`;
  if (kind === 'bank-card') return `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}`;
  if (kind === 'email') return text.replace(/^([^@])[^@]*@/, '$1***@');
  return text.replace(/\d{4}$/, '****');
}

const PATTERN = /(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])|(?<!\d)(1[3-9]\d{9})(?!\d)|(?<!\d)(\d{16,19})(?!\d)|(?<![\w.])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?<!\d)(0\d{2,3}-\d{7,8})(?!\d)/g;

export function scanText(text: string): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const value = match[0];
    let kind: PrivacyKind | undefined;
    if (match[1] && idChecksumOk(value)) kind = 'id-card';
    else if (match[2]) kind = 'mobile';
    else if ((match[3] || match[1]) && /^\d+$/.test(value) && value.length >= 16 && luhnOk(value)) kind = 'bank-card';
    else if (match[4]) kind = 'email';
    else if (match[5]) kind = 'phone';
    if (!kind) continue;
    const start = match.index;
    findings.push({ kind, text: value, masked: mask(kind, value), start, end: start + value.length, line: text.slice(0, start).split('\n').length });
  }
  return findings;
}

export function maskText(text: string): string {
  let out = '';
  let at = 0;
  for (const finding of scanText(text)) {
    out += text.slice(at, finding.start) + finding.masked;
    at = finding.end;
  }
  return out + text.slice(at);
}

/** Findings in the text of HTML (tags and attributes are not text). */
export function scanHtml(html: string): PrivacyFinding[] {
  return scanText(html.replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length)));
}

export function maskHtml(html: string): string {
  return html.replace(/>([^<]+)</g, (_whole, text: string) => `>${maskText(text)}<`).replace(/^([^<]+)/, (text) => maskText(text));
}

export async function scanDocument(bytes: Uint8Array, _fileName?: string): Promise<PrivacyFinding[]> {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return bytes.slice(0, 1000).some((b) => b < 9) ? [] : scanText(text);
}
