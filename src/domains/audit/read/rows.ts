/**
 * Finding a labelled row in a token stream and collecting the values that belong to it, whatever
 * the rendering: empty cells count only where cell boundaries are explicit, a label wrapped over two
 * lines is followed into the next line, and a lone digit run (HTML scrape) is kept whole for the
 * arithmetic in split-runs.ts.
 */
import { isKnownLabel, matchesLabel, withoutMergedFragment } from './labels.ts';
import type { Row, Token } from './tokens.ts';

export interface LabelHit {
  /** Index of the first and last token of the label (values follow `end`). */
  start: number;
  end: number;
  /** Index of the wrapped tail of the label on the next line, after the values (PDF). */
  tail: number;
}

/** A label wrapped onto the next line; a merged-label fragment may stand before its first part only. */
function wrappedMatches(pattern: RegExp, head: string, tail: string): boolean {
  if (pattern.test(head + tail)) return true;
  const rest = withoutMergedFragment(head);
  return rest !== null && pattern.test(rest + tail);
}

/**
 * The first label matching `pattern` at or after token `from`. A label wrapped onto the next line
 * counts, whether the values stand after its head (`（三）不予公开1.属于国家 0 0 …` / `秘密`) or
 * after its tail.
 */
export function findLabel(tokens: readonly Token[], from: number, pattern: RegExp): LabelHit | null {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'text') continue;
    if (matchesLabel(pattern, t.key)) return { start: i, end: i, tail: i };
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.row === t.row && tokens[j]!.kind !== 'text') j++;
    const next = tokens[j];
    if (!next || next.kind !== 'text' || next.row === t.row || !wrappedMatches(pattern, t.key, next.key)) continue;
    return j === i + 1 ? { start: i, end: j, tail: j } : { start: i, end: i, tail: j };
  }
  return null;
}

/** A cell as collected: a value text, an empty cell, or text that is no value (unreadable). */
export interface RawCell {
  kind: 'value' | 'empty' | 'bad';
  raw: string;
  glued?: boolean;
  /** A blank line that is a trailing blank cell or paragraph spacing (Token.soft). */
  soft?: boolean;
}

export interface Collected {
  cells: RawCell[];
  /** Index of the token after the last one used. */
  next: number;
  /** Index of the last source row used. */
  lastRow: number;
  /** The values' row may carry merged-cell padding (see Row.padded). */
  padded: boolean;
}

const MAX_WRAP_TEXT = 2;

/** Values after a label: the rest of its row, or (label wrapped, values below) the next rows. */
export function collectValues(tokens: readonly Token[], rows: readonly Row[], labelEnd: number): Collected {
  const labelRow = tokens[labelEnd]!.row;
  let j = labelEnd + 1;
  const cells: RawCell[] = [];
  const structured = rows[labelRow]!.structured;
  let lastRow = labelRow;
  // The rest of the label's own row.
  while (j < tokens.length && tokens[j]!.row === labelRow) {
    const t = tokens[j]!;
    if (t.kind === 'text') {
      if (!structured || isKnownLabel(t.key)) break;
      cells.push({ kind: 'bad', raw: t.raw });
    } else {
      cells.push({ kind: t.kind, raw: t.raw, glued: t.glued, soft: t.soft });
    }
    j++;
  }
  if (j < tokens.length && tokens[j]!.row === labelRow) return { cells, next: j, lastRow, padded: rows[labelRow]!.padded };
  const hasValue = cells.some((c) => c.kind !== 'empty');
  // Empty cells after a label in an explicit row are its (blank) values, not a wrapped label.
  if ((hasValue || cells.length > 0) && structured) return { cells, next: j, lastRow, padded: rows[labelRow]!.padded };
  // Free text (PDF): values run on over the next lines until some text. A label wrapped onto the
  // next line(s) is skipped first when its own row had no values yet.
  if (!hasValue) {
    let skipped = 0;
    let k = j;
    while (k < tokens.length && tokens[k]!.kind === 'text' && skipped < MAX_WRAP_TEXT && !isKnownLabel(tokens[k]!.key)) {
      k++;
      skipped++;
    }
    if (k >= tokens.length || tokens[k]!.kind === 'text') return { cells, next: j, lastRow, padded: rows[labelRow]!.padded };
    const row = tokens[k]!.row;
    if (rows[row]!.structured) {
      cells.length = 0;
      while (k < tokens.length && tokens[k]!.row === row) {
        const t = tokens[k]!;
        if (t.kind === 'text') {
          if (isKnownLabel(t.key)) break;
          cells.push({ kind: 'bad', raw: t.raw });
        } else cells.push({ kind: t.kind, raw: t.raw, soft: t.soft });
        k++;
      }
      return { cells, next: k, lastRow: row, padded: rows[row]!.padded };
    }
    j = k;
  }
  while (j < tokens.length && tokens[j]!.kind !== 'text' && !rows[tokens[j]!.row]!.structured) {
    const t = tokens[j]!;
    cells.push({ kind: t.kind === 'value' ? 'value' : 'empty', raw: t.raw });
    lastRow = t.row;
    j++;
  }
  return { cells, next: j, lastRow, padded: false };
}

export type Fitted =
  | { kind: 'cells'; cells: RawCell[]; found: number }
  | { kind: 'run'; digits: string }
  /** One number glued to the label where several cells were due: the separators are lost. */
  | { kind: 'unsplittable'; text: string };

const DIGITS = /^\d+$/;

/**
 * Fit collected cells to a row of `width` columns. Empty cells at either end are merged-cell
 * padding (Word copies), dropped only as far as needed; `found` is the number of cells the row
 * really had, for the cell-count finding.
 */
export function fitCells(collected: readonly RawCell[], width: number, padded = true): Fitted {
  if (collected.length === width) return { kind: 'cells', cells: [...collected], found: width };
  // Soft blank lines at the end are blank cells only if they fill the row exactly (above).
  if (collected.length > 0 && collected[collected.length - 1]!.soft) return fitCells(collected.filter((c) => !c.soft), width, padded);
  // Without padding every empty cell is a blank value: a count that does not fit is a finding.
  if (!padded && collected.some((c) => c.kind === 'empty')) return { kind: 'cells', cells: [...collected], found: collected.length };
  let first = 0;
  let last = collected.length;
  while (first < last && collected[first]!.kind === 'empty') first++;
  while (last > first && collected[last - 1]!.kind === 'empty') last--;
  const core = collected.slice(first, last);
  // Only a number glued to its label (no separator at all) can be several cells run together; behind
  // an explicit separator or a space it is one cell, and the blanks of the row are what is missing.
  if (width > 1 && core.length === 1 && core[0]!.kind === 'value' && core[0]!.glued && DIGITS.test(core[0]!.raw)
    && core[0]!.raw.length > 1 && core[0]!.raw.length >= width) {
    return { kind: 'run', digits: core[0]!.raw };
  }
  if (width > 1 && core.length === 1 && core[0]!.glued) return { kind: 'unsplittable', text: core[0]!.raw };
  if (collected.length > width) {
    // Keep as many padding cells as the width allows, trailing ones first, then leading.
    const cells = [...collected];
    while (cells.length > width && cells[cells.length - 1]!.kind === 'empty') cells.pop();
    while (cells.length > width && cells[0]!.kind === 'empty') cells.shift();
    if (cells.length === width) return { kind: 'cells', cells, found: width };
    return { kind: 'cells', cells: core, found: core.length };
  }
  return { kind: 'cells', cells: core, found: core.length };
}
