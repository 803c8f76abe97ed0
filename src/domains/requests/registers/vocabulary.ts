/**
 * The closed vocabularies of the consultations and appeals registers, each with its Chinese label.
 * The same arrays feed the SQL CHECK constraints (frozen copies in the dated migration), the forms
 * and the import parser.
 */
import type { AppealColumn, AppealGroup } from '../../reports/index.ts';

/** 咨询渠道: how a consultation (政府信息公开咨询) reached the agency. */
export const CONSULTATION_CHANNELS = ['onSite', 'online', 'phone', 'other'] as const;
export type ConsultationChannel = (typeof CONSULTATION_CHANNELS)[number];
export const CONSULTATION_CHANNEL_LABELS: Record<ConsultationChannel, string> = {
  onSite: '现场',
  online: '网上',
  phone: '电话',
  other: '其他',
};

/** 行政复议 (reconsideration) or 行政诉讼 (litigation) about a disclosure matter. */
export const APPEAL_KINDS = ['review', 'litigation'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];
export const APPEAL_KIND_LABELS: Record<AppealKind, string> = { review: '行政复议', litigation: '行政诉讼' };

/**
 * How a case ended, in the words of 行政复议法 / 行政诉讼法, or only as the report's column when the
 * ledger says no more (`upheld`, `corrected`, `other`). An open case has no result (尚未审结).
 */
export const APPEAL_RESULTS = [
  'upheld', 'revoked', 'varied', 'confirmedUnlawful', 'orderedToPerform', 'corrected',
  'dismissed', 'withdrawn', 'terminated', 'mediated', 'other',
] as const;
export type AppealResult = (typeof APPEAL_RESULTS)[number];
export const APPEAL_RESULT_LABELS: Record<AppealResult, string> = {
  upheld: '维持',
  revoked: '撤销',
  varied: '变更',
  confirmedUnlawful: '确认违法',
  orderedToPerform: '责令履行',
  corrected: '纠正',
  dismissed: '驳回',
  withdrawn: '撤回',
  terminated: '终止',
  mediated: '调解',
  other: '其他',
};

/** The column of table 四 a closed case's result counts in (issue 8, item 5). */
export type ClosedAppealColumn = Exclude<AppealColumn, 'pending' | 'total'>;

/**
 * Result → table 四 column: 维持 → 结果维持; 撤销, 变更, 确认违法, 责令履行 → 结果纠正; 驳回, 撤回, 终止,
 * 调解 and the like → 其他结果. No national source defines this mapping (domain reference §2.6 [U]);
 * this is the reading the issue fixes. Note that 驳回 goes to 其他结果 here, where some agencies
 * count it as 维持.
 */
export const APPEAL_RESULT_COLUMN: Record<AppealResult, ClosedAppealColumn> = {
  upheld: 'upheld',
  revoked: 'corrected',
  varied: 'corrected',
  confirmedUnlawful: 'corrected',
  orderedToPerform: 'corrected',
  corrected: 'corrected',
  dismissed: 'other',
  withdrawn: 'other',
  terminated: 'other',
  mediated: 'other',
  other: 'other',
};

/** The group of table 四 a case belongs to: 行政复议, or 行政诉讼 direct / after reconsideration. */
export function appealGroupOf(kind: AppealKind, afterReview: boolean): AppealGroup {
  if (kind === 'review') return 'review';
  return afterReview ? 'litigationAfterReview' : 'litigationDirect';
}

export function isConsultationChannel(value: unknown): value is ConsultationChannel {
  return typeof value === 'string' && (CONSULTATION_CHANNELS as readonly string[]).includes(value);
}
export function isAppealKind(value: unknown): value is AppealKind {
  return typeof value === 'string' && (APPEAL_KINDS as readonly string[]).includes(value);
}
export function isAppealResult(value: unknown): value is AppealResult {
  return typeof value === 'string' && (APPEAL_RESULTS as readonly string[]).includes(value);
}
