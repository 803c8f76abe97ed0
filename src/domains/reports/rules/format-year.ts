/**
 * FORMAT-YEAR: the table format must fit the statistics year (domain-reference.md §2.1, §2.8 step 1):
 * 国办公开办函〔2019〕60号 for the 2019 and 2020 reports, 〔2021〕30号 from the 2021 reports on.
 *
 * Severity differs by direction, on purpose:
 * - a 2021-or-later report in the 2019 format is an error: 30号 is binding from the 2021 reports on,
 *   and the old table cannot be compared with other years (no （六）1–3, 2019-only （九） and
 *   project counts), so aggregation would mix incompatible rows;
 * - a 2019/2020 report in the 2021 format is a warning: the newer table did not exist yet, which points
 *   at a wrong year or a re-typed report, but its cells still mean what they say.
 */
import type { AnnualReport, Finding } from '../model.ts';
import { formatForYear } from '../model.ts';

export function checkFormatYear(report: AnnualReport): Finding[] {
  if (report.year === null || !Number.isInteger(report.year)) return [];
  const expected = formatForYear(report.year);
  if (expected === report.format) return [];
  if (report.format === '2019') {
    return [{
      rule: 'FORMAT-YEAR',
      severity: 'error',
      at: 'format',
      message: `${report.year}年度报告应使用2021年格式（国办公开办函〔2021〕30号），但表格为2019年格式（国办公开办函〔2019〕60号）`,
    }];
  }
  return [{
    rule: 'FORMAT-YEAR',
    severity: 'warning',
    at: 'format',
    message: `${report.year}年度报告应使用2019年格式（国办公开办函〔2019〕60号），但表格为2021年格式；请核对报告年度`,
  }];
}
