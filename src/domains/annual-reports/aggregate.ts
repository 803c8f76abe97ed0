/**
 * The aggregate of several reports (a county's subordinates): every cell the sum of the parts'
 * cells, a blank only where every part is blank. Pure; the same rules check the result.
 */
import type { AnnualReport, Cell, ReportFormat } from '../reports/index.ts';
import { blankReport } from '../reports/index.ts';

/** Every cell path of a report of `format` (`applications.total.natural`, …), in table order. */
export function cellPaths(format: ReportFormat): string[] {
  const paths: string[] = [];
  const report = blankReport(format);
  const walk = (node: unknown, path: string) => {
    if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    else paths.push(path);
  };
  walk({ active: report.active, applications: report.applications, appeals: report.appeals }, '');
  return paths;
}

export function cellAt(report: AnnualReport, path: string): Cell | undefined {
  let node: unknown = report;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' || node === null ? node : undefined;
}

function setCellAt(report: AnnualReport, path: string, value: Cell): void {
  const parts = path.split('.');
  let node = report as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts.at(-1)!] = value;
}

/** Money keeps 4 decimals (万元); counts are integers anyway. */
const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

/** The sum of `parts` (all of `format`; others are skipped by the caller). */
export function sumReports(parts: readonly AnnualReport[], format: ReportFormat, year: number, agency: string): AnnualReport {
  const total = blankReport(format, year, agency);
  for (const path of cellPaths(format)) {
    let sum: number | null = null;
    for (const part of parts) {
      const value = cellAt(part, path);
      if (typeof value === 'number') sum = (sum ?? 0) + value;
    }
    setCellAt(total, path, sum === null ? null : round4(sum));
  }
  return total;
}
