/**
 * One small reducer per event type: each checks that the law allows the event now (throwing a
 * ClockError otherwise), and returns the next state. `foldEvents` runs them in order.
 */
import type { Calendar } from '../../calendar/index.ts';
import { CONSULTATION_WORKDAYS, FEE_PAYMENT_WORKDAYS, MAX_EXTENSION_WORKDAYS } from './constants.ts';
import { ClockError } from './errors.ts';
import type { ClockEvent, ClockEventType } from './events.ts';
import { RECEIPT_RULES, hasAnswerPeriod } from './events.ts';
import type { ClockState } from './state.ts';
import { currentDue, endPause, initialState, openPause, statutoryDue, warn } from './state.ts';

type EventOf<T extends ClockEventType> = Extract<ClockEvent, { type: T }>;
type Reducer<T extends ClockEventType> = (calendar: Calendar, state: ClockState, event: EventOf<T>) => ClockState;

/** 收到申请之日 by channel (第三十一条): the first event starts the clock. */
export function receive(calendar: Calendar, e: ClockEvent): ClockState {
  if (e.type !== 'received') throw new ClockError('clock.first_event_not_receipt', e.type);
  const rule = RECEIPT_RULES[e.channel];
  if (!rule.needsConfirmation) return initialState(calendar, e.on, e.channel);
  if (!e.confirmedOn) throw new ClockError('clock.confirmation_required', rule.label);
  if (e.confirmedOn < e.on) throw new ClockError('clock.confirmation_before_arrival');
  const state = initialState(calendar, e.confirmedOn, e.channel);
  // 第三十一条第（二）项: ordinary mail is confirmed on the day it arrives.
  return e.channel === 'ordinaryMail' && e.confirmedOn !== e.on ? warn(state, { code: 'clock.confirmation_late', on: e.confirmedOn, dueOn: e.on }) : state;
}

function requireRunning(state: ClockState, type: ClockEventType): void {
  if (state.base === null) throw new ClockError('clock.awaiting_correction', type);
}

/** 第三十条: one 补正告知, before anything else is done, with a correction period; the reply period stops. */
const correctionRequested: Reducer<'correctionRequested'> = (_calendar, s, e) => {
  if (s.correction) throw new ClockError('clock.second_correction');
  if (s.open !== null || s.extension > 0 || s.custom) throw new ClockError('clock.correction_after_processing');
  if (!e.correctionDueOn) throw new ClockError('clock.correction_period_required');
  if (e.correctionDueOn <= e.on) throw new ClockError('clock.correction_period_required', `补正期限 ${e.correctionDueOn} 不晚于告知日 ${e.on}`);
  const next: ClockState = {
    ...s,
    base: null,
    correction: { on: e.on, dueOn: e.correctionDueOn, endedOn: null },
    steps: [...s.steps.filter((step) => step.kind !== 'replyPeriod'), { kind: 'correctionNotice', on: e.on }, { kind: 'correctionWait', from: e.on }],
  };
  return e.on > s.correctionNoticeDueOn ? warn(next, { code: 'clock.correction_notice_late', on: e.on, dueOn: s.correctionNoticeDueOn }) : next;
};

/** 第三十条: the reply period restarts from the day the corrected application arrives. */
const correctionReceived: Reducer<'correctionReceived'> = (_calendar, s, e) => {
  if (!s.correction || s.base !== null) throw new ClockError('clock.not_awaiting_correction');
  const next: ClockState = {
    ...s,
    base: e.on,
    countedFrom: s.pauses.length,
    correction: { ...s.correction, endedOn: e.on },
    steps: [...s.steps, { kind: 'replyPeriod', from: e.on, restarted: true }],
  };
  return e.on > s.correction.dueOn ? warn(next, { code: 'clock.correction_received_late', on: e.on, dueOn: s.correction.dueOn }) : next;
};

/** 第三十条: 逾期不补正 only once the correction period has passed; the application closes. */
const correctionLapsed: Reducer<'correctionLapsed'> = (_calendar, s, e) => {
  if (!s.correction || s.base !== null) throw new ClockError('clock.not_awaiting_correction');
  if (e.on <= s.correction.dueOn) throw new ClockError('clock.correction_period_open', `补正期限至 ${s.correction.dueOn}`);
  const closure = { on: e.on, reason: 'correctionLapsed', late: false } as const;
  return { ...s, correction: { ...s.correction, endedOn: e.on }, closure, steps: [...s.steps, { kind: 'closure', closure, dueOn: null }] };
};

