import type { Kysely, Selectable } from 'kysely';
import type { Database, OrganisationsTable } from '../db/index.ts';
import type { Organisation, OrganisationKind } from '../domains/accounts/index.ts';

/**
 * Adapter: public reads the portal needs that the accounts domain does not offer yet (an
 * organisation's ancestors and its direct children). Public data only (the structure of
 * government); move into the accounts domain's queries when it grows them.
 */
function toOrganisation(row: Selectable<OrganisationsTable>): Organisation {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    parentId: row.parent_id,
    kind: row.kind as OrganisationKind,
    path: row.path,
    createdAt: row.created_at,
    version: Number(row.version),
  };
}

/** The organisations above one, from the root down to its parent. */
export async function listAncestors(db: Kysely<Database>, organisation: Organisation): Promise<Organisation[]> {
  const ids = organisation.path.split('/').filter(Boolean).slice(0, -1);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organisations').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((row) => [row.id, toOrganisation(row)]));
  return ids.map((id) => byId.get(id)).filter((o): o is Organisation => o !== undefined);
}

/** The organisations directly below one, governments first, then by code. */
export async function listChildren(db: Kysely<Database>, organisation: Organisation): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').selectAll().where('parent_id', '=', organisation.id).orderBy('code').execute();
  const rank = (o: Organisation) => (o.kind === 'department' || o.kind === 'other' ? 1 : 0);
  return rows.map(toOrganisation).sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
}

/** Some organisations by id (e.g. where an actor holds roles), in no particular order. */
export async function listOrganisationsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organisations').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  return rows.map(toOrganisation);
}
