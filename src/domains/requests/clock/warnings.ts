/**
 * Irregularities that do not make an event sequence invalid: stable codes like the errors', with
 * the facts as data; the Chinese sentence is built from them (render.ts), so tests assert codes.
 */
import type { CalendarDate } from '../../calendar/index.ts';

export const CLOCK_WARNING_CODES = [
  'clock.confirmation_late',
  'clock.correction_notice_late',
  'clock.correction_received_late',
  'clock.consultation_answer_late',
  'clock.extension_after_due',
  'clock.fee_notice_after_due',
  'clock.fee_paid_late',
  'clock.reply_late',
] as const;
export type ClockWarningCode = (typeof CLOCK_WARNING_CODES)[number];

/** A warning's facts: `on` is the day of the late act, `dueOn` the day it was due by. */
export interface ClockWarningFacts {
  code: ClockWarningCode;
  on: CalendarDate;
  dueOn: CalendarDate;
}

export interface ClockWarning extends ClockWarningFacts {
  /** The sentence for people, built from the code and facts. */
  text: string;
}

const TEXT: Record<ClockWarningCode, (w: ClockWarningFacts) => string> = {
  'clock.confirmation_late': (w) => `平常信函应于收到当日与申请人确认（第三十一条第（二）项），本件到达 ${w.dueOn}，确认于 ${w.on}。`,
  'clock.correction_notice_late': (w) => `补正告知于 ${w.on} 发出，晚于第三十条规定的期限 ${w.dueOn}（收到申请后7个工作日）。`,
  'clock.correction_received_late': (w) => `补正于 ${w.on} 收到，晚于所定补正期限 ${w.dueOn}。`,
  'clock.consultation_answer_late': (w) => `被征求意见方于 ${w.on} 答复，晚于其答复期限 ${w.dueOn}；${w.dueOn} 之后的时间计入答复期限。`,
  'clock.extension_after_due': (w) => `延长决定于 ${w.on} 作出，晚于原答复期限 ${w.dueOn}；延长应在原期限届满前作出并告知申请人。`,
  'clock.fee_notice_after_due': (w) => `收费通知于 ${w.on} 发出，晚于答复期限 ${w.dueOn}；收费通知应在答复期限内发出。`,
  'clock.fee_paid_late': (w) => `申请人于 ${w.on} 缴费，晚于缴费期限 ${w.dueOn}。`,
  'clock.reply_late': (w) => `答复于 ${w.on} 作出，晚于答复期限 ${w.dueOn}。`,
};

export function renderWarning(w: ClockWarningFacts): ClockWarning {
  return { ...w, text: TEXT[w.code](w) };
}
