/**
 * The one place this domain reaches the search index (search/index.ts). Publication, repeal and
 * withdrawal call these inside their own transaction, so the portal and search never disagree.
 */
export { indexDocument, indexDocuments, removeDocument, rebuildIndex } from './search/index.ts';
export type { SearchDocument } from './search/index.ts';
