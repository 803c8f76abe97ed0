import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { Clock } from '../../shared/clock.ts';
import { accountLocked, invalidCredentials, invalidInput, SignInThrottled, userDisabled } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { dummyPasswordHash, verifyPassword } from '../passwords.ts';
import { loadActor } from '../repository.ts';
import { sessionExpiry } from '../sessions.ts';
import { afterFailure, LOCK_AFTER_FAILURES, remainingBlockMs, THROTTLE_POLICIES, throttleKey } from '../sign-in-throttle.ts';
import { clearThrottle, isKnownPlace, readThrottles, rememberPlace, writeThrottle } from '../throttle-repository.ts';
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
 * 登录. A real and an unknown account answer alike to anyone without the password: the same error,
 * the same work (scrypt runs either way), the same throttle (keyed by the name as typed and by the
 * address; see sign-in-throttle.ts). Only the correct password learns more (locked, disabled).
 * Every failure is recorded as an event (reason, address) for administrators.
 */
export async function signIn(db: Kysely<Database>, input: SignInInput, clock: Clock): Promise<SignInResult> {
  const username = typeof input.username === 'string' ? input.username.normalize('NFKC').trim().toLowerCase().slice(0, 64) : '';
  const password = typeof input.password === 'string' ? input.password : '';
  const missing = [
    ...(username ? [] : [{ field: 'username', message: '请填写用户名' }]),
    ...(password ? [] : [{ field: 'password', message: '请填写密码' }]),
  ];
  if (missing.length > 0) throw invalidInput(missing, 'sign-in fields missing');

  const ip = input.ip ?? null;
  const now = clock.now();
  const ctx: CommandContext = { actor: 'system', clock, ip };
  const accountKey = throttleKey('account', username);
  const addressKey = ip ? throttleKey('address', ip) : undefined;
  const dummyHash = await dummyPasswordHash(); // always awaited, so the first unknown user costs no extra hash
  const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const throttles = await readThrottles(db, addressKey ? [accountKey, addressKey] : [accountKey]);
  const knownPlace = user ? await isKnownPlace(db, user.id, ip) : false;

  // Held back: no password is checked, for any name.
  const waitMs = Math.max(knownPlace ? 0 : remainingBlockMs(throttles.get(accountKey), now), addressKey ? remainingBlockMs(throttles.get(addressKey), now) : 0);
  if (waitMs > 0) {
    const error = new SignInThrottled(Math.ceil(waitMs / 1000));
    await inTransaction(db, (trx) => failureEvent(trx, ctx, user?.id ?? null, 'throttled'));
    throw error;
  }

  const passwordOk = await verifyPassword(password, user?.password_hash ?? dummyHash);
  const outcome = await inTransaction(db, async (trx): Promise<Outcome> => {
    const failed = (reason: string, error: Error) => failureEvent(trx, ctx, user?.id ?? null, reason).then((): Outcome => ({ ok: false, error }));
    if (!user || !passwordOk) {
      const account = afterFailure(THROTTLE_POLICIES.account, throttles.get(accountKey), now);
      await writeThrottle(trx, accountKey, account);
      if (addressKey) await writeThrottle(trx, addressKey, afterFailure(THROTTLE_POLICIES.address, throttles.get(addressKey), now));
      if (user && account.failures >= LOCK_AFTER_FAILURES && !user.locked_at) {
        await trx.updateTable('users').set({ locked_at: now.toISOString() }).where('id', '=', user.id).execute();
        await recordAccountEvent(trx, ctx, { name: 'user.locked', subjectType: 'user', subjectId: user.id, organisationId: null, data: { failures: account.failures } });
      }
      return failed(user ? 'wrong_password' : 'unknown_user', invalidCredentials());
    }
    // The correct password: the lock gives way only at a place the owner signed in from before.
    if (user.locked_at && !knownPlace) return failed('locked', accountLocked());
    if (Number(user.disabled) === 1) return failed('disabled', userDisabled());

    const token = newSessionToken();
    const expiresAt = sessionExpiry(now, now);
    await trx.updateTable('users').set({ failed_attempts: 0, locked_until: null, locked_at: null }).where('id', '=', user.id).execute();
    if (user.locked_at) {
      await recordAccountEvent(trx, ctx, { name: 'user.unlocked', subjectType: 'user', subjectId: user.id, organisationId: null, data: { by: 'known_place' } });
    }
    // The account's count starts again; the address's does not (one good account must not launder
    // an address's guesses at others).
    await clearThrottle(trx, accountKey);
    await rememberPlace(trx, user.id, ip, now.toISOString());
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).where('expires_at', '<=', now.toISOString()).execute();
    await trx
      .insertInto('sessions')
      .values({
        id: hashSessionToken(token),
        user_id: user.id,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        last_seen_at: now.toISOString(),
        ip,
      })
      .execute();
    const actor = await loadActor(trx, user);
    await recordAccountEvent(trx, { ...ctx, actor }, { name: 'user.signed_in', subjectType: 'user', subjectId: user.id, organisationId: null });
    return { ok: true, result: { token, expiresAt, actor } };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

/**
 * A name typed for no account is not stored (it may be a password typed into the wrong field);
 * the reason and the address are.
 */
function failureEvent(trx: Transaction<Database>, ctx: CommandContext, userId: string | null, reason: string) {
  return recordAccountEvent(trx, ctx, { name: 'user.sign_in_failed', subjectType: 'user', subjectId: userId, organisationId: null, data: { reason } });
}
