/**
 * Tables of the publishing domain (主动公开): the catalog (栏目), information items with their
 * metadata, the review trail, privacy waivers, attachments, 索引号 counters and the yearly
 * statistics form. Same conventions as schema.ts (text ids, ISO instants, 0/1, JSON as text).
 */
export interface PublishingTables {
  catalog_columns: CatalogColumnsTable;
  publishing_settings: PublishingSettingsTable;
  index_counters: IndexCountersTable;
  information_items: InformationItemsTable;
  item_reviews: ItemReviewsTable;
  item_privacy_waivers: ItemPrivacyWaiversTable;
  item_attachments: ItemAttachmentsTable;
  publishing_statistics: PublishingStatisticsTable;
  publishing_generations: PublishingGenerationsTable;
}

/** 栏目: one node of an organisation's catalog tree, with the standard catalog row fields. */
export interface CatalogColumnsTable {
  id: string;
  organisation_id: string;
  parent_id: string | null;
  /** Unique within the organisation; used in portal URLs. */
  code: string;
  name: string;
  position: number;
  /** 1 for the column that receives imported items without a column. */
  is_default: number;
  /** Default document kind of its items: regulation | normative | other. */
  document_kind: string;
  /** 公开事项 */
  matter: string;
  /** 公开依据 */
  basis: string;
  /** 公开时限 */
  time_limit: string;
  /** 公开主体 */
  responsible: string;
  /** 公开渠道和载体 */
  channels: string;
  /** 公开对象 (全社会 / 特定群众) */
  audience: string;
  /** 公开方式 (主动 / 依申请公开) */
  disclosure_method: string;
  /** 公开层级 (县级 / 乡级) */
  level: string;
  /** Update period in days used by monitoring (null: on change only). */
  update_period_days: number | null;
  created_at: string;
  version: number;
}

export interface PublishingSettingsTable {
  organisation_id: string;
  /** e.g. `{orgCode}/{year}-{seq:5}` */
  index_pattern: string;
  /** The code written into 索引号 (组织机构代码 or 统一社会信用代码); the organisation code when empty. */
  index_code: string;
  /** JSON array of the review steps in order, a subset of review | secrecy | signoff. */
  workflow_steps: string;
  version: number;
}

/** Bumped with every change to what the portal shows of an organisation (see portal-generation.ts). */
export interface PublishingGenerationsTable {
  organisation_id: string;
  generation: number;
}

export interface IndexCountersTable {
  organisation_id: string;
  /** The year of the pattern's `{year}`, or 0 for patterns without a year. */
  year: number;
  /** The last sequence number handed out. */
  last_value: number;
}

/** 政府信息 — one item of proactive disclosure. */
export interface InformationItemsTable {
  id: string;
  organisation_id: string;
  column_id: string;
  title: string;
  /** Sanitised HTML. */
  body_html: string;
  /** 索引号: set at publication, never changed or reused. */
  index_number: string | null;
  /** 发布机构 */
  issuer: string;
  /** 主题分类 */
  topic: string;
  /** 文号 */
  doc_number: string;
  /** 成文日期 */
  made_on: string | null;
  /** Date the information was formed or changed (条例第二十六条 clock start). */
  formed_on: string;
  /** 发布日期 */
  published_on: string | null;
  /** Scheduled publication date (定时发布). */
  scheduled_on: string | null;
  /** regulation | normative | other */
  document_kind: string;
  /** 有效性: valid | repealed | expired (empty for documents without one). */
  validity: string;
  effective_on: string | null;
  repealed_on: string | null;
  expired_on: string | null;
  keywords: string;
  /** draft | review | secrecy | signoff | scheduled | published | withdrawn */
  status: string;
  author_user_id: string | null;
  rejection_reason: string;
  withdrawn_reason: string;
  withdrawn_on: string | null;
  /** 1 when brought in by `items import`. */
  imported: number;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One recorded workflow step: who, when, what, why (三审三校 trail). */
export interface ItemReviewsTable {
  id: string;
  item_id: string;
  /** Order within the item's trail (instants may tie under a pinned clock or fast clicks). */
  seq: number;
  step: string;
  decision: string;
  user_id: string | null;
  user_name: string;
  opinion: string;
  occurred_at: string;
}

export interface ItemPrivacyWaiversTable {
  id: string;
  item_id: string;
  /** kind + ':' + the finding's text */
  finding_key: string;
  reason: string;
  user_id: string | null;
  user_name: string;
  occurred_at: string;
}

export interface ItemAttachmentsTable {
  id: string;
  item_id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  position: number;
  /** JSON array of the privacy findings in the file's text, computed once at upload. */
  findings: string;
  created_at: string;
}

/** The yearly statistics form: what items cannot give for table 二 (JSON of cells). */
export interface PublishingStatisticsTable {
  organisation_id: string;
  year: number;
  data: string;
  updated_at: string;
  version: number;
}
