/**
 * 信息处理费 (第四十二条; 国办函〔2020〕109号): the fee notice, payment within 20 working days from
 * the day after the applicant receives it, or the application is treated as abandoned. The amount
 * is priced by ../../fees (按件 or 按量); whether to charge is the agency's finding.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newId } from '../../../../db/ids.ts';
import type { Database } from '../../../../db/schema.ts';
import type { CommandContext } from '../../../accounts/index.ts';
import { actorId, caseRef, changeCase, dateField, notAfterToday } from '../change-case.ts';
import { applicationError, parseApplicationInput } from '../errors.ts';

export const sendFeeNoticeInput = z.object({
  ...caseRef,
  amountYuan: z.number({ error: '请填写收费金额' }).positive({ error: '收费金额须大于0' }).max(10_000_000).multipleOf(0.01, { error: '金额最多两位小数' }),
  /** 按件 or 按量, with the quantity, for the notice's wording. */
  basis: z.enum(['perPiece', 'perPage'], { error: '请选择计费方式' }),
  quantity: z.number().int().min(1).max(100_000),
  sentOn: dateField('发出日期').optional(),
  /** The day the applicant received the notice (the payment window counts from the next day). */
  receivedOn: dateField('申请人收到日期').optional(),
});

export function sendFeeNotice(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof sendFeeNoticeInput>) {
  const input = parseApplicationInput(sendFeeNoticeInput, raw);
  return changeCase(db, ctx, input, 'application.handle', async (c, { trx, today }) => {
    if (c.feeAmountYuan > 0) throw applicationError('applications.invalid_input', 'second fee notice', [{ field: 'amountYuan', message: '同一申请只能发出一次收费通知' }]);
    const sentOn = input.sentOn ?? today;
    const receivedOn = input.receivedOn ?? sentOn;
    notAfterToday(sentOn, today, 'sentOn');
    notAfterToday(receivedOn, today, 'receivedOn');
    if (receivedOn < sentOn) throw applicationError('applications.invalid_input', 'received before sent', [{ field: 'receivedOn', message: '收到日期不能早于发出日期' }]);
    await trx.insertInto('application_letters').values({
      id: newId(), case_id: c.id, kind: 'fee', status: 'sent',
      content: JSON.stringify({ amountYuan: input.amountYuan, basis: input.basis, quantity: input.quantity, sentOn, receivedOn }),
      drafted_by: actorId(ctx), drafted_at: ctx.clock.now().toISOString(), reviewed_by: null, reviewed_at: null, review_note: null,
      sent_on: sentOn, delivery_way: c.deliveryWay, delivered_on: receivedOn, version: 1,
    }).execute();
    return {
      clock: [{ type: 'feeNoticeReceived', on: receivedOn, sentOn, amountYuan: input.amountYuan }],
      set: { fee_amount_fen: Math.round(input.amountYuan * 100) },
      event: 'application.fee_noticed', data: { amountYuan: input.amountYuan, basis: input.basis, quantity: input.quantity, sentOn, receivedOn },
    };
  });
}

export const recordFeePaymentInput = z.object({ ...caseRef, paidOn: dateField('缴费日期').optional() });

export function recordFeePayment(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof recordFeePaymentInput>) {
  const input = parseApplicationInput(recordFeePaymentInput, raw);
  return changeCase(db, ctx, input, 'application.handle', (c, { today }) => {
    if (c.feeAmountYuan <= 0) throw applicationError('applications.fee_not_noticed');
    if (c.feePaidOn) throw applicationError('applications.fee_already_paid');
    const on = input.paidOn ?? today;
    notAfterToday(on, today, 'paidOn');
    return { clock: [{ type: 'feePaid', on }], set: { fee_paid_on: on }, event: 'application.fee_paid', data: { amountYuan: c.feeAmountYuan } };
  });
}

export const lapseFeeInput = z.object({ ...caseRef, on: dateField('认定日期').optional() });

/** 逾期未缴费: treated as abandoned, closed as （六）2 (2021 format). */
export function lapseFee(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof lapseFeeInput>) {
  const input = parseApplicationInput(lapseFeeInput, raw);
  return changeCase(db, ctx, input, 'application.handle', (c, { today }) => {
    if (c.feeAmountYuan <= 0) throw applicationError('applications.fee_not_noticed');
    const on = input.on ?? today;
    notAfterToday(on, today, 'on');
    return { clock: [{ type: 'feeLapsed', on }], set: { outcome: 'feeUnpaid', decided_on: on }, event: 'application.fee_lapsed' };
  });
}
