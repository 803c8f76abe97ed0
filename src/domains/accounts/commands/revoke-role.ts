import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { forbidden, invalidInput, organisationNotFound } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { can, initiatorCan } from '../policy.ts';
import { findOrganisationRow, isPlausibleId } from '../repository.ts';
import type { CommandContext } from '../types.ts';
import type { AssignRoleInput } from './assign-role.ts';

/** 撤销角色. Returns false when the user did not hold the role. An actor cannot drop their own sysadmin role. */
export function revokeRole(db: Kysely<Database>, ctx: CommandContext, input: AssignRoleInput): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const organisation = isPlausibleId(input.organisationId) ? await findOrganisationRow(trx, input.organisationId) : undefined;
    if (!organisation || (ctx.actor !== 'system' && !can(ctx.actor, 'organisation.view', { organisationPath: organisation.path }))) {
      throw organisationNotFound(String(input.organisationId));
    }
    if (!initiatorCan(ctx.actor, 'user.manage', { organisationPath: organisation.path })) {
      throw forbidden(`revokeRole: actor does not administer organisation ${organisation.id}`);
    }
    if (ctx.actor !== 'system' && ctx.actor.userId === input.userId && input.role === 'sysadmin') {
      throw invalidInput([{ field: 'role', message: '不能撤销自己的系统管理员角色' }], 'self sysadmin revoke');
    }
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
