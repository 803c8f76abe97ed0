/**
 * Writing the index. One row per item in `search_documents`, its tokens in the dialect's index
 * (FTS5 `search_fts` on SQLite, and the title's tokens again in `search_title_fts` for the title
 * tier; the `tsv` column on PostgreSQL, and its title part again in `search_titles`), written
 * together so they never disagree: every write and
 * delete of the index goes through removeIds, insertBatch or rebuildIndex below. The caller's
 * transaction is used when given one.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { SearchDocumentsTable } from '../../../db/schema-search.ts';
import { TITLE_INDEX_BYTES } from '../../../db/migrations/2026-12-02-title-order-pg.ts';
import { BOUNDARY, compact, displayText, tokenize } from './tokenize.ts';
import type { SearchDocument } from './types.ts';

export type Db = Kysely<Database> | Transaction<Database>;

/** A row of PostgreSQL's title index (see migration 2026-12-02-search-titles-pg). */
interface SearchTitlesRow {
  doc_no: number;
  organisation_code: string;
  column_id: string | null;
  validity: string | null;
  norm_title: string;
  tsv: unknown;
  /** Whether tsv and norm_title fit in a btree entry (see migration 2026-12-02-title-order-pg). */
  fits_index: unknown;
}

export function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Positions PostgreSQL keeps in a tsvector (larger ones are clamped, so phrases there fail). */
const PG_MAX_POSITION = 16383;
/** Rows per INSERT (17 columns: well inside both databases' parameter limits). */
const BATCH = 400;
const SLOTS_PER_DAY = 10_000_000;

/** `yyyymmdd × 10^7`: the first doc_no of a publication date. */
export function dayBase(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`invalid date ${date}`);
  return Number(date.replaceAll('-', '')) * SLOTS_PER_DAY;
}

/** A stable slot within the day for an id (FNV-1a), probed forward on collision. */
function slotOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % SLOTS_PER_DAY;
}

/** Hex of a value as one alphanumeric token (FTS5 filter facets). */
export function facetToken(prefix: 'o' | 'c' | 'v', value: string): string {
  return prefix + Buffer.from(value, 'utf8').toString('hex');
}

/** The filter tokens of an item (organisation, column, validity), as FTS5 indexes them. */
export function facetsOf(organisationCode: string, columnId: string | null, validity: string | null): string {
  return [facetToken('o', organisationCode), ...(columnId ? [facetToken('c', columnId)] : []), ...(validity ? [facetToken('v', validity)] : [])].join(' ');
}

interface Prepared {
  row: Insertable<SearchDocumentsTable>;
  titleTokens: string;
  bodyTokens: string;
  facets: string;
}

function prepare(doc: SearchDocument): Omit<Prepared, 'row'> & { row: Omit<Insertable<SearchDocumentsTable>, 'doc_no'> } {
  const titleTokens = tokenize(doc.title);
  const bodyTokens = tokenize(doc.text);
  let bodyTokenCount = 0;
  for (let i = bodyTokens.indexOf(' '); i >= 0 && bodyTokenCount <= PG_MAX_POSITION; i = bodyTokens.indexOf(' ', i + 1)) bodyTokenCount++;
  const facets = facetsOf(doc.organisationCode, doc.columnId, doc.validity);
  dayBase(doc.publishedOn);
  return {
    row: {
      id: doc.id,
      organisation_id: doc.organisationId,
      organisation_code: doc.organisationCode,
      organisation_name: doc.organisationName,
      column_id: doc.columnId,
      column_name: doc.columnName,
      title: displayText(doc.title),
      body: displayText(doc.text),
      index_number: doc.indexNumber,
      url: doc.url,
      published_on: doc.publishedOn,
      validity: doc.validity,
      norm_title: compact(doc.title),
      norm_body: compact(doc.text),
      long_text: bodyTokenCount + 2 >= PG_MAX_POSITION ? 1 : 0,
    },
    titleTokens,
    bodyTokens,
    facets,
  };
}

/**
 * The organisation codes having items in the index (every published item is there), in order.
 * Read by skipping through the (organisation_code, doc_no) index, one seek per organisation:
 * `select distinct` read the whole index (100,000 entries) on every search page.
 */
