import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * PostgreSQL's title tier, newest first, read from an index alone. The tier's page walks
 * search_titles by doc_no, newest first, until it has a page of matches: for a word whose
 * matches are all old (2024年 in titles: none of the 40,000 newest items) it fetched 40,000 rows
 * from the table, 57 ms of server CPU a search at 100,000 items. A btree on doc_no that also
 * holds each row's tsv and norm_title (INCLUDE) answers the walk from the index (11 ms). But a
 * btree entry must fit in about 2.7 kB, and a title of a few hundred characters does not: its
 * insert would fail. So the covering index is partial, over the rows whose entry fits
 * (`fits_index`, decided by the writer from the values' actual sizes, see TITLE_INDEX_BYTES), and
 * the rows that do not (long titles, rare) have their own doc_no index; the title tier reads both
 * in doc_no order and merges them (search.ts).
 * SQLite: nothing (FTS5 walks its doclists in rowid order).
 */
/** The most bytes of tsv and norm_title a covering entry holds (the btree's limit is ~2,700 with the key). */
export const TITLE_INDEX_BYTES = 2000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table search_titles add column fits_index boolean`.execute(db);
  await sql`update search_titles set fits_index = pg_column_size(tsv) + octet_length(norm_title) <= ${sql.lit(TITLE_INDEX_BYTES)}`.execute(db);
  await sql`alter table search_titles alter column fits_index set not null`.execute(db);
  await sql`create index search_titles_order_idx on search_titles (doc_no) include (norm_title, tsv) where fits_index`.execute(db);
  await sql`create index search_titles_unfit_idx on search_titles (doc_no) where not fits_index`.execute(db);
  await sql`analyze search_titles`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`drop index if exists search_titles_order_idx`.execute(db);
  await sql`drop index if exists search_titles_unfit_idx`.execute(db);
  await sql`alter table search_titles drop column if exists fits_index`.execute(db);
}
