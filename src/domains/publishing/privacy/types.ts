/**
 * Personal data a published item must not leak (《个人信息保护法》第二十八条 sensitive personal
 * information; 《政府信息公开条例》第十五条: personal privacy is not disclosed).
 */
export const PRIVACY_KINDS = ['id-card', 'mobile', 'phone', 'bank-card', 'email'] as const;
/** Kind of finding: 身份证号, 手机号码, 固定电话, 银行卡号, 电子邮箱. */
export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

/** Chinese label of each kind (UI and CLI). */
export const PRIVACY_KIND_LABELS: Record<PrivacyKind, string> = {
  'id-card': '身份证号',
  mobile: '手机号码',
  phone: '固定电话',
  'bank-card': '银行卡号',
  email: '电子邮箱',
};

/** One piece of personal data found in a text. */
export interface PrivacyFinding {
  kind: PrivacyKind;
  /** The text as written (separators included). */
  text: string;
  /** The replacement that hides it (`138****1234`). */
  masked: string;
  /** Offsets in the scanned text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** 1-based line of `start` in the scanned text. */
  line: number;
}
