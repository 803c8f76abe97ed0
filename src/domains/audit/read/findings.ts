/**
 * Rule ids of findings about the reading itself (docs/report-rules.md lists them). Messages are
 * Chinese and name the row and the numbers; anchors are cell paths or `sections.<一…六>`.
 */
import type { Finding, Severity } from '../../reports/model.ts';

export const READ_RULES = {
  notAReport: { rule: 'READ-NOT-A-REPORT', severity: 'error' },
  failed: { rule: 'READ-FAILED', severity: 'error' },
  tableMissing: { rule: 'READ-TABLE-MISSING', severity: 'warning' },
  tableIncomplete: { rule: 'READ-TABLE-INCOMPLETE', severity: 'warning' },
  rowMissing: { rule: 'READ-ROW-MISSING', severity: 'warning' },
  rowCells: { rule: 'READ-ROW-CELLS', severity: 'warning' },
  cellUnreadable: { rule: 'READ-CELL-UNREADABLE', severity: 'warning' },
  cellLeadingZero: { rule: 'READ-CELL-LEADING-ZERO', severity: 'warning' },
  splitAmbiguous: { rule: 'READ-SPLIT-AMBIGUOUS', severity: 'warning' },
  splitNone: { rule: 'READ-SPLIT-NONE', severity: 'warning' },
  splitInferred: { rule: 'READ-SPLIT-INFERRED', severity: 'info' },
  unitYuan: { rule: 'READ-UNIT-YUAN', severity: 'info' },
  subtotalColumn: { rule: 'READ-SUBTOTAL-COLUMN', severity: 'info' },
  groupRow: { rule: 'READ-GROUP-ROW', severity: 'warning' },
  labelVariant: { rule: 'READ-LABEL-VARIANT', severity: 'info' },
  sectionMissing: { rule: 'READ-SECTION-MISSING', severity: 'warning' },
  titleMissing: { rule: 'READ-TITLE-MISSING', severity: 'warning' },
  yearMissing: { rule: 'READ-YEAR-MISSING', severity: 'warning' },
  yearFromBody: { rule: 'READ-YEAR-FROM-BODY', severity: 'info' },
  agencyMissing: { rule: 'READ-AGENCY-MISSING', severity: 'warning' },
  titleInText: { rule: 'READ-TITLE-IN-TEXT', severity: 'info' },
  formatUnknown: { rule: 'READ-FORMAT-UNKNOWN', severity: 'warning' },
  formatMixed: { rule: 'READ-FORMAT-MIXED', severity: 'warning' },
} as const satisfies Record<string, { rule: string; severity: Severity }>;

export type ReadRule = keyof typeof READ_RULES;

export function finding(kind: ReadRule, at: string | null, message: string, severity?: Severity): Finding {
  const def = READ_RULES[kind];
  return { rule: def.rule, severity: severity ?? def.severity, at, message };
}
