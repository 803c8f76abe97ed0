/**
 * T2-PUBLISHED-EXCEEDS-TOTAL (AR-10, heuristic warning): in the 2019 table 二 （一）, 本年新公开数量
 * should not exceed 对外公开总数量 — what was newly published this year is part of what is public.
 */
import type { AnnualReport, Finding } from '../model.ts';
import { isFilled } from './cells.ts';

export function checkT2PublishedWithinTotal(report: AnnualReport): Finding[] {
  if (report.format !== '2019') return [];
  const findings: Finding[] = [];
  for (const [key, label] of [['regulations', '规章'], ['normativeDocuments', '规范性文件']] as const) {
    const row = report.active?.[key];
    if (!row || !isFilled(row.published) || !isFilled(row.totalPublic)) continue;
    if (row.published > row.totalPublic) {
      findings.push({
        rule: 'T2-PUBLISHED-EXCEEDS-TOTAL',
        severity: 'warning',
        at: `active.${key}.published`,
        message: `${label}：本年新公开数量（${row.published}）大于对外公开总数量（${row.totalPublic}）`,
      });
    }
  }
  return findings;
}
