/**
 * The one place this domain reaches the search index (built on another branch: search/index.ts).
 * Until it lands these are no-ops with its interface; publication calls them inside its transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface SearchDocument {
  id: string;
  organisationId: string;
  organisationCode: string;
  organisationName: string;
  columnId: string;
  columnName: string;
  title: string;
  text: string;
  indexNumber: string;
  url: string;
  publishedOn: string;
  validity: string;
}

type Db = Kysely<Database> | Transaction<Database>;

export async function indexDocument(_db: Db, _doc: SearchDocument): Promise<void> {}

export async function removeDocument(_db: Db, _id: string): Promise<void> {}

export async function indexDocuments(db: Db, docs: readonly SearchDocument[]): Promise<void> {
  for (const doc of docs) await indexDocument(db, doc);
}
