import type { Kysely } from 'kysely';

/**
 * Oversight and counting of 依申请公开 without reading the cases' rows (the due date `due_on` is
 * already kept by every command, in the same transaction as the ledger):
 * - open cases grouped per organisation, status and handler with their due dates (the oversight
 *   page's counts), one index scan without sorting;
 * - the overdue / due-soon lists: the due-date range per organisation and status, carrying the
 *   list order (received_on, number) and the id, so a page of 20 is chosen inside the index. It
 *   starts with the columns of application_cases_status_idx, which it replaces;
 * - tables 三: per organisation by receipt date, carrying closure date, applicant type and
 *   outcome, so a year's classes are counted inside the index. It starts with the columns of
 *   application_cases_received_idx, which it replaces.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('application_cases_open_groups_idx').on('application_cases').columns(['organisation_id', 'status', 'handler_user_id', 'due_on']).execute();
  await db.schema.createIndex('application_cases_due_idx').on('application_cases').columns(['organisation_id', 'status', 'due_on', 'received_on', 'number', 'id']).execute();
  await db.schema.createIndex('application_cases_counting_idx').on('application_cases').columns(['organisation_id', 'received_on', 'closed_on', 'applicant_type', 'outcome']).execute();
  await db.schema.dropIndex('application_cases_status_idx').execute();
  await db.schema.dropIndex('application_cases_received_idx').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('application_cases_received_idx').on('application_cases').columns(['organisation_id', 'received_on']).execute();
  await db.schema.createIndex('application_cases_status_idx').on('application_cases').columns(['organisation_id', 'status', 'due_on']).execute();
  for (const index of ['application_cases_counting_idx', 'application_cases_due_idx', 'application_cases_open_groups_idx']) await db.schema.dropIndex(index).execute();
}
