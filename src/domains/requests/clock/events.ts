/**
 * What happens to an application, as far as its statutory clock is concerned. Dates are calendar
 * dates (Asia/Shanghai). The ledger (ledger.ts) turns a list of these into segments and a due date.
 */
import type { CalendarDate } from '../../calendar/index.ts';
import type { Outcome } from '../outcomes/outcomes.ts';

/** 第三十一条: how the application reached the agency, which fixes 收到申请之日. */
export const RECEIPT_CHANNELS = ['inPerson', 'signedMail', 'ordinaryMail', 'online', 'fax', 'email'] as const;
export type ReceiptChannel = (typeof RECEIPT_CHANNELS)[number];

export interface ReceiptRule {
  label: string;
  /** Whether 收到申请之日 is a confirmation date rather than the day it arrived. */
  needsConfirmation: boolean;
  /** The rule, as the 条例 words it (paraphrased), with its article. */
  rule: string;
}

export const RECEIPT_RULES: Record<ReceiptChannel, ReceiptRule> = {
  inPerson: { label: '当面提交', needsConfirmation: false, rule: '当面提交申请的，以提交之日为收到申请之日（《政府信息公开条例》第三十一条第（一）项）' },
  signedMail: { label: '以邮寄等方式提交（需签收）', needsConfirmation: false, rule: '以邮寄方式提交申请的，以行政机关签收之日为收到申请之日（第三十一条第（二）项）' },
  ordinaryMail: { label: '平常信函等无需签收的方式', needsConfirmation: true, rule: '以平常信函等无需签收的邮寄方式提交的，政府信息公开工作机构应当于收到申请的当日与申请人确认，确认之日为收到申请之日（第三十一条第（二）项）' },
  online: { label: '互联网渠道', needsConfirmation: true, rule: '通过互联网渠道提交申请的，以双方确认之日为收到申请之日（第三十一条第（三）项）' },
  fax: { label: '政府信息公开工作机构的传真', needsConfirmation: true, rule: '通过政府信息公开工作机构的传真提交申请的，以双方确认之日为收到申请之日（第三十一条第（三）项）' },
  email: { label: '电子邮件', needsConfirmation: true, rule: '电子邮件属于数据电文，按互联网渠道处理，以双方确认之日为收到申请之日（第三十一条第（三）项，推定适用）' },
};

export const CONSULTED_PARTIES = ['thirdParty', 'otherAgency', 'competentAuthority'] as const;
/**
 * 第三十二条 third party (第三方) · 第三十四条 other agency that made the information jointly
 * (共同制作的其他机关) · any other agency consulted that is not a co-maker, e.g. the competent
 * department or the secrecy administration under 第十七条 (有关主管部门或者保密行政管理部门).
 * All three pause the clock (第三十三条第三款); only the first two have a 15-WD answer period, and
 * only co-makers' silence counts as consent (第三十四条).
 */
export type ConsultedParty = (typeof CONSULTED_PARTIES)[number];

export const CONSULTED_PARTY_LABELS: Record<ConsultedParty, { label: string; article: string }> = {
  thirdParty: { label: '征求第三方意见', article: '第三十二条' },
  otherAgency: { label: '征求共同制作机关意见', article: '第三十四条' },
  competentAuthority: { label: '征求有关主管部门或者保密行政管理部门意见', article: '第十七条' },
};

/** Whether the consulted party must answer within 15 WD of receiving the request (第三十二条, 第三十四条). */
export function hasAnswerPeriod(party: ConsultedParty): boolean {
  return party !== 'competentAuthority';
}

export type ClockEvent =
  /** 收到申请. `on` = the day it was submitted, signed for or arrived; `confirmedOn` where 第三十一条 needs it. */
  | { type: 'received'; on: CalendarDate; channel: ReceiptChannel; confirmedOn?: CalendarDate }
  /**
   * 补正告知 sent (第三十条), with the reasonable period (合理的补正期限) it gives the applicant:
   * a notice without one is an error (`clock.correction_period_required`).
   */
  | { type: 'correctionRequested'; on: CalendarDate; correctionDueOn: CalendarDate }
  /** The corrected application arrived: the reply clock restarts from this day (第三十条). */
  | { type: 'correctionReceived'; on: CalendarDate }
  /** The correction period passed without good reason: 视为放弃申请 (第三十条). */
  | { type: 'correctionLapsed'; on: CalendarDate }
  /** Written consultation sent (第三十二条 / 第三十四条 / 第十七条); `deliveredOn` = when the party received it. */
  | { type: 'consultationStarted'; on: CalendarDate; party: ConsultedParty; deliveredOn?: CalendarDate }
  /** The consulted party's answer arrived. */
  | { type: 'consultationEnded'; on: CalendarDate }
  /** 延长答复期限 (第三十三条第二款): approved by the head of the disclosure office; all extensions together at most 20 WD. */
  | { type: 'extended'; on: CalendarDate; workdays: number; approvedBy: string }
  /** 合理的延迟答复期限 set under 第三十五条. */
  | { type: 'reasonableDeadlineSet'; on: CalendarDate; dueOn: CalendarDate; reason?: string }
  /**
   * The applicant received the 收费通知 (国办函〔2020〕109号) on `on`; the agency sent (发出) it on
   * `sentOn`, which is what must fall within the reply period.
   */
  | { type: 'feeNoticeReceived'; on: CalendarDate; sentOn: CalendarDate; amountYuan?: number }
  | { type: 'feePaid'; on: CalendarDate }
  /** The payment window passed unpaid: 视为放弃申请. */
  | { type: 'feeLapsed'; on: CalendarDate }
  /** 答复 given, with the decision (see ../outcomes). */
  | { type: 'replied'; on: CalendarDate; outcome?: Outcome }
  /** 申请人撤回申请. */
  | { type: 'withdrawn'; on: CalendarDate };

export type ClockEventType = ClockEvent['type'];

export const CLOCK_EVENT_LABELS: Record<ClockEventType, string> = {
  received: '收到申请',
  correctionRequested: '发出补正告知',
  correctionReceived: '收到补正后的申请',
  correctionLapsed: '逾期未补正',
  consultationStarted: '发出征求意见',
  consultationEnded: '收到被征求意见方答复',
  extended: '延长答复期限',
  reasonableDeadlineSet: '确定合理的延迟答复期限',
  feeNoticeReceived: '申请人收到收费通知',
  feePaid: '申请人缴费',
  feeLapsed: '逾期未缴费',
  replied: '作出答复',
  withdrawn: '申请人撤回申请',
};
