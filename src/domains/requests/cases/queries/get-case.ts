/**
 * One case for staff, with everything the case page shows: the clock and its explanation, the
 * requests, consultations and letters, and what the actor may do next (the same policy the
 * commands check, so buttons and rules never disagree).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.ts';
import type { Actor, Initiator } from '../../../accounts/index.ts';
import type { CalendarDate } from '../../../calendar/index.ts';
import { todayInShanghai } from '../../../calendar/index.ts';
import type { Clock } from '../../../shared/clock.ts';
import type { ClockReading, Ledger } from '../../clock/index.ts';
import type { Outcome } from '../../outcomes/index.ts';
import { canOnApplications } from '../../policy.ts';
import type { ApplicationAction } from '../../policy.ts';
import { loadCaseForAction } from '../change-case.ts';
import { ledgerOf } from '../record.ts';
import type { ApplicationCase } from '../record.ts';
import type { ConsultationOpinion, ConsultationParty, LetterKind, LetterStatus } from '../vocabulary.ts';

export interface CaseItem { id: string; position: number; description: string; outcome: Outcome | null; decidedOn: string | null; reason: string | null }
export interface CaseConsultation {
  id: string; party: ConsultationParty; partyName: string; question: string; sentOn: string; deliveredOn: string | null;
  repliedOn: string | null; opinion: ConsultationOpinion | null; replySummary: string | null;
}
export interface CaseLetter {
  id: string; kind: LetterKind; status: LetterStatus; content: unknown; draftedBy: string | null; draftedAt: string;
  reviewedBy: string | null; reviewedAt: string | null; reviewNote: string | null; sentOn: string | null; deliveryWay: string | null;
  deliveredOn: string | null; version: number;
}

export interface CaseView {
  case: ApplicationCase;
  organisationName: string;
  organisationPath: string;
  ledger: Ledger | null;
  reading: ClockReading | null;
  /** The clock's story in plain Chinese (explainCase). */
  explanation: string;
  items: CaseItem[];
  consultations: CaseConsultation[];
  letters: CaseLetter[];
  /** What the actor may do on this case (policy, not state: the commands also check state). */
  can: Record<ApplicationAction, boolean>;
}

/** The clock's explanation for staff: every segment with its article, the due date, today's reading. */
export function explainCase(c: Pick<ApplicationCase, 'clockEvents'>, today?: CalendarDate): string {
  const ledger = ledgerOf(c);
  return ledger ? ledger.explain(today) : '尚未确认收到申请，答复期限尚未起算（第三十一条）。';
}

export async function getCaseForActor(db: Kysely<Database>, actor: Initiator, caseId: string, clock: Clock): Promise<CaseView> {
  const loaded = await loadCaseForAction(db, { actor }, caseId, 'application.view');
  return caseView(db, actor, loaded, todayInShanghai(clock));
}

export async function caseView(
  db: Kysely<Database>, actor: Initiator,
  loaded: { case: ApplicationCase; organisationPath: string; organisationName: string }, today: CalendarDate,
): Promise<CaseView> {
  const c = loaded.case;
  const [items, consultations, letters] = await Promise.all([
    db.selectFrom('application_items').selectAll().where('case_id', '=', c.id).orderBy('position').execute(),
    db.selectFrom('application_consultations').selectAll().where('case_id', '=', c.id).orderBy('sent_on').execute(),
    db.selectFrom('application_letters').selectAll().where('case_id', '=', c.id).orderBy('drafted_at').execute(),
  ]);
  const ledger = ledgerOf(c);
  const subject = { organisationPath: loaded.organisationPath };
  const can = Object.fromEntries(
    (['application.view', 'application.register', 'application.assign', 'application.handle', 'application.approveExtension', 'application.reviewLetter', 'application.import', 'application.oversee'] as const)
      .map((a) => [a, actor === 'system' || canOnApplications(actor as Actor, a, subject)]),
  ) as Record<ApplicationAction, boolean>;
  return {
    case: c,
    organisationName: loaded.organisationName,
    organisationPath: loaded.organisationPath,
    ledger,
    reading: ledger ? ledger.asOf(today) : null,
    explanation: explainCase(c, today),
    items: items.map((i) => ({ id: i.id, position: Number(i.position), description: i.description, outcome: i.outcome as Outcome | null, decidedOn: i.decided_on, reason: i.reason })),
    consultations: consultations.map((r) => ({
      id: r.id, party: r.party as ConsultationParty, partyName: r.party_name, question: r.question, sentOn: r.sent_on, deliveredOn: r.delivered_on,
      repliedOn: r.replied_on, opinion: r.opinion as ConsultationOpinion | null, replySummary: r.reply_summary,
    })),
    letters: letters.map((l) => ({
      id: l.id, kind: l.kind as LetterKind, status: l.status as LetterStatus, content: JSON.parse(l.content) as unknown, draftedBy: l.drafted_by,
      draftedAt: l.drafted_at, reviewedBy: l.reviewed_by, reviewedAt: l.reviewed_at, reviewNote: l.review_note, sentOn: l.sent_on,
      deliveryWay: l.delivery_way, deliveredOn: l.delivered_on, version: Number(l.version),
    })),
    can,
  };
}
