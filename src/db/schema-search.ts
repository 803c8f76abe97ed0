/**
 * The search index's tables (see src/domains/publishing/search/). `search_documents` holds what a
 * result shows and the normalised text results are confirmed against; the token index itself is
 * dialect-specific and reached only through raw SQL in the search repository: an FTS5 virtual
 * table `search_fts` (contentless, rowid = doc_no) on SQLite, a `tsv tsvector` column with a GIN
 * index on PostgreSQL. The title tier has its own title-only index: `search_title_fts` on SQLite,
 * the narrow table `search_titles` (doc_no, filter columns, norm_title, tsv) on PostgreSQL.
 */
export interface SearchTables {
  search_documents: SearchDocumentsTable;
}

export interface SearchDocumentsTable {
  /**
   * The index's integer key, ordered by publication: `yyyymmdd × 10^7 + n`, so the newest come
   * first in rowid order (FTS5 walks its doclists by rowid without sorting). A bigint on
   * PostgreSQL (read back as a string there: convert with Number()).
   */
  doc_no: number | string;
  /** The indexed item's id. */
  id: string;
  organisation_id: string;
  organisation_code: string;
  organisation_name: string;
  column_id: string | null;
  column_name: string | null;
  title: string;
  /** The body as plain text (NFKC, whitespace collapsed), for snippets. */
  body: string;
  index_number: string;
  url: string;
  /** YYYY-MM-DD. */
  published_on: string;
  /** 有效性 of a normative document (有效/废止/失效), null for others. */
  validity: string | null;
  /** Title and body compacted (NFKC, lowercase, no whitespace): what "contains the word" is decided on. */
  norm_title: string;
  norm_body: string;
  /** 1 when the body has more tokens than PostgreSQL keeps positions for (16,383): phrase queries fall back. */
  long_text: number;
}
