import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { CommandContext } from '../../accounts/index.ts';
import { invalidInput, parseInput, wrongStatus } from '../errors.ts';
import { recordPublishingEvent } from '../events.ts';
import { itemFor } from '../item-access.ts';
import { maskBody, maskTitle } from '../privacy-port.ts';
import { itemFindings, recordReview } from '../publication.ts';
import { actorId, actorName, findItemRow } from '../repository.ts';
import type { InformationItem } from '../types.ts';

const BEFORE_PUBLICATION = new Set(['draft', 'review', 'secrecy', 'signoff']);

/**
 * 一键脱敏: masks every finding in the title and body (`138****1234`, `410329********123X`), or,
 * given a finding's key (`kind:text`), only that one wherever it occurs. Attachments cannot be
 * rewritten: their findings are replaced by a masked file or waived.
 */
export async function maskItem(db: Kysely<Database>, ctx: CommandContext, itemId: string, version: number, key?: string): Promise<InformationItem> {
  return inTransaction(db, async (trx) => {
    const { item } = await itemFor(trx, ctx.actor, itemId, 'item.mask');
    if (!BEFORE_PUBLICATION.has(item.status)) throw wrongStatus(item.status, 'mask');
    const inText = (await itemFindings(trx, item)).filter((f) => f.where !== 'attachment' && (key === undefined || f.key === key));
    if (key !== undefined && inText.length === 0) throw invalidInput([{ field: 'key', message: '该处个人信息已不存在或位于附件中，无法在此脱敏' }]);
    const before = inText.length;
    await updateVersioned(trx, 'information_items', item.id, version, { title: maskTitle(item.title, key), body_html: maskBody(item.bodyHtml, key), updated_at: ctx.clock.now().toISOString() });
    await recordReview(trx, ctx, item.id, item.status, 'masked', `脱敏${before}处`);
    await recordPublishingEvent(trx, ctx, { name: 'item.masked', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { findings: before, kind: key?.split(':')[0] ?? 'all' } });
    return (await findItemRow(trx, item.id))!;
  });
}

const waiveInput = z.object({
  key: z.string().min(1).max(300),
  reason: z.string({ error: '请说明无需脱敏的理由' }).trim().min(2, { error: '请说明无需脱敏的理由' }).max(1000, { error: '理由不能超过1000个字' }),
});

/**
 * 确认无需脱敏: the 保密审查员 accepts one finding as publishable (e.g. the office's own public
 * telephone number), with a logged reason.
 */
export async function waiveFinding(db: Kysely<Database>, ctx: CommandContext, itemId: string, raw: { key: string; reason: string }): Promise<void> {
  const input = parseInput(waiveInput, raw);
  await inTransaction(db, async (trx) => {
    const { item } = await itemFor(trx, ctx.actor, itemId, 'privacy.waive');
    if (!BEFORE_PUBLICATION.has(item.status)) throw wrongStatus(item.status, 'waive');
    const findings = await itemFindings(trx, item);
    if (!findings.some((f) => f.key === input.key)) throw invalidInput([{ field: 'key', message: '该处个人信息已不存在' }]);
    await trx
      .insertInto('item_privacy_waivers')
      .values({ id: newId(), item_id: item.id, finding_key: input.key, reason: input.reason, user_id: actorId(ctx.actor), user_name: actorName(ctx.actor), occurred_at: ctx.clock.now().toISOString() })
      .onConflict((oc) => oc.columns(['item_id', 'finding_key']).doNothing())
      .execute();
    await recordReview(trx, ctx, item.id, item.status, 'waived', `${input.key.split(':')[0]}：${input.reason}`);
    await recordPublishingEvent(trx, ctx, { name: 'item.privacy_waived', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { kind: input.key.split(':')[0], reason: input.reason } });
  });
}
