/**
 * The report's tables from the sources' facts, in the year's national format: pure.
 * A generated cell is a count (0 when nothing happened), never blank.
 */
import type { AnnualReport, Cell, ReportFormat } from '../reports/index.ts';
import { blankReport, formatForYear } from '../reports/index.ts';
import type { ApplicationTables, PublishingFacts } from './sources.ts';

/** Every cell 0 in `format`. */
export function zeroTables(format: ReportFormat, year: number | null, agency: string | null): AnnualReport {
  const report = blankReport(format, year, agency);
  const fill = (node: Record<string, unknown>) => {
    for (const [key, child] of Object.entries(node)) {
      if (child === null) node[key] = 0;
      else if (typeof child === 'object') fill(child as Record<string, unknown>);
    }
  };
  fill(report.active as unknown as Record<string, unknown>);
  fill(report.applications as unknown as Record<string, unknown>);
  fill(report.appeals as unknown as Record<string, unknown>);
  return report;
}

/** Copies every cell the template has from `source` (same shape), leaving the template's 0 where the source has none. */
function overlay(template: Record<string, unknown>, source: unknown): void {
  if (!source || typeof source !== 'object') return;
  const from = source as Record<string, unknown>;
  for (const [key, child] of Object.entries(template)) {
    const value = from[key];
    if (child !== null && typeof child === 'object') overlay(child as Record<string, unknown>, value);
    else if (typeof value === 'number' || value === null) template[key] = value as Cell;
  }
}

export function composeReport(agency: string, year: number, publishing: PublishingFacts, tables: ApplicationTables): AnnualReport {
  const report = zeroTables(formatForYear(year), year, agency);
  overlay(report.active as unknown as Record<string, unknown>, publishing.table2);
  overlay(report.applications as unknown as Record<string, unknown>, tables.applications);
  overlay(report.appeals as unknown as Record<string, unknown>, tables.appeals);
  return report;
}