export async function organisationCodesWithDocuments(db: Db): Promise<string[]> {
  const { rows } = await sql<{ code: string | null }>`with recursive c(code) as (
    select min(organisation_code) from search_documents
    union all
    select (select min(organisation_code) from search_documents where organisation_code > c.code) from c where c.code is not null
  ) select code from c where code is not null`.execute(db);
  return rows.map((r) => r.code!);
}

/** Removes the given items from the index (rows and tokens). */
async function removeIds(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  if (!isPostgres(db)) {
    const existing = await db.selectFrom('search_documents').select('doc_no').where('id', 'in', ids).execute();
    if (existing.length > 0) {
      const numbers = sql.join(existing.map((r) => Number(r.doc_no)));
      await sql`delete from search_fts where rowid in (${numbers})`.execute(db);
      await sql`delete from search_title_fts where rowid in (${numbers})`.execute(db);
    }
  } else {
    await sql`delete from search_titles where doc_no in (select doc_no from search_documents where id in (${sql.join(ids)}))`.execute(db);
  }
  await db.deleteFrom('search_documents').where('id', 'in', ids).execute();
}

/** doc_no for each document: its day's base plus a slot free in the table and in this batch. */
async function allocate(db: Db, docs: readonly { id: string; published_on: string }[]): Promise<number[]> {
  const wanted = docs.map((d) => dayBase(d.published_on) + slotOf(d.id));
  const checked = new Set(wanted);
  const taken = new Set<number>();
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await db.selectFrom('search_documents').select('doc_no').where('doc_no', 'in', wanted.slice(i, i + 500)).execute();
    for (const r of rows) taken.add(Number(r.doc_no));
  }
  const result: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    const base = dayBase(docs[i]!.published_on);
    let n = wanted[i]!;
    // Probe forward within the day; a slot not read in bulk above costs one more read (rare).
    for (;;) {
      if (!taken.has(n)) {
        if (checked.has(n)) break;
        checked.add(n);
        const row = await db.selectFrom('search_documents').select('doc_no').where('doc_no', '=', n).executeTakeFirst();
        if (!row) break;
        taken.add(n);
      }
      n = base + ((n - base + 1) % SLOTS_PER_DAY);
    }
    taken.add(n);
    result.push(n);
  }
  return result;
}

async function insertBatch(db: Db, docs: readonly SearchDocument[]): Promise<void> {
  const prepared = docs.map(prepare);
  const numbers = await allocate(db, prepared.map((p) => p.row as { id: string; published_on: string }));
  const rows = prepared.map((p, i) => ({ ...p.row, doc_no: numbers[i]! }));
  if (isPostgres(db)) {
    // The title's part (weight A, ending in a boundary so no phrase runs on into the body) is
    // both the start of `tsv` and, alone, search_titles.tsv (the title tier's index).
    const titleTsv = (i: number) => sql`setweight(to_tsvector('simple', ${prepared[i]!.titleTokens + ' ' + BOUNDARY}), 'A')`;
    const pg = db.withTables<{ search_documents: { tsv: unknown }; search_titles: SearchTitlesRow }>();
    await pg
      .insertInto('search_documents')
      .values(rows.map((row, i) => ({ ...row, tsv: sql`${titleTsv(i)} || setweight(to_tsvector('simple', ${prepared[i]!.bodyTokens}), 'B')` })))
      .execute();
    await pg
      .insertInto('search_titles')
      .values(
        rows.map((row, i) => ({
          doc_no: row.doc_no,
          organisation_code: row.organisation_code,
          column_id: row.column_id ?? null,
          validity: row.validity ?? null,
          norm_title: row.norm_title,
          tsv: titleTsv(i),
          fits_index: sql`pg_column_size(${titleTsv(i)}) + octet_length(${row.norm_title}::text) <= ${TITLE_INDEX_BYTES}`,
        })),
      )
      .execute();
    return;
  }
  await db.insertInto('search_documents').values(rows).execute();
  await sql`insert into search_fts(rowid, title, body, facets) values ${sql.join(
    rows.map((row, i) => sql`(${row.doc_no}, ${prepared[i]!.titleTokens}, ${prepared[i]!.bodyTokens}, ${prepared[i]!.facets})`),
  )}`.execute(db);
  await sql`insert into search_title_fts(rowid, title, facets) values ${sql.join(
    rows.map((row, i) => sql`(${row.doc_no}, ${prepared[i]!.titleTokens}, ${prepared[i]!.facets})`),
  )}`.execute(db);
}

