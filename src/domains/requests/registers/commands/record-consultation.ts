import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newId } from '../../../../db/ids.ts';
import { updateVersioned } from '../../../../db/optimistic.ts';
import type { Database } from '../../../../db/schema.ts';
import { inTransaction } from '../../../../db/transaction.ts';
import type { CommandContext } from '../../../accounts/index.ts';
import { isCalendarDate, todayInShanghai } from '../../../calendar/index.ts';
import { organisationForRegister } from '../access.ts';
import { invalidInput, parseInput } from '../errors.ts';
import { recordRegisterEvent } from '../events.ts';
import { getConsultationRow } from '../queries/consultations.ts';
import { toConsultation } from '../repository.ts';
import type { Consultation } from '../types.ts';
import { CONSULTATION_CHANNELS } from '../vocabulary.ts';

const consultationFields = {
  channel: z.enum(CONSULTATION_CHANNELS, { error: '请选择咨询渠道' }),
  consultedOn: z
    .string({ error: '请填写咨询日期' })
    .trim()
    .min(1, { error: '请填写咨询日期' })
    .refine(isCalendarDate, { error: '咨询日期不是存在的日期（格式 YYYY-MM-DD，例如 2026-03-05）' }),
  summary: z.string({ error: '请填写咨询内容摘要' }).trim().min(1, { error: '请填写咨询内容摘要' }).max(2000, { error: '咨询内容摘要不能超过2000个字' }),
};

export const recordConsultationInput = z.object({ organisationId: z.string(), ...consultationFields });
export type RecordConsultationInput = z.input<typeof recordConsultationInput>;

export const updateConsultationInput = z.object({ consultationId: z.string(), version: z.number().int(), ...consultationFields });
export type UpdateConsultationInput = z.input<typeof updateConsultationInput>;

function refuseFuture(consultedOn: string, ctx: CommandContext): void {
  const today = todayInShanghai(ctx.clock);
  if (consultedOn > today) throw invalidInput([{ field: 'consultedOn', message: `咨询日期（${consultedOn}）不能晚于今天（${today}）` }]);
}

/** 登记咨询: one enquiry by channel, counted in the year of its date. */
export async function recordConsultation(db: Kysely<Database>, ctx: CommandContext, rawInput: RecordConsultationInput): Promise<Consultation> {
  const input = parseInput(recordConsultationInput, rawInput);
  refuseFuture(input.consultedOn, ctx);
  return inTransaction(db, async (trx) => {
    const organisation = await organisationForRegister(trx, ctx.actor, input.organisationId, 'register.manage');
    const now = ctx.clock.now().toISOString();
    const row = {
      id: newId(), organisation_id: organisation.id, channel: input.channel, consulted_on: input.consultedOn, summary: input.summary,
      created_at: now, updated_at: now, version: 1,
    };
    await trx.insertInto('consultations').values(row).execute();
    await recordRegisterEvent(trx, ctx, {
      name: 'consultation.recorded', subjectType: 'consultation', subjectId: row.id, organisationId: organisation.id,
      data: { channel: input.channel, consultedOn: input.consultedOn },
    });
    return toConsultation(row);
  });
}

/** 修改咨询记录, with optimistic concurrency. */
export async function updateConsultation(db: Kysely<Database>, ctx: CommandContext, rawInput: UpdateConsultationInput): Promise<Consultation> {
  const input = parseInput(updateConsultationInput, rawInput);
  refuseFuture(input.consultedOn, ctx);
  return inTransaction(db, async (trx) => {
    const before = await getConsultationRow(trx, ctx.actor, input.consultationId, 'register.manage');
    const now = ctx.clock.now().toISOString();
    const values = { channel: input.channel, consulted_on: input.consultedOn, summary: input.summary, updated_at: now };
    const version = await updateVersioned(trx, 'consultations', before.id, input.version, values);
    await recordRegisterEvent(trx, ctx, {
      name: 'consultation.updated', subjectType: 'consultation', subjectId: before.id, organisationId: before.organisationId,
      data: { from: { channel: before.channel, consultedOn: before.consultedOn }, to: { channel: input.channel, consultedOn: input.consultedOn } },
    });
    return { ...before, channel: input.channel, consultedOn: input.consultedOn, summary: input.summary, updatedAt: now, version };
  });
}
