/**
 * What kind of input a file is, decided from its bytes (magic numbers and content); the file name
 * only breaks ties between HTML and plain text.
 */
export const SOURCE_KINDS = ['text', 'html', 'docx', 'pdf', 'image', 'zip', 'ole', 'rtf', 'binary', 'empty'] as const;
/** Kind of input: the readable ones are text, html, docx and pdf. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Human label of each kind, used in messages and the CLI. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  text: '文本',
  html: 'HTML',
  docx: 'DOCX',
  pdf: 'PDF',
  image: '图片',
  zip: 'ZIP 压缩包',
  ole: '旧版 Office 文件',
  rtf: 'RTF',
  binary: '二进制文件',
  empty: '空文件',
};

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[offset + i] !== magic[i]) return false;
  return true;
}

/** Latin-1 view of the first `n` bytes (for ASCII signatures). */
export function asciiHead(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.length)).toString('latin1');
}

/** Whether `needle` (ASCII) occurs anywhere in the bytes. */
export function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(needle, 0, 'latin1') >= 0;
}

const HTML_SIGNS = /<(?:!doctype\s+html|html|head|body|meta|table|tr|td|div|p|h[1-6])[\s/>]/i;

/** Whether decoded text looks like HTML (tags near the start), or the file name says so. */
export function looksLikeHtml(text: string, fileName?: string): boolean {
  const head = text.slice(0, 4096);
  if (HTML_SIGNS.test(head)) return true;
  if (fileName && /\.(?:s?html?|xhtml|aspx?|jsp|php)$/i.test(fileName)) return /<[a-z!]/i.test(head);
  return false;
}

/** The byte-level kind: everything but the text/HTML split, which needs decoded text. */
export function sniffBytes(bytes: Uint8Array): SourceKind | 'textual' {
  if (bytes.length === 0) return 'empty';
  // %PDF- may be preceded by junk; pdf.js itself searches the first kilobyte.
  if (asciiHead(bytes, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return containsAscii(bytes, 'word/document.xml') ? 'docx' : 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
    asciiHead(bytes, 6).startsWith('GIF8') ||
    (asciiHead(bytes, 4) === 'RIFF' && asciiHead(bytes, 12).endsWith('WEBP')) ||
    startsWith(bytes, [0x42, 0x4d]) && bytes.length > 26 && bytes[14] !== undefined && bytes[14] <= 124 && bytes[15] === 0 ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) // TIFF
  ) return 'image';
  if (asciiHead(bytes, 6) === '{\\rtf1') return 'rtf';
  return 'textual';
}
