/**
 * Annual reports on the platform (政府信息公开工作年度报告, 条例第四十九条、第五十条): generated from
 * the records (sources.ts), text prefilled and edited, checked by every rule of the report core,
 * published in revisions (a correction is a new revision with a reason), supervised and summed.
 * The public API of the domain: import from here only.
 */
export * from './types.ts';
export { ANNUAL_REPORTS_ERRORS, PublicationBlocked } from './errors.ts';
export { ANNUAL_REPORT_EVENTS } from './events.ts';
export type { AnnualReportEvent } from './events.ts';
export { ANNUAL_REPORT_ACTIONS, canReport } from './policy.ts';
export type { AnnualReportAction } from './policy.ts';
export { STATUTORY_DEADLINES, dueDate, isGovernment } from './deadlines.ts';
export { checkAnnualReport, checkPlaceholders, findingKey, publicationGate, sectionsText, PLACEHOLDER } from './checks.ts';
export { cellAt, cellPaths, sumReports } from './aggregate.ts';
export { composeReport, zeroTables } from './compose.ts';
export { draftSections } from './narrative.ts';
export { emptySources, gatherFacts, recordSources } from './sources.ts';
export type { ApplicationTables, ConsultationFacts, GatheredFacts, PublishingFacts, ReportSources } from './sources.ts';

export { generateAnnualReport, generateAnnualReports } from './commands/generate-report.ts';
export type { GenerateReportInput, GenerateReportsInput, GeneratedReports } from './commands/generate-report.ts';
export { acknowledgeWarning, checkAnnualReportCommand, lockReportNumbers, updateReportSections } from './commands/edit-report.ts';
export type { UpdateSectionsInput } from './commands/edit-report.ts';
export { publishAnnualReport, startCorrection } from './commands/publish-report.ts';
export { importAnnualReport, setReportDeadlines } from './commands/import-report.ts';

export { getReportForActor, listPublicReports, listReportsForOrganisation } from './queries/reports.ts';
export { aggregateReports, cellContributions, supervisionMatrix, SUPERVISION_STATES, SUPERVISION_STATE_LABELS } from './queries/supervision.ts';
export type { AggregateResult, SupervisionRow, SupervisionState } from './queries/supervision.ts';
export { reportNarrative, renderRevision } from './render.ts';
export { seedAnnualReportsDemo, DEMO_REPORT_ORGANISATION, DEMO_REPORT_YEAR } from './seed-demo.ts';
export { cellLabel, cellRecords, hasCellRecords } from './queries/cell-records.ts';
export type { CellRecords } from './queries/cell-records.ts';
export { importReportsFromUrls, URL_IMPORT_OUTCOMES, URL_IMPORT_OUTCOME_LABELS } from './import/import-from-urls.ts';
export type { UrlImportInput, UrlImportOutcome, UrlImportResult } from './import/import-from-urls.ts';
export { importSubordinateReport, importTarget, importYearProblem, OUT_OF_SCOPE, recordImportedReport, unimportableReason } from './import/import-subordinate.ts';
export type { ImportTarget, ImportTargetInput, ImportUploadInput } from './import/import-subordinate.ts';
export { addressVerdict, isPublicAddress } from './import/address-policy.ts';
export { MAX_URL_LINES, parseUrlList, urlVerdict } from './import/url-list.ts';
export { FETCH_LIMITS } from './import/report-fetcher.ts';
export type { FetchLimits, FetchOutcome, ReportFetcher } from './import/report-fetcher.ts';
export { httpReportFetcher } from './import/http-fetcher.ts';
