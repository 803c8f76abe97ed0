import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { Role } from '../roles.ts';
import { forbidden, invalidInput, userNotFound } from '../errors.ts';
import { mayManageUser, maySeeUser, ownAccountRefusal } from '../policy.ts';
import type { UserChange } from '../policy.ts';
import { findUserRow, isPlausibleId, loadRoles } from '../repository.ts';
import type { Initiator } from '../types.ts';

/**
 * Loads a user for a change and authorizes it through the policy (mayManageUser, ownAccountRefusal):
 * 404 when the initiator cannot see the user, 403 when they can see but not manage, 422 with the
 * reason for a change nobody makes to their own account.
 */
export async function loadUserForChange(trx: Transaction<Database>, initiator: Initiator, userId: string, change: UserChange, role?: Role) {
  if (!isPlausibleId(userId)) throw userNotFound(String(userId));
  const user = await findUserRow(trx, userId);
  if (!user) throw userNotFound(userId);
  const subject = { id: user.id, rolePaths: ((await loadRoles(trx, [userId])).get(userId) ?? []).map((r) => r.path) };
  if (!maySeeUser(initiator, subject)) throw userNotFound(userId);
  if (!mayManageUser(initiator, subject)) throw forbidden(`${change}: initiator may not manage user ${userId}`);
  const refusal = ownAccountRefusal(initiator, user.id, change, role);
  if (refusal) throw invalidInput([{ field: change === 'revoke_role' ? 'role' : 'userId', message: refusal }], `own account: ${change}`);
  return user;
}
