import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The consultations (咨询) and appeals (行政复议、行政诉讼) registers. The CHECK lists are frozen
 * copies of the registers' vocabularies as of this migration (a test keeps them equal). The related
 * application is stored by its number, without a foreign key: the applications tables come from
 * another migration, and a ledger of appeals may be imported before the applications it names.
 */
export const CONSULTATION_CHANNELS_AT_2026_12_01 = ['onSite', 'online', 'phone', 'other'] as const;
export const APPEAL_KINDS_AT_2026_12_01 = ['review', 'litigation'] as const;
export const APPEAL_RESULTS_AT_2026_12_01 = [
  'upheld', 'revoked', 'varied', 'confirmedUnlawful', 'orderedToPerform', 'corrected',
  'dismissed', 'withdrawn', 'terminated', 'mediated', 'other',
] as const;

function inList(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consultations')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('organisation_id', 'varchar(64)', (c) => c.notNull().references('organisations.id'))
    .addColumn('channel', 'varchar(16)', (c) => c.notNull())
    .addColumn('consulted_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('summary', 'varchar(2000)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('consultations_channel_check', inList('channel', CONSULTATION_CHANNELS_AT_2026_12_01))
    .execute();
  await db.schema.createIndex('consultations_organisation_on_idx').on('consultations').columns(['organisation_id', 'consulted_on']).execute();

  await db.schema
    .createTable('appeals')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('organisation_id', 'varchar(64)', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('after_review', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('filed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('result', 'varchar(32)')
    .addColumn('closed_on', 'varchar(10)')
    .addColumn('application_number', 'varchar(64)')
    .addColumn('case_number', 'varchar(100)')
    .addColumn('note', 'varchar(2000)')
    .addColumn('import_key', 'varchar(200)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('appeals_kind_check', inList('kind', APPEAL_KINDS_AT_2026_12_01))
    .addCheckConstraint('appeals_result_check', sql`result is null or ${inList('result', APPEAL_RESULTS_AT_2026_12_01)}`)
    .addCheckConstraint('appeals_after_review_check', sql`after_review in (0, 1) and (kind = 'litigation' or after_review = 0)`)
    // A result and a closing date go together: a case is either open or closed on a day with a result.
    .addCheckConstraint('appeals_closed_check', sql`(result is null) = (closed_on is null)`)
    .execute();
  await db.schema.createIndex('appeals_organisation_filed_idx').on('appeals').columns(['organisation_id', 'filed_on']).execute();
  await db.schema.createIndex('appeals_import_key_idx').on('appeals').columns(['organisation_id', 'import_key']).unique().execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('appeals').execute();
  await db.schema.dropTable('consultations').execute();
}
