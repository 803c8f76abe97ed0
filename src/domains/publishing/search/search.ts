/**
 * Searching. The query's words become phrases of index tokens (see tokenize.ts); the index finds
 * candidates in relevance order — the items whose title has every word, then the others, each
 * tier newest first (doc_no order, so no sort) — and the page's candidates are confirmed against
 * the compacted text, so nothing lacking a word is returned.
 *
 * The total is counted in the index alone when every word is "exact" (its phrase matches exactly
 * the texts containing it: any word without punctuation, not ending in a lone CJK character after
 * other tokens). A word with punctuation in it matches any punctuation in the index, and `2024年`
 * is looked up as `2024` (see queryPhrase), so then the confirmation runs in SQL for the count and
 * the page, candidate by candidate in index order so that both stop early.
 *
 * The total is counted up to COUNT_CAP matches (or to the end of the page asked for, when that is
 * further) and then reported as "more than": an exact count of a common word (公开 is in nearly
 * every item) walks every match, which at 100,000 items took over a second; counting stops early.
 */
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import { facetToken, isPostgres, dayBase } from './repository.ts';
import type { Db } from './repository.ts';
import { snippet, highlight, wordsPattern } from './snippet.ts';
import { compact, queryPhrase, queryWords } from './tokenize.ts';
import type { QueryPhrase } from './tokenize.ts';
import type { SearchHit, SearchQuery, SearchResult } from './types.ts';
import { COUNT_CAP, DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './types.ts';

type Tier = 'all' | 'title' | 'body';
/** SQLite reads no body tier: its page is the matches less the title tier's (see bodyPage). */
type SqliteTier = Exclude<Tier, 'body'>;

interface Plan {
  phrases: QueryPhrase[];
  exact: boolean;
  filters: SearchQuery;
}

/** FTS5 expression of one phrase: tokens quoted (nothing the user typed is syntax), `*` for a prefix. */
function ftsPhrase(p: QueryPhrase): string {
  return `"${p.tokens.join(' ')}"${p.prefix ? ' *' : ''}`;
}

function ftsExpression(plan: Plan, tier: SqliteTier): string {
  const all = plan.phrases.map(ftsPhrase).join(' AND ');
  const facets: string[] = [];
  if (plan.filters.org) facets.push(`"${facetToken('o', plan.filters.org)}"`);
  if (plan.filters.column) facets.push(`"${facetToken('c', plan.filters.column)}"`);
  if (plan.filters.validity) facets.push(`"${facetToken('v', plan.filters.validity)}"`);
  const facetPart = facets.length > 0 ? ` AND {facets} : (${facets.join(' AND ')})` : '';
  const words = tier === 'title' ? `{title} : (${all})` : `{title body} : (${all})`;
  return `(${words}${facetPart})`;
}

/** A phrase's tokens for PostgreSQL: with its lone last character back, as a prefix (see QueryPhrase.tail). */
function pgTokens(p: QueryPhrase): { tokens: string[]; prefix: boolean } {
  return p.tail ? { tokens: [...p.tokens, p.tail], prefix: true } : { tokens: p.tokens, prefix: p.prefix };
}

/** PostgreSQL tsquery of the words (weight A only: in the title). */
function tsQuery(plan: Plan, weight: '' | 'A'): string {
  return plan.phrases
    .map(pgTokens)
    .map((p) => '(' + p.tokens.map((t, i) => `'${t}':${i === p.tokens.length - 1 && p.prefix ? '*' : ''}${weight}`.replace(/:$/, '')).join(' <-> ') + ')')
    .join(' & ');
}

function dateRange(filters: SearchQuery): { low: number; high: number } {
  return {
    low: filters.from ? dayBase(filters.from) : 0,
    high: filters.to ? dayBase(filters.to) + 9_999_999 : Number.MAX_SAFE_INTEGER,
  };
}

/** SQL confirming every word in the compacted title (title tier) or title or body. */
function confirmSql(plan: Plan, inTitleOnly: boolean): RawBuilder<unknown> {
  const each = plan.phrases.map((p) =>
    inTitleOnly
      ? sql`instr(d.norm_title, ${p.word}) > 0`
      : sql`(instr(d.norm_title, ${p.word}) > 0 or instr(d.norm_body, ${p.word}) > 0)`,
  );
  return sql`(${sql.join(each, sql` and `)})`;
}

/**
 * The candidates of a tier as SQL returning doc_no (newest first when ordered by doc_no desc).
 * The title tier reads `search_title_fts` (titles only): in `search_fts` it walked every item with
 * the words anywhere to keep those with them in the title.
 */
function sqliteTier(plan: Plan, tier: SqliteTier): RawBuilder<unknown> {
  const range = dateRange(plan.filters);
  // better-sqlite3 binds a JS number as a REAL; FTS5 then walks the doclists from their start
  // instead of seeking to the range (a date-filtered 工作日: 6.8 ms for a count, 1.0 as integers).
  const low = sql`cast(${range.low} as integer)`;
  const high = sql`cast(${range.high} as integer)`;
  if (tier === 'title') {
    if (plan.exact) return sql`select rowid from search_title_fts where search_title_fts match ${ftsExpression(plan, 'title')} and rowid between ${low} and ${high}`;
    return sql`select search_title_fts.rowid as rowid from search_title_fts cross join search_documents d on d.doc_no = search_title_fts.rowid where search_title_fts match ${ftsExpression(plan, 'title')} and search_title_fts.rowid between ${low} and ${high} and ${confirmSql(plan, true)}`;
  }
  if (plan.exact) return sql`select rowid from search_fts where search_fts match ${ftsExpression(plan, 'all')} and rowid between ${low} and ${high}`;
  // Confirm in SQL: the count and the page are then right even where the index over-matches.
  // The index is the outer loop (CROSS JOIN keeps that order), each candidate's row looked up by
  // its key: a count stops at its limit and a page at its end. `doc_no in (select … match …)`
  // read every candidate into a list first (2024年: 7 ms for a count of 21 at 100,000 items).
  return sql`select search_fts.rowid as rowid from search_fts cross join search_documents d on d.doc_no = search_fts.rowid where search_fts match ${ftsExpression(plan, 'all')} and search_fts.rowid between ${low} and ${high} and ${confirmSql(plan, false)}`;
}

function postgresWhere(plan: Plan, tier: Tier): RawBuilder<unknown> {
  const { low, high } = dateRange(plan.filters);
  const f = plan.filters;
  const conditions: RawBuilder<unknown>[] = [sql`d.doc_no between ${low} and ${high}`];
  if (f.org) conditions.push(sql`d.organisation_code = ${f.org}`);
  if (f.column) conditions.push(sql`d.column_id = ${f.column}`);
  if (f.validity) conditions.push(sql`d.validity = ${f.validity}`);
  const all = sql`to_tsquery('simple', ${tsQuery(plan, '')})`;
  const title = sql`to_tsquery('simple', ${tsQuery(plan, 'A')})`;
  // Phrases need positions; PostgreSQL keeps 16,383 of them, so a longer text is confirmed by
  // its words' presence instead of by the phrase.
  const loose = sql`to_tsquery('simple', ${plan.phrases.map((p) => p.tokens.map((t) => `'${t}'`).join(' & ')).join(' & ')})`;
  const matchAll = sql`(d.tsv @@ ${all} or (d.long_text = 1 and d.tsv @@ ${loose} and ${confirmPg(plan, false)}))`;
  const exactAll = plan.exact ? matchAll : sql`(${matchAll} and ${confirmPg(plan, false)})`;
  // The title tier reads search_titles (`d` there too: the same doc_no, filter columns and
  // norm_title; tsv = the title's weight-A part). On search_documents, `tsv @@ …:A` took every
  // row with the words anywhere for a candidate (GIN has no weights) and rechecked its TOASTed
  // tsvector: 工作日, in no title, read all 100,000 rows. The body tier asks it per candidate.
  const titleIndexed = sql`exists (select 1 from search_titles t where t.doc_no = d.doc_no and t.tsv @@ ${title})`;
  if (tier === 'title') conditions.push(plan.exact ? sql`d.tsv @@ ${title}` : sql`(d.tsv @@ ${title} and ${confirmPg(plan, true)})`);
  else if (tier === 'body') conditions.push(exactAll, plan.exact ? sql`not ${titleIndexed}` : sql`not (${confirmPg(plan, true)} and ${titleIndexed})`);
  else conditions.push(exactAll);
  return sql.join(conditions, sql` and `);
}

/** The table a PostgreSQL tier reads (see postgresWhere). */
function postgresTable(tier: Tier): RawBuilder<unknown> {
  return tier === 'title' ? sql`search_titles` : sql`search_documents`;
}

function confirmPg(plan: Plan, inTitleOnly: boolean): RawBuilder<unknown> {
  const each = plan.phrases.map((p) =>
    inTitleOnly ? sql`strpos(d.norm_title, ${p.word}) > 0` : sql`(strpos(d.norm_title, ${p.word}) > 0 or strpos(d.norm_body, ${p.word}) > 0)`,
  );
  return sql`(${sql.join(each, sql` and `)})`;
}

/** The matches of a tier, counted up to `limit` (the count stops there). SQLite; PostgreSQL: countPostgres. */
async function count(db: Db, plan: Plan, tier: SqliteTier, limit: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from (${sqliteTier(plan, tier)} limit ${limit})`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * PostgreSQL: the matches of every tier counted in one statement, each up to `limit`: the title
 * tier (on the narrow search_titles) first, then all, only when the titles alone do not reach
 * the limit. A title match is a match, so `limit` title matches make the total "more than" without
 * reading search_documents, whose wide rows (their tsvector TOASTed) made the count most of a
 * search's time: 2024年, in 5,000 titles, read 7,000 of them (54 ms of server CPU, then 8).
 * (The uncorrelated subquery is an InitPlan, run only when the CASE needs it.)
 */
async function countPostgres(db: Db, plan: Plan, limit: number): Promise<{ all: number; title: number }> {
  const { rows } = await sql<{ title: string; all: string }>`with t as (
      select count(*) as n from (select 1 from search_titles d where ${postgresWhere(plan, 'title')} limit ${limit}) m
    ) select t.n as title, case when t.n >= ${limit} then t.n
      else (select count(*) from (select 1 from search_documents d where ${postgresWhere(plan, 'all')} limit ${limit}) m) end as all
    from t`.execute(db);
  return { title: Number(rows[0]?.title ?? 0), all: Number(rows[0]?.all ?? 0) };
}

/**
 * PostgreSQL's title tier, newest first: the rows whose entry fits the covering index walked in
 * it (no table reads), merged with the others (long titles, few), see migration
 * 2026-12-02-title-order-pg. One query over both walked the table row by row.
 */
function postgresTitlePage(plan: Plan, limit: number, offset: number): RawBuilder<{ doc_no: string }> {
  const where = postgresWhere(plan, 'title');
  return sql<{ doc_no: string }>`select doc_no from (
      (select d.doc_no from search_titles d where d.fits_index and ${where} order by d.doc_no desc limit ${limit + offset})
      union all
      (select d.doc_no from search_titles d where not d.fits_index and ${where} order by d.doc_no desc limit ${limit + offset})
    ) t order by doc_no desc limit ${limit} offset ${offset}`;
}

/** PostgreSQL: a page of a tier (SQLite: tierNumbers and bodyPage). */
async function pageOf(db: Db, plan: Plan, tier: Tier, limit: number, offset: number): Promise<number[]> {
  if (limit <= 0) return [];
  const query =
    tier === 'title'
      ? postgresTitlePage(plan, limit, offset)
      : sql<{ doc_no: string }>`select d.doc_no from ${postgresTable(tier)} d where ${postgresWhere(plan, tier)} order by d.doc_no desc limit ${limit} offset ${offset}`;
  const { rows } = await query.execute(db);
  return rows.map((r) => Number(r.doc_no));
}

/**
 * SQLite: the first `limit` doc_nos of a tier, newest first: for the title tier both its count
 * (when fewer than `limit`) and its page, in one read of the index instead of two.
 */
async function tierNumbers(db: Db, plan: Plan, tier: SqliteTier, limit: number): Promise<number[]> {
  if (limit <= 0) return [];
  const { rows } = await sql<{ rowid: number }>`select rowid from (${sqliteTier(plan, tier)}) order by rowid desc limit ${limit}`.execute(db);
  return rows.map((r) => Number(r.rowid));
}

/**
 * SQLite: a page of the body tier when every title match is known (`inTitle`, fewer than the end
 * of the page): the matches of the whole index less those. Reading the body tier itself (`NOT
 * {title} : …`) evaluated the words in every candidate's title again.
 */
async function bodyPage(db: Db, plan: Plan, inTitle: readonly number[], limit: number, offset: number): Promise<number[]> {
  const all = sqliteTier(plan, 'all');
  const query =
    inTitle.length === 0
      ? sql<{ rowid: number }>`select rowid from (${all}) order by rowid desc limit ${limit} offset ${offset}`
      : sql<{ rowid: number }>`select rowid from (${all}) where rowid not in (select value from json_each(${JSON.stringify(inTitle)})) order by rowid desc limit ${limit} offset ${offset}`;
  const { rows } = await query.execute(db);
  return rows.map((r) => Number(r.rowid));
}

/** The total (counted up to `enough` + 1) and the doc_nos of the page, title matches first. */
async function pageNumbers(db: Db, plan: Plan, offset: number, pageSize: number, enough: number): Promise<{ counted: number; numbers: number[] }> {
  if (isPostgres(db)) {
    // (inTitle: the title matches counted at least as far as this page, or all of them.)
    const { all: counted, title: inTitle } = await countPostgres(db, plan, enough + 1);
    const total = Math.min(counted, enough);
    const numbers: number[] = [];
    if (offset < inTitle) numbers.push(...(await pageOf(db, plan, 'title', pageSize, offset)));
    const rest = pageSize - numbers.length;
    if (rest > 0 && offset + numbers.length < total) numbers.push(...(await pageOf(db, plan, 'body', rest, Math.max(0, offset - inTitle))));
    return { counted, numbers };
  }
  const [counted, inTitle] = await Promise.all([count(db, plan, 'all', enough + 1), tierNumbers(db, plan, 'title', offset + pageSize)]);
  const total = Math.min(counted, enough);
  const numbers = inTitle.slice(offset, offset + pageSize);
  const rest = pageSize - numbers.length;
  // Fewer title matches than the end of the page: inTitle holds every one of them.
  if (rest > 0 && offset + numbers.length < total) numbers.push(...(await bodyPage(db, plan, inTitle, rest, Math.max(0, offset - inTitle.length))));
  return { counted, numbers };
}

/** Normalised query: words and filters checked and bounded (the web layer validates first). */
function planOf(query: SearchQuery): Plan | null {
  const phrases = queryWords(query.q.slice(0, MAX_QUERY_LENGTH), MAX_QUERY_WORDS)
    .map(queryPhrase)
    .filter((p): p is QueryPhrase => p !== null);
  if (phrases.length === 0) return null;
  return { phrases, exact: phrases.every((p) => p.exact), filters: query };
}

function pageSizeOf(query: SearchQuery): number {
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize ?? DEFAULT_PAGE_SIZE)));
}

/** Search the published items (see the module comment). An empty or punctuation-only query finds nothing. */
export async function searchDocuments(db: Db, query: SearchQuery): Promise<SearchResult> {
  const pageSize = pageSizeOf(query);
  const page = Math.min(MAX_PAGE, Math.max(1, Math.floor(query.page ?? 1)));
  const plan = planOf(query);
  if (!plan) return { total: 0, totalCapped: false, page, pageSize, items: [] };
  const offset = (page - 1) * pageSize;
  // Counted far enough to know this page (title matches come first) and whether there are more.
  const enough = Math.max(COUNT_CAP, offset + pageSize);
  const { counted, numbers } = await pageNumbers(db, plan, offset, pageSize, enough);
  const totalCapped = counted > enough;
  const total = Math.min(counted, enough);
  const items = await hits(db, plan, numbers);
  return { total, totalCapped, page, pageSize, items };
}

async function hits(db: Db, plan: Plan, numbers: readonly number[]): Promise<SearchHit[]> {
  if (numbers.length === 0) return [];
  // The confirmation: every word in the title or the body, as written (compacted). Done by the
  // database, so the compacted title and body (half of each row) are not read into JavaScript.
  const confirmed = isPostgres(db) ? confirmPg(plan, false) : confirmSql(plan, false);
  const rows = await db.selectFrom('search_documents as d')
    .select(['d.doc_no', 'd.id', 'd.title', 'd.body', 'd.url', 'd.index_number', 'd.organisation_name', 'd.organisation_code', 'd.column_id', 'd.column_name', 'd.published_on', 'd.validity'])
    .where('d.doc_no', 'in', numbers).where(confirmed as RawBuilder<boolean>).execute();
  const byNumber = new Map(rows.map((r) => [Number(r.doc_no), r]));
  const words = plan.phrases.map((p) => p.word);
  const pattern = wordsPattern(words);
  const out: SearchHit[] = [];
  for (const n of numbers) {
    const row = byNumber.get(n);
    if (!row) continue;
    out.push({
      id: row.id,
      title: row.title,
      titleHtml: highlight(row.title, pattern),
      url: row.url,
      indexNumber: row.index_number,
      organisation: row.organisation_name,
      organisationCode: row.organisation_code,
      columnId: row.column_id,
      columnName: row.column_name,
      publishedOn: row.published_on,
      validity: row.validity,
      snippet: snippet(row.body, pattern),
      highlights: words,
    });
  }
  return out;
}

/** The compact form of the query's words (what the search looks for), for display. */
export function searchWords(q: string): string[] {
  return queryWords(q, MAX_QUERY_WORDS).map(compact).filter(Boolean);
}
