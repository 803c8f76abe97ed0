/** Helpers for the reader's tests: flattening a report to cell paths, and the hand fixtures' data. */
import type { AnnualReport, Cell } from '../../../reports/model.ts';

/** Every cell of a report as `path → value` (paths as in the spec: `applications.total.natural`). */
export function cellsOf(report: AnnualReport): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  const walk = (node: unknown, path: string): void => {
    if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    } else if (node === null || typeof node === 'number') out[path] = node;
  };
  walk({ active: report.active, applications: report.applications, appeals: report.appeals }, '');
  return out;
}

/** Table 三 rows of the 2023 county education bureau fixtures (2021 format), in printed order. */
export const EDUCATION_2023_APPLICATIONS: Record<string, number[]> = {
  newReceived: [25, 3, 0, 1, 2, 0, 31],
  carriedOver: [2, 0, 0, 0, 0, 0, 2],
  granted: [10, 1, 0, 0, 1, 0, 12],
  partial: [3, 0, 0, 0, 0, 0, 3],
  'withheld.stateSecret': [0, 0, 0, 0, 0, 0, 0],
  'withheld.lawProhibited': [1, 0, 0, 0, 0, 0, 1],
  'withheld.threeSecurityOneStability': [0, 0, 0, 0, 0, 0, 0],
  'withheld.thirdPartyRights': [1, 0, 0, 0, 0, 0, 1],
  'withheld.internalAffairs': [0, 0, 0, 0, 0, 0, 0],
  'withheld.processInfo': [2, 0, 0, 0, 0, 0, 2],
  'withheld.enforcementFile': [0, 0, 0, 0, 0, 0, 0],
  'withheld.administrativeQuery': [1, 0, 0, 0, 0, 0, 1],
  'unavailable.notHeld': [5, 1, 0, 1, 0, 0, 7],
  'unavailable.needsCreation': [1, 0, 0, 0, 0, 0, 1],
  'unavailable.stillUnclear': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.petition': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.duplicate': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.publication': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.excessive': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.confirmation': [0, 0, 0, 0, 0, 0, 0],
  'other.noCorrection': [0, 0, 0, 0, 0, 0, 0],
  'other.feeUnpaid': [0, 0, 0, 0, 0, 0, 0],
  'other.other': [1, 0, 0, 0, 1, 0, 2],
  total: [27, 2, 0, 1, 2, 0, 32],
  carriedForward: [0, 1, 0, 0, 0, 0, 1],
};
export const EDUCATION_2023_ACTIVE = {
  regulations: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 3, repealed: 1, inForce: 12 },
  licensing: { decisions: 156 },
  punishment: { decisions: 4 },
  coercion: { decisions: 0 },
  fees: { amount: 1.25 },
};
export const EDUCATION_2023_APPEALS = {
  review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
  litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
  litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
};
