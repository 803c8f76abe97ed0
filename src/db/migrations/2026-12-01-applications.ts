import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * 依申请公开: application cases, their requests, consultations and letters. The CHECK lists are
 * frozen copies of the domain's vocabularies as of this migration (never edit a shipped migration;
 * widen a list with a new one).
 */
export const CASE_STATUSES_AT_2026_12_01 = [
  'awaitingConfirmation', 'received', 'inProgress', 'awaitingCorrection', 'consulting', 'awaitingPayment', 'decided', 'closed',
] as const;
export const APPLICANT_TYPES_AT_2026_12_01 = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg'] as const;
export const CHANNELS_AT_2026_12_01 = ['inPerson', 'signedMail', 'ordinaryMail', 'online', 'fax', 'email'] as const;

function inList(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('application_cases')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('organisation_id', 'varchar(64)', (c) => c.notNull().references('organisations.id'))
    .addColumn('number', 'varchar(64)')
    .addColumn('source', 'varchar(16)', (c) => c.notNull())
    .addColumn('status', 'varchar(32)', (c) => c.notNull())
    .addColumn('applicant_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('applicant_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('applicant_id_number', 'varchar(64)', (c) => c.notNull())
    .addColumn('applicant_id_file_id', 'varchar(64)')
    .addColumn('applicant_contact', 'varchar(300)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('delivery_form', 'varchar(16)', (c) => c.notNull())
    .addColumn('delivery_way', 'varchar(16)', (c) => c.notNull())
    .addColumn('channel', 'varchar(16)', (c) => c.notNull())
    .addColumn('arrived_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('received_on', 'varchar(10)')
    .addColumn('query_code_hash', 'varchar(200)')
    .addColumn('handler_user_id', 'varchar(64)', (c) => c.references('users.id'))
    .addColumn('clock_events', 'text', (c) => c.notNull())
    .addColumn('pending_extension', 'text')
    .addColumn('extension_workdays', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outcome', 'varchar(40)')
    .addColumn('decided_on', 'varchar(10)')
    .addColumn('closed_on', 'varchar(10)')
    .addColumn('due_on', 'varchar(10)')
    .addColumn('fee_amount_fen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fee_paid_on', 'varchar(10)')
    .addColumn('draft_token_hash', 'varchar(200)')
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('application_cases_status_check', inList('status', CASE_STATUSES_AT_2026_12_01))
    .addCheckConstraint('application_cases_applicant_type_check', inList('applicant_type', APPLICANT_TYPES_AT_2026_12_01))
    .addCheckConstraint('application_cases_channel_check', inList('channel', CHANNELS_AT_2026_12_01))
    .execute();
  await db.schema.createIndex('application_cases_number_uq').on('application_cases').columns(['organisation_id', 'number']).unique().execute();
  await db.schema.createIndex('application_cases_number_idx').on('application_cases').column('number').execute();
  await db.schema.createIndex('application_cases_received_idx').on('application_cases').columns(['organisation_id', 'received_on']).execute();
  await db.schema.createIndex('application_cases_status_idx').on('application_cases').columns(['organisation_id', 'status', 'due_on']).execute();
  await db.schema.createIndex('application_cases_handler_idx').on('application_cases').columns(['handler_user_id', 'status']).execute();

  await db.schema
    .createTable('application_items')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(64)', (c) => c.notNull().references('application_cases.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('outcome', 'varchar(40)')
    .addColumn('decided_on', 'varchar(10)')
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('application_items_case_idx').on('application_items').columns(['case_id', 'position']).execute();

  await db.schema
    .createTable('application_consultations')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(64)', (c) => c.notNull().references('application_cases.id'))
    .addColumn('party', 'varchar(32)', (c) => c.notNull())
    .addColumn('party_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('delivered_on', 'varchar(10)')
    .addColumn('replied_on', 'varchar(10)')
    .addColumn('opinion', 'varchar(16)')
    .addColumn('reply_summary', 'text')
    .execute();
  await db.schema.createIndex('application_consultations_case_idx').on('application_consultations').column('case_id').execute();

  await db.schema
    .createTable('application_letters')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(64)', (c) => c.notNull().references('application_cases.id'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('drafted_by', 'varchar(64)')
    .addColumn('drafted_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('reviewed_by', 'varchar(64)')
    .addColumn('reviewed_at', 'varchar(32)')
    .addColumn('review_note', 'text')
    .addColumn('sent_on', 'varchar(10)')
    .addColumn('delivery_way', 'varchar(16)')
    .addColumn('delivered_on', 'varchar(10)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('application_letters_case_idx').on('application_letters').column('case_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['application_letters', 'application_consultations', 'application_items', 'application_cases']) {
    await db.schema.dropTable(table).execute();
  }
}
