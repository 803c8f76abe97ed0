import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAccountEvent } from '../events.ts';
import { throttleKey } from '../sign-in-throttle.ts';
import { clearThrottle } from '../throttle-repository.ts';
import type { CommandContext } from '../types.ts';
import { loadUserForChange } from './authorize-user-change.ts';

export interface SetUserDisabledInput {
  userId: string;
  /** The version the admin saw; a newer one means someone else changed the user: conflict. */
  version: number;
}

/** 停用用户: the user can no longer sign in and their sessions end. Returns the new version. */
export function disableUser(db: Kysely<Database>, ctx: CommandContext, input: SetUserDisabledInput): Promise<number> {
  return inTransaction(db, async (trx) => {
    const user = await loadUserForChange(trx, ctx.actor, input.userId, 'disable');
    const version = await updateVersioned(trx, 'users', user.id, input.version, { disabled: 1 });
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await recordAccountEvent(trx, ctx, { name: 'user.disabled', subjectType: 'user', subjectId: user.id, organisationId: null });
    return version;
  });
}

/** 启用用户 (and lift any lock). Returns the new version. */
export function enableUser(db: Kysely<Database>, ctx: CommandContext, input: SetUserDisabledInput): Promise<number> {
  return inTransaction(db, async (trx) => {
    const user = await loadUserForChange(trx, ctx.actor, input.userId, 'enable');
    const version = await updateVersioned(trx, 'users', user.id, input.version, { disabled: 0, failed_attempts: 0, locked_until: null, locked_at: null });
    await clearThrottle(trx, throttleKey('account', user.username));
    await recordAccountEvent(trx, ctx, { name: 'user.enabled', subjectType: 'user', subjectId: user.id, organisationId: null });
    return version;
  });
}

/**
 * 解除锁定 by an administrator: the lock that repeated sign-in failures set, and the account name's
 * throttle. Returns false when the user was not locked (nothing written).
 */
export function unlockUser(db: Kysely<Database>, ctx: CommandContext, input: { userId: string }): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const user = await loadUserForChange(trx, ctx.actor, input.userId, 'unlock');
    if (!user.locked_at) return false;
    await trx.updateTable('users').set({ locked_at: null, locked_until: null, failed_attempts: 0 }).where('id', '=', user.id).execute();
    await clearThrottle(trx, throttleKey('account', user.username));
    await recordAccountEvent(trx, ctx, { name: 'user.unlocked', subjectType: 'user', subjectId: user.id, organisationId: null, data: { by: 'administrator' } });
    return true;
  });
}
