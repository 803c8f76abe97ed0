/**
 * One outcome per case for table 三, from the outcomes of the requests it holds.
 *
 *  - one request, or all the same: that outcome;
 *  - part provided and part withheld (区分处理, 第三十七条), or any request partially disclosed:
 *    部分公开 — the format counts it "只计这一情形，不计其他情形" [V];
 *  - other mixes (e.g. part not held, part a petition): the format is silent (AR-12 [U]); we count
 *    the most frequent outcome, ties going to the earlier one in OUTCOMES (the order of the table),
 *    and staff who want them counted apart split the application (一事一申请).
 */
import type { Outcome } from '../outcomes/index.ts';
import { OUTCOMES, reportRowFor } from '../outcomes/index.ts';

export function caseOutcome(items: readonly Outcome[]): Outcome {
  if (items.length === 0) throw new Error('caseOutcome: no requests');
  const distinct = [...new Set(items)];
  if (distinct.length === 1) return distinct[0]!;
  const row = (o: Outcome) => reportRowFor(o, '2021');
  const granted = items.some((o) => row(o) === 'granted');
  const withheld = items.some((o) => row(o).startsWith('withheld.'));
  if (items.includes('partiallyDisclosed') || (granted && withheld)) return 'partiallyDisclosed';
  const counts = new Map<Outcome, number>();
  for (const o of items) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || OUTCOMES.indexOf(a[0]) - OUTCOMES.indexOf(b[0]))[0]![0];
}
