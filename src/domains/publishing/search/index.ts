/**
 * Search of published items in Chinese (条例 第二十三条: convenient retrieval of government
 * information): the application tokenises (CJK bigrams, lowercase words), SQLite FTS5 or a
 * PostgreSQL GIN index find candidates, the text confirms them. See tokenize.ts and search.ts.
 */
export type { SearchDocument, SearchQuery, SearchHit, SearchResult } from './types.ts';
export { COUNT_CAP, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_PAGE, MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './types.ts';
export { indexDocument, indexDocuments, removeDocument, rebuildIndex, compactIndexAfter, COMPACT_AFTER, organisationCodesWithDocuments } from './repository.ts';
export { searchDocuments, searchWords } from './search.ts';
export { tokenize, queryPhrase, compact } from './tokenize.ts';
export { escapeHtml, highlight } from './snippet.ts';
