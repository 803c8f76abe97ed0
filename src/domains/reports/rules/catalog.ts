/** Every rule id this module can emit, with severity and anchor; docs/report-rules.md mirrors it. */
import type { Severity } from '../model.ts';

export interface RuleDescription {
  rule: string;
  severities: readonly Severity[];
  anchor: string;
}

export const RULE_CATALOG: readonly RuleDescription[] = [
  { rule: 'FORMAT-YEAR', severities: ['error', 'warning'], anchor: 'format' },
  { rule: 'CELL-INVALID', severities: ['error'], anchor: '<cell path>' },
  { rule: 'CELL-NEGATIVE', severities: ['error'], anchor: '<cell path>' },
  { rule: 'CELL-FRACTIONAL', severities: ['error'], anchor: '<cell path>' },
  { rule: 'CELL-PRECISION', severities: ['warning'], anchor: 'active.<row>.amount' },
  { rule: 'T2-PUBLISHED-EXCEEDS-TOTAL', severities: ['warning'], anchor: 'active.<row>.published' },
  { rule: 'T2-IN-FORCE', severities: ['warning'], anchor: 'active.<row>.inForce' },
  { rule: 'T3-ROW-TOTAL', severities: ['error'], anchor: 'applications.<row>.total' },
  { rule: 'T3-OUTCOME-TOTAL', severities: ['error'], anchor: 'applications.total.<column>' },
  { rule: 'T3-BLANK-TOTAL', severities: ['warning'], anchor: 'applications.<row>.total | applications.total.<column>' },
  { rule: 'T3-BALANCE', severities: ['error'], anchor: 'applications.carriedForward.<column>' },
  { rule: 'T3-CARRY-OVER', severities: ['warning'], anchor: 'applications.carriedOver.<column>' },
  { rule: 'T4-TOTAL', severities: ['error'], anchor: 'appeals.<group>.total' },
  { rule: 'T4-BLANK-TOTAL', severities: ['warning'], anchor: 'appeals.<group>.total' },
  { rule: 'SUM-UNCHECKED', severities: ['warning'], anchor: 'applications | appeals' },
  { rule: 'N-APPLICATIONS-COUNT', severities: ['warning'], anchor: 'sections.<一…六> | narrative' },
  { rule: 'N-NO-APPLICATIONS', severities: ['warning'], anchor: 'sections.<一…六> | narrative' },
  { rule: 'N-ON-REQUEST-COUNT', severities: ['warning'], anchor: 'sections.<一…六> | narrative' },
  { rule: 'N-PARTS-SUM', severities: ['warning'], anchor: 'sections.<一…六> | narrative' },
  { rule: 'N-FEE-UNREPORTED', severities: ['info'], anchor: 'sections.六' },
  { rule: 'T2-PREVIOUS-ITEMS', severities: ['warning'], anchor: 'active.<row>.previous' },
  { rule: 'T2-FEE-UNIT', severities: ['warning'], anchor: 'active.fees.amount' },
  { rule: 'N-APPEALS-COUNT', severities: ['warning'], anchor: 'sections.<一…六> | narrative' },
];
