import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { itemUrl } from '../publication.ts';
import { toItem } from '../repository.ts';
import { bodyText } from '../sanitize.ts';
import { rebuildIndex } from '../search-port.ts';
import type { SearchDocument } from '../search-port.ts';

/** Items read per query while rebuilding (keyset-paged by id, so memory stays flat). */
const READ_BATCH = 2000;

/**
 * Rebuilds the search index from every published item (after an import, a restore, or a change
 * of the tokeniser), in one transaction: searches see the old index until the new one is whole.
 * Returns the number of items indexed.
 */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<number> {
  const organisations = new Map((await db.selectFrom('organisations').select(['id', 'code', 'name']).execute()).map((o) => [o.id, o]));
  const columns = new Map((await db.selectFrom('catalog_columns').select(['id', 'name']).execute()).map((c) => [c.id, c.name]));
  async function* documents(trx: Kysely<Database> | Transaction<Database>): AsyncGenerator<SearchDocument> {
    let after = '';
    for (;;) {
      const rows = await trx.selectFrom('information_items').selectAll().where('status', '=', 'published').where('id', '>', after).orderBy('id').limit(READ_BATCH).execute();
      for (const row of rows) {
        const item = toItem(row);
        const organisation = organisations.get(item.organisationId);
        if (!organisation || !item.publishedOn) continue;
        yield {
          id: item.id,
          organisationId: item.organisationId,
          organisationCode: organisation.code,
          organisationName: organisation.name,
          columnId: item.columnId,
          columnName: columns.get(item.columnId) ?? '',
          title: item.title,
          text: bodyText(item.bodyHtml),
          indexNumber: item.indexNumber ?? '',
          url: itemUrl(organisation.code, item.id),
          publishedOn: item.publishedOn,
          validity: item.validity,
        };
      }
      if (rows.length < READ_BATCH) return;
      after = rows.at(-1)!.id;
    }
  }
  return rebuildIndex(db, documents);
}
