import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { invalidInput } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { generatePassword, hashPassword, passwordProblems } from '../passwords.ts';
import { throttleKey } from '../sign-in-throttle.ts';
import { clearThrottle } from '../throttle-repository.ts';
import type { CommandContext } from '../types.ts';
import { loadUserForChange } from './authorize-user-change.ts';

/**
 * 重置密码 by an administrator: sets a new password (generated when not given), requires the user
 * to change it at next sign-in, ends their sessions and lifts any lock and the account's throttle. Returns the password.
 */
export async function resetPassword(db: Kysely<Database>, ctx: CommandContext, input: { userId: string; newPassword?: string }): Promise<string> {
  const password = input.newPassword ?? generatePassword();
  const problems = passwordProblems(password, undefined, 'newPassword');
  if (problems.length > 0) throw invalidInput(problems, 'weak password');
  const passwordHash = await hashPassword(password);
  await inTransaction(db, async (trx) => {
    const user = await loadUserForChange(trx, ctx.actor, input.userId, 'reset_password');
    await updateVersioned(trx, 'users', user.id, Number(user.version), {
      password_hash: passwordHash,
      must_change_password: 1,
      failed_attempts: 0,
      locked_until: null,
      locked_at: null,
    });
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await clearThrottle(trx, throttleKey('account', user.username));
    await recordAccountEvent(trx, ctx, { name: 'user.password_reset', subjectType: 'user', subjectId: user.id, organisationId: null });
  });
  return password;
}
