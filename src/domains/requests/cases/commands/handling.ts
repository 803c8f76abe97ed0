/**
 * Handling steps on the clock: assignment, 补正 (第三十条), consultation (第三十二条、第三十四条),
 * withdrawal. Each is one command through changeCase (load → authorize → rule → write + event).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newId } from '../../../../db/ids.ts';
import type { Database } from '../../../../db/schema.ts';
import type { CommandContext } from '../../../accounts/index.ts';
import type { ConsultedParty } from '../../clock/index.ts';
import { CONSULTED_PARTIES } from '../../clock/index.ts';
import { actorId, caseRef, changeCase, dateField, notAfterToday } from '../change-case.ts';
import { applicationError, parseApplicationInput } from '../errors.ts';
import { CONSULTATION_OPINIONS, CONSULTATION_PARTIES } from '../vocabulary.ts';
import type { ConsultationParty } from '../vocabulary.ts';

export const assignHandlerInput = z.object({ ...caseRef, handlerUserId: z.string({ error: '请选择承办人' }).min(1, { error: '请选择承办人' }) });

/** 分办: the case goes to a 依申请承办人 of its organisation. */
export function assignHandler(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof assignHandlerInput>) {
  const input = parseApplicationInput(assignHandlerInput, raw);
  return changeCase(db, ctx, input, 'application.assign', async (c, { trx }) => {
    const eligible = /^[A-Za-z0-9_-]{1,64}$/.test(input.handlerUserId) && await trx.selectFrom('role_assignments')
      .innerJoin('users', 'users.id', 'role_assignments.user_id')
      .select('users.id')
      .where('role_assignments.user_id', '=', input.handlerUserId)
      .where('role_assignments.organisation_id', '=', c.organisationId)
      .where('role_assignments.role', '=', 'caseHandler')
      .where('users.disabled', '=', 0)
      .executeTakeFirst();
    if (!eligible) throw applicationError('applications.handler_not_eligible', `user ${input.handlerUserId}`, [{ field: 'handlerUserId', message: '承办人须为本机关的依申请承办人' }]);
    return { set: { handler_user_id: input.handlerUserId }, event: 'application.assigned', data: { from: c.handlerUserId, to: input.handlerUserId } };
  });
}

export const requestCorrectionInput = z.object({
  ...caseRef,
  sentOn: dateField('告知日期').optional(),
  /** The reasonable period the agency sets for the correction (第三十条). */
  correctionDueOn: dateField('补正期限'),
  /** What must be corrected, once and in full (一次性告知). */
  items: z.string({ error: '请写明需要补正的事项' }).trim().min(4, { error: '请一次性写明需要补正的全部事项' }).max(3000),
});

/** 补正告知 (第三十条): once, in full, within 7 working days of receipt (late is recorded as a warning). */
export function requestCorrection(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof requestCorrectionInput>) {
  const input = parseApplicationInput(requestCorrectionInput, raw);
  return changeCase(db, ctx, input, 'application.handle', async (c, { trx, today }) => {
    const on = input.sentOn ?? today;
    notAfterToday(on, today, 'sentOn');
    if (input.correctionDueOn <= on) throw applicationError('applications.invalid_input', 'correction due not after notice', [{ field: 'correctionDueOn', message: '补正期限须晚于告知日期' }]);
    await trx.insertInto('application_letters').values({
      id: newId(), case_id: c.id, kind: 'correction', status: 'sent',
      content: JSON.stringify({ items: input.items, correctionDueOn: input.correctionDueOn, sentOn: on }),
      drafted_by: actorId(ctx), drafted_at: ctx.clock.now().toISOString(), reviewed_by: null, reviewed_at: null, review_note: null,
      sent_on: on, delivery_way: c.deliveryWay, delivered_on: null, version: 1,
    }).execute();
    return {
      clock: [{ type: 'correctionRequested', on, correctionDueOn: input.correctionDueOn }],
      event: 'application.correction_requested', data: { items: input.items, correctionDueOn: input.correctionDueOn },
    };
  });
}

export const receiveCorrectionInput = z.object({
  ...caseRef,
  receivedOn: dateField('收到补正的日期').optional(),
  /** The corrected description, if the applicant rewrote it. */
  description: z.string().trim().min(2).max(5000).optional(),
});

/** The corrected application arrived: the 20 working days restart from that day (第三十条). */
export function receiveCorrection(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof receiveCorrectionInput>) {
  const input = parseApplicationInput(receiveCorrectionInput, raw);
  return changeCase(db, ctx, input, 'application.handle', (c, { today }) => {
    const on = input.receivedOn ?? today;
    notAfterToday(on, today, 'receivedOn');
    return {
      clock: [{ type: 'correctionReceived', on }],
      ...(input.description ? { set: { description: input.description } } : {}),
      event: 'application.correction_received', data: { on },
    };
  });
}

