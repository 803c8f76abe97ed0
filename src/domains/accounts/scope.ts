import { sql } from 'kysely';
import type { Expression, ExpressionBuilder } from 'kysely';
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
      ...subtreePaths.map((path) => pathStartsWith(sql.ref('organisations.path'), path)),
    ];
    return conditions.length > 0 ? eb.or(conditions) : sql<boolean>`1 = 0`;
  };
}

/** `%`, `_` and the escape character itself, escaped for a LIKE pattern with `escape '\\'`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * `column like '<prefix>%'` with the prefix's wildcards escaped: ids may contain `_`, which LIKE
 * would otherwise read as "any character" (SQLite and PostgreSQL both take `escape`).
 */
export function pathStartsWith(column: Expression<unknown>, prefix: string) {
  return sql<boolean>`${column} like ${`${escapeLike(prefix)}%`} escape ${'\\'}`;
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
