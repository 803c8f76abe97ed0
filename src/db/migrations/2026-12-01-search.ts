import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The search index: `search_documents` on both databases; the token index by dialect — SQLite an
 * FTS5 contentless table (rowid = doc_no, unicode61 over the application's tokens; `facets` holds
 * filter tokens so filtered counts stay inside the index), PostgreSQL a tsvector column with a GIN
 * index ('simple' configuration over the same tokens).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  await db.schema
    .createTable('search_documents')
    .addColumn('doc_no', postgres ? 'bigint' : 'integer', (c) => c.primaryKey())
    .addColumn('id', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('organisation_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('organisation_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('organisation_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('column_id', 'varchar(64)')
    .addColumn('column_name', 'varchar(200)')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('index_number', 'varchar(100)', (c) => c.notNull())
    .addColumn('url', 'varchar(500)', (c) => c.notNull())
    .addColumn('published_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('validity', 'varchar(32)')
    .addColumn('norm_title', 'text', (c) => c.notNull())
    .addColumn('norm_body', 'text', (c) => c.notNull())
    .addColumn('long_text', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('search_documents_org_idx').on('search_documents').columns(['organisation_code', 'doc_no']).execute();
  if (postgres) {
    await sql`alter table search_documents add column tsv tsvector not null default ''::tsvector`.execute(db);
    await sql`create index search_documents_tsv_idx on search_documents using gin (tsv)`.execute(db);
  } else {
    await sql`create virtual table search_fts using fts5(title, body, facets, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql`drop table if exists search_fts`.execute(db);
  await db.schema.dropTable('search_documents').execute();
}
