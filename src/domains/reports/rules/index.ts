/**
 * Consistency rules for the annual report: pure functions from report data to findings, never
 * throwing for a finding. docs/report-rules.md lists every rule id; RULE_CATALOG below is the same
 * list in code, and a test keeps the two in step.
 */
import type { AnnualReport, Finding } from '../model.ts';
import { checkCellValues } from './cell-values.ts';
import type { SumContext } from './cells.ts';
import { sumContext } from './cells.ts';
import { checkT2InForce, checkT2PreviousItems, checkT3CarryOver } from './carry-over.ts';
import { checkFormatYear } from './format-year.ts';
import { checkNarrativeApplications } from './narrative-applications.ts';
import { checkNarrativeAppeals } from './narrative-appeals.ts';
import { checkNarrativeFee } from './narrative-fee.ts';
import { checkNarrativePartsSum } from './narrative-parts-sum.ts';
import { normalizeNarrative } from './narrative-text.ts';
import { checkT2FeeUnit } from './table2-fee-unit.ts';
import { checkT2PublishedWithinTotal } from './table2-published.ts';
import { checkT3Balance } from './table3-balance.ts';
import { checkT3BlankTotals, checkT3GroupRowTotals, checkT3OutcomeTotals, checkT3RowTotals } from './table3-totals.ts';
import { checkT4Totals } from './table4-total.ts';
import { uncheckedSums } from './unchecked.ts';

export { RULE_CATALOG, type RuleDescription } from './catalog.ts';
export { isPreviousYearOfSameAgency } from './carry-over.ts';

const SINGLE_REPORT_RULES: readonly ((report: AnnualReport, context: SumContext) => Finding[])[] = [
  checkFormatYear,
  checkCellValues,
  checkT2PublishedWithinTotal,
  checkT2FeeUnit,
  checkT3RowTotals,
  checkT3GroupRowTotals,
  checkT3BlankTotals,
  checkT3OutcomeTotals,
  checkT3Balance,
  checkT4Totals,
];

export interface CheckOptions {
  /**
   * Paths of cells whose value is unknown (null because the reader could not read them, not
   * because they are blank in the source). Sum rules that need one are not checked; SUM-UNCHECKED
   * says which, per table.
   */
  unknownCells?: Iterable<string>;
  /** Group rows printed in place of their sub-rows (`other` → seven cells; see SumContext.groups). */
  groupRows?: ReadonlyMap<string, readonly (number | null)[]>;
}

/** Every single-report rule (format vs year, cell values, tables 二, 三, 四), in table order. */
export function checkReport(report: AnnualReport, options: CheckOptions = {}): Finding[] {
  const context = sumContext(options.unknownCells, options.groupRows);
  const findings = SINGLE_REPORT_RULES.flatMap((rule) => rule(report, context));
  return [...findings, ...uncheckedSums(context.unchecked)];
}

/**
 * Year-over-year rules (T3-CARRY-OVER, T2-IN-FORCE, T2-PREVIOUS-ITEMS). Returns nothing unless both reports name the
 * same agency and `current.year` is `previous.year + 1`.
 */
export function checkCarryOver(
  previous: AnnualReport, current: AnnualReport, unknownCells: { previous?: Iterable<string>; current?: Iterable<string> } = {},
): Finding[] {
  const unknown = { previous: new Set(unknownCells.previous), current: new Set(unknownCells.current) };
  // T2-IN-FORCE compares filled cells only: an unread (null) cell never takes part.
  return [...checkT3CarryOver(previous, current, unknown), ...checkT2InForce(previous, current), ...checkT2PreviousItems(previous, current)];
}

/**
 * Narrative rules on the free text (a paragraph, sections 一/五/六, or the whole document text):
 * N-APPLICATIONS-COUNT, N-NO-APPLICATIONS, N-ON-REQUEST-COUNT, N-APPEALS-COUNT, N-PARTS-SUM, N-FEE-UNREPORTED.
 * Anchors are `sections.一`…`sections.六` when the text carries section headings, else `narrative`.
 */
export function checkNarrative(narrative: string, report: AnnualReport, options: CheckOptions = {}): Finding[] {
  const text = normalizeNarrative(narrative);
  return [
    ...checkNarrativeApplications(text, report, new Set(options.unknownCells)),
    ...checkNarrativeAppeals(text, report, new Set(options.unknownCells)),
    ...checkNarrativePartsSum(text),
    ...checkNarrativeFee(text, report),
  ];
}
