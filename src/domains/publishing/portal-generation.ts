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
import type { CompiledQuery, Transaction } from 'kysely';
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

function stampQuery(db: Db, code: string) {
  return db
    .selectFrom('organisations')
    .leftJoin('publishing_generations', 'publishing_generations.organisation_id', 'organisations.id')
    .select(['organisations.id', 'organisations.version', 'publishing_generations.generation'])
    .where('organisations.code', '=', code);
}

type StampRow = Awaited<ReturnType<ReturnType<typeof stampQuery>['executeTakeFirst']>>;

/**
 * The stamp query compiled once per database handle (its SQL differs by dialect), then run with
 * each request's code: it is read on every portal page request, and building and compiling it
 * each time cost more CPU than the read itself. (SQLite then finds the prepared statement by its
 * SQL, open-database.ts.)
 */
const compiledStampQueries = new WeakMap<Db, CompiledQuery<NonNullable<StampRow>>>();
const CODE_PLACEHOLDER = '(the code)';

function compiledStampQuery(db: Db): CompiledQuery<NonNullable<StampRow>> {
  let compiled = compiledStampQueries.get(db);
  if (!compiled) {
    compiled = stampQuery(db, CODE_PLACEHOLDER).compile() as CompiledQuery<NonNullable<StampRow>>;
    // The code must be the query's only parameter, or the substitution below would be wrong.
    if (compiled.parameters.length !== 1 || compiled.parameters[0] !== CODE_PLACEHOLDER) throw new Error('the portal stamp query must take the code as its only parameter');
    compiledStampQueries.set(db, compiled);
  }
  return compiled;
}

/** The stamp of the organisation with this portal code (codes are lowercase), undefined if none. */
export async function portalStamp(db: Db, code: string): Promise<PortalStamp | undefined> {
  if (typeof code !== 'string' || code.length > 64) return undefined;
  const compiled = compiledStampQuery(db);
  const { rows } = await db.executeQuery<NonNullable<StampRow>>({ ...compiled, parameters: [code.toLowerCase()] });
  const row = rows[0];
  return row && { organisationId: row.id, stamp: `${Number(row.version)}.${Number(row.generation ?? 0)}` };
}
