import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';
import { facetsOf } from '../../domains/publishing/search/repository.ts';
import { tokenize } from '../../domains/publishing/search/tokenize.ts';

/**
 * SQLite: the titles' tokens alone in a second FTS5 table `search_title_fts` (title, facets;
 * contentless, rowid = doc_no), filled here from the indexed titles. Search ranks items whose
 * title has the words first; in `search_fts` that tier walked every item having the words
 * anywhere and kept those with them in the title (工作日, in no title and in 60% of the bodies:
 * 60,000 items walked at 100,000), while this table's doclists hold titles only.
 * PostgreSQL: nothing (the title tier there is the tsvector's weight-A match).
 */
const BATCH = 500;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`create virtual table search_title_fts using fts5(title, facets, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
  let after = -1;
  for (;;) {
    const rows = (await db
      .selectFrom('search_documents')
      .select(['doc_no', 'title', 'organisation_code', 'column_id', 'validity'])
      .where('doc_no', '>', after)
      .orderBy('doc_no')
      .limit(BATCH)
      .execute()) as { doc_no: number; title: string; organisation_code: string; column_id: string | null; validity: string | null }[];
    if (rows.length === 0) return;
    await sql`insert into search_title_fts(rowid, title, facets) values ${sql.join(
      rows.map((r) => sql`(${r.doc_no}, ${tokenize(r.title)}, ${facetsOf(r.organisation_code, r.column_id, r.validity)})`),
    )}`.execute(db);
    after = Number(rows.at(-1)!.doc_no);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql`drop table if exists search_title_fts`.execute(db);
}
