import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeQuote, pagePrice, perPageTotal, perPieceMarginal, perPieceTotal, piecePrice, quoteFee } from './index.ts';

describe('按件计收: total for N applications in one natural month (国办函〔2020〕109号第四条)', () => {
  it.each([
    [0, 0], [1, 0], [10, 0],
    [11, 100], [30, 2000],
    [31, 2200], [35, 3000], [40, 4000],
    [41, 4300], [50, 7000], [51, 7400],
  ])('%i applications → %i 元', (n, total) => {
    expect(perPieceTotal(n).total).toBe(total);
  });
});

describe('按件计收: the k-th application of the month alone', () => {
  it.each([[1, 0], [10, 0], [11, 100], [30, 100], [31, 200], [40, 200], [41, 300], [50, 300], [51, 400], [100, 800], [101, 900]])('#%i → %i 元', (k, price) => {
    expect(perPieceMarginal(k).total).toBe(price);
    expect(piecePrice(k)).toBe(price);
  });
});

describe('按量计收: pages of one application (第五条)', () => {
  it.each([
    [0, 0], [30, 0], [31, 10], [100, 700], [101, 720], [150, 1700], [200, 2700], [201, 2740], [250, 4700],
  ])('%i pages → %i 元', (p, total) => {
    expect(perPageTotal(p).total).toBe(total);
  });
  it.each([[30, 0], [31, 10], [100, 10], [101, 20], [200, 20], [201, 40]])('page %i costs %i 元', (p, price) => {
    expect(pagePrice(p)).toBe(price);
  });
});

describe('breakdown by band', () => {
  it('35 pieces: free, 100 and 200 元 bands', () => {
    expect(perPieceTotal(35).bands).toEqual([
      { from: 1, to: 10, count: 10, unitPrice: 0, subtotal: 0 },
      { from: 11, to: 30, count: 20, unitPrice: 100, subtotal: 2000 },
      { from: 31, to: 35, count: 5, unitPrice: 200, subtotal: 1000 },
    ]);
  });
  it('250 pages: four bands', () => {
    expect(perPageTotal(250).bands.map((b) => [b.from, b.to, b.unitPrice, b.subtotal])).toEqual([
      [1, 30, 0, 0], [31, 100, 10, 700], [101, 200, 20, 2000], [201, 250, 40, 2000],
    ]);
  });
  it('pieces after earlier ones this month start at the right band', () => {
    const q = quoteFee({ basis: 'perPiece', priorThisMonth: 28, pieces: 5 });
    expect(q.bands.map((b) => [b.from, b.to, b.unitPrice])).toEqual([[29, 30, 100], [31, 33, 200]]);
    expect(q.total).toBe(800);
  });
  it('describes the quote in Chinese with the total last', () => {
    const lines = describeQuote(perPieceTotal(35));
    expect(lines.at(-1)).toBe('合计：3000 元');
    expect(lines).toContain('  第 31–35 件：5 件 × 200 元 = 1000 元');
  });
});

describe('properties', () => {
  it('the total equals the sum of marginal prices', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), (n) => {
      let sum = 0;
      for (let k = 1; k <= n; k++) sum += perPieceMarginal(k).total;
      expect(perPieceTotal(n).total).toBe(sum);
    }), { numRuns: 50 });
  });
  it('splitting a month at any point gives the same total', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (a, b) => {
      expect(perPieceTotal(a).total + quoteFee({ basis: 'perPiece', priorThisMonth: a, pieces: b }).total).toBe(perPieceTotal(a + b).total);
    }));
  });
  it('bands cover exactly the units priced', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), (p) => {
      expect(perPageTotal(p).bands.reduce((s, b) => s + b.count, 0)).toBe(p);
    }));
  });
});

describe('invalid quantities', () => {
  it.each([[-1], [1.5], [Number.NaN], [1_000_000]])('%s pages → fee.invalid_quantity', (p) => {
    expect(() => perPageTotal(p)).toThrowError(expect.objectContaining({ code: 'fee.invalid_quantity' }));
  });
  it('the 0-th application does not exist', () => {
    expect(() => perPieceMarginal(0)).toThrowError(expect.objectContaining({ code: 'fee.invalid_quantity' }));
  });
});
