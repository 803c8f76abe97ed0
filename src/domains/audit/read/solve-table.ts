/**
 * Table 三 read from digit runs (HTML scrape, `（一）予以公开110000011`): the split of every run
 * is chosen for the whole table at once, with the table's own arithmetic —
 *
 * - in each row, 总计 = the six applicant columns (splitsWithTotal lists a row's own splits);
 * - in each column, （七）总计 = the sum of the outcome rows;
 * - in each column, 第一项 + 第二项 = 第三项（七）总计 + 第四项 (the 勾稽关系 of the table header);
 * - counts are printed without leading zeros (a `0` digit is a cell of its own).
 *
 * Bounds propagation over the column equations narrows every row's candidates (and lets a row too
 * long to enumerate on its own be enumerated within the bounds the other rows give it), then a
 * backtracking search with the same propagation at each node lists the consistent tables. A row is
 * read only where every consistent table agrees on it; where they differ it is ambiguous, where none
 * exists the runs contradict themselves. Never a guess: a search over budget decides nothing.
 */
import { agreedCells, splitsWithTotal } from './split-runs.ts';

/** A table 三 row as collected: fixed cells (null = not known), a digit run, or not found. */
export type SolverRow =
  | { kind: 'cells'; cells: readonly (number | null)[] }
  | { kind: 'run'; digits: string }
  | { kind: 'missing' };

export type RowRole = 'newReceived' | 'carriedOver' | 'outcome' | 'total' | 'carriedForward';

export interface SolverInput {
  role: RowRole;
  row: SolverRow;
}

export type RunOutcome =
  /** The split every consistent table agrees on (or the only split of the row itself). */
  | { status: 'read'; cells: number[]; byRowAlone: boolean }
  /**
   * Several consistent tables differ on this row; `examples` are some of the splits they use,
   * `agreed` the cells they all give the same value (null where they differ).
   */
  | { status: 'ambiguous'; examples: number[][]; agreed: (number | null)[] }
  /** The row's digits have no split at all whose 总计 is the sum of the six. */
  | { status: 'noRowSplit' }
  /** The row has splits of its own (`examples`), but no table with them adds up. */
  | { status: 'none'; examples: number[][] }
  /** Too many possibilities to check within the budget. */
  | { status: 'tooMany'; examples: number[][] };

const WIDTH = 7;
const PARTS = 6;
/** Row splits listed at most; a row with more stays open until bounds narrow it. */
const ROW_LIMIT = 64;
/** Search nodes per table (each node runs one propagation). */
const NODE_BUDGET = 400;
/** Row listings within column bounds per table (each up to split-runs.ts's step budget). */
const LISTING_BUDGET = 8;
/** Consistent tables listed at most (enough to know which rows they agree on). */
const SOLUTION_LIMIT = 32;
const NO_BOUND = Number.MAX_SAFE_INTEGER;
/** Longest count a cell may hold (as split-runs.ts), which keeps every sum exact. */
const MAX_DIGITS = 9;

/** A linear equation per column: Σ sign · row[column] = 0 over the listed rows. */
interface Equation {
  rows: number[];
  signs: number[];
  column: number;
}

interface Domain {
  /** Candidate splits still possible (null: not listed yet — too many). */
  list: number[][] | null;
  /** Per-cell bounds known so far. */
  lo: number[];
  hi: number[];
}

export interface SolveResult {
  /** Per input row with a run: its outcome (other rows: undefined). */
  outcomes: (RunOutcome | undefined)[];
}

