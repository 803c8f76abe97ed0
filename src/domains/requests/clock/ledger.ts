/**
 * The statutory clock of one application as a ledger of segments, each citing its article of
 * 《中华人民共和国政府信息公开条例》 (国务院令第711号). Pure: a calendar and a list of events in,
 * segments and a due date out; "today" is a parameter of {@link Ledger.asOf}.
 *
 *  - 收到申请之日 by channel: 第三十一条.
 *  - 补正告知 within 7 working days of receipt; the reply period restarts from the day the
 *    corrected application arrives; a lapsed correction closes the application: 第三十条.
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
 */
import type { Calendar, CalendarDate } from '../../calendar/index.ts';
import { describeDate, describeSpan } from '../../calendar/index.ts';
import type { Outcome } from '../outcomes/outcomes.ts';
import type { ClockEvent, ConsultedParty } from './events.ts';
import { CONSULTED_PARTY_LABELS, RECEIPT_RULES, hasAnswerPeriod } from './events.ts';
import { ClockError } from './errors.ts';
import { explainLedger } from './explain.ts';
import { countBetween, countForward } from './counting.ts';

const TIAOLI = '《政府信息公开条例》';
export const REPLY_WORKDAYS = 20; // 第三十三条第二款
export const MAX_EXTENSION_WORKDAYS = 20; // 第三十三条第二款
export const CORRECTION_NOTICE_WORKDAYS = 7; // 第三十条
export const CONSULTATION_WORKDAYS = 15; // 第三十二条, 第三十四条
export const FEE_PAYMENT_WORKDAYS = 20; // 国办函〔2020〕109号

export const CLOCK_STATUSES = ['running', 'paused', 'awaitingCorrection', 'awaitingPayment', 'closed'] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];
export const CLOCK_STATUS_LABELS: Record<ClockStatus, string> = {
  running: '计时中',
  paused: '征求意见中（暂停计时）',
  awaitingCorrection: '等待补正（答复期限尚未起算）',
  awaitingPayment: '等待缴费（暂停计时）',
  closed: '已办结',
};

