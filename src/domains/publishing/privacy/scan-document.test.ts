/**
 * scanDocument on files held in memory: text and HTML are scanned, files holding no text report
 * nothing, and files that cannot be read are refused with our own reason (never "no findings").
 */
import { describe, expect, it } from 'vitest';
import { scanDocument, UnreadableDocument } from './index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

async function refusal(data: Uint8Array, name: string): Promise<UnreadableDocument> {
  const error = await scanDocument(data, name).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableDocument);
  return error as UnreadableDocument;
}

describe('scanDocument', () => {
  it('scans text and the visible text of HTML', async () => {
    expect((await scanDocument(utf8('联系电话13812345678。'), 'a.txt')).map((f) => [f.kind, f.text])).toEqual([['mobile', '13812345678']]);
    expect((await scanDocument(utf8('<p>邮箱 z@x.cn</p>'), 'a.html')).map((f) => f.kind)).toEqual(['email']);
  });

  it('a GBK file (older attachments) is decoded and scanned: the reader\'s note on its encoding is no refusal', async () => {
    // 电话13812345678。 in GBK: 电 B5E7, 话 BBB0, 。 A1A3.
    const gbk = bytes(0xb5, 0xe7, 0xbb, 0xb0, ...utf8('13812345678'), 0xa1, 0xa3);
    expect((await scanDocument(gbk, 'a.txt')).map((f) => [f.kind, f.text, f.start])).toEqual([['mobile', '13812345678', 2]]);
  });

  it('an empty file, or a text or HTML file without any text, holds nothing to report', async () => {
    expect(await scanDocument(new Uint8Array(0), 'empty.txt')).toEqual([]);
    expect(await scanDocument(utf8('  \n  '), 'blank.txt')).toEqual([]);
    expect(await scanDocument(utf8('<html><body> </body></html>'), 'blank.html')).toEqual([]);
  });

  it.each([
    ['image.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0), '文件是图片，无法读取其中的文字，请人工审查'],
    ['a.zip', bytes(0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0), 'ZIP 压缩包或其他 Office 格式（不是 DOCX）'],
    ['a.doc', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), '旧版 Word/WPS（.doc/.wps）或加密的 Office 文件，请另存为 DOCX 或 PDF 后再检查'],
    ['a.rtf', utf8('{\\rtf1\\ansi 13812345678}'), 'RTF 格式暂不支持，请另存为 DOCX 或 PDF 后再检查'],
    ['a.bin', bytes(...Array.from({ length: 64 }, (_, i) => (i % 3 === 0 ? 0 : i + 1))), '文件不是文本、HTML、DOCX 或 PDF'],
  ])('%s is refused with our reason', async (name, data, reason) => {
    const error = await refusal(data, name);
    expect(error).toMatchObject({ code: 'privacy.unreadable_document', kind: 'invalid', name: 'UnreadableDocument', filename: name });
    expect(error.message).toBe(`unreadable document ${name}: ${reason}`);
    expect(error.userMessage).toBe(`无法检查 ${name}：${reason}`);
  });

  it('a reason we have no words for is the reader\'s own', async () => {
    const error = await refusal(utf8('%PDF-1.4 broken'), 'broken.pdf');
    expect(error.userMessage).toBe('无法检查 broken.pdf：PDF 文件已损坏或不完整，无法读取');
  });
});
