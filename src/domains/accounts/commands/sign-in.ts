import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { Clock } from '../../shared/clock.ts';
import { accountLocked, invalidCredentials, invalidInput, userDisabled } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { dummyPasswordHash, verifyPassword } from '../passwords.ts';
import { loadActor } from '../repository.ts';
import { LOCKOUT_MS, MAX_FAILED_SIGN_INS, sessionExpiry } from '../sessions.ts';
import { hashSessionToken, newSessionToken } from '../tokens.ts';
import type { Actor, CommandContext } from '../types.ts';

export interface SignInInput {
  username: string;
  password: string;
  ip?: string | null;
}

export interface SignInResult {
  /** Give this to the browser (cookie); only its SHA-256 is stored. */
  token: string;
  expiresAt: Date;
  actor: Actor;
}

type Outcome = { ok: true; result: SignInResult } | { ok: false; error: Error };

/**
 * 登录. Wrong password and unknown user give the same error and cost the same time (scrypt runs
 * either way). After 5 wrong passwords in a row the account is locked for 15 minutes. Failures are
 * recorded (counter and event) even though the call throws.
 */
export async function signIn(db: Kysely<Database>, input: SignInInput, clock: Clock): Promise<SignInResult> {
  const username = typeof input.username === 'string' ? input.username.trim().toLowerCase() : '';
  const password = typeof input.password === 'string' ? input.password : '';
  const missing = [
    ...(username ? [] : [{ field: 'username', message: '请填写用户名' }]),
    ...(password ? [] : [{ field: 'password', message: '请填写密码' }]),
  ];
  if (missing.length > 0) throw invalidInput(missing, 'sign-in fields missing');

  const dummyHash = await dummyPasswordHash(); // always awaited, so the first unknown user costs no extra hash
  const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const passwordOk = await verifyPassword(password, user?.password_hash ?? dummyHash);
  const now = clock.now();
  const ctx: CommandContext = { actor: 'system', clock, ip: input.ip ?? null };

  const outcome = await inTransaction(db, async (trx): Promise<Outcome> => {
    const failed = (reason: string, error: Error, userId: string | null = null) =>
      recordAccountEvent(trx, ctx, { name: 'user.sign_in_failed', subjectType: 'user', subjectId: userId, organisationId: null, data: { reason } }).then(
        (): Outcome => ({ ok: false, error }),
      );
    if (!user) return failed('unknown_user', invalidCredentials());
    if (user.locked_until && user.locked_until > now.toISOString()) {
      const minutesLeft = Math.ceil((Date.parse(user.locked_until) - now.getTime()) / 60_000);
      return failed('locked', accountLocked(minutesLeft), user.id);
    }
    if (!passwordOk) {
      await trx
        .updateTable('users')
        .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
        .where('id', '=', user.id)
        .execute();
      const { failed_attempts } = await trx.selectFrom('users').select('failed_attempts').where('id', '=', user.id).executeTakeFirstOrThrow();
      if (Number(failed_attempts) >= MAX_FAILED_SIGN_INS) {
        const lockedUntil = new Date(now.getTime() + LOCKOUT_MS).toISOString();
        await trx.updateTable('users').set({ failed_attempts: 0, locked_until: lockedUntil }).where('id', '=', user.id).execute();
        await recordAccountEvent(trx, ctx, { name: 'user.locked', subjectType: 'user', subjectId: user.id, organisationId: null, data: { lockedUntil } });
        return failed('wrong_password', accountLocked(LOCKOUT_MS / 60_000), user.id);
      }
      return failed('wrong_password', invalidCredentials(), user.id);
    }
    if (Number(user.disabled) === 1) return failed('disabled', userDisabled(), user.id);

    const token = newSessionToken();
    const expiresAt = sessionExpiry(now, now);
    await trx.updateTable('users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', user.id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).where('expires_at', '<=', now.toISOString()).execute();
    await trx
      .insertInto('sessions')
      .values({
        id: hashSessionToken(token),
        user_id: user.id,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        last_seen_at: now.toISOString(),
        ip: input.ip ?? null,
      })
      .execute();
    const actor = await loadActor(trx, user);
    await recordAccountEvent(trx, { ...ctx, actor }, { name: 'user.signed_in', subjectType: 'user', subjectId: user.id, organisationId: null });
    return { ok: true, result: { token, expiresAt, actor } };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}
