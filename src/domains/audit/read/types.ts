import type { AnnualReport, Finding } from '../../reports/model.ts';

/** What `readReportText` returns: the report read from a published text, and findings about the reading. */
export interface ReadResult {
  /** The report model, or null only when nothing in the text could be recognised as a report. */
  report: AnnualReport | null;
  /** Findings about the reading itself (rule ids `READ-*`), never exceptions. */
  findings: Finding[];
  /** Free text outside the tables (sections 一, 五, 六 and other prose), for narrative checks. */
  narrative: string;
}
