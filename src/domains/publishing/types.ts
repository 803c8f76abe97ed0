import type { DocumentKind, ItemStatus, Validity, WorkflowStep } from './vocabulary.ts';

/** 栏目: a node of an organisation's catalog, with the standard catalog row fields (§6.3). */
export interface CatalogColumn {
  id: string;
  organisationId: string;
  parentId: string | null;
  code: string;
  name: string;
  position: number;
  isDefault: boolean;
  documentKind: DocumentKind;
  /** 公开事项 */
  matter: string;
  /** 公开依据 */
  basis: string;
  /** 公开时限 */
  timeLimit: string;
  /** 公开主体 */
  responsible: string;
  /** 公开渠道和载体 */
  channels: string;
  /** 公开对象 */
  audience: string;
  /** 公开方式 */
  disclosureMethod: string;
  /** 公开层级 */
  level: string;
  updatePeriodDays: number | null;
  version: number;
}

export interface CatalogNode {
  column: CatalogColumn;
  children: CatalogNode[];
}

export interface PublishingSettings {
  organisationId: string;
  indexPattern: string;
  indexCode: string;
  workflowSteps: WorkflowStep[];
  version: number;
}

/** 政府信息: one item of proactive disclosure and its metadata (domain reference §8.3). */
export interface InformationItem {
  id: string;
  organisationId: string;
  columnId: string;
  title: string;
  bodyHtml: string;
  /** 索引号 */
  indexNumber: string | null;
  /** 发布机构 */
  issuer: string;
  /** 主题分类 */
  topic: string;
  /** 文号 */
  docNumber: string;
  /** 成文日期 */
  madeOn: string | null;
  /** 信息形成或者变更日期 (条例第二十六条) */
  formedOn: string;
  /** 发布日期 */
  publishedOn: string | null;
  scheduledOn: string | null;
  documentKind: DocumentKind;
  /** 有效性 */
  validity: Validity;
  effectiveOn: string | null;
  repealedOn: string | null;
  expiredOn: string | null;
  keywords: string;
  status: ItemStatus;
  authorUserId: string | null;
  rejectionReason: string;
  withdrawnReason: string;
  withdrawnOn: string | null;
  imported: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ReviewRecord {
  id: string;
  step: string;
  decision: string;
  userName: string;
  opinion: string;
  occurredAt: string;
}

export interface Attachment {
  id: string;
  itemId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  position: number;
}

export interface PrivacyWaiver {
  findingKey: string;
  reason: string;
  userName: string;
  occurredAt: string;
}
