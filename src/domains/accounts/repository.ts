import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, OrganisationsTable, UsersTable } from '../../db/schema.ts';
import type { OrganisationKind } from './organisation-kinds.ts';
import type { Role } from './roles.ts';
import type { Actor, Organisation, RoleAssignment, UserSummary } from './types.ts';

/** Row ↔ domain mapping and the small reads every command and query share. */
export type Db = Kysely<Database> | Transaction<Database>;

export function toOrganisation(row: Selectable<OrganisationsTable>): Organisation {
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

export function toUserSummary(row: Selectable<UsersTable>, roles: RoleAssignment[]): UserSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    disabled: Number(row.disabled) === 1,
    mustChangePassword: Number(row.must_change_password) === 1,
    locked: row.locked_at !== null && row.locked_at !== undefined,
    createdAt: row.created_at,
    version: Number(row.version),
    roles,
  };
}

export async function findOrganisationRow(db: Db, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toOrganisation(row);
}

export async function findUserRow(db: Db, id: string): Promise<Selectable<UsersTable> | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Role assignments of some users, with the path of each organisation. */
export async function loadRoles(db: Db, userIds: readonly string[]): Promise<Map<string, { organisationId: string; role: Role; path: string }[]>> {
  const byUser = new Map<string, { organisationId: string; role: Role; path: string }[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('role_assignments')
    .innerJoin('organisations', 'organisations.id', 'role_assignments.organisation_id')
    .select(['role_assignments.user_id', 'role_assignments.organisation_id', 'role_assignments.role', 'organisations.path'])
    .where('role_assignments.user_id', 'in', [...userIds])
    .orderBy('organisations.path')
    .orderBy('role_assignments.role')
    .execute();
  for (const row of rows) {
    const list = byUser.get(row.user_id) ?? [];
    list.push({ organisationId: row.organisation_id, role: row.role as Role, path: row.path });
    byUser.set(row.user_id, list);
  }
  return byUser;
}

export async function loadActor(db: Db, user: Selectable<UsersTable>): Promise<Actor> {
  const roles = (await loadRoles(db, [user.id])).get(user.id) ?? [];
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    roles: roles.map(({ organisationId, role }) => ({ organisationId, role })),
    organisationPaths: Object.fromEntries(roles.map((r) => [r.organisationId, r.path])),
    mustChangePassword: Number(user.must_change_password) === 1,
  };
}

/** Loose check so malformed ids end as 404 rather than a database error. */
export function isPlausibleId(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id);
}
