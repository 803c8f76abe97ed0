/**
 * Random corruption of a rendered report for robustness properties: deleted, duplicated or garbled
 * lines and characters. Digits and number punctuation are never deleted, duplicated or garbled, and
 * garbling never writes a digit, a space or a minus sign, because those edits turn one valid number
 * into another (`12` → `1`, ` 4` → `-4`), which no reader could notice.
 */
import fc from 'fast-check';

export type Corruption =
  | { kind: 'deleteLine' | 'duplicateLine'; at: number }
  | { kind: 'deleteChar' | 'duplicateChar'; at: number }
  | { kind: 'garbleChar'; at: number; to: string };

const PROTECTED = /[\d.,\-−]/;
// A duplicated separator inserts an empty cell, which text copied from Word cannot tell from the
// padding merged cells leave (the seed has such padding in every row of table 三).
const PROTECTED_DUPLICATE = /[\d.,\-−\t|｜\n]/;
// No `|` or tab: writing a separator over a space inserts an empty cell (see PROTECTED_DUPLICATE).
const GARBLE = ['x', '#', '（', '、', '元', '\n', '页', '？'];

export const corruptionArbitrary: fc.Arbitrary<Corruption[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const), at: fc.nat() }),
    fc.record({ kind: fc.constantFrom('deleteChar' as const, 'duplicateChar' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('garbleChar' as const), at: fc.nat(), to: fc.constantFrom(...GARBLE) }),
  ),
  { minLength: 1, maxLength: 3 },
);

/**
 * How many of the edits change the number of lines. In the one-cell-per-line form a line is a cell,
 * so two such edits can cancel out or shift a row into another valid one: a dropped and an added
 * line (`''`,`3` → `3`,`3`), or a merged line and a dropped one moving a row's cells along onto the
 * next row's, where its arithmetic can hold by chance. No reader could notice, so that property
 * allows at most one such edit there.
 */
export function lineCountChanges(text: string, edits: readonly Corruption[]): number {
  let out = text;
  let lines = out.split('\n').length;
  let changes = 0;
  for (const edit of edits) {
    out = corrupt(out, [edit]);
    const now = out.split('\n').length;
    if (now !== lines) changes++;
    lines = now;
  }
  return changes;
}

export function corrupt(text: string, edits: readonly Corruption[]): string {
  let out = text;
  for (const edit of edits) {
    if (edit.kind === 'deleteLine' || edit.kind === 'duplicateLine') {
      const lines = out.split('\n');
      const i = edit.at % lines.length;
      if (edit.kind === 'deleteLine') lines.splice(i, 1);
      else lines.splice(i, 0, lines[i]!);
      out = lines.join('\n');
      continue;
    }
    if (out.length === 0) continue;
    let i = edit.at % out.length;
    {
      // Move to a character whose edit cannot silently make another valid number.
      let tries = 0;
      const guard = edit.kind === 'duplicateChar' ? PROTECTED_DUPLICATE : PROTECTED;
      while (guard.test(out[i]!) && tries++ < out.length) i = (i + 1) % out.length;
      if (guard.test(out[i]!)) continue;
    }
    if (edit.kind === 'deleteChar') out = out.slice(0, i) + out.slice(i + 1);
    else if (edit.kind === 'duplicateChar') out = out.slice(0, i + 1) + out.slice(i);
    else if (edit.kind === 'garbleChar') out = out.slice(0, i) + edit.to + out.slice(i + 1);
  }
  return out;
}
