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
  it('the 10th piece of a month is the last free one, whatever came before', () => {
    expect(quoteFee({ basis: 'perPiece', priorThisMonth: 9, pieces: 3 }).bands.map((b) => [b.from, b.to, b.unitPrice])).toEqual([[10, 10, 0], [11, 12, 100]]);
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

describe('the breakdown as staff and the applicant read it', () => {
  it('按件: the month positions, each band, the total', () => {
    expect(describeQuote(perPieceTotal(35))).toEqual([
      '按件计收（国办函〔2020〕109号第四条，同一申请人同一自然月累计件数超额累进）：第 1–35 件',
      '  第 1–10 件：免费（10 件）',
      '  第 11–30 件：20 件 × 100 元 = 2000 元',
      '  第 31–35 件：5 件 × 200 元 = 1000 元',
      '合计：3000 元',
    ]);
  });
  it('按件: one application is one position', () => {
    expect(describeQuote(perPieceMarginal(31))).toEqual([
      '按件计收（国办函〔2020〕109号第四条，同一申请人同一自然月累计件数超额累进）：第 31 件',
      '  第 31 件：1 件 × 200 元 = 200 元',
      '合计：200 元',
    ]);
  });
  it('按量: the page count and the bands', () => {
    expect(describeQuote(perPageTotal(31))).toEqual([
      '按量计收（国办函〔2020〕109号第五条，同一申请的页数超额累进）：共 31 页',
      '  第 1–30 页：免费（30 页）',
      '  第 31 页：1 页 × 10 元 = 10 元',
      '合计：10 元',
    ]);
  });
  it('nothing to price says so', () => {
    expect(describeQuote(perPageTotal(0))).toEqual(['按量计收（国办函〔2020〕109号第五条，同一申请的页数超额累进）：数量为 0', '合计：0 元']);
    expect(describeQuote(perPieceTotal(0))).toEqual(['按件计收（国办函〔2020〕109号第四条，同一申请人同一自然月累计件数超额累进）：数量为 0', '合计：0 元']);
  });
});

describe('quantity limits', () => {
  it('accepts up to 100 000 units, in every count', () => {
    expect(perPageTotal(100_000).total).toBe(2700 + 40 * 99_800);
    expect(quoteFee({ basis: 'perPiece', priorThisMonth: 99_999, pieces: 1 }).total).toBe(100 + 100 * Math.ceil((100_000 - 30) / 10));
    expect(quoteFee({ basis: 'perPiece', priorThisMonth: 0, pieces: 100_000 }).bands).toHaveLength(2 + (100_000 - 30) / 10);
  });
  it.each([
    [{ basis: 'perPiece', priorThisMonth: -1, pieces: 1 }, '本月此前已收申请件数'],
    [{ basis: 'perPiece', priorThisMonth: 0, pieces: -1 }, '件数'],
    [{ basis: 'perPiece', priorThisMonth: 0, pieces: 100_001 }, '件数'],
    [{ basis: 'perPiece', priorThisMonth: 60_000, pieces: 50_000 }, '本月累计件数'],
    [{ basis: 'perPage', pages: 100_001 }, '页数'],
  ] as const)('refuses %j, naming the count', (request, what) => {
    expect(() => quoteFee(request)).toThrowError(expect.objectContaining({ code: 'fee.invalid_quantity', kind: 'invalid', userMessage: expect.stringMatching(new RegExp(`^${what}须为 0 至 100000 之间的整数`)) }));
  });
  it('the k-th application counts from 1', () => {
    expect(() => perPieceMarginal(0)).toThrowError(expect.objectContaining({ userMessage: expect.stringMatching(/^第几件须为 1 至 100000 之间的整数，收到：0$/) }));
  });
});
