/** Turns the folded clock state into the ledger's segments: article and plain-Chinese text per step. */
import type { Calendar, CalendarDate } from '../../calendar/index.ts';
import { describeDate, describeSpan } from '../../calendar/index.ts';
import type { Segment } from './constants.ts';
import { CONSULTATION_WORKDAYS, CORRECTION_NOTICE_WORKDAYS, FEE_PAYMENT_WORKDAYS, MAX_EXTENSION_WORKDAYS, REPLY_WORKDAYS, TIAOLI } from './constants.ts';
import type { ConsultedParty } from './events.ts';
import { CONSULTED_PARTY_LABELS, RECEIPT_RULES } from './events.ts';
import type { ClockState, Step } from './state.ts';

type Drawn = Omit<Segment, 'provisional'> & { provisional?: boolean };

export function renderSegments(calendar: Calendar, state: ClockState): Segment[] {
  return state.steps.map((step) => {
    const s = renderStep(calendar, state, step);
    return { ...s, provisional: (s.provisional ?? false) || (s.to !== null && calendar.isProvisional(s.to)) };
  });
}

function renderStep(calendar: Calendar, state: ClockState, step: Step): Drawn {
  switch (step.kind) {
    case 'receipt': {
      const rule = RECEIPT_RULES[step.channel];
      return {
        kind: 'receipt', article: `${TIAOLI}第三十一条`, from: step.on, to: step.on, workdays: null,
        text: `${describeDate(step.on)}收到申请，提交方式：${rule.label}。${rule.rule}。`,
      };
    }
    case 'replyPeriod':
      return replyPeriod(calendar, state, step.from, step.restarted);
    case 'correctionNotice': {
      const due = state.correctionNoticeDueOn;
      return {
        kind: 'correctionNotice', article: `${TIAOLI}第三十条`, from: state.receivedOn, to: step.on, workdays: null,
        text: `${describeDate(step.on)}一次性告知申请人需要补正的事项（应于收到申请后${CORRECTION_NOTICE_WORKDAYS}个工作日内，最迟 ${due} 发出${step.on > due ? '，本件逾期' : ''}）。`,
      };
    }
    case 'correctionWait': {
      const c = state.correction!;
      return {
        kind: 'correctionWait', article: `${TIAOLI}第三十条`, from: step.from, to: c.endedOn, workdays: null,
        text: `等待申请人补正，补正期限至 ${c.dueOn}；原答复期限不再适用，待收到补正后重新起算。`,
      };
    }
    case 'consultation': {
      const p = state.pauses[step.pause]!;
      const { label, article } = CONSULTED_PARTY_LABELS[step.party];
      return {
        kind: 'consultation', article: `${TIAOLI}${article}、第三十三条第三款`, from: p.from, to: p.to, workdays: p.workdays,
        text: consultationText(step.party, p.from, step.deliveredOn, p.limit, label),
      };
    }
    case 'feeWindow': {
      const p = state.pauses[step.pause]!;
      const fee = state.fee!;
      return {
        kind: 'feeWindow', article: `国办函〔2020〕109号；${TIAOLI}第四十二条`, from: p.from, to: p.to, workdays: p.workdays,
        text: `${describeDate(fee.sentOn)}发出收费通知，${describeDate(fee.on)}申请人收到${fee.amountYuan !== undefined ? `（${fee.amountYuan} 元）` : ''}，应于收到次日起${FEE_PAYMENT_WORKDAYS}个工作日内缴纳，最迟 ${describeDate(fee.dueOn)}；等待缴费期间暂停计算答复期限${fee.paidOn ? `；${fee.paidOn} 缴费` : ''}。`,
      };
    }
    case 'extension':
      return {
        kind: 'extension', article: `${TIAOLI}第三十三条第二款`, from: step.on, to: null, workdays: step.workdays,
        text: `${describeDate(step.on)}经政府信息公开工作机构负责人（${step.approvedBy}）同意，延长答复期限 ${step.workdays} 个工作日${step.total > step.workdays ? `（累计延长 ${step.total} 个工作日）` : ''}，并告知申请人；延长的期限最长不得超过${MAX_EXTENSION_WORKDAYS}个工作日。`,
      };
    case 'reasonableDeadline':
      return {
        kind: 'reasonableDeadline', article: `${TIAOLI}第三十五条`, from: step.on, to: step.dueOn, workdays: null,
        text: `${describeDate(step.on)}认定申请数量、频次明显超过合理范围但理由合理，无法在第三十三条规定的期限内答复，确定延迟答复的合理期限至 ${describeDate(step.dueOn)}，并告知申请人${step.reason ? `（理由：${step.reason}）` : ''}；此期限取代按工作日计算的答复期限。`,
      };
    case 'closure':
      return closureSegment(step.closure.on, step.closure.reason, step.closure.late, step.dueOn);
  }
}

