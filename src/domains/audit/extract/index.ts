/**
 * Extraction: the bytes of a published report (plain text in UTF-8, UTF-16 or GBK/GB18030; HTML;
 * DOCX; PDF) → the text form the reader (`../read/`) takes. The kind is decided from the content,
 * not the file name. Pure over its input: no file system (pdf.js reads its own CMaps when a PDF
 * needs them). Never throws: what cannot be read ends as a `READ-UNREADABLE` finding.
 */
import type { Finding } from '../../reports/model.ts';
import { decodeText, declaredCharset } from './decode.ts';
import { docxToText } from './docx.ts';
import { encodingNote, unreadable } from './findings.ts';
import { htmlToText } from './html.ts';
import { PdfReadError, pdfToText } from './pdf.ts';
import type { SourceKind } from './sniff.ts';
import { containsAscii, looksLikeHtml, sniffBytes } from './sniff.ts';

export { READ_ENCODING, READ_UNREADABLE } from './findings.ts';
export { SOURCE_KIND_LABELS, SOURCE_KINDS } from './sniff.ts';
export type { SourceKind } from './sniff.ts';
export { htmlToText } from './html.ts';

/** Largest input read (bytes); an annual report is far smaller. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface Extracted {
  /** The text for the reader; empty when nothing could be read. */
  text: string;
  findings: Finding[];
  /** What the input was found to be. */
  kind: SourceKind;
  /** Character encoding of textual inputs (text, HTML); null for the others. */
  encoding: string | null;
}

function fail(kind: SourceKind, message: string): Extracted {
  return { text: '', findings: [unreadable(message)], kind, encoding: null };
}

function normaliseText(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').replace(/\f/g, '\n').replace(/\0/g, '');
}

function fromTextual(bytes: Uint8Array, fileName: string | undefined): Extracted {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  if (decoded.binary) return fail('binary', '文件是二进制数据，不是文本、HTML、DOCX 或 PDF，无法读取');
  const findings: Finding[] = [];
  if (decoded.encoding !== 'UTF-8') findings.push(encodingNote(`文件不是 UTF-8 编码，已按 ${decoded.encoding} 解码`));
  const source = normaliseText(decoded.text);
  const html = looksLikeHtml(source, fileName);
  const text = html ? htmlToText(source) : source;
  if (text.trim() === '') return { ...fail(html ? 'html' : 'text', '文件中没有文字'), encoding: decoded.encoding };
  return { text, findings, kind: html ? 'html' : 'text', encoding: decoded.encoding };
}

async function fromDocx(bytes: Uint8Array): Promise<Extracted> {
  let text: string;
  try {
    text = await docxToText(bytes);
  } catch {
    return fail('docx', 'DOCX 文件已损坏或不完整，无法读取');
  }
  if (text.trim() === '') return fail('docx', 'DOCX 文件中没有文字');
  return { text, findings: [], kind: 'docx', encoding: null };
}

async function fromPdf(bytes: Uint8Array): Promise<Extracted> {
  let text: string;
  try {
    text = await pdfToText(bytes);
  } catch (error) {
    if (error instanceof PdfReadError && error.reason === 'password') return fail('pdf', 'PDF 设有打开密码，无法读取');
    return fail('pdf', 'PDF 文件已损坏或不完整，无法读取');
  }
  if (text.trim() === '') return fail('pdf', 'PDF 中没有可提取的文字（可能是扫描图片），无法读取');
  return { text, findings: [], kind: 'pdf', encoding: null };
}

/** Extraction with the kind and encoding found (see {@link extractReportText}). */
export async function extractDocument(bytes: Uint8Array, fileName?: string): Promise<Extracted> {
  if (bytes.length > MAX_INPUT_BYTES) return fail('binary', `文件过大（${bytes.length} 字节），不像年度报告，未读取`);
  const kind = sniffBytes(bytes);
  switch (kind) {
    case 'empty':
      return fail('empty', '文件是空的');
    case 'pdf':
      return fromPdf(bytes);
    case 'docx':
      return fromDocx(bytes);
    case 'zip':
      return fail('zip', 'ZIP 压缩包或其他 Office 格式（不是 DOCX），无法读取');
    case 'ole':
      return containsAscii(bytes, 'E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e')
        ? fail('ole', '加密的 Office 文件，无法读取（请去除密码后再审核）')
        : fail('ole', '旧版 Word/WPS（.doc/.wps）等格式暂不支持，请另存为 DOCX、PDF 或 HTML 后再审核');
    case 'image':
      return fail('image', '文件是图片，无法读取文字（请提供文字版的报告）');
    case 'rtf':
      return fail('rtf', 'RTF 格式暂不支持，请另存为 DOCX、PDF 或 HTML 后再审核');
    default:
      return fromTextual(bytes, fileName);
  }
}

/** Bytes of a published report → text for the reader, plus findings about the extraction. */
export async function extractReportText(bytes: Uint8Array, fileName?: string): Promise<{ text: string; findings: Finding[] }> {
  const { text, findings } = await extractDocument(bytes, fileName);
  return { text, findings };
}
