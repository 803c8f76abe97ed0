import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAccountEvent } from '../events.ts';
import type { CommandContext } from '../types.ts';
import type { AssignRoleInput } from './assign-role.ts';
import { authorizeRoleChange } from './assign-role.ts';

/**
 * 撤销角色, authorized like assignRole (the role validated, the organisation administered, the user
 * manageable). Returns false when the user did not hold the role. Nobody drops their own sysadmin role.
 */
export function revokeRole(db: Kysely<Database>, ctx: CommandContext, input: AssignRoleInput): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const organisation = await authorizeRoleChange(trx, ctx, input, 'revoke_role');
    const result = await trx
      .deleteFrom('role_assignments')
      .where('user_id', '=', input.userId)
      .where('organisation_id', '=', organisation.id)
      .where('role', '=', input.role)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await recordAccountEvent(trx, ctx, {
      name: 'role.revoked',
      subjectType: 'user',
      subjectId: input.userId,
      organisationId: organisation.id,
      data: { role: input.role },
    });
    return true;
  });
}
