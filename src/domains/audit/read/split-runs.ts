/**
 * Splitting digit runs from HTML scrapes (`（一）予以公开12003419`) into cells with the table's
 * own arithmetic: a split is accepted only when exactly one fits; otherwise the cells stay blank
 * and the reader reports the ambiguity. Numbers are assumed to be printed without leading zeros
 * (a count is never written `05`; `0` itself is a cell of its own), which is what makes most runs
 * splittable at all.
 */

/** Upper bound on search steps per run, so hostile input cannot make the reader slow. */
const STEP_BUDGET = 6_000;
const MAX_PART_DIGITS = 9;



/** All splits of `digits` into `width` numbers (no leading zeros); null if there are too many to list. */
export function splitsOf(digits: string, width: number, accept: (parts: number[]) => boolean, limit = 64): number[][] | null {
  const out: number[][] = [];
  const parts: number[] = [];
  let steps = 0;
  let overflow = false;
  const walk = (pos: number): void => {
    if (overflow) return;
    if (++steps > STEP_BUDGET) {
      overflow = true;
      return;
    }
    const left = width - parts.length;
    const rest = digits.length - pos;
    if (left === 0) {
      if (rest === 0 && accept(parts)) {
        out.push([...parts]);
        if (out.length > limit) overflow = true;
      }
      return;
    }
    if (rest < left) return;
    const maxLen = digits[pos] === '0' ? 1 : Math.min(MAX_PART_DIGITS, rest - (left - 1));
    for (let len = 1; len <= maxLen; len++) {
      parts.push(Number(digits.slice(pos, pos + len)));
      walk(pos + len);
      parts.pop();
    }
  };
  walk(0);
  return overflow ? null : out;
}

/** Per-cell bounds for a split (inclusive); a missing bound is no bound. */
export interface CellBounds {
  lo?: readonly number[];
  hi?: readonly number[];
}

/**
 * Splits of a row whose last column is the sum of the columns before it (table 三 rows: 总计),
 * optionally within per-cell bounds (from the column sums). The total is taken from the end of the
 * run first (each length it can have), then the parts are searched left to right; a table of the
 * least and greatest sum the rest of the digits can still make prunes every branch that cannot
 * reach the total. Null when the search would exceed its budget or the limit of splits.
 */
export function splitsWithTotal(digits: string, parts: number, limit = 64, bounds: CellBounds = {}, budget = STEP_BUDGET): number[][] | null {
  const out: number[][] = [];
  const chosen: number[] = [];
  let steps = 0;
  let overflow = false;
  const n = digits.length;
  if (n < parts + 1) return out;
  const code = new Array<number>(n);
  for (let i = 0; i < n; i++) code[i] = digits.charCodeAt(i) - 48;
  const lo = (k: number): number => bounds.lo?.[k] ?? 0;
  const hi = (k: number): number => bounds.hi?.[k] ?? Number.MAX_SAFE_INTEGER;
  let total = 0;
  let end = 0;
  let maxLen = 1;
  // minSum/maxSum[pos * (parts + 1) + k]: least/greatest sum of parts k.. over digits pos..end.
  const stride = parts + 1;
  // Short runs are searched faster without the table than it takes to fill it.
  const pruned = n > 2 * (parts + 1);
  let minSum = new Float64Array(0);
  let maxSum = new Float64Array(0);
  const fillBounds = (): void => {
    const size = (end + 1) * stride;
    if (minSum.length < size) {
      minSum = new Float64Array(size);
      maxSum = new Float64Array(size);
    }
    for (let pos = end; pos >= 0; pos--) {
      for (let k = parts; k >= 0; k--) {
        const at = pos * stride + k;
        if (k === parts) {
          minSum[at] = pos === end ? 0 : Infinity;
          maxSum[at] = pos === end ? 0 : -Infinity;
          continue;
        }
        let mn = Infinity;
        let mx = -Infinity;
        const longest = code[pos] === 0 ? 1 : Math.min(maxLen, end - pos);
        let value = 0;
        for (let len = 1; len <= longest; len++) {
          value = value * 10 + code[pos + len - 1]!;
          const next = (pos + len) * stride + k + 1;
          if (minSum[next] === Infinity) continue;
          if (value + minSum[next]! < mn) mn = value + minSum[next]!;
          if (value + maxSum[next]! > mx) mx = value + maxSum[next]!;
        }
        minSum[at] = mn;
        maxSum[at] = mx;
      }
    }
  };
  const walk = (pos: number, sum: number): void => {
    if (overflow) return;
    if (++steps > budget) {
      overflow = true;
      return;
    }
    const k = chosen.length;
    if (k === parts) {
      if (pos === end && sum === total) {
        out.push([...chosen, total]);
        if (out.length > limit) overflow = true;
      }
      return;
    }
    const rest = total - sum;
    if (pruned) {
      const at = pos * stride + k;
      if (minSum[at]! > rest || maxSum[at]! < rest) return;
    }
    const longest = code[pos] === 0 ? 1 : Math.min(maxLen, end - pos - (parts - k - 1));
    let value = 0;
    const low = lo(k);
    const high = Math.min(hi(k), rest);
    for (let len = 1; len <= longest; len++) {
      value = value * 10 + code[pos + len - 1]!;
      // Values only grow with length, so once past the bound nothing longer fits.
      if (value > high) break;
      if (value < low) continue;
      chosen.push(value);
      walk(pos + len, sum + value);
      chosen.pop();
    }
  };
  // Six numbers of at most m digits sum to fewer than m + 2 digits; the total has at least as many
  // digits as the longest part.
  const fewest = Math.max(1, Math.ceil(n / (parts + 1)));
  const most = Math.min(MAX_PART_DIGITS, n - parts, Math.max(1, Math.floor((n - (parts - 1) + 1) / 2)));
  for (let totalLen = fewest; totalLen <= most; totalLen++) {
    const at = n - totalLen;
    if (totalLen > 1 && code[at] === 0) continue;
    total = Number(digits.slice(at));
    if (total < lo(parts) || total > hi(parts)) continue;
    end = at;
    maxLen = totalLen;
    if (pruned) fillBounds();
    walk(0, 0);
    if (overflow) return null;
  }
  out.sort((a, b) => a[a.length - 1]! - b[b.length - 1]!);
  return out;
}

