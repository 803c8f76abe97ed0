import type { PublishedFormat, ReportNarrative } from '../reports/index.ts';
import { renderPublished } from '../reports/index.ts';
import type { AnnualReportRecord, ReportSections } from './types.ts';

/** A revision's sections as the renderers' narrative (every section given, so no default text). */
export function reportNarrative(sections: ReportSections): ReportNarrative {
  return { ...sections };
}

/**
 * A revision as a published file (JSON of the tables, standalone HTML, DOCX, XLSX): the same bytes
 * for the CLI, the console's downloads and the portal's.
 */
export function renderRevision(record: AnnualReportRecord, format: PublishedFormat): Promise<Uint8Array> {
  return renderPublished(record.report, format, { narrative: reportNarrative(record.sections) });
}
