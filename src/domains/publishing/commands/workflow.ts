import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { compareDates, isCalendarDate, todayInShanghai } from '../../calendar/index.ts';
import type { CalendarDate } from '../../calendar/index.ts';
import type { CommandContext } from '../../accounts/index.ts';
import { forbidden, parseInput, publishingError, wrongStatus } from '../errors.ts';
import { recordPublishingEvent } from '../events.ts';
import { itemFor } from '../item-access.ts';
import { canDecideStep } from '../policy.ts';
import { assertNoUnresolvedFindings, itemFindings, publishNow, recordReview, searchDocumentFor } from '../publication.ts';
import { touchPortal } from '../portal-generation.ts';
import { findItemRow, loadSettings } from '../repository.ts';
import { indexDocument, removeDocument } from '../search-port.ts';
import type { InformationItem } from '../types.ts';
import { WORKFLOW_STEPS } from '../vocabulary.ts';
import type { WorkflowStep } from '../vocabulary.ts';

function isStep(status: string): status is WorkflowStep {
  return (WORKFLOW_STEPS as readonly string[]).includes(status);
}

async function moveTo(trx: Transaction<Database>, ctx: CommandContext, item: InformationItem, version: number, values: Parameters<typeof updateVersioned<'information_items'>>[4]): Promise<InformationItem> {
  await updateVersioned(trx, 'information_items', item.id, version, { ...values, updated_at: ctx.clock.now().toISOString() });
  return (await findItemRow(trx, item.id))!;
}

/**
 * After the last step: publish now, or wait for the scheduled date (定时发布). Publication is
 * refused while a privacy finding is neither masked nor waived (先审查、后公开).
 */
async function release(trx: Transaction<Database>, ctx: CommandContext, item: InformationItem): Promise<InformationItem> {
  await assertNoUnresolvedFindings(trx, item);
  const today = todayInShanghai(ctx.clock);
  if (item.scheduledOn && compareDates(item.scheduledOn as CalendarDate, today) > 0) {
    const scheduled = await moveTo(trx, ctx, item, item.version, { status: 'scheduled' });
    await recordReview(trx, ctx, item.id, 'publish', 'scheduled', item.scheduledOn);
    await recordPublishingEvent(trx, ctx, { name: 'item.scheduled', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { on: item.scheduledOn } });
    return scheduled;
  }
  return publishNow(trx, ctx, item, today);
}

/** 提交审核: a draft goes to the organisation's first review step. */
export async function submitItem(db: Kysely<Database>, ctx: CommandContext, itemId: string, version: number): Promise<InformationItem> {
  return inTransaction(db, async (trx) => {
    const { item } = await itemFor(trx, ctx.actor, itemId, 'item.edit');
    if (item.status !== 'draft') throw wrongStatus(item.status, 'submit');
    const [first] = (await loadSettings(trx, item.organisationId)).workflowSteps;
    const findings = await itemFindings(trx, item);
    const moved = await moveTo(trx, ctx, item, version, { status: first ?? 'draft', rejection_reason: '' });
    await recordReview(trx, ctx, item.id, 'draft', 'submitted', findings.length > 0 ? `隐私检查发现${findings.length}处个人信息` : '');
    await recordPublishingEvent(trx, ctx, { name: 'item.submitted', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { findings: findings.length } });
    return first ? moved : release(trx, ctx, moved);
  });
}

export const decisionInput = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), opinion: z.string().trim().max(1000, { error: '意见不能超过1000个字' }).default('') }),
  z.object({
    decision: z.literal('reject'),
    opinion: z.string({ error: '请填写退回理由' }).trim().min(1, { error: '请填写退回理由' }).max(1000, { error: '意见不能超过1000个字' }),
  }),
]);
export type DecisionInput = z.input<typeof decisionInput>;

/**
 * 审核 / 保密审查 / 签发: the holder of the step's role approves (to the next step, or to
 * publication after the last) or rejects with a reason (back to the author as a draft). Nobody
 * decides on their own item. The 保密审查 step and publication refuse unresolved privacy findings.
 */
