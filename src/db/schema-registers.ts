/**
 * Tables of the consultations and appeals registers (依申请公开 item 5). Dates `*_on` are
 * `YYYY-MM-DD`; instants `*_at` ISO UTC text; booleans 0/1.
 */
export interface RegistersTables {
  consultations: ConsultationsTable;
  appeals: AppealsTable;
}

/** 政府信息公开咨询: one enquiry, by channel. */
export interface ConsultationsTable {
  id: string;
  organisation_id: string;
  /** One of CONSULTATION_CHANNELS (CHECK). */
  channel: string;
  consulted_on: string;
  summary: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** 行政复议 or 行政诉讼 about a disclosure matter. */
export interface AppealsTable {
  id: string;
  organisation_id: string;
  /** One of APPEAL_KINDS (CHECK). */
  kind: string;
  /** 1 for 行政诉讼 brought after 行政复议 (复议后起诉). */
  after_review: number;
  filed_on: string;
  /** One of APPEAL_RESULTS, null while open (尚未审结). */
  result: string | null;
  closed_on: string | null;
  /**
   * The number of the application the case concerns, as text: resolved softly against the
   * applications register (no foreign key, so either can be imported first).
   */
  application_number: string | null;
  /** 案号, optional. */
  case_number: string | null;
  note: string | null;
  /** Identity of a row brought in by `gongkai appeals import`, so re-importing changes nothing. */
  import_key: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}
