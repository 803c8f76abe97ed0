/**
 * Errors for event sequences the law does not allow. Stable codes; Chinese messages for people.
 */
import { DomainError } from '../../shared/errors.ts';

export const CLOCK_ERROR_CODES = {
  'clock.no_events': '没有任何事件：申请时钟须从“收到申请”开始。',
  'clock.first_event_not_receipt': '第一条事件必须是“收到申请”。',
  'clock.duplicate_receipt': '“收到申请”只能记录一次。',
  'clock.confirmation_required': '该提交方式须记录确认日期（第三十一条）。',
  'clock.confirmation_before_arrival': '确认日期不能早于申请到达的日期。',
  'clock.out_of_order': '事件日期早于前一事件，事件须按时间顺序记录。',
  'clock.closed': '申请已办结，不能再记录事件。',
  'clock.second_correction': '补正须一次性告知（第三十条），不能第二次要求补正。',
  'clock.correction_after_processing': '已征求意见、缴费等待中、已延长期限或已确定合理期限，不能再要求补正（补正应在收到申请后7个工作日内一次性告知，第三十条）。',
  'clock.not_awaiting_correction': '未发出补正告知，不能记录补正结果。',
  'clock.awaiting_correction': '正在等待申请人补正，答复期限尚未起算，不能记录此事件。',
  'clock.correction_period_required': '补正告知须载明合理的补正期限（第三十条），期限须晚于告知之日。',
  'clock.correction_period_open': '补正期限尚未届满，不能认定逾期未补正。',
  'clock.already_paused': '已有一项征求意见或缴费等待在进行中，须先记录其结束。',
  'clock.not_consulting': '没有进行中的征求意见，不能记录答复。',
  'clock.extension_over_limit': '延长的期限累计最长不得超过20个工作日（第三十三条第二款）。',
  'clock.invalid_extension': '延长期限须为 1 至 20 个工作日的整数（第三十三条第二款）。',
  'clock.extension_without_approver': '延长答复期限须经政府信息公开工作机构负责人同意，须记录同意人（第三十三条第二款）。',
  'clock.custom_deadline_fixed': '已依第三十五条确定合理的答复期限，不能再延长或重新确定。',
  'clock.custom_deadline_not_after': '第三十五条的合理延迟答复期限须晚于确定之日，并晚于按第三十三条计算的答复期限。',
  'clock.second_fee_notice': '同一申请只能发出一次收费通知。',
  'clock.fee_notice_sent_required': '须记录收费通知的发出日期（收费通知应在答复期限内发出）。',
  'clock.fee_notice_sent_after_receipt': '收费通知的发出日期不能晚于申请人收到的日期。',
  'clock.no_fee_notice': '未发出收费通知，不能记录缴费结果。',
  'clock.fee_window_open': '缴费期限（收到收费通知次日起20个工作日）尚未届满，不能认定逾期未缴费。',
} as const;

export type ClockErrorCode = keyof typeof CLOCK_ERROR_CODES;

export class ClockError extends DomainError {
  constructor(code: ClockErrorCode, detail?: string) {
    super(code, 'invalid', detail ? `${CLOCK_ERROR_CODES[code]}（${detail}）` : CLOCK_ERROR_CODES[code], code);
    this.name = 'ClockError';
  }
}