export async function decideItem(db: Kysely<Database>, ctx: CommandContext, itemId: string, version: number, raw: DecisionInput): Promise<InformationItem> {
  const input = parseInput(decisionInput, raw);
  return inTransaction(db, async (trx) => {
    const { item, organisation } = await itemFor(trx, ctx.actor, itemId, null);
    if (!isStep(item.status)) throw wrongStatus(item.status, input.decision);
    const step = item.status;
    if (ctx.actor !== 'system') {
      if (ctx.actor.userId === item.authorUserId) throw publishingError('publishing.own_item', 'forbidden', `user ${ctx.actor.userId} decides own item ${item.id}`);
      if (!canDecideStep(ctx.actor, step, { organisationPath: organisation.path, authorUserId: item.authorUserId })) throw forbidden(`decide ${step} on item ${item.id}`);
    }
    if (input.decision === 'reject') {
      const back = await moveTo(trx, ctx, item, version, { status: 'draft', rejection_reason: input.opinion });
      await recordReview(trx, ctx, item.id, step, 'rejected', input.opinion);
      await recordPublishingEvent(trx, ctx, { name: 'item.rejected', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { step, reason: input.opinion } });
      return back;
    }
    if (step === 'secrecy') await assertNoUnresolvedFindings(trx, item);
    const steps = (await loadSettings(trx, item.organisationId)).workflowSteps;
    const next = steps[steps.indexOf(step) + 1];
    const findings = await itemFindings(trx, item);
    const moved = await moveTo(trx, ctx, item, version, next ? { status: next } : {});
    await recordReview(trx, ctx, item.id, step, 'approved', input.opinion);
    await recordPublishingEvent(trx, ctx, { name: 'item.approved', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { step, findings: findings.length } });
    return next ? moved : release(trx, ctx, moved);
  });
}

/** 定时发布: publishes every scheduled item whose date has come. Returns how many. */
export async function publishDueItems(db: Kysely<Database>, ctx: CommandContext): Promise<number> {
  const today = todayInShanghai(ctx.clock);
  const due = await db.selectFrom('information_items').select('id').where('status', '=', 'scheduled').where('scheduled_on', '<=', today).execute();
  let published = 0;
  for (const { id } of due) {
    await inTransaction(db, async (trx) => {
      const item = await findItemRow(trx, id);
      if (item?.status !== 'scheduled') return;
      await assertNoUnresolvedFindings(trx, item);
      await publishNow(trx, ctx, item, today);
      published += 1;
    });
  }
  return published;
}

const reasonInput = z.object({ reason: z.string({ error: '请填写理由' }).trim().min(2, { error: '请填写理由（至少2个字）' }).max(1000, { error: '理由不能超过1000个字' }) });

/** 撤回: the item leaves the portal's lists and search; its page says so and why; 索引号 stays taken. */
export async function withdrawItem(db: Kysely<Database>, ctx: CommandContext, itemId: string, version: number, raw: { reason: string }): Promise<InformationItem> {
  const { reason } = parseInput(reasonInput, raw);
  return inTransaction(db, async (trx) => {
    const { item } = await itemFor(trx, ctx.actor, itemId, 'item.withdraw');
    if (item.status !== 'published' && item.status !== 'scheduled') throw wrongStatus(item.status, 'withdraw');
    const withdrawn = await moveTo(trx, ctx, item, version, { status: 'withdrawn', withdrawn_reason: reason, withdrawn_on: todayInShanghai(ctx.clock) });
    await recordReview(trx, ctx, item.id, 'publish', 'withdrawn', reason);
    await recordPublishingEvent(trx, ctx, { name: 'item.withdrawn', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { reason, indexNumber: item.indexNumber } });
    await removeDocument(trx, item.id);
    await touchPortal(trx, item.organisationId);
    return withdrawn;
  });
}

const repealInput = z.object({
  validity: z.enum(['repealed', 'expired'], { error: '请选择废止或失效' }),
  on: z.string().trim().refine(isCalendarDate, { error: '日期应为有效日期，格式如 2026-03-01' }),
  reason: z.string().trim().max(1000).default(''),
});
export type RepealInput = z.input<typeof repealInput>;

/** 废止 / 失效 of a published 规章 or 规范性文件: 有效性 and its date change, the page and index follow. */
export async function repealItem(db: Kysely<Database>, ctx: CommandContext, itemId: string, version: number, raw: RepealInput): Promise<InformationItem> {
  const input = parseInput(repealInput, raw);
  return inTransaction(db, async (trx) => {
    const { item } = await itemFor(trx, ctx.actor, itemId, 'item.repeal');
    if (item.status !== 'published') throw wrongStatus(item.status, 'repeal');
    if (item.documentKind === 'other' || item.validity !== 'valid') throw publishingError('publishing.not_normative', 'conflict', `item ${item.id} is ${item.documentKind}/${item.validity}`);
    const changed = await moveTo(trx, ctx, item, version, input.validity === 'repealed' ? { validity: 'repealed', repealed_on: input.on } : { validity: 'expired', expired_on: input.on });
    await recordReview(trx, ctx, item.id, 'publish', input.validity, input.reason);
    await recordPublishingEvent(trx, ctx, { name: 'item.repealed', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { validity: input.validity, on: input.on } });
    await indexDocument(trx, await searchDocumentFor(trx, changed));
    await touchPortal(trx, item.organisationId);
    return changed;
  });
}