/** Splits of table 四's single row: three groups of four parts and their 总计. */
export function splitsOfAppeals(digits: string, limit = 64): number[][] | null {
  const out: number[][] = [];
  const chosen: number[] = [];
  let steps = 0;
  let overflow = false;
  const walk = (pos: number, group: number, sum: number, inGroup: number): void => {
    if (overflow) return;
    if (++steps > STEP_BUDGET) {
      overflow = true;
      return;
    }
    if (group === 3) {
      if (pos === digits.length) {
        out.push([...chosen]);
        if (out.length > limit) overflow = true;
      }
      return;
    }
    if (inGroup === 4) {
      const total = String(sum);
      if (!digits.startsWith(total, pos)) return;
      chosen.push(sum);
      walk(pos + total.length, group + 1, 0, 0);
      chosen.pop();
      return;
    }
    const rest = digits.length - pos;
    const cellsLeft = (2 - group) * 5 + (5 - inGroup);
    if (rest < cellsLeft) return;
    const maxLen = digits[pos] === '0' ? 1 : Math.min(MAX_PART_DIGITS, rest - (cellsLeft - 1));
    for (let len = 1; len <= maxLen; len++) {
      const value = Number(digits.slice(pos, pos + len));
      chosen.push(value);
      walk(pos + len, group, sum + value, inGroup + 1);
      chosen.pop();
    }
  };
  walk(0, 0, 0, 0);
  return overflow ? null : out;
}

/**
 * Splits of `text` into one piece per pattern, each piece matching its pattern whole (table 二:
 * counts without leading zeros, a signed 本年增/减, an amount with decimals). Null when there are
 * more than `limit`.
 */
export function splitsByPattern(text: string, patterns: readonly RegExp[], limit = 1): string[][] | null {
  const out: string[][] = [];
  const pieces: string[] = [];
  let overflow = false;
  const walk = (pos: number): void => {
    if (overflow) return;
    const k = pieces.length;
    if (k === patterns.length) {
      if (pos === text.length) {
        out.push([...pieces]);
        if (out.length > limit) overflow = true;
      }
      return;
    }
    const left = patterns.length - k - 1;
    for (let end = pos + 1; end <= text.length - left; end++) {
      const piece = text.slice(pos, end);
      if (!patterns[k]!.test(piece)) continue;
      pieces.push(piece);
      walk(end);
      pieces.pop();
    }
  };
  walk(0);
  return overflow ? null : out;
}

/** The values every split agrees on, null where they differ. */
export function agreedCells(splits: readonly (readonly number[])[]): (number | null)[] {
  const first = splits[0] ?? [];
  return first.map((v, i) => (splits.every((s) => s[i] === v) ? v : null));
}
