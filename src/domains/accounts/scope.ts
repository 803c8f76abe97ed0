import { sql } from 'kysely';
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { INHERITED_ROLES } from './policy.ts';
import type { Db } from './repository.ts';
import type { Actor } from './types.ts';

/**
 * The second half of authorization: which organisations an actor can see, for scoping every list
 * and search. Own organisations, plus everything below for a sysadmin or supervisor.
 */
export function visibleOrganisationsCondition(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'organisations'>) => {
    const direct = actor.roles.map((r) => r.organisationId);
    const subtreePaths = [
      ...new Set(actor.roles.filter((r) => INHERITED_ROLES.includes(r.role)).map((r) => actor.organisationPaths[r.organisationId])),
    ].filter((path): path is string => path !== undefined);
    const conditions = [
      ...(direct.length > 0 ? [eb('organisations.id', 'in', direct)] : []),
      ...subtreePaths.map((path) => eb('organisations.path', 'like', `${path}%`)),
    ];
    return conditions.length > 0 ? eb.or(conditions) : sql<boolean>`1 = 0`;
  };
}

/**
 * A sub-query of the visible organisation ids, for other domains' scoped lists:
 * `.where('organisation_id', 'in', visibleOrganisationIdsQuery(db, actor))`.
 */
export function visibleOrganisationIdsQuery(db: Db, actor: Actor) {
  return db.selectFrom('organisations').select('organisations.id').where(visibleOrganisationsCondition(actor));
}

export async function visibleOrganisationIds(db: Db, actor: Actor): Promise<string[]> {
  const rows = await visibleOrganisationIdsQuery(db, actor).execute();
  return rows.map((row) => row.id);
}
