/**
 * When the portal must render an organisation's pages again. The portal keeps rendered pages
 * (item, column, catalog) per app instance; every command that changes what they show — a
 * publication, a withdrawal, 废止/失效, an import, a catalog edit — calls `touchPortal` in its own
 * transaction, which adds one to the organisation's generation. The portal reads the generation
 * (and the organisation's own version) with one primary-key read per request, so a change is
 * seen at once by every app instance sharing the database, not only by the one that made it.
 *
 * Lock order: the generation row is taken last in a transaction (after the item and the 索引号
 * counter), so two transactions never wait on each other in opposite orders.
 */
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Db } from './repository.ts';

export async function touchPortal(trx: Transaction<Database>, organisationId: string): Promise<void> {
  await trx
    .insertInto('publishing_generations')
    .values({ organisation_id: organisationId, generation: 1 })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ generation: sql<number>`publishing_generations.generation + 1` }))
    .execute();
}

export interface PortalStamp {
  organisationId: string;
  /** Changes whenever the organisation or what the portal shows of it changes. */
  stamp: string;
}

/** The stamp of the organisation with this portal code (codes are lowercase), undefined if none. */
export async function portalStamp(db: Db, code: string): Promise<PortalStamp | undefined> {
  if (typeof code !== 'string' || code.length > 64) return undefined;
  const row = await db
    .selectFrom('organisations')
    .leftJoin('publishing_generations', 'publishing_generations.organisation_id', 'organisations.id')
    .select(['organisations.id', 'organisations.version', 'publishing_generations.generation'])
    .where('organisations.code', '=', code.toLowerCase())
    .executeTakeFirst();
  return row && { organisationId: row.id, stamp: `${Number(row.version)}.${Number(row.generation ?? 0)}` };
}
