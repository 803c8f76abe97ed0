import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { DomainError } from '../../shared/errors.ts';
import { ACCOUNTS_ERRORS, invalidInput, userNotFound } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { hashPassword, passwordProblems, verifyPassword } from '../passwords.ts';
import { hashSessionToken } from '../tokens.ts';
import type { Actor, CommandContext } from '../types.ts';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  /** The session to keep signed in; every other session of the user ends. */
  keepSessionToken?: string;
}

/** 修改密码: the actor's own, the current password required, the strength rule applied. */
export async function changePassword(db: Kysely<Database>, ctx: CommandContext & { actor: Actor }, input: ChangePasswordInput): Promise<void> {
  const currentPassword = typeof input.currentPassword === 'string' ? input.currentPassword : '';
  const newPassword = typeof input.newPassword === 'string' ? input.newPassword : '';
  const user = await db.selectFrom('users').selectAll().where('id', '=', ctx.actor.userId).executeTakeFirst();
  if (!user) throw userNotFound(ctx.actor.userId);
  if (!currentPassword) throw invalidInput([{ field: 'currentPassword', message: '请填写当前密码' }]);
  if (!(await verifyPassword(currentPassword, user.password_hash))) {
    throw new DomainError('accounts.wrong_password', 'invalid', ACCOUNTS_ERRORS['accounts.wrong_password'], 'wrong current password', [
      { field: 'currentPassword', message: '当前密码不正确' },
    ]);
  }
  const problems = passwordProblems(newPassword, user.username, 'newPassword');
  if (problems.length === 0 && newPassword === currentPassword) problems.push({ field: 'newPassword', message: '新密码不能与当前密码相同' });
  if (problems.length > 0) throw invalidInput(problems, 'weak new password');
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(db, async (trx) => {
    await updateVersioned(trx, 'users', user.id, Number(user.version), { password_hash: passwordHash, must_change_password: 0 });
    let ending = trx.deleteFrom('sessions').where('user_id', '=', user.id);
    if (input.keepSessionToken) ending = ending.where('id', '!=', hashSessionToken(input.keepSessionToken));
    await ending.execute();
    await recordAccountEvent(trx, ctx, { name: 'user.password_changed', subjectType: 'user', subjectId: user.id, organisationId: null });
  });
}
