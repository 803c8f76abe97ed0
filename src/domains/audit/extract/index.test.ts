import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractReportText } from './index.ts';

describe('extractDocument: kinds by content', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'empty', '空'],
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image', '图片'],
    ['a JPEG image', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), 'image', '图片'],
    ['binary junk', Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24), 'binary', '二进制'],
    ['a ZIP that is not a DOCX', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('xl/workbook.xml')]), 'zip', 'ZIP'],
    ['an old .doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'ole', '.doc'],
    ['an encrypted DOCX', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('EncryptedPackage', 'utf16le')]), 'ole', '加密'],
    ['an RTF file', Buffer.from('{\\rtf1\\ansi 水寨镇}'), 'rtf', 'RTF'],
    ['blank text', Buffer.from(' \n\t\n'), 'text', '没有文字'],
    ['a fake PDF', Buffer.from('%PDF-1.7\nnot really'), 'pdf', '损坏'],
    ['a fake DOCX', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('word/document.xml garbage')]), 'docx', '损坏'],
  ])('%s is a clear READ-UNREADABLE finding', async (_name, bytes, kind, words) => {
    const result = await extractDocument(bytes);
    expect(result.kind).toBe(kind);
    expect(result.text).toBe('');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'READ-UNREADABLE', severity: 'error', at: null });
    expect(result.findings[0]!.message).toContain(words);
  });

  it('keeps Markdown with <br> in cells as text', async () => {
    const md = '| 信息内容 | 本年新制作数量 |\n| --- | --- |\n| 规章<br>（含修订） | 0 |';
    expect((await extractDocument(Buffer.from(md), 'report.md')).kind).toBe('text');
  });

  it('passes plain text through with line endings normalised', async () => {
    const result = await extractReportText(Buffer.from('\ufeff规章\t0\r\n规范性文件\t0\r行政许可\f0'));
    expect(result).toEqual({ text: '规章\t0\n规范性文件\t0\n行政许可\n0', findings: [] });
  });

  it('never throws, whatever the bytes', async () => {
    const prefixes = ['', '%PDF-1.4\n', 'PK\x03\x04word/document.xml', '<html><table><tr><td rowspan=3>'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 2000 }), async (prefix, tail) => {
        const result = await extractDocument(Buffer.concat([Buffer.from(prefix, 'latin1'), tail]));
        expect(typeof result.text).toBe('string');
        if (result.text === '') expect(result.findings.some((f) => f.rule === 'READ-UNREADABLE')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