/** 第三十二条 / 第三十四条: 15 WD to answer; other agencies (第十七条) take the time needed. 第三十三条第三款: not counted. */
const consultationStarted: Reducer<'consultationStarted'> = (calendar, s, e) => {
  requireRunning(s, e.type);
  if (s.open !== null) throw new ClockError('clock.already_paused');
  const answerBy = hasAnswerPeriod(e.party) ? calendar.addWorkdays(e.deliveredOn ?? e.on, CONSULTATION_WORKDAYS) : null;
  const pause = s.pauses.length;
  return {
    ...s,
    pauses: [...s.pauses, { kind: 'consultation', from: e.on, to: null, limit: answerBy?.date ?? null, workdays: null }],
    open: pause,
    steps: [...s.steps, { kind: 'consultation', pause, party: e.party, ...(e.deliveredOn ? { deliveredOn: e.deliveredOn } : {}) }],
    provisional: s.provisional || (answerBy?.provisional ?? false),
  };
};

/** The answer ends the pause; time after the party's own limit counts again. */
const consultationEnded: Reducer<'consultationEnded'> = (calendar, s, e) => {
  const p = openPause(s);
  if (!p || p.kind !== 'consultation') throw new ClockError('clock.not_consulting');
  const next = endPause(calendar, s, e.on);
  return p.limit !== null && e.on > p.limit ? warn(next, { code: 'clock.consultation_answer_late', on: e.on, dueOn: p.limit }) : next;
};

/** 第三十三条第二款: approved by the office head; all extensions together at most 20 WD. */
const extended: Reducer<'extended'> = (calendar, s, e) => {
  requireRunning(s, e.type);
  if (s.custom) throw new ClockError('clock.custom_deadline_fixed');
  if (!Number.isInteger(e.workdays) || e.workdays < 1 || e.workdays > MAX_EXTENSION_WORKDAYS) throw new ClockError('clock.invalid_extension', String(e.workdays));
  if (s.extension + e.workdays > MAX_EXTENSION_WORKDAYS) throw new ClockError('clock.extension_over_limit', `已延长 ${s.extension} 个工作日，本次 ${e.workdays} 个工作日`);
  if (!e.approvedBy.trim()) throw new ClockError('clock.extension_without_approver');
  const before = statutoryDue(calendar, s);
  const total = s.extension + e.workdays;
  const next: ClockState = { ...s, extension: total, steps: [...s.steps, { kind: 'extension', on: e.on, workdays: e.workdays, total, approvedBy: e.approvedBy.trim() }] };
  return before && e.on > before ? warn(next, { code: 'clock.extension_after_due', on: e.on, dueOn: before }) : next;
};

/** 第三十五条: a reasonable later deadline replaces the statutory one; it must be later than it. */
const reasonableDeadlineSet: Reducer<'reasonableDeadlineSet'> = (calendar, s, e) => {
  requireRunning(s, e.type);
  if (s.custom) throw new ClockError('clock.custom_deadline_fixed');
  const statutory = statutoryDue(calendar, s);
  if (e.dueOn <= e.on || (statutory !== null && e.dueOn <= statutory)) throw new ClockError('clock.custom_deadline_not_after', `确定的期限 ${e.dueOn}${statutory ? `，法定答复期限 ${statutory}` : ''}`);
  return { ...s, custom: e.dueOn, steps: [...s.steps, { kind: 'reasonableDeadline', on: e.on, dueOn: e.dueOn, ...(e.reason ? { reason: e.reason } : {}) }] };
};

