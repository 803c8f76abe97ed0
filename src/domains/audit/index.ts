/**
 * The audit domain: reading published annual reports in any form (extract → read) and checking
 * them, one file at a time and across years.
 */
export { auditDocument, sortFindings, uncheckedTables, verdictOf, AUDIT_INTERNAL, AUDIT_UNCHECKED } from './audit-document.ts';
export type { AuditResult, Verdict } from './audit-document.ts';
export { CarryOverLedger, skeletonReport, toCarryRecord } from './carry-over.ts';
export type { CarryOutcome, CarryRecord } from './carry-over.ts';
export { extractDocument, extractReportText, READ_UNREADABLE, SOURCE_KIND_LABELS } from './extract/index.ts';
export type { Extracted, SourceKind } from './extract/index.ts';
export { auditZip, findingsWorkbook, BatchRefused, BATCH_LIMITS } from './batch.ts';
export type { BatchEntry } from './batch.ts';
