import type { AnnualReport, Finding } from '../../reports/model.ts';

/** What `readReportText` returns: the report read from a published text, and findings about the reading. */
export interface ReadResult {
  /** The report model, or null only when nothing in the text could be recognised as a report. */
  report: AnnualReport | null;
  /** Findings about the reading itself (rule ids `READ-*`), never exceptions. */
  findings: Finding[];
  /**
   * Paths of the cells left null because they could not be read (digits run together with several
   * splits or none, text that is no number, a row not found): not blank in the source, so the rules
   * must not count them as 0 (`checkReport(report, { unknownCells: unread })`).
   */
  unread: string[];
  /** Group rows printed in place of their sub-rows (a single （六）其他处理 row in a 2021 table): `other` → its seven cells. */
  groupRows: Map<string, (number | null)[]>;
  /** Free text outside the tables (sections 一, 五, 六 and other prose), for narrative checks. */
  narrative: string;
}
