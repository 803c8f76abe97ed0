/** The clock's numbers and closed vocabularies, each with its article of the 条例. */
import type { CalendarDate } from '../../calendar/index.ts';

export const TIAOLI = '《政府信息公开条例》';
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
