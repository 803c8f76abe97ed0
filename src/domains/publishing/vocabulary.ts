import type { Role } from '../accounts/roles.ts';

/**
 * The closed vocabularies of proactive disclosure (主动公开), each a const array with its Chinese
 * labels; the SQL CHECK lists in the dated migration are frozen copies (a test keeps them equal).
 */

/** The review steps an organisation may configure (三审三校: 审核 → 保密审查 → 签发). */
export const WORKFLOW_STEPS = ['review', 'secrecy', 'signoff'] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

export const WORKFLOW_STEP_LABELS: Record<WorkflowStep, string> = {
  review: '审核',
  secrecy: '保密审查',
  signoff: '签发',
};

/** Who may decide at each step (条例第十七条 保密审查; 谁审查谁负责). */
export const STEP_ROLES: Record<WorkflowStep, Role> = {
  review: 'reviewer',
  secrecy: 'secrecyReviewer',
  signoff: 'leader',
};

export const DEFAULT_WORKFLOW: readonly WorkflowStep[] = ['review', 'secrecy', 'signoff'];

/** 草稿 → (the configured steps) → 已发布; 定时发布 waits for its date; 已撤回 keeps its 索引号. */
export const ITEM_STATUSES = ['draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withdrawn'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  draft: '草稿',
  review: '待审核',
  secrecy: '待保密审查',
  signoff: '待签发',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
};

/** 有效性 of a normative document; '' for items that have none. */
export const VALIDITIES = ['', 'valid', 'repealed', 'expired'] as const;
export type Validity = (typeof VALIDITIES)[number];

export const VALIDITY_LABELS: Record<Validity, string> = { '': '', valid: '有效', repealed: '废止', expired: '失效' };

/** What table 二 第二十条第（一）项 counts: 规章, 行政规范性文件, or neither. */
export const DOCUMENT_KINDS = ['regulation', 'normative', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = { regulation: '规章', normative: '行政规范性文件', other: '其他' };

/** Recorded decisions in the review trail. */
export const REVIEW_DECISIONS = [
  'created',
  'edited',
  'submitted',
  'approved',
  'rejected',
  'masked',
  'waived',
  'scheduled',
  'published',
  'imported',
  'withdrawn',
  'repealed',
  'expired',
] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = {
  created: '起草',
  edited: '修改',
  submitted: '提交审核',
  approved: '通过',
  rejected: '退回',
  masked: '一键脱敏',
  waived: '确认无需脱敏',
  scheduled: '定时发布',
  published: '发布',
  imported: '导入发布',
  withdrawn: '撤回',
  repealed: '废止',
  expired: '失效',
};

export const DEFAULT_INDEX_PATTERN = '{orgCode}/{year}-{seq:5}';

/** 条例第二十六条: within 20 working days of the information being formed or changed. */
export const PUBLICATION_WORKDAYS = 20;
/** "Due soon" in the console: this many working days or fewer left. */
export const DUE_SOON_WORKDAYS = 5;
