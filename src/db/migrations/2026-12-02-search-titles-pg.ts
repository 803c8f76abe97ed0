import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * PostgreSQL: the titles' tokens alone in a narrow table `search_titles` (doc_no, the filter
 * columns, norm_title, and `tsv` = the weight-A part of search_documents.tsv) with its own GIN
 * index, filled here from the rows indexed before it. The title tier was `tsv @@ …:A` on
 * search_documents: the GIN index does not know weights, so the planner took any row with the
 * words for a title match and walked the wide rows (about 3 kB each, their tsvector TOASTed) in
 * doc_no order: 工作日, in no title and in 57% of the bodies, read all 100,000 rows (0.7–1.3 s).
 * Here a title-only index and rows of about 300 bytes.
 * SQLite: nothing (its title index is `search_title_fts`, 2026-12-02-search-titles).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`create table search_titles (
    doc_no bigint primary key,
    organisation_code varchar(64) not null,
    column_id varchar(64),
    validity varchar(32),
    norm_title text not null,
    tsv tsvector not null
  )`.execute(db);
  // ts_filter keeps the weight-A positions: exactly what the writers put there (the title's
  // tokens and the boundary after them, see repository.ts).
  await sql`insert into search_titles (doc_no, organisation_code, column_id, validity, norm_title, tsv)
    select doc_no, organisation_code, column_id, validity, norm_title, ts_filter(tsv, '{a}') from search_documents`.execute(db);
  await sql`create index search_titles_tsv_idx on search_titles using gin (tsv)`.execute(db);
  await sql`create index search_titles_org_idx on search_titles (organisation_code, doc_no)`.execute(db);
  await sql`analyze search_titles`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await sql`drop table if exists search_titles`.execute(db);
}