/** 国办函〔2020〕109号: sent within the reply period; 20 WD from the day after receipt to pay; the wait is paused. */
const feeNoticeReceived: Reducer<'feeNoticeReceived'> = (calendar, s, e) => {
  requireRunning(s, e.type);
  if (s.fee) throw new ClockError('clock.second_fee_notice');
  if (s.open !== null) throw new ClockError('clock.already_paused');
  if (!e.sentOn) throw new ClockError('clock.fee_notice_sent_required');
  if (e.sentOn > e.on) throw new ClockError('clock.fee_notice_sent_after_receipt', `发出 ${e.sentOn}，收到 ${e.on}`);
  const before = currentDue(calendar, s);
  const payBy = calendar.addWorkdays(e.on, FEE_PAYMENT_WORKDAYS);
  const pause = s.pauses.length;
  const next: ClockState = {
    ...s,
    fee: { on: e.on, sentOn: e.sentOn, dueOn: payBy.date, ...(e.amountYuan !== undefined ? { amountYuan: e.amountYuan } : {}), paidOn: null },
    pauses: [...s.pauses, { kind: 'fee', from: e.on, to: null, limit: payBy.date, workdays: null }],
    open: pause,
    steps: [...s.steps, { kind: 'feeWindow', pause }],
    provisional: s.provisional || payBy.provisional,
  };
  return before && e.sentOn > before ? warn(next, { code: 'clock.fee_notice_after_due', on: e.sentOn, dueOn: before }) : next;
};

function requireFeeWindow(s: ClockState): NonNullable<ClockState['fee']> {
  if (!s.fee || openPause(s)?.kind !== 'fee') throw new ClockError('clock.no_fee_notice');
  return s.fee;
}

const feePaid: Reducer<'feePaid'> = (calendar, s, e) => {
  const fee = requireFeeWindow(s);
  const next = endPause(calendar, { ...s, fee: { ...fee, paidOn: e.on } }, e.on);
  return e.on > fee.dueOn ? warn(next, { code: 'clock.fee_paid_late', on: e.on, dueOn: fee.dueOn }) : next;
};

/** Unpaid after the window: 视为放弃申请; the pause ran to the end of the window. */
const feeLapsed: Reducer<'feeLapsed'> = (calendar, s, e) => {
  const fee = requireFeeWindow(s);
  if (e.on <= fee.dueOn) throw new ClockError('clock.fee_window_open', `缴费期限至 ${fee.dueOn}`);
  const closure = { on: e.on, reason: 'feeLapsed', late: false } as const;
  const next = endPause(calendar, s, fee.dueOn);
  return { ...next, closure, steps: [...next.steps, { kind: 'closure', closure, dueOn: null }] };
};

/** 答复 or 撤回 closes the application; a reply after the due date is late. */
const close = (calendar: Calendar, s: ClockState, e: EventOf<'replied' | 'withdrawn'>): ClockState => {
  const ended = endPause(calendar, s, e.on);
  const due = currentDue(calendar, ended);
  const late = e.type === 'replied' && due !== null && e.on > due;
  const closure = { on: e.on, reason: e.type, late, ...(e.type === 'replied' && e.outcome ? { outcome: e.outcome } : {}) };
  const next: ClockState = { ...ended, closure, steps: [...ended.steps, { kind: 'closure', closure, dueOn: due }] };
  return late && due ? warn(next, { code: 'clock.reply_late', on: e.on, dueOn: due }) : next;
};

const REDUCERS: { [T in ClockEventType]: Reducer<T> } = {
  received: () => {
    throw new ClockError('clock.duplicate_receipt');
  },
  correctionRequested,
  correctionReceived,
  correctionLapsed,
  consultationStarted,
  consultationEnded,
  extended,
  reasonableDeadlineSet,
  feeNoticeReceived,
  feePaid,
  feeLapsed,
  replied: close,
  withdrawn: close,
};

/** Folds an application's events (in date order) into its clock state. */
export function foldEvents(calendar: Calendar, events: readonly ClockEvent[]): ClockState {
  const [first, ...rest] = events;
  if (!first) throw new ClockError('clock.no_events');
  return rest.reduce((s, e) => {
    if (e.on < s.last) throw new ClockError('clock.out_of_order', `${e.type} ${e.on} 早于 ${s.last}`);
    if (s.closure) throw new ClockError('clock.closed', e.type);
    const reducer = REDUCERS[e.type] as Reducer<typeof e.type>;
    return reducer(calendar, { ...s, last: e.on }, e);
  }, receive(calendar, first));
}