export function solveApplicationRuns(inputs: readonly SolverInput[]): SolveResult {
  const outcomes: (RunOutcome | undefined)[] = inputs.map(() => undefined);
  const runs: number[] = [];
  const own: (number[][] | null)[] = inputs.map(() => null);
  inputs.forEach((input, i) => {
    if (input.row.kind !== 'run') return;
    const list = splitsWithTotal(input.row.digits, PARTS, ROW_LIMIT);
    own[i] = list;
    if (list && list.length === 0) outcomes[i] = { status: 'noRowSplit' };
    else runs.push(i);
  });
  if (runs.length === 0) return { outcomes };
  const equations = buildEquations(inputs);
  const values = (i: number): readonly (number | null)[] | null => {
    const row = inputs[i]!.row;
    return row.kind === 'cells' ? row.cells : null;
  };
  // Fixed rows are constants; rows with a run are variables; a row not found or without a split
  // makes its equations unusable.
  const usable = equations.filter((eq) => eq.rows.every((r) => {
    const row = inputs[r]!.row;
    if (row.kind === 'missing') return false;
    if (row.kind === 'cells') return typeof row.cells[eq.column] === 'number';
    return outcomes[r] === undefined;
  }));

  const root: Domain[] = inputs.map((_, i) => {
    const lo = new Array<number>(WIDTH).fill(0);
    const hi = new Array<number>(WIDTH).fill(NO_BOUND);
    const fixed = values(i);
    if (fixed) fixed.forEach((v, c) => { if (typeof v === 'number') { lo[c] = v; hi[c] = v; } });
    return { list: own[i] ?? null, lo, hi };
  });
  for (const i of runs) {
    if (own[i]) tighten(root[i]!);
    else narrowByDigits(root[i]!, (inputs[i]!.row as { digits: string }).digits);
  }

  // A row too long to list whose every equation is unusable can never be pinned down: it stays
  // unread, and the search goes on without it.
  const constrained = new Set(usable.flatMap((eq) => eq.rows));
  for (const i of runs) if (!own[i] && !constrained.has(i)) outcomes[i] = { status: 'tooMany', examples: [] };
  const searched = runs.filter((i) => outcomes[i] === undefined);
  const search = new Search(inputs, searched, usable);
  const rootOk = search.propagate(root);
  if (rootOk) search.walk(root);

  for (const i of searched) {
    const examples = (own[i] ?? []).slice(0, 3);
    const list = own[i];
    if (search.solutions === 0) {
      // No consistent table (the digits contradict themselves, or blank cells were dropped from the
      // runs): not even a row that fits its own total is certain then. Or the search ran out.
      outcomes[i] = search.exhausted || !list ? { status: 'tooMany', examples } : { status: 'none', examples };
      continue;
    }
    // A row with one split of its own is in every consistent table.
    if (list && list.length === 1) {
      outcomes[i] = { status: 'read', cells: list[0]!, byRowAlone: true };
      continue;
    }
    if (search.exhausted) {
      outcomes[i] = { status: 'tooMany', examples };
      continue;
    }
    const splits = [...search.seen[searched.indexOf(i)]!.values()];
    if (splits.length === 1) outcomes[i] = { status: 'read', cells: splits[0]!, byRowAlone: false };
    else outcomes[i] = { status: 'ambiguous', examples: splits.slice(0, 3), agreed: agreedCells(splits) };
  }
  return { outcomes };
}

/** The column equations of table 三 over the rows present, by role. */
function buildEquations(inputs: readonly SolverInput[]): Equation[] {
  const byRole = (role: RowRole): number[] => inputs.flatMap((input, i) => (input.role === role ? [i] : []));
  const one = (role: RowRole): number | undefined => {
    const rows = byRole(role);
    return rows.length === 1 ? rows[0] : undefined;
  };
  const out: Equation[] = [];
  const total = one('total');
  const outcomes = byRole('outcome');
  const received = one('newReceived');
  const carriedOver = one('carriedOver');
  const forward = one('carriedForward');
  for (let column = 0; column < WIDTH; column++) {
    if (total !== undefined && outcomes.length > 0) {
      out.push({ rows: [...outcomes, total], signs: [...outcomes.map(() => 1), -1], column });
    }
    if (total !== undefined && received !== undefined && carriedOver !== undefined && forward !== undefined) {
      out.push({ rows: [received, carriedOver, total, forward], signs: [1, 1, -1, -1], column });
    }
  }
  return out;
}

/** Upper bounds of a run's cells from its length alone (a row too long to list its splits). */
function narrowByDigits(domain: Domain, digits: string): void {
  const longest = Math.min(MAX_DIGITS, digits.length - PARTS);
  for (let c = 0; c < WIDTH; c++) domain.hi[c] = Math.min(domain.hi[c]!, 10 ** longest - 1);
}

class Search {
  solutions = 0;
  exhausted = false;
  /** Per run (index in `runs`): the distinct splits seen in consistent tables, by their text. */
  readonly seen: Map<string, number[]>[];
  private nodes = 0;
  private listings = 0;
  private readonly eqOfRow: Equation[][];

  constructor(
    private readonly inputs: readonly SolverInput[],
    private readonly runs: readonly number[],
    private readonly equations: readonly Equation[],
  ) {
    this.seen = runs.map(() => new Map());
    this.eqOfRow = inputs.map(() => []);
    for (const eq of equations) for (const r of eq.rows) this.eqOfRow[r]!.push(eq);
  }

