/**
 * Registers of 依申请公开 work that are not applications: 政府信息公开咨询 (consultations, by
 * channel) and 行政复议 / 行政诉讼 cases (appeals) with their result mapped to table 四.
 *
 *   consultationCountsForYear(db, organisationId, year) → { total, byChannel: { onSite, online, phone, other } }
 *   computeAppealsTable(db, organisationId, year)       → the report model's table 四 (AppealsTable)
 *   listAppealsBehindCell(db, organisationId, year, 'appeals.review.upheld') → the cases in that cell
 *   countAppealsTable(appeals, year)                    → pure: table 四 from appeal facts
 *   importAppeals(db, ctx, { organisationId, fileName, bytes }) → all or nothing (ImportRefused)
 */
export * from './vocabulary.ts';
export { countAppealsTable, appealCellFor, parseAppealCellId, isBehindCell } from './appeals-table.ts';
export type { AppealFacts, AppealCellId, CountedAppealsTable } from './appeals-table.ts';
export type { Appeal, Consultation, ConsultationCounts } from './types.ts';
export { REGISTERS_ERRORS, ImportRefused } from './errors.ts';
export type { ImportProblem, RegistersErrorCode } from './errors.ts';
export { REGISTER_EVENTS } from './events.ts';
export { canRegister, REGISTER_ACTIONS } from './policy.ts';
export type { RegisterAction } from './policy.ts';
export { recordConsultation, updateConsultation } from './commands/record-consultation.ts';
export type { RecordConsultationInput, UpdateConsultationInput } from './commands/record-consultation.ts';
export { recordAppeal, updateAppeal } from './commands/record-appeal.ts';
export type { RecordAppealInput, UpdateAppealInput } from './commands/record-appeal.ts';
export { importAppeals } from './commands/import-appeals.ts';
export type { ImportAppealsInput, ImportSummary } from './commands/import-appeals.ts';
export { getConsultationForActor, listConsultations, consultationCountsForYear, consultationCountsForOrganisations } from './queries/consultations.ts';
export { getAppealForActor, listAppeals, computeAppealsTable, appealsTablesForOrganisations, listAppealsBehindCell } from './queries/appeals.ts';
export { APPEAL_IMPORT_HEADERS, normalizeLedgerDate } from './import/appeal-rows.ts';
export { seedRegistersDemo } from './seed-demo.ts';
