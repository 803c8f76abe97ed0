/**
 * Bytes → string for textual inputs (plain text and HTML): a BOM decides first (UTF-8, UTF-16 LE/BE);
 * then UTF-16 without BOM is recognised by its zero bytes; then strict UTF-8; then the charset the
 * document declares (HTML meta, when iconv-lite knows it); then GB18030, which covers GBK and GB2312.
 */
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** The encoding used: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`, or a declared one. */
  encoding: string;
  /** Whether the bytes look like binary data rather than text. */
  binary: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The charset named in an HTML/XML head (`<meta charset>`, `http-equiv` content, `<?xml encoding>`). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head)
    ?? /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

/** Share of zero bytes at even / odd positions in the head: UTF-16 text has one of them high. */
function utf16Guess(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'UTF-16LE';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'UTF-16BE';
  return null;
}

/** Whether the bytes are binary: control characters other than tab, newlines and form feed. */
function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > Math.max(2, n * 0.01);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE', skip: number): string {
  return new TextDecoder(encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(skip));
}

/** Decode textual bytes as described above. Never throws. */
export function decodeText(bytes: Uint8Array, declared: string | null = null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8', binary: false };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes, 'UTF-16LE', 2), encoding: 'UTF-16LE', binary: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes, 'UTF-16BE', 2), encoding: 'UTF-16BE', binary: false };
  const utf16 = utf16Guess(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16, 0), encoding: utf16, binary: false };
  if (isBinary(bytes)) return { text: '', encoding: 'binary', binary: true };
  try {
    return { text: utf8.decode(bytes), encoding: 'UTF-8', binary: false };
  } catch {
    // not UTF-8: fall through
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (declared && !/^(?:utf-?8|gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/i.test(declared) && iconv.encodingExists(declared)) {
    return { text: iconv.decode(buffer, declared), encoding: declared.toUpperCase(), binary: false };
  }
  return { text: iconv.decode(buffer, 'gb18030'), encoding: 'GB18030', binary: false };
}