function unique(docs: readonly SearchDocument[]): SearchDocument[] {
  const byId = new Map<string, SearchDocument>();
  for (const doc of docs) byId.set(doc.id, doc);
  return [...byId.values()];
}

async function write(db: Db, docs: readonly SearchDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) {
    const batch = docs.slice(i, i + BATCH);
    await removeIds(db, batch.map((d) => d.id));
    await insertBatch(db, batch);
  }
}

function inTransaction(db: Db, fn: (trx: Db) => Promise<void>): Promise<void> {
  return db.isTransaction ? fn(db) : (db as Kysely<Database>).transaction().execute(fn);
}

/** Adds or replaces one item in the index. */
export function indexDocument(db: Db, doc: SearchDocument): Promise<void> {
  return inTransaction(db, (trx) => write(trx, [doc]));
}

/**
 * Statistics for PostgreSQL's planner after a bulk write. Without them (a new or rebuilt index
 * before autovacuum's first pass) it took a date range over every row for a few hundred rows and
 * filtered all 100,000 by the tsquery: 1.5–5 s a search instead of 10–60 ms.
 */
const ANALYZE_AFTER = 1000;

async function analyze(db: Db): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`analyze search_documents`.execute(db);
  await sql`analyze search_titles`.execute(db);
}

/**
 * SQLite: merges each FTS5 index into one segment. A bulk write leaves many (a rebuild of 100,000
 * items: 26 in search_fts, 10 in search_title_fts), and every phrase is looked up in each of
 * them: merged, a search's index reads took half the CPU (危房改造 公示: a count of 1,001 matches
 * 1.6 → 0.8 ms). It rewrites the whole index (2.3 s of CPU at 100,000 items), so it runs after
 * bulk writes only; between them FTS5's own automerge keeps the segments few.
 */
export async function compactIndex(db: Db): Promise<void> {
  if (isPostgres(db)) return;
  await sql`insert into search_fts(search_fts) values ('optimize')`.execute(db);
  await sql`insert into search_title_fts(search_title_fts) values ('optimize')`.execute(db);
}

/** Items written in one go from which a bulk write (an import) compacts the index afterwards. */
export const COMPACT_AFTER = 1000;

/** After a bulk write of `written` items (in one call, or an import's batches): compacts when it was large. */
export async function compactIndexAfter(db: Db, written: number): Promise<void> {
  if (written >= COMPACT_AFTER) await compactIndex(db);
}

/** Adds or replaces many items (batched; one transaction unless given one). */
export function indexDocuments(db: Db, docs: readonly SearchDocument[]): Promise<void> {
  return inTransaction(db, async (trx) => {
    const distinct = unique(docs);
    await write(trx, distinct);
    if (distinct.length >= ANALYZE_AFTER) await analyze(trx);
    await compactIndexAfter(trx, distinct.length);
  });
}

/** Takes an item out of the index (withdrawn, or no longer public). Nothing happens if it is not there. */
export function removeDocument(db: Db, id: string): Promise<void> {
  return inTransaction(db, (trx) => removeIds(trx, [id]));
}

/**
 * Empties the index and fills it from `docs` (every published item), in one transaction: readers
 * see the old index until the new one is complete. Returns the number indexed. `source` may be a
 * function of the transaction, for documents read from the same database.
 */
export async function rebuildIndex(db: Db, source: AsyncIterable<SearchDocument> | ((trx: Db) => AsyncIterable<SearchDocument>)): Promise<number> {
  let count = 0;
  await inTransaction(db, async (trx) => {
    // A source reading the database must read through the transaction (SQLite has one connection).
    const docs = typeof source === 'function' ? source(trx) : source;
    if (!isPostgres(trx)) {
      await sql`insert into search_fts(search_fts) values ('delete-all')`.execute(trx);
      await sql`insert into search_title_fts(search_title_fts) values ('delete-all')`.execute(trx);
    } else {
      await sql`delete from search_titles`.execute(trx);
    }
    await trx.deleteFrom('search_documents').execute();
    let batch: SearchDocument[] = [];
    for await (const doc of docs) {
      batch.push(doc);
      if (batch.length >= BATCH) {
        await write(trx, unique(batch));
        count += batch.length;
        batch = [];
      }
    }
    await write(trx, unique(batch));
    count += batch.length;
    await analyze(trx);
    await compactIndex(trx);
  });
  return count;
}
