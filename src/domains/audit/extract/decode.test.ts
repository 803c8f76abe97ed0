import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, declaredCharset } from './decode.ts';

const sample = '水寨镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\t0\t0';

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(sample, 'utf8'), 'UTF-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]), 'UTF-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]), 'UTF-16LE'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(sample, 'utf16le').swap16()]), 'UTF-16BE'],
    ['UTF-16LE without BOM (mostly ASCII)', Buffer.from(`Report 2020\t0\t0\n${sample}\nabc def ghi`, 'utf16le'), 'UTF-16LE'],
    ['GBK', iconv.encode(sample, 'gbk'), 'GB18030'],
    ['GB18030', iconv.encode(`${sample}𠀀`, 'gb18030'), 'GB18030'],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.binary).toBe(false);
    expect(decoded.text.replace(/^\ufeff/, '')).toContain(sample);
  });

  it('says binary for data with control bytes', () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256);
    expect(decodeText(bytes).binary).toBe(true);
  });

  it('reads a declared charset from meta tags', () => {
    expect(declaredCharset(Buffer.from('<meta charset="GBK">'))).toBe('gbk');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb2312');
    expect(declaredCharset(Buffer.from('<p>no meta</p>'))).toBeNull();
  });

  it('prefers valid UTF-8 over a wrong declaration', () => {
    const bytes = Buffer.from(`<meta charset="gbk"><p>${sample}</p>`, 'utf8');
    expect(decodeText(bytes, 'gbk').encoding).toBe('UTF-8');
  });
});
