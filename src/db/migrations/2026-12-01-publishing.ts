import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Proactive disclosure (主动公开): catalog columns, items, the review trail, privacy waivers,
 * attachments, 索引号 counters and the yearly statistics form. The CHECK lists are frozen copies of
 * the domain's vocabularies as of this migration.
 */
export const ITEM_STATUSES_AT_2026_12_01 = ['draft', 'review', 'secrecy', 'signoff', 'scheduled', 'published', 'withdrawn'] as const;
export const VALIDITIES_AT_2026_12_01 = ['', 'valid', 'repealed', 'expired'] as const;
export const DOCUMENT_KINDS_AT_2026_12_01 = ['regulation', 'normative', 'other'] as const;

function inList(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('catalog_columns')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('organisation_id', 'varchar(64)', (c) => c.notNull().references('organisations.id'))
    .addColumn('parent_id', 'varchar(64)', (c) => c.references('catalog_columns.id'))
    .addColumn('code', 'varchar(64)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('document_kind', 'varchar(16)', (c) => c.notNull().defaultTo('other'))
    .addColumn('matter', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('time_limit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('responsible', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('channels', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('audience', 'varchar(32)', (c) => c.notNull().defaultTo(''))
    .addColumn('disclosure_method', 'varchar(32)', (c) => c.notNull().defaultTo(''))
    .addColumn('level', 'varchar(32)', (c) => c.notNull().defaultTo(''))
    .addColumn('update_period_days', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('catalog_columns_org_code_unique', ['organisation_id', 'code'])
    .addCheckConstraint('catalog_columns_document_kind_check', inList('document_kind', DOCUMENT_KINDS_AT_2026_12_01))
    .execute();
  await db.schema.createIndex('catalog_columns_parent_idx').on('catalog_columns').column('parent_id').execute();

  await db.schema
    .createTable('publishing_settings')
    .addColumn('organisation_id', 'varchar(64)', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('index_pattern', 'varchar(100)', (c) => c.notNull())
    .addColumn('index_code', 'varchar(64)', (c) => c.notNull().defaultTo(''))
    .addColumn('workflow_steps', 'varchar(200)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('index_counters')
    .addColumn('organisation_id', 'varchar(64)', (c) => c.notNull().references('organisations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('index_counters_pk', ['organisation_id', 'year'])
    .execute();

  await db.schema
    .createTable('information_items')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('organisation_id', 'varchar(64)', (c) => c.notNull().references('organisations.id'))
    .addColumn('column_id', 'varchar(64)', (c) => c.notNull().references('catalog_columns.id'))
    .addColumn('title', 'varchar(500)', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('index_number', 'varchar(100)', (c) => c.unique())
    .addColumn('issuer', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('topic', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('doc_number', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('made_on', 'varchar(10)')
    .addColumn('formed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('published_on', 'varchar(10)')
    .addColumn('scheduled_on', 'varchar(10)')
    .addColumn('document_kind', 'varchar(16)', (c) => c.notNull().defaultTo('other'))
    .addColumn('validity', 'varchar(16)', (c) => c.notNull().defaultTo(''))
    .addColumn('effective_on', 'varchar(10)')
    .addColumn('repealed_on', 'varchar(10)')
    .addColumn('expired_on', 'varchar(10)')
    .addColumn('keywords', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('author_user_id', 'varchar(64)')
    .addColumn('rejection_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('withdrawn_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('withdrawn_on', 'varchar(10)')
    .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('information_items_status_check', inList('status', ITEM_STATUSES_AT_2026_12_01))
    .addCheckConstraint('information_items_validity_check', inList('validity', VALIDITIES_AT_2026_12_01))
    .addCheckConstraint('information_items_document_kind_check', inList('document_kind', DOCUMENT_KINDS_AT_2026_12_01))
    .execute();
  await db.schema.createIndex('information_items_column_idx').on('information_items').columns(['column_id', 'status', 'published_on']).execute();
  await db.schema.createIndex('information_items_org_idx').on('information_items').columns(['organisation_id', 'status']).execute();

  await db.schema
    .createTable('item_reviews')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull().references('information_items.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('step', 'varchar(16)', (c) => c.notNull())
    .addColumn('decision', 'varchar(32)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(64)')
    .addColumn('user_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('opinion', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('item_reviews_item_idx').on('item_reviews').columns(['item_id', 'seq']).execute();

  await db.schema
    .createTable('item_privacy_waivers')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull().references('information_items.id'))
    .addColumn('finding_key', 'varchar(300)', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('user_id', 'varchar(64)')
    .addColumn('user_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('occurred_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('item_privacy_waivers_unique', ['item_id', 'finding_key'])
    .execute();

  await db.schema
    .createTable('item_attachments')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull().references('information_items.id'))
    .addColumn('file_name', 'varchar(300)', (c) => c.notNull())
    .addColumn('content_type', 'varchar(200)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('item_attachments_item_idx').on('item_attachments').column('item_id').execute();

  await db.schema
    .createTable('publishing_statistics')
    .addColumn('organisation_id', 'varchar(64)', (c) => c.notNull().references('organisations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('publishing_statistics_pk', ['organisation_id', 'year'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'publishing_statistics',
    'item_attachments',
    'item_privacy_waivers',
    'item_reviews',
    'information_items',
    'index_counters',
    'publishing_settings',
    'catalog_columns',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
