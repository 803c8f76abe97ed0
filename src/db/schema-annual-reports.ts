/**
 * Tables of the annual-reports domain (政府信息公开工作年度报告 as produced, checked and published
 * on the platform). JSON columns are text; dates `*_on` are `YYYY-MM-DD`, instants `*_at` ISO UTC.
 */
export interface AnnualReportsDatabase {
  annual_reports: AnnualReportsTable;
  annual_report_deadlines: AnnualReportDeadlinesTable;
}

/**
 * One revision of one organisation's report for one year. Revision 1 is the first; a correction of
 * a published revision is a new row (revision n+1) and the published one becomes `superseded` when
 * the correction is published — a published row's content is never updated.
 */
export interface AnnualReportsTable {
  id: string;
  organisation_id: string;
  year: number;
  revision: number;
  /** draft | checked | published | superseded (CHECK). */
  status: string;
  /** generated (from the records) | imported (read from a file or URL by the auditor) (CHECK). */
  source: string;
  /** National table format, '2019' | '2021'. */
  format: string;
  /** The tables: a `gongkai.annual-report/1` document (JSON). */
  report: string;
  /** Editable text of the sections (JSON ReportSections). */
  sections: string;
  /** The facts the draft was generated from (JSON ReportFacts). */
  facts: string;
  /** Findings of the last check (JSON Finding[]). */
  findings: string;
  /** Warnings acknowledged with a note (JSON Acknowledgement[]). */
  acknowledgements: string;
  checked_at: string | null;
  /** From this date on the numbers are frozen: no regeneration. */
  locked_on: string | null;
  generated_at: string;
  published_at: string | null;
  published_on: string | null;
  /** The statutory (or regional) date the report was due, fixed when the revision was created. */
  due_on: string;
  /** Why this revision corrects the previous one (null for revision 1). */
  correction_reason: string | null;
  /** File name or URL an imported report was read from. */
  source_name: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Regional publication deadlines (条例第四十九条 by default), for an organisation and everything below it. */
export interface AnnualReportDeadlinesTable {
  organisation_id: string;
  /** `MM-DD` in the year after the statistics year, for departments (default 01-31). */
  department_due: string;
  /** `MM-DD`, for governments (default 03-31). */
  government_due: string;
  updated_at: string;
  version: number;
}
