/**
 * The applicant's view: status by receipt number and private query code, in plain words, with the
 * letters once sent. A wrong code and an unknown number give the same answer after the same work
 * (a scrypt comparison against a dummy hash), so the lookup says nothing about which numbers exist.
 * Guessing is rate limited by the web layer.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.ts';
import type { CalendarDate } from '../../../calendar/index.ts';
import type { Outcome } from '../../outcomes/index.ts';
import { OUTCOME_DEFINITIONS } from '../../outcomes/index.ts';
import { applicationError } from '../errors.ts';
import { isReceiptNumber } from '../numbers.ts';
import { dummyQueryCodeHash, normalizeQueryCode, QUERY_CODE_LENGTH, verifyQueryCode } from '../query-code.ts';
import { ledgerOf, toCase } from '../record.ts';
import { CASE_STATUS_LABELS, LETTER_KIND_LABELS } from '../vocabulary.ts';
import type { CaseStatus, LetterKind } from '../vocabulary.ts';

export interface ApplicantStatus {
  number: string;
  organisationName: string;
  receivedOn: CalendarDate;
  status: CaseStatus;
  statusLabel: string;
  dueOn: CalendarDate | null;
  outcome: Outcome | null;
  outcomeLabel: string | null;
  /** Plain-words sentences: when we will answer, why the clock stopped, what was decided. */
  sentences: string[];
  /** Letters already sent to the applicant (their content for rendering). */
  letters: { id: string; kind: LetterKind; title: string; sentOn: string; content: unknown }[];
}

function lookupFailed() {
  return applicationError('applications.lookup_failed', 'receipt number or query code does not match');
}

/** The case behind a receipt number and query code, or lookup_failed (the same for a wrong code and an unknown number). */
export async function findCaseByReceipt(db: Kysely<Database>, input: { number: string; queryCode: string }) {
  const number = String(input.number ?? '').trim();
  const code = normalizeQueryCode(String(input.queryCode ?? ''));
  if (!isReceiptNumber(number)) {
    throw applicationError('applications.invalid_input', 'malformed receipt number', [{ field: 'number', message: '申请编号格式不正确，请按回执上的编号填写' }]);
  }
  if (code.length !== QUERY_CODE_LENGTH) {
    throw applicationError('applications.invalid_input', 'malformed query code', [{ field: 'queryCode', message: `查询码为${QUERY_CODE_LENGTH}位字母或数字` }]);
  }
  const rows = await db.selectFrom('application_cases')
    .innerJoin('organisations', 'organisations.id', 'application_cases.organisation_id')
    .selectAll('application_cases').select('organisations.name as organisation_name')
    .where('application_cases.number', '=', number)
    .where('application_cases.query_code_hash', 'is not', null)
    .execute();
  let match: (typeof rows)[number] | undefined;
  if (rows.length === 0) await verifyQueryCode(code, await dummyQueryCodeHash());
  for (const row of rows) if (await verifyQueryCode(code, row.query_code_hash!)) match ??= row;
  if (!match) throw lookupFailed();
  return { number, match };
}

export async function lookupApplicationStatus(db: Kysely<Database>, input: { number: string; queryCode: string }): Promise<ApplicantStatus> {
  const { number, match } = await findCaseByReceipt(db, input);
  const c = toCase(match);
  const ledger = ledgerOf(c);
  const sentences: string[] = [];
  if (c.status === 'closed') {
    sentences.push(`您的申请已于 ${c.closedOn} 办结${c.outcome ? `，办理结果：${OUTCOME_DEFINITIONS[c.outcome].label}` : ''}。`);
  } else if (c.status === 'awaitingCorrection') {
    const due = c.clockEvents.findLast((e) => e.type === 'correctionRequested');
    sentences.push(`我们已请您补正申请${due && 'correctionDueOn' in due && due.correctionDueOn ? `，请在 ${due.correctionDueOn} 前补正` : ''}；收到补正后的申请之日起重新计算20个工作日的答复期限。`);
  } else if (c.status === 'awaitingPayment') {
    sentences.push(`我们已向您发出收费通知，请于 ${ledger?.paymentDueOn ?? ''} 前缴纳；缴费期间答复期限暂停计算。`);
  } else if (ledger?.dueOn) {
    sentences.push(`我们将在 ${ledger.dueOn} 前答复您。`);
  }
  for (const s of ledger?.segments ?? []) {
    if (s.kind === 'consultation') sentences.push(s.to ? `${s.from} 至 ${s.to} 我们就您的申请书面征求意见，这段时间不计入答复期限。` : `自 ${s.from} 起我们正就您的申请书面征求意见，这段时间不计入答复期限。`);
    if (s.kind === 'extension') sentences.push(`${s.from} 经负责人同意，答复期限延长 ${s.workdays} 个工作日。`);
  }
  const letters = await db.selectFrom('application_letters').select(['id', 'kind', 'sent_on', 'content'])
    .where('case_id', '=', c.id).where('status', '=', 'sent').orderBy('sent_on').execute();
  return {
    number, organisationName: match.organisation_name, receivedOn: c.receivedOn!, status: c.status, statusLabel: CASE_STATUS_LABELS[c.status],
    dueOn: c.status === 'closed' ? null : ledger?.dueOn ?? null, outcome: c.outcome, outcomeLabel: c.outcome ? OUTCOME_DEFINITIONS[c.outcome].label : null,
    sentences,
    letters: letters.map((l) => ({ id: l.id, kind: l.kind as LetterKind, title: LETTER_KIND_LABELS[l.kind as LetterKind], sentOn: l.sent_on!, content: JSON.parse(l.content) as unknown })),
  };
}