/** The current reply period ends on its plain 20th working day; a 第三十五条 date leaves it open. */
function replyPeriod(calendar: Calendar, state: ClockState, from: CalendarDate, restarted: boolean): Drawn {
  const start = restarted
    ? `答复期限自收到补正后申请之日 ${describeDate(from)} 重新起算，${REPLY_WORKDAYS}个工作日（起算日不计入）。`
    : `答复期限自收到申请之日 ${describeDate(from)} 起算，${REPLY_WORKDAYS}个工作日（起算日不计入）。`;
  const segment = { kind: 'replyPeriod', article: `${TIAOLI}${restarted ? '第三十条、' : ''}第三十三条第二款`, from, workdays: REPLY_WORKDAYS } as const;
  if (state.custom) return { ...segment, to: null, text: start };
  const plain = calendar.addWorkdays(from, REPLY_WORKDAYS);
  return {
    ...segment, to: plain.date, provisional: plain.provisional,
    text: `${start}不计暂停与延长时，期满日为 ${describeDate(plain.date)}。${describeSpan(calendar, from, plain.date)}`,
  };
}

function closureSegment(on: CalendarDate, reason: NonNullable<ClockState['closure']>['reason'], late: boolean, due: CalendarDate | null): Drawn {
  const base = { kind: 'closure', from: on, to: on, workdays: null } as const;
  switch (reason) {
    case 'correctionLapsed':
      return { ...base, article: `${TIAOLI}第三十条`, text: `申请人无正当理由逾期不补正，视为放弃申请，${on} 起不再处理。` };
    case 'feeLapsed':
      return { ...base, article: '国办函〔2020〕109号', text: `申请人逾期未按收费通知要求缴纳费用，视为放弃申请，${on} 起不再处理。` };
    case 'replied':
      return { ...base, article: `${TIAOLI}第三十三条`, text: `${describeDate(on)}作出答复${due ? (late ? `，逾期（答复期限为 ${due}）` : `，在答复期限 ${due} 内`) : ''}。` };
    case 'withdrawn':
      return { ...base, article: '申请人撤回申请', text: `${describeDate(on)}申请人撤回申请，不再处理。` };
  }
}

function consultationText(party: ConsultedParty, on: CalendarDate, deliveredOn: CalendarDate | undefined, answerBy: CalendarDate | null, label: string): string {
  const sent = `${describeDate(on)}书面${label}${deliveredOn ? `（${deliveredOn} 送达）` : ''}；`;
  const excluded = '征求意见所需时间不计算在答复期限内（第三十三条第三款）。';
  if (answerBy === null) return `${sent}被征求意见的机关不是共同制作机关，条例未规定其答复期限，也不适用“逾期视为同意”；暂停至收到其意见为止。${excluded}`;
  const who = party === 'thirdParty' ? '第三方' : '共同制作的其他机关';
  const silence = party === 'thirdParty' ? '逾期未提出意见的，由行政机关依照条例规定决定是否公开' : '逾期未提出意见的视为同意公开';
  return `${sent}${who}应自收到之日起${CONSULTATION_WORKDAYS}个工作日内提出意见，最迟 ${answerBy}，${silence}。${excluded}`;
}
