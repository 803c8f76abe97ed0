import type { AnnualReport, Cell, ReportFormat } from '../model.ts';
import { blankReport } from '../layout.ts';

/** A report with every cell 0 (not blank): the seed's shape, and a base for hand-made test cases. */
export function zeroReport(format: ReportFormat, year: number | null = null, agency: string | null = null): AnnualReport {
  const report = blankReport(format, year, agency);
  fillNulls(report.active, 0);
  fillNulls(report.applications, 0);
  fillNulls(report.appeals, 0);
  return report;
}

function fillNulls(node: object, value: Cell): void {
  const record = node as Record<string, unknown>;
  for (const [key, child] of Object.entries(record)) {
    if (child === null) record[key] = value;
    else if (typeof child === 'object') fillNulls(child, value);
  }
}
