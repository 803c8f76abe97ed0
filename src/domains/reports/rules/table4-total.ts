/**
 * Table 四: T4-TOTAL (AR-06, AR-07) — in each group 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 —
 * and T4-BLANK-TOTAL (AR-14) for a blank 总计 whose parts have values. Same table in the 2019 and
 * 2021 formats.
 */
import type { AnnualReport, Finding } from '../model.ts';
import { APPEAL_GROUPS, APPEAL_PART_COLUMNS } from '../model.ts';
import { APPEAL_GROUP_LABELS } from '../layout.ts';
import type { SumContext } from './cells.ts';
import { formatNumber, isFilled, knownAppealPart, sumContext, sumKnown } from './cells.ts';

const GROUP_NAMES = {
  review: APPEAL_GROUP_LABELS.review,
  litigationDirect: `行政诉讼（${APPEAL_GROUP_LABELS.litigationDirect}）`,
  litigationAfterReview: `行政诉讼（${APPEAL_GROUP_LABELS.litigationAfterReview}）`,
};

export function checkT4Totals(report: AnnualReport, context: SumContext = sumContext()): Finding[] {
  const findings: Finding[] = [];
  for (const group of APPEAL_GROUPS) {
    const row = report.appeals?.[group];
    if (!row) continue;
    const path = `appeals.${group}`;
    // A total the reader could not read is neither checked nor blank.
    if (!isFilled(row.total) && context.unknown.has(`${path}.total`)) {
      context.unchecked.push({ rule: 'T4-TOTAL', at: `${path}.total`, name: GROUP_NAMES[group] });
      continue;
    }
    const sum = sumKnown(APPEAL_PART_COLUMNS.map((c) => knownAppealPart(row, path, c, context.unknown)));
    if (sum === null) {
      if (isFilled(row.total)) context.unchecked.push({ rule: 'T4-TOTAL', at: `${path}.total`, name: GROUP_NAMES[group] });
      continue;
    }
    if (isFilled(row.total)) {
      if (Math.abs(sum - row.total) > 1e-9) {
        findings.push({
          rule: 'T4-TOTAL',
          severity: 'error',
          at: `appeals.${group}.total`,
          message: `${GROUP_NAMES[group]}：总计（${formatNumber(row.total)}）不等于结果维持、结果纠正、其他结果、尚未审结之和（${formatNumber(sum)}）`,
        });
      }
    } else if (APPEAL_PART_COLUMNS.some((c) => isFilled(row[c]))) {
      findings.push({
        rule: 'T4-BLANK-TOTAL',
        severity: 'warning',
        at: `appeals.${group}.total`,
        message: `${GROUP_NAMES[group]}：总计为空，但其分项有数值（合计${formatNumber(sum)}）`,
      });
    }
  }
  return findings;
}
