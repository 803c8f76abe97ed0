/**
 * 依申请公开 cases: the public API of the case workflow. Import from src/domains/requests/index.ts.
 *
 * Commands take (db, ctx: CommandContext, input) and run in one transaction each, writing an
 * `application.*` event; staff commands take `{ caseId, version }` (optimistic concurrency: a stale
 * version is DomainError 'conflict', 409). Dates default to today (Asia/Shanghai, from ctx.clock)
 * and may not be in the future. Errors are DomainError with codes from APPLICATION_ERRORS, or
 * ClockError (`clock.*`) when the statutory clock refuses the step.
 *
 * Typical flow:
 *   portal:  submitOnlineApplication → confirmOnlineApplication ({ number, queryCode } shown once)
 *            lookupApplicationStatus({ number, queryCode })   (rate limit it in the web layer)
 *   staff:   registerApplication (in person / mail / fax / e-mail) → assignHandler →
 *            requestCorrection / receiveCorrection / lapseCorrection →
 *            startConsultation / answerConsultation → requestExtension → approveExtension (leader) →
 *            decideApplication → draftReplyLetter → reviewLetter (leader, not the drafter) →
 *            sendReplyLetter (closes the case) → recordDelivery;
 *            sendFeeNotice / recordFeePayment / lapseFee; withdrawApplication
 *   reads:   getCaseForActor (CaseView with explanation and `can`), listCases, applicationOversight,
 *            applicantVolumeByMonth, explainCase
 */
export * from './vocabulary.ts';
export { APPLICATION_ERRORS } from './errors.ts';
export type { ApplicationErrorCode } from './errors.ts';
export { APPLICATION_EVENTS } from './events.ts';
export type { ApplicationEvent } from './events.ts';
export type { ApplicationCase, PendingExtension } from './record.ts';
export { ledgerOf, deriveStatus } from './record.ts';
export { caseOutcome } from './case-outcome.ts';
export { buildReplyLetter } from './letters.ts';
export type { ReplyLetter, ReplyLetterItem } from './letters.ts';
export { isReceiptNumber, RECEIPT_NUMBER_PATTERN } from './numbers.ts';
export { QUERY_CODE_LENGTH, normalizeQueryCode } from './query-code.ts';

export {
  submitOnlineApplication, confirmOnlineApplication, registerApplication,
  submitOnlineApplicationInput, registerApplicationInput,
} from './commands/intake.ts';
export type { SubmitOnlineApplicationInput, RegisterApplicationInput, SubmittedApplication, ReceivedApplication } from './commands/intake.ts';
export {
  assignHandler, requestCorrection, receiveCorrection, lapseCorrection, startConsultation, answerConsultation, withdrawApplication,
} from './commands/handling.ts';
export { requestExtension, approveExtension, rejectExtension } from './commands/extension.ts';
export { decideApplication, draftReplyLetter, reviewLetter, sendReplyLetter, recordDelivery } from './commands/decision.ts';
export { sendFeeNotice, recordFeePayment, lapseFee } from './commands/fees.ts';
export type { ChangedCase } from './change-case.ts';

export { getCaseForActor, explainCase } from './queries/get-case.ts';
export type { CaseView, CaseItem, CaseConsultation, CaseLetter } from './queries/get-case.ts';
export { listCases, applicationOversight, applicantVolumeByMonth } from './queries/list-cases.ts';
export type { CaseListFilter, Oversight, OversightGroup, ApplicantVolume } from './queries/list-cases.ts';
export { lookupApplicationStatus } from './queries/applicant-status.ts';
export type { ApplicantStatus } from './queries/applicant-status.ts';
export { feesCollectedInYear, feesCollectedForOrganisations, applicationsTablesForOrganisations, countableCaseClassesByOrganisation } from './queries/report-tables.ts';
export { computeApplicationTables, applicationFactsForYear, listCasesBehindCell, countableCaseClasses, reportTablesDocument } from './queries/report-tables.ts';
export { caseLedger } from './queries/case-ledger.ts';
export type { CaseLedgerLine } from './queries/case-ledger.ts';
export { importApplicationLedger } from './commands/import-ledger.ts';
export type { ImportLedgerInput, LedgerImportSummary } from './commands/import-ledger.ts';
export { LEDGER_IMPORT_HEADERS } from './import/ledger-rows.ts';
export { outcomeFromLabel } from './import/outcome-labels.ts';
export type { ApplicationTables, ApplicationFacts, CaseBehindCell } from './queries/report-tables.ts';
export { seedApplicationsDemo } from './seed-demo.ts';
export { readIdentityDocument, IDENTITY_DOCUMENT_MAX_BYTES, IDENTITY_DOCUMENT_TYPES } from './identity-document.ts';
export type { IdentityDocument } from './identity-document.ts';
export { getIdentityDocumentForActor } from './queries/identity-document.ts';
export { listEligibleHandlers, staffNames } from './queries/staff.ts';
export { submitOnlineCorrection } from './commands/online-correction.ts';
