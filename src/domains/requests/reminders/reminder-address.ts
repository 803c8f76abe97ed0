/** A staff member's own address for deadline reminders (督办提醒邮件); empty clears it. */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import type { CommandContext } from '../../accounts/index.ts';
import { parseApplicationInput } from '../cases/errors.ts';

export const reminderAddressInput = z.object({
  email: z.union([z.literal(''), z.email({ error: '请填写有效的电子邮箱地址，例如 name@example.gov.cn' }).max(254)]),
});

export async function setReminderAddress(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof reminderAddressInput>): Promise<void> {
  const input = parseApplicationInput(reminderAddressInput, raw);
  if (ctx.actor === 'system') throw new Error('setReminderAddress: a person sets their own address');
  const userId = ctx.actor.userId;
  await db.deleteFrom('application_reminder_addresses').where('user_id', '=', userId).execute();
  if (input.email) {
    await db.insertInto('application_reminder_addresses')
      .values({ user_id: userId, email: input.email, last_sent_on: null, updated_at: ctx.clock.now().toISOString() }).execute();
  }
}

export async function findReminderAddress(db: Kysely<Database>, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('application_reminder_addresses').select('email').where('user_id', '=', userId).executeTakeFirst();
  return row?.email;
}
