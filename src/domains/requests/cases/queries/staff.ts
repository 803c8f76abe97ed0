/** Staff of an organisation as the case pages need them: who may be assigned, and names by id. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.ts';

/** The enabled 依申请承办人 of an organisation (whom a case can be assigned to). */
export async function listEligibleHandlers(db: Kysely<Database>, organisationId: string): Promise<{ id: string; displayName: string }[]> {
  return db.selectFrom('role_assignments').innerJoin('users', 'users.id', 'role_assignments.user_id')
    .select(['users.id as id', 'users.display_name as displayName'])
    .where('role_assignments.organisation_id', '=', organisationId).where('role_assignments.role', '=', 'caseHandler').where('users.disabled', '=', 0)
    .orderBy('users.display_name').execute();
}

/** Display names of the given users (drafters, reviewers, handlers). */
export async function staffNames(db: Kysely<Database>, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
