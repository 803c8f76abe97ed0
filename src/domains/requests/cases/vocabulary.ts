/**
 * The closed vocabularies of an application case (依申请公开), each a const array with Chinese
 * labels; the same arrays feed the migration's CHECK lists (frozen there) and the UI.
 */
import type { ApplicantColumn } from '../../reports/index.ts';
import type { ReceiptChannel } from '../clock/index.ts';

/**
 * 申请人类型 as table 三 counts them: 自然人, and 法人或其他组织 by kind. The keys are the table's
 * column keys (gongkai.annual-report/1), so counting needs no mapping.
 */
export const APPLICANT_TYPES = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg'] as const satisfies readonly ApplicantColumn[];
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legal: '法律服务机构',
  otherOrg: '其他',
};
/** The label with its group, as a form shows it: 法人或其他组织（商业企业）. */
export function applicantTypeLongLabel(type: ApplicantType): string {
  return type === 'natural' ? '自然人' : `法人或其他组织（${APPLICANT_TYPE_LABELS[type]}）`;
}

/**
 * Where the case is in its handling (derived from its record on every write; stored for lists).
 * Overdue is not a status: it is derived from the due date and today.
 */
export const CASE_STATUSES = [
  'awaitingConfirmation', 'received', 'inProgress', 'awaitingCorrection', 'consulting', 'awaitingPayment', 'decided', 'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  awaitingConfirmation: '待确认（网上提交，尚未双方确认）',
  received: '已收到，待分办',
  inProgress: '办理中',
  awaitingCorrection: '等待申请人补正',
  consulting: '征求意见中',
  awaitingPayment: '等待缴费',
  decided: '已作出决定，待发出答复',
  closed: '已办结',
};
export const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'inProgress', 'awaitingCorrection', 'consulting', 'awaitingPayment', 'decided'];

export const CASE_SOURCES = ['online', 'staff', 'import'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** 第二十九条第（三）项: 形式要求. */
export const DELIVERY_FORMS = ['paper', 'electronic', 'other'] as const;
export type DeliveryForm = (typeof DELIVERY_FORMS)[number];
export const DELIVERY_FORM_LABELS: Record<DeliveryForm, string> = { paper: '纸质', electronic: '电子文档', other: '其他' };

/** 第二十九条第（三）项: 获取信息的方式、途径. */
export const DELIVERY_WAYS = ['post', 'email', 'pickup', 'online'] as const;
export type DeliveryWay = (typeof DELIVERY_WAYS)[number];
export const DELIVERY_WAY_LABELS: Record<DeliveryWay, string> = { post: '邮寄', email: '电子邮件', pickup: '当面领取', online: '网上获取' };

/** Channels staff register (an online application registers itself). */
export const STAFF_CHANNELS = ['inPerson', 'signedMail', 'ordinaryMail', 'fax', 'email'] as const satisfies readonly ReceiptChannel[];
export type StaffChannel = (typeof STAFF_CHANNELS)[number];

/** 收到方式 as ledgers (台账) write it → channel. 邮寄 is taken as signed mail (its date is the statutory one anyway). */
export const LEDGER_CHANNEL_LABELS: Record<string, ReceiptChannel> = {
  当面: 'inPerson', 当面提交: 'inPerson', 邮寄: 'signedMail', 信函: 'signedMail', 网络: 'online', 网上: 'online', 互联网: 'online',
  传真: 'fax', 电子邮件: 'email', 邮件: 'email',
};
export const CHANNEL_SHORT_LABELS: Record<ReceiptChannel, string> = {
  inPerson: '当面', signedMail: '邮寄', ordinaryMail: '邮寄', online: '网络', fax: '传真', email: '电子邮件',
};

/** Who is consulted: 第三十二条 third party, 第三十四条 co-maker agency, or the competent authority (e.g. 保密行政管理部门, 第十七条). */
export const CONSULTATION_PARTIES = ['thirdParty', 'otherAgency', 'competentAuthority'] as const;
export type ConsultationParty = (typeof CONSULTATION_PARTIES)[number];
export const CONSULTATION_PARTY_LABELS: Record<ConsultationParty, string> = {
  thirdParty: '第三方（第三十二条）',
  otherAgency: '共同制作机关（第三十四条）',
  competentAuthority: '有关主管部门（第十七条等）',
};
export const CONSULTATION_OPINIONS = ['agree', 'object', 'noAnswer'] as const;
export type ConsultationOpinion = (typeof CONSULTATION_OPINIONS)[number];
export const CONSULTATION_OPINION_LABELS: Record<ConsultationOpinion, string> = { agree: '同意公开', object: '不同意公开', noAnswer: '逾期未答复' };

export const LETTER_KINDS = ['reply', 'correction', 'extension', 'consultation', 'fee'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  reply: '政府信息公开申请答复书', correction: '补正申请告知书', extension: '延长答复期限告知书', consultation: '征求意见函', fee: '收费通知',
};
export const LETTER_STATUSES = ['draft', 'approved', 'sent'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];
export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = { draft: '草稿，待审核', approved: '已审核，待发出', sent: '已发出' };

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
