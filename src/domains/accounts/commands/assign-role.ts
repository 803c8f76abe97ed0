import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { forbidden, invalidInput, organisationNotFound, userNotFound } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { can, initiatorCan } from '../policy.ts';
import { findOrganisationRow, findUserRow, isPlausibleId } from '../repository.ts';
import { isRole, ROLES } from '../roles.ts';
import type { CommandContext, RoleAssignment } from '../types.ts';

export interface AssignRoleInput extends RoleAssignment {
  userId: string;
}

/** 分配角色. Returns false when the user already held the role (nothing written). */
export function assignRole(db: Kysely<Database>, ctx: CommandContext, input: AssignRoleInput): Promise<boolean> {
  return inTransaction(db, (trx) => assignRoleIn(trx, ctx, input));
}

export async function assignRoleIn(trx: Transaction<Database>, ctx: CommandContext, input: AssignRoleInput): Promise<boolean> {
  if (!isRole(input.role)) throw invalidInput([{ field: 'role', message: `角色须为以下之一：${ROLES.join('、')}` }], 'unknown role');
  const organisation = isPlausibleId(input.organisationId) ? await findOrganisationRow(trx, input.organisationId) : undefined;
  if (!organisation || (ctx.actor !== 'system' && !can(ctx.actor, 'organisation.view', { organisationPath: organisation.path }))) {
    throw organisationNotFound(String(input.organisationId));
  }
  if (!initiatorCan(ctx.actor, 'user.manage', { organisationPath: organisation.path })) {
    throw forbidden(`assignRole: actor does not administer organisation ${organisation.id}`);
  }
  if (!isPlausibleId(input.userId) || !(await findUserRow(trx, input.userId))) throw userNotFound(String(input.userId));
  const existing = await trx
    .selectFrom('role_assignments')
    .select('role')
    .where('user_id', '=', input.userId)
    .where('organisation_id', '=', organisation.id)
    .where('role', '=', input.role)
    .executeTakeFirst();
  if (existing) return false;
  await trx
    .insertInto('role_assignments')
    .values({ user_id: input.userId, organisation_id: organisation.id, role: input.role, created_at: ctx.clock.now().toISOString() })
    .execute();
  await recordAccountEvent(trx, ctx, {
    name: 'role.assigned',
    subjectType: 'user',
    subjectId: input.userId,
    organisationId: organisation.id,
    data: { role: input.role },
  });
  return true;
}
