/**
 * Personal data in a file (an attachment, or a file given to `gongkai privacy scan`): plain text
 * in any of the encodings the audit reader knows, HTML, DOCX and PDF text, through the audit
 * domain's extraction (the kind decided from the bytes, not the name).
 */
import { extractDocument, READ_UNREADABLE } from '../../audit/index.ts';
import { DomainError } from '../../shared/errors.ts';
import { scanText } from './scan-text.ts';
import type { PrivacyFinding } from './types.ts';

/** The file could not be turned into text, so it could not be checked (a scanned PDF, an image…). */
export class UnreadableDocument extends DomainError {
  constructor(readonly filename: string, reason: string) {
    super('privacy.unreadable_document', 'invalid', `无法检查 ${filename}：${reason}`, `unreadable document ${filename}: ${reason}`);
    this.name = 'UnreadableDocument';
  }
}

/** Our own words where the audit reader's message speaks of an annual report. */
const REASONS: Partial<Record<string, string>> = {
  image: '文件是图片，无法读取其中的文字，请人工审查',
  binary: '文件不是文本、HTML、DOCX 或 PDF',
  zip: 'ZIP 压缩包或其他 Office 格式（不是 DOCX）',
  ole: '旧版 Word/WPS（.doc/.wps）或加密的 Office 文件，请另存为 DOCX 或 PDF 后再检查',
  rtf: 'RTF 格式暂不支持，请另存为 DOCX 或 PDF 后再检查',
};

/** Findings in the text extracted from `bytes`; lines are lines of that text. Throws UnreadableDocument. */
export async function scanDocument(bytes: Uint8Array, filename: string): Promise<PrivacyFinding[]> {
  const extracted = await extractDocument(bytes, filename);
  const failure = extracted.findings.find((f) => f.rule === READ_UNREADABLE);
  if (failure) {
    // An empty file, or a text or HTML file without any text, holds no personal data: nothing to report.
    if (extracted.kind === 'empty' || ((extracted.kind === 'text' || extracted.kind === 'html') && extracted.encoding !== null)) return [];
    throw new UnreadableDocument(filename, REASONS[extracted.kind] ?? failure.message);
  }
  return scanText(extracted.text);
}