export const lapseCorrectionInput = z.object({ ...caseRef, on: dateField('认定日期').optional() });

/** The correction period passed without good reason: 视为放弃申请 (第三十条), closed as （六）1. */
export function lapseCorrection(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof lapseCorrectionInput>) {
  const input = parseApplicationInput(lapseCorrectionInput, raw);
  return changeCase(db, ctx, input, 'application.handle', (_c, { today }) => {
    const on = input.on ?? today;
    notAfterToday(on, today, 'on');
    return { clock: [{ type: 'correctionLapsed', on }], set: { outcome: 'correctionLapsed', decided_on: on }, event: 'application.correction_lapsed' };
  });
}

export const startConsultationInput = z.object({
  ...caseRef,
  party: z.enum(CONSULTATION_PARTIES, { error: '请选择征求意见对象' }),
  partyName: z.string({ error: '请填写征求意见对象名称' }).trim().min(2, { error: '请填写征求意见对象名称' }).max(200),
  question: z.string({ error: '请写明征求意见的内容' }).trim().min(4, { error: '请写明征求意见的内容' }).max(5000),
  sentOn: dateField('发函日期').optional(),
  deliveredOn: dateField('送达日期').optional(),
});

/** The clock's party for a consultation (the competent authority has no 15-day limit of its own). */
export function clockPartyFor(party: ConsultationParty): ConsultedParty {
  // Until the clock knows the competent authority, it is paused as another agency would pause it.
  return (CONSULTED_PARTIES as readonly string[]).includes(party) ? (party as ConsultedParty) : 'otherAgency';
}

/** 书面征求意见: the time the party takes is not counted (第三十三条第二款). */
export function startConsultation(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof startConsultationInput>) {
  const input = parseApplicationInput(startConsultationInput, raw);
  return changeCase(db, ctx, input, 'application.handle', async (c, { trx, today }) => {
    const on = input.sentOn ?? today;
    notAfterToday(on, today, 'sentOn');
    if (input.deliveredOn) notAfterToday(input.deliveredOn, today, 'deliveredOn');
    const id = newId();
    await trx.insertInto('application_consultations').values({
      id, case_id: c.id, party: input.party, party_name: input.partyName, question: input.question,
      sent_on: on, delivered_on: input.deliveredOn ?? null, replied_on: null, opinion: null, reply_summary: null,
    }).execute();
    return {
      clock: [{ type: 'consultationStarted', on, party: clockPartyFor(input.party), ...(input.deliveredOn ? { deliveredOn: input.deliveredOn } : {}) }],
      event: 'application.consultation_started', data: { consultationId: id, party: input.party, partyName: input.partyName }, result: id,
    };
  });
}

export const answerConsultationInput = z.object({
  ...caseRef,
  consultationId: z.string(),
  repliedOn: dateField('答复日期').optional(),
  opinion: z.enum(CONSULTATION_OPINIONS, { error: '请选择意见' }),
  summary: z.string().trim().max(5000).optional(),
});

/** The consulted party answered (or its period ran out: opinion `noAnswer`); the clock runs again. */
export function answerConsultation(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof answerConsultationInput>) {
  const input = parseApplicationInput(answerConsultationInput, raw);
  return changeCase(db, ctx, input, 'application.handle', async (c, { trx, today }) => {
    const on = input.repliedOn ?? today;
    notAfterToday(on, today, 'repliedOn');
    const row = /^[A-Za-z0-9_-]{1,64}$/.test(input.consultationId)
      ? await trx.selectFrom('application_consultations').selectAll().where('id', '=', input.consultationId).where('case_id', '=', c.id).executeTakeFirst() : undefined;
    if (!row) throw applicationError('applications.consultation_not_found');
    if (row.replied_on) throw applicationError('applications.consultation_answered');
    await trx.updateTable('application_consultations').set({ replied_on: on, opinion: input.opinion, reply_summary: input.summary ?? null }).where('id', '=', row.id).execute();
    return { clock: [{ type: 'consultationEnded', on }], event: 'application.consultation_answered', data: { consultationId: row.id, opinion: input.opinion } };
  });
}

export const withdrawApplicationInput = z.object({ ...caseRef, on: dateField('撤回日期').optional(), note: z.string().trim().max(2000).optional() });

/** 申请人撤回申请: the case closes (table 三 （六）3 其他 in the 2021 format). */
export function withdrawApplication(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof withdrawApplicationInput>) {
  const input = parseApplicationInput(withdrawApplicationInput, raw);
  return changeCase(db, ctx, input, 'application.handle', (_c, { today }) => {
    const on = input.on ?? today;
    notAfterToday(on, today, 'on');
    return { clock: [{ type: 'withdrawn', on }], set: { outcome: 'withdrawn', decided_on: on }, event: 'application.withdrawn', data: { note: input.note ?? null } };
  });
}
