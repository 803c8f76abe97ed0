import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.ts';
import { itemsToLines } from './pdf.ts';
import { CJK_FONT, hasCjkFont, isCi, pdfBytes, pdfTestsRun } from './testing.ts';

const runPdf = pdfTestsRun();
if (!runPdf) {
  console.warn(`\n!!! ${CJK_FONT} is missing: PDF extraction tests are SKIPPED. Install it: apt-get install -y fonts-noto-cjk\n`);
}

describe.runIf(isCi())('in CI', () => {
  it('the CJK font the PDF tests need is installed (they fail, not skip, without it)', () => {
    expect(hasCjkFont(), `${CJK_FONT} (apt-get install -y fonts-noto-cjk)`).toBe(true);
  });
});

describe('itemsToLines', () => {
  const item = (str: string, x: number, y: number, width = str.length * 10) => ({ str, x, y, width, size: 10 });
  it('groups by baseline, orders by x, joins touching items and spaces gaps', () => {
    expect(itemsToLines([
      item('0', 300, 700), item('1', 100, 700.5), item('2', 110, 700), item('标题', 50, 720), item(' ', 120, 700), item('x', 50, 699.9),
    ])).toEqual(['标题', 'x 12 0']);
  });
});

describe.runIf(runPdf)('extracting PDF', () => {
  it('reads text lines with cells separated by whitespace', async () => {
    const bytes = await pdfBytes([
      ['水寨镇人民政府2020年政府信息公开工作年度报告'],
      ['一、本年新收政府信息公开申请数量', '12', '0', '3', '0', '0', '0', '15'],
      ['（七）总计', '0', '0'],
    ]);
    const result = await extractDocument(bytes, 'x.bin');
    expect(result.kind).toBe('pdf');
    expect(result.findings).toEqual([]);
    expect(result.text.split('\n')).toEqual([
      '水寨镇人民政府2020年政府信息公开工作年度报告',
      '一、本年新收政府信息公开申请数量 12 0 3 0 0 0 15',
      '（七）总计 0 0',
    ]);
  });

  it('reads every page', async () => {
    const lines = Array.from({ length: 70 }, (_, i) => [`第${i + 1}行`, String(i)]);
    const result = await extractDocument(await pdfBytes(lines));
    expect(result.text).toContain('第1行 0');
    expect(result.text).toContain('第70行 69');
  });

  it('reports a PDF with an open password as unreadable', async () => {
    const result = await extractDocument(await pdfBytes([['机密']], { userPassword: 'secret' }));
    expect(result.findings).toMatchObject([{ rule: 'READ-UNREADABLE', message: expect.stringContaining('密码') }]);
  });

  it('reports a truncated PDF as unreadable', async () => {
    const bytes = await pdfBytes([['水寨镇']]);
    const result = await extractDocument(bytes.subarray(0, 400));
    expect(result.findings).toMatchObject([{ rule: 'READ-UNREADABLE', severity: 'error' }]);
  });
});

describe('PDF without text', () => {
  it('says a PDF with no text layer cannot be read', async () => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.rect(50, 50, 200, 100).fill('#888');
    doc.end();
    const result = await extractDocument(await done);
    expect(result.findings).toMatchObject([{ rule: 'READ-UNREADABLE', message: expect.stringContaining('扫描') }]);
  });

  it('leaves the native Array.prototype.push and JSON.parse in place (pdf.js legacy polyfills them)', async () => {
    const native = { push: Array.prototype.push, parse: JSON.parse };
    await extractDocument(Buffer.from('%PDF-1.4 broken'));
    expect(Array.prototype.push).toBe(native.push);
    expect(JSON.parse).toBe(native.parse);
    expect(Array.prototype.push.toString()).toContain('[native code]');
  });
});
