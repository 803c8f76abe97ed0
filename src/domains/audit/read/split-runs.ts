/**
 * Splitting digit runs from HTML scrapes (`（一）予以公开12003419`) into cells with the table's
 * own arithmetic: a split is accepted only when exactly one fits; otherwise the cells stay blank
 * and the reader reports the ambiguity. Numbers are assumed to be printed without leading zeros.
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

/**
 * Splits of a row whose last column is the sum of the columns before it (table 三 rows: 总计).
 * The total is taken from the end of the run first (each possible length), then the parts are
 * searched with their running sum bounded by it, which keeps the search small.
 */
export function splitsWithTotal(digits: string, parts: number, limit = 64): number[][] | null {
  const out: number[][] = [];
  const chosen: number[] = [];
  let steps = 0;
  let overflow = false;
  const n = digits.length;
  const code = (i: number): number => digits.charCodeAt(i) - 48;
  let total = 0;
  let end = 0;
  let maxPartLen = 1;
  const walk = (pos: number, sum: number): void => {
    if (overflow) return;
    if (++steps > STEP_BUDGET) {
      overflow = true;
      return;
    }
    const left = parts - chosen.length;
    if (left === 0) {
      if (pos === end && sum === total) {
        out.push([...chosen, total]);
        if (out.length > limit) overflow = true;
      }
      return;
    }
    const rest = end - pos;
    if (rest < left || rest > left * maxPartLen) return;
    const maxLen = code(pos) === 0 ? 1 : Math.min(maxPartLen, rest - left + 1);
    let value = 0;
    for (let len = 1; len <= maxLen; len++) {
      value = value * 10 + code(pos + len - 1);
      // Values only grow with length, so once past the total nothing longer fits.
      if (sum + value > total) break;
      chosen.push(value);
      walk(pos + len, sum + value);
      chosen.pop();
    }
  };
  for (let totalLen = 1; totalLen <= Math.min(MAX_PART_DIGITS, n - parts); totalLen++) {
    const at = n - totalLen;
    if (totalLen > 1 && code(at) === 0) continue;
    total = Number(digits.slice(at));
    end = at;
    maxPartLen = totalLen;
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
 * Choose one candidate per ambiguous row so that every constraint holds; `check` sees the current
 * choice (index per row, -1 for rows not yet chosen) and returns false on a contradiction.
 * Returns, per row, the candidate index all consistent choices agree on, or -1 where they differ
 * or none is consistent; `solutions` counts consistent combinations (capped).
 */
export function chooseCandidates(
  counts: readonly number[],
  check: (choice: readonly number[]) => boolean,
  budget = 4_096,
): { chosen: number[]; solutions: number; exhausted: boolean } {
  let product = 1;
  for (const c of counts) product *= c;
  if (product > budget) return { chosen: counts.map(() => -1), solutions: 0, exhausted: true };
  const choice = counts.map(() => -1);
  const agreed = counts.map(() => -2);
  let solutions = 0;
  let steps = 0;
  let exhausted = false;
  const walk = (i: number): void => {
    if (exhausted) return;
    if (++steps > budget) {
      exhausted = true;
      return;
    }
    if (i === counts.length) {
      if (!check(choice)) return;
      solutions++;
      for (let r = 0; r < choice.length; r++) {
        agreed[r] = agreed[r] === -2 ? choice[r]! : agreed[r] === choice[r] ? agreed[r]! : -1;
      }
      return;
    }
    for (let c = 0; c < counts[i]!; c++) {
      choice[i] = c;
      walk(i + 1);
    }
    choice[i] = -1;
  };
  walk(0);
  if (exhausted) return { chosen: counts.map(() => -1), solutions: 0, exhausted };
  return { chosen: agreed.map((a) => (a < 0 ? -1 : a)), solutions, exhausted };
}
