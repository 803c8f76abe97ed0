import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCheckCharacter, maskHtml, maskText, scanHtml, scanText } from './index.ts';

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const idArb = fc
  .tuple(fc.constantFrom('110105', '410329', '440524', '650102'), fc.integer({ min: 0, max: 36500 }), digits(3))
  .map(([area, day, seq]) => {
    const birth = new Date(Date.UTC(1930, 0, 1) + day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const first = area + birth + seq;
    return first + idCheckCharacter(first);
  });
const mobileArb = fc.tuple(fc.constantFrom('13', '15', '18', '19'), digits(9), fc.constantFrom('', '+86 ', '+86')).map(([a, b, p]) => p + a + b);
const phoneArb = fc.tuple(fc.constantFrom('0379-', '010-', '(0379)', '0371 '), fc.constantFrom('2', '6', '8'), digits(7)).map(([a, b, c]) => a + b + c);
const emailArb = fc.tuple(fc.constantFrom('zhang', 'a.b', 'x_1', '13812345678'), fc.constantFrom('example.com', 'qq.com', 'gov.cn')).map(([l, d]) => `${l}@${d}`);
const fillerArb = fc.oneof(
  fc.constantFrom('，', '。', '：', ' ', '\n', '电话', '身份证号', '申请人', '年', '元', '/', '-', '.', '索引号', 'abc', '<', '&'),
  digits(1),
  digits(4),
  fc.string({ unit: fc.constantFrom(...'政府信息公开水寨镇财政预算'), maxLength: 6 }),
);
const textArb = fc.array(fc.oneof(idArb, mobileArb, phoneArb, emailArb, fillerArb, fillerArb, fillerArb), { maxLength: 20 }).map((parts) => parts.join(''));

describe('masking properties', () => {
  it('every finding is the text at its offsets', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const f of scanText(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 300 },
    );
  });

  it('masking removes every finding and is idempotent', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const masked = maskText(text);
        expect(scanText(masked)).toEqual([]);
        expect(maskText(masked)).toBe(masked);
      }),
      { numRuns: 300 },
    );
  });

  it('a piece of personal data between Chinese words is found and masked', () => {
    fc.assert(
      fc.property(fc.oneof(idArb, mobileArb, phoneArb, emailArb), (piece) => {
        const text = `申请人张三，联系方式：${piece}。`;
        const findings = scanText(text);
        expect(findings.map((f) => f.text)).toEqual([piece]);
        expect(maskText(text)).not.toContain(piece);
      }),
      { numRuns: 200 },
    );
  });

  it('HTML masking removes every finding and keeps the markup', () => {
    fc.assert(
      fc.property(textArb, textArb, (a, b) => {
        const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const html = `<div class="x" data-tel="13812345678"><p>${escape(a)}</p><b>${escape(b)}</b></div>`;
        const masked = maskHtml(html);
        expect(scanHtml(masked)).toEqual([]);
        expect(maskHtml(masked)).toBe(masked);
        expect(masked.startsWith('<div class="x" data-tel="13812345678"><p>')).toBe(true);
        expect(masked.endsWith('</b></div>')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
