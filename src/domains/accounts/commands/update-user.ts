import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { parseInput } from '../errors.ts';
import { recordAccountEvent } from '../events.ts';
import { nameSchema } from '../names.ts';
import type { CommandContext } from '../types.ts';
import { loadUserForChange } from './authorize-user-change.ts';

export const updateUserInput = z.object({
  userId: z.string(),
  version: z.number().int(),
  displayName: nameSchema('姓名', 1, 50),
});
export type UpdateUserInput = z.input<typeof updateUserInput>;

/** 修改用户信息 (display name), with optimistic concurrency. Returns the new version. */
export async function updateUser(db: Kysely<Database>, ctx: CommandContext, rawInput: UpdateUserInput): Promise<number> {
  const input = parseInput(updateUserInput, rawInput);
  return inTransaction(db, async (trx) => {
    const user = await loadUserForChange(trx, ctx.actor, input.userId, 'update');
    const version = await updateVersioned(trx, 'users', user.id, input.version, { display_name: input.displayName });
    await recordAccountEvent(trx, ctx, {
      name: 'user.updated',
      subjectType: 'user',
      subjectId: user.id,
      organisationId: null,
      data: { displayName: { from: user.display_name, to: input.displayName } },
    });
    return version;
  });
}
