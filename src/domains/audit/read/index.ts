/**
 * Reading a published 政府信息公开工作年度报告 from its text (Word copy, pipes, Markdown, PDF text,
 * HTML scrape) into the report model. Pure: no I/O, never throws.
 */
export type { ReadResult } from './types.ts';
export { readReportText } from './read-report-text.ts';
