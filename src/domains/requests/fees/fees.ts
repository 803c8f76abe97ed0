/**
 * 信息处理费 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号; 《政府信息公开条例》第四十二条).
 * Charged only where an applicant's volume or frequency clearly exceeds a reasonable range; the
 * agency picks ONE basis per application, never both (第三条). Both bases are 超额累进: each band
 * is priced at its own rate.
 *
 *  - 按件计收 (第四条): the same applicant's cumulative applications in one natural month:
 *    1–10 free; 11–30 100 元/件; from 31 on, bands of 10, each band 100 元/件 more
 *    (31–40 200, 41–50 300 …).
 *  - 按量计收 (第五条): pages of one application: 1–30 free; 31–100 10 元/页;
 *    101–200 20 元/页; 201 and up 40 元/页.
 *
 * This module prices; whether to charge at all (F-01: the agency's finding that the range is
 * clearly exceeded) is the caller's decision. Amounts are whole 元.
 */
import { DomainError } from '../../shared/errors.ts';

export const FEE_BASES = ['perPiece', 'perPage'] as const;
/** perPiece 按件计收 · perPage 按量计收. */
export type FeeBasis = (typeof FEE_BASES)[number];

export const FEE_BASIS_LABELS: Record<FeeBasis, { label: string; unit: string; article: string }> = {
  perPiece: { label: '按件计收', unit: '件', article: '国办函〔2020〕109号第四条' },
  perPage: { label: '按量计收', unit: '页', article: '国办函〔2020〕109号第五条' },
};

/** Largest quantity priced (a guard against absurd input, not a legal limit). */
export const MAX_FEE_QUANTITY = 100_000;

/** One band of the breakdown: units `from`–`to` (inclusive) at `unitPrice` 元 each. */
export interface FeeBand {
  from: number;
  to: number;
  count: number;
  unitPrice: number;
  subtotal: number;
}

export interface FeeQuote {
  basis: FeeBasis;
  /** First and last unit priced (for 按件: positions in the month's cumulative count). */
  from: number;
  to: number;
  bands: FeeBand[];
  /** Total in 元. */
  total: number;
}

/** What one application is priced on: exactly one basis (the union makes "both" unrepresentable). */
export type FeeRequest =
  /** `pieces` pieces (after 一事一申请 splitting), after `priorThisMonth` earlier ones this month. */
  | { basis: 'perPiece'; priorThisMonth: number; pieces: number }
  | { basis: 'perPage'; pages: number };

/** Price of the n-th piece of a natural month (n ≥ 1). */
export function piecePrice(n: number): number {
  if (n <= 10) return 0;
  if (n <= 30) return 100;
  return 100 + 100 * Math.ceil((n - 30) / 10);
}

/** Price of the n-th page of one application (n ≥ 1). */
export function pagePrice(n: number): number {
  if (n <= 30) return 0;
  if (n <= 100) return 10;
  if (n <= 200) return 20;
  return 40;
}

/** Band boundaries: the band containing unit n ends at … */
function pieceBandEnd(n: number): number {
  if (n <= 10) return 10;
  if (n <= 30) return 30;
  return 30 + 10 * Math.ceil((n - 30) / 10);
}
function pageBandEnd(n: number): number {
  if (n <= 30) return 30;
  if (n <= 100) return 100;
  if (n <= 200) return 200;
  return Infinity;
}

function quoteRange(basis: FeeBasis, from: number, to: number): FeeQuote {
  const price = basis === 'perPiece' ? piecePrice : pagePrice;
  const bandEnd = basis === 'perPiece' ? pieceBandEnd : pageBandEnd;
  const bands: FeeBand[] = [];
  for (let start = from; start <= to;) {
    const end = Math.min(bandEnd(start), to);
    const unitPrice = price(start);
    const count = end - start + 1;
    bands.push({ from: start, to: end, count, unitPrice, subtotal: count * unitPrice });
    start = end + 1;
  }
  return { basis, from, to, bands, total: bands.reduce((s, b) => s + b.subtotal, 0) };
}

function checkQuantity(value: number, what: string, min: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > MAX_FEE_QUANTITY) {
    throw new DomainError(
      'fee.invalid_quantity',
      'invalid',
      `${what}须为 ${min} 至 ${MAX_FEE_QUANTITY} 之间的整数，收到：${value}`,
      `invalid fee quantity ${what}=${value}`,
    );
  }
}

/** The fee for one application on its single basis, with the breakdown by band. */
export function quoteFee(request: FeeRequest): FeeQuote {
  if (request.basis === 'perPage') {
    checkQuantity(request.pages, '页数', 0);
    return quoteRange('perPage', 1, request.pages);
  }
  checkQuantity(request.priorThisMonth, '本月此前已收申请件数', 0);
  checkQuantity(request.pieces, '件数', 0);
  checkQuantity(request.priorThisMonth + request.pieces, '本月累计件数', 0);
  return quoteRange('perPiece', request.priorThisMonth + 1, request.priorThisMonth + request.pieces);
}

/** Total 按件 fee for an applicant's first `n` applications of a natural month. */
export function perPieceTotal(n: number): FeeQuote {
  return quoteFee({ basis: 'perPiece', priorThisMonth: 0, pieces: n });
}

/** 按件 fee of the k-th application of the month alone (marginal price). */
export function perPieceMarginal(k: number): FeeQuote {
  checkQuantity(k, '第几件', 1);
  return quoteFee({ basis: 'perPiece', priorThisMonth: k - 1, pieces: 1 });
}

/** 按量 fee of one application of `pages` pages. */
export function perPageTotal(pages: number): FeeQuote {
  return quoteFee({ basis: 'perPage', pages });
}

/** Breakdown lines in Chinese, e.g. `第 11–30 件：20 件 × 100 元 = 2000 元`. */
export function describeQuote(quote: FeeQuote): string[] {
  const { unit, label, article } = FEE_BASIS_LABELS[quote.basis];
  const head = quote.basis === 'perPiece'
    ? `${label}（${article}，同一申请人同一自然月累计件数超额累进）：${quote.from === quote.to ? `第 ${quote.from} 件` : `第 ${quote.from}–${quote.to} 件`}`
    : `${label}（${article}，同一申请的页数超额累进）：共 ${quote.to} 页`;
  const lines = [quote.to < quote.from ? `${head.split('：')[0]}：数量为 0` : head];
  for (const b of quote.bands) {
    const range = b.from === b.to ? `第 ${b.from} ${unit}` : `第 ${b.from}–${b.to} ${unit}`;
    lines.push(b.unitPrice === 0 ? `  ${range}：免费（${b.count} ${unit}）` : `  ${range}：${b.count} ${unit} × ${b.unitPrice} 元 = ${b.subtotal} 元`);
  }
  lines.push(`合计：${quote.total} 元`);
  return lines;
}
