import { forbidden, userNotFound } from '../errors.ts';
import { can, isInstallationAdmin } from '../policy.ts';
import type { AccountAction } from '../policy.ts';
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

/** One user: 404 when missing or not visible, 403 when visible but `action` not allowed. */
export async function getUserForActor(db: Db, actor: Actor, userId: string, action: AccountAction = 'user.view'): Promise<UserSummary> {
  const row = isPlausibleId(userId) ? await findUserRow(db, userId) : undefined;
  if (!row) throw userNotFound(String(userId));
  const roles = (await loadRoles(db, [row.id])).get(row.id) ?? [];
  const self = actor.userId === row.id;
  const visibleRoles = roles.filter((r) => can(actor, 'user.view', { organisationPath: r.path }));
  if (!self && visibleRoles.length === 0 && !isInstallationAdmin(actor)) throw userNotFound(userId);
  const allowed =
    action === 'user.view' ||
    (roles.length === 0 ? isInstallationAdmin(actor) : roles.every((r) => can(actor, action, { organisationPath: r.path })));
  if (!allowed) throw forbidden(`${action} on user ${userId}`);
  return toUserSummary(row, (self ? roles : visibleRoles).map(({ organisationId, role }) => ({ organisationId, role })));
}
