/**
 * Reading a published 政府信息公开工作年度报告 from its text (Word copy, pipes, Markdown, one cell per
 * line, PDF text, HTML scrape) into the report model. Pure: no I/O, never throws.
 *
 * - `readReportText(text)` → `{ report, findings, unread, narrative }` (report null only when nothing could be
 *   recognised as a report, with one `READ-NOT-A-REPORT` error);
 * - `READ_RULES`: the reader's rule ids and default severities (docs/report-rules.md, reader table).
 */
export type { ReadResult } from './types.ts';
export { readReportText } from './read-report-text.ts';
export { READ_RULES } from './findings.ts';
