/**
 * Tables of 依申请公开 (applications for disclosure): one row per application (case), the requests
 * it holds (一事一申请), the consultations it needed and the letters it produced. Same conventions
 * as schema.ts: text ids, `*_on` calendar dates, `*_at` ISO instants, 0/1 booleans, JSON as text.
 */
export interface RequestsTables {
  application_cases: ApplicationCasesTable;
  application_items: ApplicationItemsTable;
  application_consultations: ApplicationConsultationsTable;
  application_letters: ApplicationLettersTable;
  application_files: ApplicationFilesTable;
  application_reminder_addresses: ApplicationReminderAddressesTable;
}

export interface ApplicationCasesTable {
  id: string;
  organisation_id: string;
  /** 申请编号 / receipt number; null while an online application awaits confirmation. Unique per organisation. */
  number: string | null;
  /** online | staff | import */
  source: string;
  /** One of CASE_STATUSES (derived on every write, stored for lists). */
  status: string;
  /** One of APPLICANT_TYPES (table 三 column). */
  applicant_type: string;
  applicant_name: string;
  /** 身份证明 document number (第二十九条); empty for imported ledger rows. */
  applicant_id_number: string;
  /** Uploaded copy of the identity document (file id in the upload store), optional. */
  applicant_id_file_id: string | null;
  applicant_contact: string;
  description: string;
  /** 形式要求: paper | electronic | other */
  delivery_form: string;
  /** 获取方式: post | email | pickup | online */
  delivery_way: string;
  /** One of RECEIPT_CHANNELS. */
  channel: string;
  /** The day it arrived (or was submitted online). */
  arrived_on: string;
  /** 收到申请之日 (第三十一条); null until confirmed. */
  received_on: string | null;
  /** scrypt hash of the private query code; null for imported rows. */
  query_code_hash: string | null;
  handler_user_id: string | null;
  /** The statutory clock's events (JSON array of ClockEvent). */
  clock_events: string;
  /** Extension asked by the handler, awaiting the leader (JSON) or null. */
  pending_extension: string | null;
  /** Extension working days granted in total. */
  extension_workdays: number;
  /** The case's outcome for table 三 (one per case), set by the decision. */
  outcome: string | null;
  decided_on: string | null;
  closed_on: string | null;
  /** Final reply date on the clock (cache for lists and oversight), null while it does not run. */
  due_on: string | null;
  /** Information processing fee (信息处理费) in fen; 0 when free. */
  fee_amount_fen: number;
  fee_paid_on: string | null;
  /** Draft confirmation token hash (online intake before mutual confirmation). */
  draft_token_hash: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ApplicationItemsTable {
  id: string;
  case_id: string;
  position: number;
  description: string;
  outcome: string | null;
  decided_on: string | null;
  reason: string | null;
}

export interface ApplicationConsultationsTable {
  id: string;
  case_id: string;
  /** thirdParty | otherAgency | competentAuthority */
  party: string;
  party_name: string;
  question: string;
  sent_on: string;
  delivered_on: string | null;
  replied_on: string | null;
  /** agree | object | noAnswer */
  opinion: string | null;
  reply_summary: string | null;
}

export interface ApplicationLettersTable {
  id: string;
  case_id: string;
  /** reply | correction | extension | consultation | fee */
  kind: string;
  /** draft | approved | sent */
  status: string;
  /** JSON: the letter's content blocks (see cases/letters.ts). */
  content: string;
  drafted_by: string | null;
  drafted_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  sent_on: string | null;
  /** post | email | pickup | online */
  delivery_way: string | null;
  delivered_on: string | null;
  version: number;
}

/** An identity document (身份证明, 第二十九条) uploaded with an application; bytes as base64. */
export interface ApplicationFilesTable {
  id: string;
  case_id: string;
  /** Sniffed from the bytes (image/jpeg, image/png, application/pdf), never taken from the client. */
  media_type: string;
  size: number;
  sha256: string;
  content_base64: string;
  created_at: string;
}

/** Where a staff member wants deadline reminders by e-mail; last_sent_on keeps it to one a day. */
export interface ApplicationReminderAddressesTable {
  user_id: string;
  email: string;
  last_sent_on: string | null;
  updated_at: string;
}
