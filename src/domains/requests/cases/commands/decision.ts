/**
 * The decision (第三十六条至第三十九条): each request of the application gets an outcome from the
 * national taxonomy; the case gets one outcome for table 三 (case-outcome.ts). The reply letter is
 * drafted from it, reviewed by someone other than its drafter, then sent: sending is the 答复 that
 * stops the clock and closes the case. Delivery is recorded afterwards.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newId } from '../../../../db/ids.ts';
import type { Database } from '../../../../db/schema.ts';
import { updateVersioned } from '../../../../db/optimistic.ts';
import { inTransaction } from '../../../../db/transaction.ts';
import type { CommandContext } from '../../../accounts/index.ts';
import type { CalendarDate } from '../../../calendar/index.ts';
import { todayInShanghai } from '../../../calendar/index.ts';
import { OUTCOMES } from '../../outcomes/index.ts';
import type { Outcome } from '../../outcomes/index.ts';
import { caseOutcome } from '../case-outcome.ts';
import { actorId, caseRef, changeCase, dateField, loadCaseForAction, notAfterToday } from '../change-case.ts';
import { applicationError, parseApplicationInput } from '../errors.ts';
import { recordApplicationEvent } from '../events.ts';
import { buildReplyLetter } from '../letters.ts';
import type { ReplyLetter } from '../letters.ts';
import { DELIVERY_WAYS } from '../vocabulary.ts';

export const decideApplicationInput = z.object({
  ...caseRef,
  decidedOn: dateField('决定日期').optional(),
  /** One decision per request of the application (by item id), or one `outcome` for a single-request case. */
  items: z.array(z.object({
    itemId: z.string(),
    outcome: z.enum(OUTCOMES, { error: '请选择办理结果' }),
    reason: z.string().trim().max(5000).optional(),
  })).min(1, { error: '请对每项申请作出决定' }),
});

export function decideApplication(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof decideApplicationInput>) {
  const input = parseApplicationInput(decideApplicationInput, raw);
  return changeCase(db, ctx, input, 'application.handle', async (c, { trx, today }) => {
    if (c.decidedOn) throw applicationError('applications.already_decided');
    if (c.status !== 'received' && c.status !== 'inProgress') {
      throw applicationError('applications.invalid_input', `cannot decide in status ${c.status}`, [{ field: 'items', message: c.status === 'awaitingCorrection' ? '正在等待补正，不能作出决定' : c.status === 'consulting' ? '征求意见尚未结束，请先登记答复' : '当前状态不能作出决定' }]);
    }
    if (c.pendingExtension) throw applicationError('applications.extension_pending');
    const on = input.decidedOn ?? today;
    notAfterToday(on, today, 'decidedOn');
    const items = await trx.selectFrom('application_items').select(['id', 'position']).where('case_id', '=', c.id).orderBy('position').execute();
    const byId = new Map(input.items.map((i) => [i.itemId, i]));
    const missing = items.filter((i) => !byId.has(i.id));
    const unknown = input.items.filter((i) => !items.some((it) => it.id === i.itemId));
    if (missing.length > 0 || unknown.length > 0) {
      throw applicationError('applications.invalid_input', 'items mismatch', [{ field: 'items', message: missing.length > 0 ? `请对全部 ${items.length} 项申请分别作出决定` : '申请项不属于本申请' }]);
    }
    for (const item of items) {
      const d = byId.get(item.id)!;
      await trx.updateTable('application_items').set({ outcome: d.outcome, decided_on: on, reason: d.reason ?? null }).where('id', '=', item.id).execute();
    }
    const outcome = caseOutcome(items.map((i) => byId.get(i.id)!.outcome));
    return { set: { outcome, decided_on: on }, event: 'application.decided', data: { outcome, items: input.items.map((i) => ({ itemId: i.itemId, outcome: i.outcome })) }, result: outcome as Outcome };
  });
}

export const draftReplyLetterInput = z.object({
  ...caseRef,
  reviewBody: z.string().trim().max(100).optional(),
  court: z.string().trim().max(100).optional(),
});

/** 生成答复书: from the decision, as a draft waiting for review. */
export function draftReplyLetter(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof draftReplyLetterInput>) {
  const input = parseApplicationInput(draftReplyLetterInput, raw);
  return changeCase(db, ctx, input, 'application.handle', async (c, { trx, today, organisationName }) => {
    if (!c.decidedOn || !c.outcome) throw applicationError('applications.not_decided');
    const items = await trx.selectFrom('application_items').selectAll().where('case_id', '=', c.id).orderBy('position').execute();
    const letter = buildReplyLetter({
      organisationName, number: c.number ?? '', applicantName: c.applicantName, receivedOn: c.receivedOn!, description: c.description,
      deliveryForm: c.deliveryForm, deliveryWay: c.deliveryWay, outcome: c.outcome, dated: today,
      items: items.map((i) => ({ position: i.position, description: i.description, outcome: (i.outcome ?? c.outcome) as Outcome, reason: i.reason })),
      ...(input.reviewBody ? { reviewBody: input.reviewBody } : {}), ...(input.court ? { court: input.court } : {}),
    });
    // A new draft replaces earlier unsent reply drafts.
    await trx.deleteFrom('application_letters').where('case_id', '=', c.id).where('kind', '=', 'reply').where('status', '!=', 'sent').execute();
    const id = newId();
    await trx.insertInto('application_letters').values({
      id, case_id: c.id, kind: 'reply', status: 'draft', content: JSON.stringify(letter), drafted_by: actorId(ctx), drafted_at: ctx.clock.now().toISOString(),
      reviewed_by: null, reviewed_at: null, review_note: null, sent_on: null, delivery_way: null, delivered_on: null, version: 1,
    }).execute();
    return { event: 'application.letter_drafted', data: { letterId: id, outcome: c.outcome }, result: { letterId: id, letter } };
  });
}

