import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { forbidden, userNotFound } from '../errors.ts';
import { can, isInstallationAdmin } from '../policy.ts';
import { findUserRow, isPlausibleId, loadRoles } from '../repository.ts';
import type { Initiator } from '../types.ts';

/**
 * Loads a user for a change and checks the initiator administers every organisation where the user
 * holds a role (a user with no role at all: the installation's sysadmin). 404 when the actor cannot
 * see the user, 403 when they can see but not change.
 */
export async function loadUserForChange(trx: Transaction<Database>, initiator: Initiator, userId: string) {
  if (!isPlausibleId(userId)) throw userNotFound(String(userId));
  const user = await findUserRow(trx, userId);
  if (!user) throw userNotFound(userId);
  if (initiator === 'system') return user;
  const roles = (await loadRoles(trx, [userId])).get(userId) ?? [];
  const self = initiator.userId === userId;
  const seen = self || isInstallationAdmin(initiator) || roles.some((r) => can(initiator, 'user.view', { organisationPath: r.path }));
  if (!seen) throw userNotFound(userId);
  const allowed = roles.length === 0 ? isInstallationAdmin(initiator) : roles.every((r) => can(initiator, 'user.manage', { organisationPath: r.path }));
  if (!allowed) throw forbidden(`actor ${initiator.userId} may not change user ${userId}`);
  return user;
}
