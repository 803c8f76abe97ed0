import { forbidden, userNotFound } from '../errors.ts';
import { can, isInstallationAdmin, mayChangeUser, mayManageUser, maySeeUser } from '../policy.ts';
import type { AccountAction, UserChange } from '../policy.ts';
import type { Role } from '../roles.ts';
import { findUserRow, isPlausibleId, loadRoles, toUserSummary } from '../repository.ts';
import type { Db } from '../repository.ts';
import { visibleOrganisationIdsQuery } from '../scope.ts';
import type { Actor, UserSummary } from '../types.ts';

/**
 * Users holding a role in an organisation the actor can see (optionally one organisation), with
 * only the roles the actor can see. Ordered by username. The installation's sysadmin also sees
 * users without any role.
 */
export async function listUsers(db: Db, actor: Actor, filter: { organisationId?: string } = {}): Promise<UserSummary[]> {
  let assignments = db
    .selectFrom('role_assignments')
    .select('role_assignments.user_id')
    .where('role_assignments.organisation_id', 'in', visibleOrganisationIdsQuery(db, actor));
  if (filter.organisationId !== undefined) assignments = assignments.where('role_assignments.organisation_id', '=', filter.organisationId);
  // The installation's sysadmin also sees users left without any role (to re-assign or disable them).
  const withoutRoles = filter.organisationId === undefined && isInstallationAdmin(actor);
  const rows = await db
    .selectFrom('users')
    .selectAll()
    .where((eb) =>
      withoutRoles
        ? eb.or([eb('id', 'in', assignments), eb.not(eb.exists(eb.selectFrom('role_assignments').select('user_id').whereRef('role_assignments.user_id', '=', 'users.id')))])
        : eb('id', 'in', assignments),
    )
    .orderBy('username')
    .execute();
  const roles = await loadRoles(db, rows.map((row) => row.id));
  return rows.map((row) => {
    const visible = (roles.get(row.id) ?? []).filter((r) => can(actor, 'user.view', { organisationPath: r.path }));
    const shown = filter.organisationId === undefined ? visible : visible.filter((r) => r.organisationId === filter.organisationId);
    return toUserSummary(row, shown.map(({ organisationId, role }) => ({ organisationId, role })));
  });
}

/** One user: 404 when missing or not visible, 403 when visible but `action` not allowed (policy.ts). */
export async function getUserForActor(db: Db, actor: Actor, userId: string, action: AccountAction = 'user.view'): Promise<UserSummary> {
  const row = isPlausibleId(userId) ? await findUserRow(db, userId) : undefined;
  if (!row) throw userNotFound(String(userId));
  const roles = (await loadRoles(db, [row.id])).get(row.id) ?? [];
  const subject = { id: row.id, rolePaths: roles.map((r) => r.path) };
  if (!maySeeUser(actor, subject)) throw userNotFound(userId);
  if (action !== 'user.view' && !mayManageUser(actor, subject)) throw forbidden(`${action} on user ${userId}`);
  const self = actor.userId === row.id;
  const shown = self ? roles : roles.filter((r) => can(actor, 'user.view', { organisationPath: r.path }));
  return toUserSummary(row, shown.map(({ organisationId, role }) => ({ organisationId, role })));
}

/** What the actor may do to one user, from the policy (the console offers exactly these). */
export interface AllowedUserChanges {
  update: boolean;
  assignRole: boolean;
  /** Roles the actor may revoke from this user (their own sysadmin role never). */
  revocableRoles: ReadonlySet<Role>;
  disable: boolean;
  enable: boolean;
  resetPassword: boolean;
  unlock: boolean;
}

export async function allowedUserChanges(db: Db, actor: Actor, user: UserSummary): Promise<AllowedUserChanges> {
  const roles = (await loadRoles(db, [user.id])).get(user.id) ?? [];
  const subject = { id: user.id, rolePaths: roles.map((r) => r.path) };
  const may = (change: UserChange, role?: Role) => mayChangeUser(actor, subject, change, role);
  return {
    update: may('update'),
    assignRole: may('assign_role'),
    revocableRoles: new Set(roles.map((r) => r.role).filter((role) => may('revoke_role', role))),
    disable: !user.disabled && may('disable'),
    enable: user.disabled && may('enable'),
    resetPassword: may('reset_password'),
    unlock: user.locked && may('unlock'),
  };
}