export const SEGMENT_KINDS = [
  'receipt', 'correctionNotice', 'correctionWait', 'replyPeriod', 'consultation', 'feeWindow',
  'extension', 'reasonableDeadline', 'closure',
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const CLOSURE_REASONS = ['replied', 'withdrawn', 'correctionLapsed', 'feeLapsed'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** One line of the ledger. */
export interface Segment {
  kind: SegmentKind;
  /** The legal source, e.g. 《政府信息公开条例》第三十三条第二款. */
  article: string;
  from: CalendarDate;
  /** Last day of the segment (inclusive), or null if it is still open. */
  to: CalendarDate | null;
  /** Working days the segment adds to the period (extension) or leaves out of it (pause). */
  workdays: number | null;
  /** Plain Chinese account of the segment. */
  text: string;
  provisional: boolean;
}

export interface ClockReading {
  today: CalendarDate;
  status: ClockStatus;
  dueOn: CalendarDate | null;
  /** Counted working days after today up to the due date; negative when overdue; null if no due date runs. */
  workdaysLeft: number | null;
  overdue: boolean;
  provisional: boolean;
}

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
  /** Irregularities that do not make the sequence invalid (a late 补正告知, a late reply …). */
  warnings: readonly string[];
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

/** A stretch of time left out of the count (internal; exported for explain.ts). */
export interface Pause {
  kind: 'consultation' | 'fee';
  from: CalendarDate;
  /** Day the pause ended (inclusive), null while open. */
  to: CalendarDate | null;
  /** When the pause ends by itself: the consulted party's 15 WD, or the payment window; null if it has no such end. */
  limit: CalendarDate | null;
  segment: Segment;
}

/** Builds the ledger of one application from its events (in date order). */
export function buildLedger(calendar: Calendar, events: readonly ClockEvent[]): Ledger {
  if (events.length === 0) throw new ClockError('clock.no_events');
  const first = events[0]!;
  if (first.type !== 'received') throw new ClockError('clock.first_event_not_receipt', first.type);

  const segments: Segment[] = [];
  const warnings: string[] = [];
  let provisional = false;
  const add = (start: CalendarDate, n: number) => {
    const r = calendar.addWorkdays(start, n);
    provisional ||= r.provisional;
    return r.date;
  };

  const rule = RECEIPT_RULES[first.channel];
  let receivedOn = first.on;
  if (rule.needsConfirmation) {
    if (!first.confirmedOn) throw new ClockError('clock.confirmation_required', rule.label);
    if (first.confirmedOn < first.on) throw new ClockError('clock.confirmation_before_arrival');
    receivedOn = first.confirmedOn;
    if (first.channel === 'ordinaryMail' && first.confirmedOn !== first.on) {
      warnings.push(`平常信函应于收到当日与申请人确认（第三十一条第（二）项），本件到达 ${first.on}，确认于 ${first.confirmedOn}。`);
    }
  }
  segments.push({
    kind: 'receipt', article: `${TIAOLI}第三十一条`, from: receivedOn, to: receivedOn, workdays: null, provisional: false,
    text: `${describeDate(receivedOn)}收到申请，提交方式：${rule.label}。${rule.rule}。`,
  });
  const correctionNoticeDueOn = add(receivedOn, CORRECTION_NOTICE_WORKDAYS);

  let base: CalendarDate | null = receivedOn;
  let baseSegment = pushReplyPeriod(receivedOn, false);
  let extension = 0;
  let custom: CalendarDate | null = null;
  let pauses: Pause[] = [];
  let open: Pause | null = null;
  let correction: { on: CalendarDate; dueOn: CalendarDate } | null = null;
  let fee: { on: CalendarDate; dueOn: CalendarDate } | null = null;
  let closure: Ledger['closure'] = null;
  let last = receivedOn;

  function pushReplyPeriod(from: CalendarDate, restarted: boolean): Segment {
    const s: Segment = {
      kind: 'replyPeriod', article: `${TIAOLI}${restarted ? '第三十条、' : ''}第三十三条第二款`, from, to: null, workdays: REPLY_WORKDAYS, provisional: false,
      text: restarted
        ? `答复期限自收到补正后申请之日 ${describeDate(from)} 重新起算，${REPLY_WORKDAYS}个工作日（起算日不计入）。`
        : `答复期限自收到申请之日 ${describeDate(from)} 起算，${REPLY_WORKDAYS}个工作日（起算日不计入）。`,
    };
    segments.push(s);
    return s;
  }
  const requireRunning = (type: string) => {
    if (base === null) throw new ClockError('clock.awaiting_correction', type);
  };
  const closePause = (on: CalendarDate) => {
    if (!open) return;
    open.to = open.limit !== null && open.limit < on ? open.limit : on;
    const n = calendar.workdaysBetween(open.from, open.to);
    provisional ||= n.provisional;
    open.segment.to = open.to;
    open.segment.workdays = n.count;
    open = null;
  };
  const statutoryDue = (): CalendarDate | null => (base === null ? null : countForward(calendar, base, REPLY_WORKDAYS + extension, pauses).date);
  const dueNow = (): CalendarDate | null => (base === null ? null : custom ?? statutoryDue());

  for (const [i, e] of events.entries()) {
    if (i === 0) continue;
    if (e.on < last) throw new ClockError('clock.out_of_order', `${e.type} ${e.on} 早于 ${last}`);
    if (closure) throw new ClockError('clock.closed', e.type);
    last = e.on;
    switch (e.type) {
      case 'received':
        throw new ClockError('clock.duplicate_receipt');
      case 'correctionRequested': {
        if (correction) throw new ClockError('clock.second_correction');
        if (open || extension > 0 || custom) throw new ClockError('clock.correction_after_processing');
        if (!e.correctionDueOn) throw new ClockError('clock.correction_period_required');
        if (e.correctionDueOn <= e.on) throw new ClockError('clock.correction_period_required', `补正期限 ${e.correctionDueOn} 不晚于告知日 ${e.on}`);
        correction = { on: e.on, dueOn: e.correctionDueOn };
        const late = e.on > correctionNoticeDueOn;
        if (late) warnings.push(`补正告知于 ${e.on} 发出，晚于第三十条规定的期限 ${correctionNoticeDueOn}（收到申请后7个工作日）。`);
        segments.push({
          kind: 'correctionNotice', article: `${TIAOLI}第三十条`, from: receivedOn, to: e.on, workdays: null, provisional: false,
          text: `${describeDate(e.on)}一次性告知申请人需要补正的事项（应于收到申请后${CORRECTION_NOTICE_WORKDAYS}个工作日内，最迟 ${correctionNoticeDueOn} 发出${late ? '，本件逾期' : ''}）。`,
        });
        segments.push({
          kind: 'correctionWait', article: `${TIAOLI}第三十条`, from: e.on, to: null, workdays: null, provisional: false,
          text: `等待申请人补正，补正期限至 ${e.correctionDueOn}；原答复期限不再适用，待收到补正后重新起算。`,
        });
        segments.splice(segments.indexOf(baseSegment), 1);
        base = null;
        break;
      }
      case 'correctionReceived': {
        if (!correction || base !== null) throw new ClockError('clock.not_awaiting_correction');
        segments[segments.length - 1]!.to = e.on;
        if (e.on > correction.dueOn) warnings.push(`补正于 ${e.on} 收到，晚于所定补正期限 ${correction.dueOn}。`);
        base = e.on;
        pauses = [];
        baseSegment = pushReplyPeriod(e.on, true);
        break;
      }
      case 'correctionLapsed': {
        if (!correction || base !== null) throw new ClockError('clock.not_awaiting_correction');
        if (e.on <= correction.dueOn) throw new ClockError('clock.correction_period_open', `补正期限至 ${correction.dueOn}`);
        segments[segments.length - 1]!.to = e.on;
        closure = { on: e.on, reason: 'correctionLapsed', late: false };
        segments.push({
          kind: 'closure', article: `${TIAOLI}第三十条`, from: e.on, to: e.on, workdays: null, provisional: false,
          text: `申请人无正当理由逾期不补正，视为放弃申请，${e.on} 起不再处理。`,
        });
        break;
      }
      case 'consultationStarted': {
        requireRunning(e.type);
        if (open) throw new ClockError('clock.already_paused');
        const { label, article } = CONSULTED_PARTY_LABELS[e.party];
        const answerBy = hasAnswerPeriod(e.party) ? add(e.deliveredOn ?? e.on, CONSULTATION_WORKDAYS) : null;
        const seg: Segment = {
          kind: 'consultation', article: `${TIAOLI}${article}、第三十三条第三款`, from: e.on, to: null, workdays: null, provisional: false,
          text: consultationText(e.party, e.on, e.deliveredOn, answerBy, label),
        };
        segments.push(seg);
        open = { kind: 'consultation', from: e.on, to: null, limit: answerBy, segment: seg };
        pauses.push(open);
        break;
      }
      case 'consultationEnded': {
        if (!open || open.kind !== 'consultation') throw new ClockError('clock.not_consulting');
        if (open.limit !== null && e.on > open.limit) warnings.push(`被征求意见方于 ${e.on} 答复，晚于其答复期限 ${open.limit}；${open.limit} 之后的时间计入答复期限。`);
        closePause(e.on);
        break;
      }
      case 'extended': {
        requireRunning(e.type);
        if (custom) throw new ClockError('clock.custom_deadline_fixed');
        if (!Number.isInteger(e.workdays) || e.workdays < 1 || e.workdays > MAX_EXTENSION_WORKDAYS) throw new ClockError('clock.invalid_extension', String(e.workdays));
        if (extension + e.workdays > MAX_EXTENSION_WORKDAYS) throw new ClockError('clock.extension_over_limit', `已延长 ${extension} 个工作日，本次 ${e.workdays} 个工作日`);
        if (!e.approvedBy.trim()) throw new ClockError('clock.extension_without_approver');
        const before = dueNow();
        if (before && e.on > before) warnings.push(`延长决定于 ${e.on} 作出，晚于原答复期限 ${before}；延长应在原期限届满前作出并告知申请人。`);
        extension += e.workdays;
        segments.push({
          kind: 'extension', article: `${TIAOLI}第三十三条第二款`, from: e.on, to: null, workdays: e.workdays, provisional: false,
          text: `${describeDate(e.on)}经政府信息公开工作机构负责人（${e.approvedBy.trim()}）同意，延长答复期限 ${e.workdays} 个工作日${extension > e.workdays ? `（累计延长 ${extension} 个工作日）` : ''}，并告知申请人；延长的期限最长不得超过${MAX_EXTENSION_WORKDAYS}个工作日。`,
        });
        break;
      }
      case 'reasonableDeadlineSet': {
        requireRunning(e.type);
        if (custom) throw new ClockError('clock.custom_deadline_fixed');
        const statutory = statutoryDue();
        if (e.dueOn <= e.on || (statutory !== null && e.dueOn <= statutory)) throw new ClockError('clock.custom_deadline_not_after', `确定的期限 ${e.dueOn}${statutory ? `，法定答复期限 ${statutory}` : ''}`);
        custom = e.dueOn;
        segments.push({
          kind: 'reasonableDeadline', article: `${TIAOLI}第三十五条`, from: e.on, to: e.dueOn, workdays: null, provisional: false,
          text: `${describeDate(e.on)}认定申请数量、频次明显超过合理范围但理由合理，无法在第三十三条规定的期限内答复，确定延迟答复的合理期限至 ${describeDate(e.dueOn)}，并告知申请人${e.reason ? `（理由：${e.reason}）` : ''}；此期限取代按工作日计算的答复期限。`,
        });
        break;
      }
      case 'feeNoticeReceived': {
        requireRunning(e.type);
        if (fee) throw new ClockError('clock.second_fee_notice');
        if (open) throw new ClockError('clock.already_paused');
        if (!e.sentOn) throw new ClockError('clock.fee_notice_sent_required');
        if (e.sentOn > e.on) throw new ClockError('clock.fee_notice_sent_after_receipt', `发出 ${e.sentOn}，收到 ${e.on}`);
        const before = dueNow();
        if (before && e.sentOn > before) warnings.push(`收费通知于 ${e.sentOn} 发出，晚于答复期限 ${before}；收费通知应在答复期限内发出。`);
        const dueOn = add(e.on, FEE_PAYMENT_WORKDAYS);
        fee = { on: e.on, dueOn };
        const seg: Segment = {
          kind: 'feeWindow', article: `国办函〔2020〕109号；${TIAOLI}第四十二条`, from: e.on, to: null, workdays: null, provisional: false,
          text: `${describeDate(e.sentOn)}发出收费通知，${describeDate(e.on)}申请人收到${e.amountYuan !== undefined ? `（${e.amountYuan} 元）` : ''}，应于收到次日起${FEE_PAYMENT_WORKDAYS}个工作日内缴纳，最迟 ${describeDate(dueOn)}；等待缴费期间暂停计算答复期限`,
        };
        segments.push(seg);
        open = { kind: 'fee', from: e.on, to: null, limit: dueOn, segment: seg };
        pauses.push(open);
        break;
      }
      case 'feePaid': {
        if (!fee || !open || open.kind !== 'fee') throw new ClockError('clock.no_fee_notice');
        if (e.on > fee.dueOn) warnings.push(`申请人于 ${e.on} 缴费，晚于缴费期限 ${fee.dueOn}。`);
        open.segment.text += `；${e.on} 缴费`;
        closePause(e.on);
        break;
      }
      case 'feeLapsed': {
        if (!fee || !open || open.kind !== 'fee') throw new ClockError('clock.no_fee_notice');
        if (e.on <= fee.dueOn) throw new ClockError('clock.fee_window_open', `缴费期限至 ${fee.dueOn}`);
        closePause(fee.dueOn);
        closure = { on: e.on, reason: 'feeLapsed', late: false };
        segments.push({
          kind: 'closure', article: '国办函〔2020〕109号', from: e.on, to: e.on, workdays: null, provisional: false,
          text: `申请人逾期未按收费通知要求缴纳费用，视为放弃申请，${e.on} 起不再处理。`,
        });
        break;
      }
      case 'replied':
      case 'withdrawn': {
        if (open) closePause(e.on);
        const due = dueNow();
        const late = e.type === 'replied' && due !== null && e.on > due;
        closure = { on: e.on, reason: e.type, late, ...(e.type === 'replied' && e.outcome ? { outcome: e.outcome } : {}) };
        if (late) warnings.push(`答复于 ${e.on} 作出，晚于答复期限 ${due}。`);
        segments.push({
          kind: 'closure', article: e.type === 'replied' ? `${TIAOLI}第三十三条` : '申请人撤回申请', from: e.on, to: e.on, workdays: null, provisional: false,
          text: e.type === 'replied'
            ? `${describeDate(e.on)}作出答复${due ? (late ? `，逾期（答复期限为 ${due}）` : `，在答复期限 ${due} 内`) : ''}。`
            : `${describeDate(e.on)}申请人撤回申请，不再处理。`,
        });
        break;
      }
    }
  }
  // Close the fee segment sentence (it may have been extended by feePaid).
  for (const s of segments) if (s.kind === 'feeWindow' && !s.text.endsWith('。')) s.text += '。';

  const dueResult = base === null ? null : custom ? { date: custom, provisional: calendar.isProvisional(custom) } : countForward(calendar, base, REPLY_WORKDAYS + extension, pauses);
  if (dueResult) provisional ||= dueResult.provisional;
  if (base !== null && !custom) {
    const plain = calendar.addWorkdays(base, REPLY_WORKDAYS);
    baseSegment.to = plain.date;
    baseSegment.provisional = plain.provisional;
    baseSegment.text += `不计暂停与延长时，期满日为 ${describeDate(plain.date)}。${describeSpan(calendar, base, plain.date)}`;
  }
  for (const s of segments) if (s.to) s.provisional ||= calendar.isProvisional(s.to);

  const pausesSnapshot = pauses;
  const start = base;
  const status: ClockStatus = closure ? 'closed'
    : base === null ? 'awaitingCorrection'
      : open ? (open.kind === 'fee' ? 'awaitingPayment' : 'paused') : 'running';

  const ledger: Ledger = {
    receivedOn,
    status,
    dueOn: dueResult?.date ?? null,
    dueIsProjected: open !== null && !closure,
    provisional,
    correctionNoticeDueOn,
    paymentDueOn: fee?.dueOn ?? null,
    closure,
    segments,
    warnings,
    asOf(today) {
      const dueOn = ledger.dueOn;
      if (!closure && !dueOn && start !== null && open?.limit === null) {
        // A consultation with no answer period is open: count what would be left if it ended today.
        const endsToday = pausesSnapshot.map((p) => (p === open ? { ...p, to: today > p.from ? today : p.from } : p));
        const projected = countForward(calendar, start, REPLY_WORKDAYS + extension, endsToday);
        const left = countBetween(calendar, today, projected.date!, endsToday);
        return { today, status, dueOn, workdaysLeft: left.count, overdue: false, provisional: provisional || projected.provisional || left.provisional };
      }
      if (closure || !dueOn) return { today, status, dueOn, workdaysLeft: null, overdue: false, provisional };
      const left = custom ? calendar.workdaysBetween(today, dueOn) : countBetween(calendar, today, dueOn, pausesSnapshot);
      return { today, status, dueOn, workdaysLeft: left.count, overdue: today > dueOn, provisional: provisional || left.provisional };
    },
    explain(today) {
      return explainLedger(calendar, ledger, extension, pausesSnapshot, today);
    },
  };
  return ledger;
}

function consultationText(party: ConsultedParty, on: CalendarDate, deliveredOn: CalendarDate | undefined, answerBy: CalendarDate | null, label: string): string {
  const sent = `${describeDate(on)}书面${label}${deliveredOn ? `（${deliveredOn} 送达）` : ''}；`;
  const excluded = '征求意见所需时间不计算在答复期限内（第三十三条第三款）。';
  if (answerBy === null) return `${sent}被征求意见的机关不是共同制作机关，条例未规定其答复期限，也不适用“逾期视为同意”；暂停至收到其意见为止。${excluded}`;
  const who = party === 'thirdParty' ? '第三方' : '共同制作的其他机关';
  const silence = party === 'thirdParty' ? '逾期未提出意见的，由行政机关依照条例规定决定是否公开' : '逾期未提出意见的视为同意公开';
  return `${sent}${who}应自收到之日起${CONSULTATION_WORKDAYS}个工作日内提出意见，最迟 ${answerBy}，${silence}。${excluded}`;
}
