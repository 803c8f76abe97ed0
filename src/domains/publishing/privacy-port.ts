/**
 * The one place this domain reaches the privacy detectors (身份证号, phones, bank cards, e-mail).
 * Everything else imports from here, so the detectors can be swapped in one line.
 */
import { maskHtml, maskText, scanDocument, scanHtml, scanText } from './privacy/index.ts';
import type { PrivacyFinding, PrivacyKind } from './privacy/index.ts';

export type { PrivacyFinding, PrivacyKind };

export const PRIVACY_KIND_LABELS: Record<PrivacyKind, string> = {
  'id-card': '身份证号',
  mobile: '手机号码',
  phone: '固定电话',
  'bank-card': '银行卡号',
  email: '电子邮箱',
};

/** Where a finding was made: the title, the body, or an attachment (by file name). */
export interface LocatedFinding extends PrivacyFinding {
  where: 'title' | 'body' | 'attachment';
  attachmentName?: string;
  /** kind + ':' + text: what a waiver refers to. */
  key: string;
}

const located = (where: LocatedFinding['where'], findings: readonly PrivacyFinding[], attachmentName?: string): LocatedFinding[] =>
  findings.map((f) => ({ ...f, where, key: keyOf(f), ...(attachmentName ? { attachmentName } : {}) }));

export function scanItemText(title: string, bodyHtml: string): LocatedFinding[] {
  return [...located('title', scanText(title)), ...located('body', scanHtml(bodyHtml))];
}

export async function scanAttachment(bytes: Uint8Array, fileName: string): Promise<LocatedFinding[]> {
  try {
    return located('attachment', await scanDocument(bytes, fileName), fileName);
  } catch {
    return [];
  }
}

const keyOf = (f: PrivacyFinding) => `${f.kind}:${f.text}`;

/** Masks every finding of the title, or only those with `key` (one finding, wherever it occurs). */
export function maskTitle(title: string, key?: string): string {
  return key === undefined ? maskText(title) : maskText(title, scanText(title).filter((f) => keyOf(f) === key));
}

export function maskBody(html: string, key?: string): string {
  return key === undefined ? maskHtml(html) : maskHtml(html, scanHtml(html).filter((f) => keyOf(f) === key));
}
