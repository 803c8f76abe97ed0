import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { invalidInput } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
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
    const user = await loadUserForChange(trx, ctx.actor, input.userId);
    if (ctx.actor !== 'system' && ctx.actor.userId === user.id) throw invalidInput([{ field: 'userId', message: '不能停用自己的账户' }], 'self disable');
    const version = await updateVersioned(trx, 'users', user.id, input.version, { disabled: 1 });
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await recordAccountEvent(trx, ctx, { name: 'user.disabled', subjectType: 'user', subjectId: user.id, organisationId: null });
    return version;
  });
}

/** 启用用户 (and lift any lockout). Returns the new version. */
export function enableUser(db: Kysely<Database>, ctx: CommandContext, input: SetUserDisabledInput): Promise<number> {
  return inTransaction(db, async (trx) => {
    const user = await loadUserForChange(trx, ctx.actor, input.userId);
    const version = await updateVersioned(trx, 'users', user.id, input.version, { disabled: 0, failed_attempts: 0, locked_until: null });
    await recordAccountEvent(trx, ctx, { name: 'user.enabled', subjectType: 'user', subjectId: user.id, organisationId: null });
    return version;
  });
}