  /** Bounds propagation to a fixed point; false on a contradiction. Mutates `domains`. */
  propagate(domains: Domain[]): boolean {
    let queue = [...this.equations];
    let rounds = 0;
    while (queue.length > 0) {
      if (++rounds > 64) break;
      const changedRows = new Set<number>();
      for (const eq of queue) {
        const c = eq.column;
        // Σ sign·x = 0: each term sign·x lies in −(the range of the other terms).
        let sumLo = 0;
        let sumHi = 0;
        let open = 0;
        for (let k = 0; k < eq.rows.length; k++) {
          const d = domains[eq.rows[k]!]!;
          if (d.hi[c]! >= NO_BOUND) open++;
          if (eq.signs[k]! > 0) {
            sumLo += d.lo[c]!;
            sumHi += d.hi[c]!;
          } else {
            sumLo -= d.hi[c]!;
            sumHi -= d.lo[c]!;
          }
        }
        if (open > 0) continue;
        if (sumLo > 0 || sumHi < 0) return false;
        for (let k = 0; k < eq.rows.length; k++) {
          const r = eq.rows[k]!;
          const d = domains[r]!;
          const positive = eq.signs[k]! > 0;
          const termLo = positive ? d.lo[c]! : -d.hi[c]!;
          const termHi = positive ? d.hi[c]! : -d.lo[c]!;
          // This term's range: −(the others' range).
          const lo = -(sumHi - termHi);
          const hi = -(sumLo - termLo);
          const newLo = positive ? lo : -hi;
          const newHi = positive ? hi : -lo;
          if (newLo > d.lo[c]!) { d.lo[c] = newLo; changedRows.add(r); }
          if (newHi < d.hi[c]!) { d.hi[c] = newHi; changedRows.add(r); }
          if (d.lo[c]! > d.hi[c]!) return false;
        }
      }
      // Candidate lists shrink to the bounds, and the bounds to the candidates.
      for (const r of changedRows) {
        const d = domains[r]!;
        if (this.inputs[r]!.row.kind !== 'run') continue;
        if (!d.list) {
          const digits = (this.inputs[r]!.row as { digits: string }).digits;
          // Listing within bounds costs a search of its own: a few tries per table, then give up.
          if (this.listings < LISTING_BUDGET) {
            this.listings++;
            d.list = splitsWithTotal(digits, PARTS, ROW_LIMIT, { lo: d.lo, hi: d.hi });
          }
          if (!d.list) continue;
        }
        d.list = d.list.filter((cells) => cells.every((v, c) => v >= d.lo[c]! && v <= d.hi[c]!));
        if (d.list.length === 0) return false;
        tighten(d);
      }
      queue = [];
      const next = new Set<Equation>();
      for (const r of changedRows) for (const eq of this.eqOfRow[r]!) next.add(eq);
      queue = [...next];
    }
    return true;
  }

  /** Backtracking over the open rows; records every consistent table (up to the limits). */
  walk(domains: Domain[]): void {
    if (this.exhausted) return;
    if (++this.nodes > NODE_BUDGET) {
      this.exhausted = true;
      return;
    }
    let pick = -1;
    let size = Infinity;
    for (const r of this.runs) {
      const d = domains[r]!;
      if (!d.list) {
        // A row not listed yet that the others do not pin down: nothing left to branch on.
        this.exhausted = true;
        return;
      }
      if (d.list.length > 1 && d.list.length < size) {
        size = d.list.length;
        pick = r;
      }
    }
    if (pick < 0) {
      if (!this.consistent(domains)) return;
      if (++this.solutions > SOLUTION_LIMIT) {
        this.exhausted = true;
        return;
      }
      this.runs.forEach((r, k) => {
        const cells = domains[r]!.list![0]!;
        this.seen[k]!.set(cells.join(','), cells);
      });
      return;
    }
    for (const cells of domains[pick]!.list!) {
      const copy = domains.map((d) => ({ list: d.list, lo: [...d.lo], hi: [...d.hi] }));
      copy[pick] = { list: [cells], lo: [...cells], hi: [...cells] };
      if (this.propagate(copy)) this.walk(copy);
      if (this.exhausted) return;
    }
  }

  /** Every equation holds exactly with every row decided. */
  private consistent(domains: readonly Domain[]): boolean {
    for (const eq of this.equations) {
      let sum = 0;
      eq.rows.forEach((r, k) => {
        const d = domains[r]!;
        sum += eq.signs[k]! * (d.list ? d.list[0]![eq.column]! : d.lo[eq.column]!);
      });
      if (sum !== 0) return false;
    }
    return true;
  }
}

/** Bounds of a listed domain: the least and greatest value of each cell among its candidates. */
function tighten(d: Domain): void {
  for (let c = 0; c < WIDTH; c++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const cells of d.list!) {
      if (cells[c]! < lo) lo = cells[c]!;
      if (cells[c]! > hi) hi = cells[c]!;
    }
    d.lo[c] = lo;
    d.hi[c] = hi;
  }
}
