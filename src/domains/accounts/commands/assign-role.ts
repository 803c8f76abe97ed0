import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { forbidden, invalidInput, organisationNotFound } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { can, initiatorCan } from '../policy.ts';
import type { UserChange } from '../policy.ts';
import { findOrganisationRow, isPlausibleId } from '../repository.ts';
import { isRole, ROLES, ROLE_LABELS } from '../roles.ts';
import type { Organisation } from '../types.ts';
import type { CommandContext, RoleAssignment } from '../types.ts';
import { loadUserForChange } from './authorize-user-change.ts';

export interface AssignRoleInput extends RoleAssignment {
  userId: string;
}

/** 分配角色. Returns false when the user already held the role (nothing written). */
export function assignRole(db: Kysely<Database>, ctx: CommandContext, input: AssignRoleInput): Promise<boolean> {
  return inTransaction(db, (trx) => assignRoleIn(trx, ctx, input));
}

/**
 * The role, the organisation and the user, each authorized through the policy: the role is one of
 * ROLES; the organisation is visible (else 404) and administered (else 403); the user is one the
 * initiator may manage (loadUserForChange). `newUser`: the user was created by this initiator in
 * this same transaction (createUser), so holds no role yet and is theirs to give one.
 */
export async function authorizeRoleChange(
  trx: Transaction<Database>,
  ctx: CommandContext,
  input: AssignRoleInput,
  change: Extract<UserChange, 'assign_role' | 'revoke_role'>,
  options: { newUser?: boolean } = {},
): Promise<Organisation> {
  if (!isRole(input.role)) {
    throw invalidInput([{ field: 'role', message: `角色须为以下之一：${ROLES.map((r) => ROLE_LABELS[r]).join('、')}` }], 'unknown role');
  }
  const organisation = isPlausibleId(input.organisationId) ? await findOrganisationRow(trx, input.organisationId) : undefined;
  if (!organisation || (ctx.actor !== 'system' && !can(ctx.actor, 'organisation.view', { organisationPath: organisation.path }))) {
    throw organisationNotFound(String(input.organisationId));
  }
  if (!initiatorCan(ctx.actor, 'user.manage', { organisationPath: organisation.path })) {
    throw forbidden(`${change}: actor does not administer organisation ${organisation.id}`);
  }
  if (!options.newUser) await loadUserForChange(trx, ctx.actor, input.userId, change, input.role);
  return organisation;
}

export async function assignRoleIn(trx: Transaction<Database>, ctx: CommandContext, input: AssignRoleInput, options: { newUser?: boolean } = {}): Promise<boolean> {
  const organisation = await authorizeRoleChange(trx, ctx, input, 'assign_role', options);
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