async function loadLetter(db: Kysely<Database>, letterId: string) {
  const row = /^[A-Za-z0-9_-]{1,64}$/.test(letterId) ? await db.selectFrom('application_letters').selectAll().where('id', '=', letterId).executeTakeFirst() : undefined;
  if (!row) throw applicationError('applications.letter_not_found');
  return row;
}

export const reviewLetterInput = z.object({ letterId: z.string(), version: z.number().int(), approve: z.boolean(), note: z.string().trim().max(2000).optional() });

/** 审核: a leader other than the drafter approves the letter, or sends it back with a note. */
export async function reviewLetter(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof reviewLetterInput>) {
  const input = parseApplicationInput(reviewLetterInput, raw);
  return inTransaction(db, async (trx) => {
    const letter = await loadLetter(trx, input.letterId);
    const { case: c } = await loadCaseForAction(trx, ctx, letter.case_id, 'application.reviewLetter');
    if (letter.status !== 'draft') throw applicationError('applications.letter_already_reviewed');
    if (letter.drafted_by !== null && letter.drafted_by === actorId(ctx)) throw applicationError('applications.own_letter');
    const version = await updateVersioned(trx, 'application_letters', letter.id, input.version, {
      status: input.approve ? 'approved' : 'draft', reviewed_by: actorId(ctx), reviewed_at: ctx.clock.now().toISOString(), review_note: input.note ?? null,
    });
    await recordApplicationEvent(trx, ctx, { name: 'application.letter_reviewed', caseId: c.id, organisationId: c.organisationId, data: { letterId: letter.id, approved: input.approve, note: input.note ?? null } });
    return { letterId: letter.id, status: input.approve ? 'approved' as const : 'draft' as const, version };
  });
}

export const sendLetterInput = z.object({ letterId: z.string(), sentOn: dateField('发出日期').optional(), deliveryWay: z.enum(DELIVERY_WAYS, { error: '请选择送达方式' }) });

/** 答复: the approved letter goes out; the clock stops (答复) and the case closes with its outcome. */
export async function sendReplyLetter(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof sendLetterInput>) {
  const input = parseApplicationInput(sendLetterInput, raw);
  return inTransaction(db, async (trx) => {
    const letter = await loadLetter(trx, input.letterId);
    if (letter.kind !== 'reply') throw applicationError('applications.letter_not_found');
    if (letter.status !== 'approved') throw applicationError('applications.letter_not_approved');
    const current = await trx.selectFrom('application_cases').select('version').where('id', '=', letter.case_id).executeTakeFirstOrThrow();
    const today = todayInShanghai(ctx.clock);
    const on = (input.sentOn ?? today) as CalendarDate;
    notAfterToday(on, today, 'sentOn');
    const content = JSON.parse(letter.content) as ReplyLetter;
    const changed = await changeCase(trx, ctx, { caseId: letter.case_id, version: Number(current.version) }, 'application.handle', (c) => {
      if (!c.outcome) throw applicationError('applications.not_decided');
      return { clock: [{ type: 'replied', on, outcome: c.outcome }], event: 'application.letter_sent', data: { letterId: letter.id, deliveryWay: input.deliveryWay } };
    });
    await updateVersioned(trx, 'application_letters', letter.id, Number(letter.version), {
      status: 'sent', sent_on: on, delivery_way: input.deliveryWay, content: JSON.stringify({ ...content, dated: on }),
    });
    return changed;
  });
}

export const recordDeliveryInput = z.object({ letterId: z.string(), deliveredOn: dateField('送达日期').optional() });

/** 送达: when the applicant received the letter (the remedy periods run from knowing of it). */
export async function recordDelivery(db: Kysely<Database>, ctx: CommandContext, raw: z.input<typeof recordDeliveryInput>) {
  const input = parseApplicationInput(recordDeliveryInput, raw);
  return inTransaction(db, async (trx) => {
    const letter = await loadLetter(trx, input.letterId);
    const { case: c } = await loadCaseForAction(trx, ctx, letter.case_id, 'application.handle');
    if (letter.status !== 'sent' || !letter.sent_on) throw applicationError('applications.letter_not_sent');
    const today = todayInShanghai(ctx.clock);
    const on = (input.deliveredOn ?? today) as CalendarDate;
    notAfterToday(on, today, 'deliveredOn');
    if (on < letter.sent_on) throw applicationError('applications.invalid_input', 'delivered before sent', [{ field: 'deliveredOn', message: '送达日期不能早于发出日期' }]);
    await updateVersioned(trx, 'application_letters', letter.id, Number(letter.version), { delivered_on: on });
    await recordApplicationEvent(trx, ctx, { name: 'application.letter_delivered', caseId: c.id, organisationId: c.organisationId, data: { letterId: letter.id, deliveredOn: on } });
    return { letterId: letter.id, deliveredOn: on };
  });
}
