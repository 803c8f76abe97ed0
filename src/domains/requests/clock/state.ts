/**
 * The clock's state while events are folded in (reducers.ts). Immutable: every reducer returns a
 * new state. Steps record what happened as facts; render.ts turns them into the ledger's segments
 * once the fold is over, so nothing is patched after it is written.
 */
import type { Calendar, CalendarDate } from '../../calendar/index.ts';
import type { Outcome } from '../outcomes/outcomes.ts';
import type { ClosureReason } from './constants.ts';
import { CORRECTION_NOTICE_WORKDAYS, REPLY_WORKDAYS } from './constants.ts';
import { countForward } from './counting.ts';
import type { ConsultedParty, ReceiptChannel } from './events.ts';
import type { ClockWarningFacts } from './warnings.ts';

/** A stretch of time left out of the count. */
export interface Pause {
  kind: 'consultation' | 'fee';
  from: CalendarDate;
  /** Day the pause ended (inclusive), null while open. */
  to: CalendarDate | null;
  /** When the pause ends by itself: the consulted party's 15 WD, or the payment window; null if it has no such end. */
  limit: CalendarDate | null;
  /** Working days in (from, to], once it has ended. */
  workdays: number | null;
}

export interface Closure {
  on: CalendarDate;
  reason: ClosureReason;
  outcome?: Outcome;
  late: boolean;
}

/** What happened, in order; each becomes one segment (render.ts). */
export type Step =
  | { kind: 'receipt'; on: CalendarDate; channel: ReceiptChannel }
  | { kind: 'replyPeriod'; from: CalendarDate; restarted: boolean }
  | { kind: 'correctionNotice'; on: CalendarDate }
  | { kind: 'correctionWait'; from: CalendarDate }
  | { kind: 'consultation'; pause: number; party: ConsultedParty; deliveredOn?: CalendarDate }
  | { kind: 'feeWindow'; pause: number }
  | { kind: 'extension'; on: CalendarDate; workdays: number; total: number; approvedBy: string }
  | { kind: 'reasonableDeadline'; on: CalendarDate; dueOn: CalendarDate; reason?: string }
  | { kind: 'closure'; closure: Closure; dueOn: CalendarDate | null };

export interface ClockState {
  receivedOn: CalendarDate;
  /** Last day to send the 补正告知 (第三十条). */
  correctionNoticeDueOn: CalendarDate;
  /** The day the reply period runs from; null while waiting for a correction or after a lapse. */
  base: CalendarDate | null;
  /** Working days of extension granted so far (第三十三条第二款). */
  extension: number;
  /** A 第三十五条 deadline, once set. */
  custom: CalendarDate | null;
  /** Every pause so far, in order (steps refer to them by index). */
  pauses: readonly Pause[];
  /** Pauses before this index were in a reply period that a 补正 ended; they no longer count. */
  countedFrom: number;
  /** Index in `pauses` of the pause still running, if any. */
  open: number | null;
  correction: { on: CalendarDate; dueOn: CalendarDate; endedOn: CalendarDate | null } | null;
  fee: { on: CalendarDate; sentOn: CalendarDate; dueOn: CalendarDate; amountYuan?: number; paidOn: CalendarDate | null } | null;
  closure: Closure | null;
  /** Date of the latest event, to keep events in order. */
  last: CalendarDate;
  steps: readonly Step[];
  warnings: readonly ClockWarningFacts[];
  /** True once any date was computed through a year without holiday data. */
  provisional: boolean;
}

export function initialState(calendar: Calendar, receivedOn: CalendarDate, channel: ReceiptChannel): ClockState {
  const notice = calendar.addWorkdays(receivedOn, CORRECTION_NOTICE_WORKDAYS);
  return {
    receivedOn,
    correctionNoticeDueOn: notice.date,
    base: receivedOn,
    extension: 0,
    custom: null,
    pauses: [],
    countedFrom: 0,
    open: null,
    correction: null,
    fee: null,
    closure: null,
    last: receivedOn,
    steps: [{ kind: 'receipt', on: receivedOn, channel }, { kind: 'replyPeriod', from: receivedOn, restarted: false }],
    warnings: [],
    provisional: notice.provisional,
  };
}

export function openPause(state: ClockState): Pause | null {
  return state.open === null ? null : state.pauses[state.open]!;
}

/** The pauses that count against the current reply period. */
export function countedPauses(state: ClockState): readonly Pause[] {
  return state.pauses.slice(state.countedFrom);
}

/** The 第三十三条 due date as things stand (open pauses projected to their limit); null if it cannot be known yet. */
export function statutoryDue(calendar: Calendar, state: ClockState): CalendarDate | null {
  return state.base === null ? null : countForward(calendar, state.base, REPLY_WORKDAYS + state.extension, countedPauses(state)).date;
}

/** The due date as things stand: a 第三十五条 date replaces the statutory one. */
export function currentDue(calendar: Calendar, state: ClockState): CalendarDate | null {
  return state.base === null ? null : state.custom ?? statutoryDue(calendar, state);
}

/** The state with its open pause ended on `on` (or at its limit, if that came first). */
export function endPause(calendar: Calendar, state: ClockState, on: CalendarDate): ClockState {
  const p = openPause(state);
  if (!p) return state;
  const to = p.limit !== null && p.limit < on ? p.limit : on;
  const n = calendar.workdaysBetween(p.from, to);
  const pauses = state.pauses.map((q, i) => (i === state.open ? { ...q, to, workdays: n.count } : q));
  return { ...state, pauses, open: null, provisional: state.provisional || n.provisional };
}

export function warn(state: ClockState, warning: ClockWarningFacts): ClockState {
  return { ...state, warnings: [...state.warnings, warning] };
}
