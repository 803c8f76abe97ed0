/**
 * The statutory clock of one application as a ledger of segments, each citing its article of
 * 《中华人民共和国政府信息公开条例》 (国务院令第711号). Pure: a calendar and a list of events in,
 * segments and a due date out; "today" is a parameter of {@link Ledger.asOf}.
 *
 *  - 收到申请之日 by channel: 第三十一条.
 *  - 补正告知 within 7 working days of receipt, with a correction period; the reply period
 *    restarts from the day the corrected application arrives; a lapse after the period closes the
 *    application: 第三十条.
 *  - reply within 20 working days of receipt: 第三十三条第二款.
 *  - extension by at most 20 working days in total, approved by the head of the disclosure
 *    office: 第三十三条第二款.
 *  - time spent consulting a third party (第三十二条), a co-maker agency (第三十四条) or another
 *    agency (e.g. 第十七条) is not counted (第三十三条第三款); third parties and co-makers answer
 *    within 15 working days, other agencies take the time needed.
 *  - a reasonable delayed reply period, later than the statutory one, for excessive
 *    applications: 第三十五条.
 *  - the fee notice is sent within the reply period; payment within 20 working days from the day
 *    after the applicant receives it; unpaid = abandoned: 国办函〔2020〕109号 as restated by
 *    provincial rules (domain reference §3.4).
 *
 * The events are folded by one reducer per event type (reducers.ts) into a state (state.ts);
 * render.ts writes the segments and explain.ts the account from that state.
 */
import type { Calendar, CalendarDate } from '../../calendar/index.ts';
import type { Outcome } from '../outcomes/outcomes.ts';
import type { ClockReading, ClockStatus, ClosureReason, Segment } from './constants.ts';
import { REPLY_WORKDAYS } from './constants.ts';
import { countBetween, countForward } from './counting.ts';
import type { ClockEvent } from './events.ts';
import { explainLedger } from './explain.ts';
import { foldEvents } from './reducers.ts';
import { renderSegments } from './render.ts';
import type { ClockState } from './state.ts';
import { countedPauses, openPause } from './state.ts';
import type { ClockWarning } from './warnings.ts';
import { renderWarning } from './warnings.ts';

export * from './constants.ts';
export type { Pause } from './state.ts';

export interface Ledger {
  receivedOn: CalendarDate;
  status: ClockStatus;
  /**
   * The reply due date (答复期限届满日); null while waiting for a correction, after a lapsed
   * correction, and while a consultation without an answer period (第十七条) is open.
   */
  dueOn: CalendarDate | null;
  /** True if the due date assumes an open pause ends when its own period ends. */
  dueIsProjected: boolean;
  /** True if any date was computed through a year without holiday data. */
  provisional: boolean;
  /** Last day to send the 补正告知 (第三十条). */
  correctionNoticeDueOn: CalendarDate;
  /** Last day to pay the fee, if a fee notice was received. */
  paymentDueOn: CalendarDate | null;
  closure: { on: CalendarDate; reason: ClosureReason; outcome?: Outcome; late: boolean } | null;
  segments: readonly Segment[];
  /** Irregularities that do not make the sequence invalid (a late 补正告知, a late reply …), by code. */
  warnings: readonly ClockWarning[];
  asOf(today: CalendarDate): ClockReading;
  /** How the due date was reached, segment by segment, in plain Chinese. */
  explain(today?: CalendarDate): string;
}

/**
 * The outcome a closed ledger ends in: a lapsed correction (第三十条) and an unpaid fee close the
 * application by themselves; a reply carries its own outcome; undefined while open or if the reply
 * did not record one.
 */
export function closureOutcome(ledger: Pick<Ledger, 'closure'>): Outcome | undefined {
  const c = ledger.closure;
  if (!c) return undefined;
  switch (c.reason) {
    case 'correctionLapsed': return 'correctionLapsed';
    case 'feeLapsed': return 'feeUnpaid';
    case 'withdrawn': return 'withdrawn';
    case 'replied': return c.outcome;
  }
}

/** Builds the ledger of one application from its events (in date order). */
export function buildLedger(calendar: Calendar, events: readonly ClockEvent[]): Ledger {
  return ledgerOf(calendar, foldEvents(calendar, events));
}

function statusOf(state: ClockState): ClockStatus {
  if (state.closure) return 'closed';
  if (state.base === null) return 'awaitingCorrection';
  const open = openPause(state);
  if (!open) return 'running';
  return open.kind === 'fee' ? 'awaitingPayment' : 'paused';
}

function ledgerOf(calendar: Calendar, state: ClockState): Ledger {
  const { base, custom, closure } = state;
  const pauses = countedPauses(state);
  const total = REPLY_WORKDAYS + state.extension;
  const due = base === null ? null : custom ? { date: custom, provisional: calendar.isProvisional(custom) } : countForward(calendar, base, total, pauses);
  const provisional = state.provisional || (due?.provisional ?? false);
  const status = statusOf(state);
  const open = openPause(state);

  const ledger: Ledger = {
    receivedOn: state.receivedOn,
    status,
    dueOn: due?.date ?? null,
    dueIsProjected: open !== null && !closure,
    provisional,
    correctionNoticeDueOn: state.correctionNoticeDueOn,
    paymentDueOn: state.fee?.dueOn ?? null,
    closure,
    segments: renderSegments(calendar, state),
    warnings: state.warnings.map(renderWarning),
    asOf(today) {
      const dueOn = ledger.dueOn;
      if (!closure && !dueOn && base !== null && open?.limit === null) {
        // A consultation with no answer period is open: count what would be left if it ended today.
        const endsToday = pauses.map((p) => (p === open ? { ...p, to: today > p.from ? today : p.from } : p));
        const projected = countForward(calendar, base, total, endsToday);
        const left = countBetween(calendar, today, projected.date!, endsToday);
        return { today, status, dueOn, workdaysLeft: left.count, overdue: false, provisional: provisional || projected.provisional || left.provisional };
      }
      if (closure || !dueOn) return { today, status, dueOn, workdaysLeft: null, overdue: false, provisional };
      const left = custom ? calendar.workdaysBetween(today, dueOn) : countBetween(calendar, today, dueOn, pauses);
      return { today, status, dueOn, workdaysLeft: left.count, overdue: today > dueOn, provisional: provisional || left.provisional };
    },
    explain(today) {
      return explainLedger(calendar, ledger, state, today);
    },
  };
  return ledger;
}
