import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/optimistic.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { todayInShanghai } from '../../calendar/index.ts';
import type { CommandContext, Organisation } from '../../accounts/index.ts';
import { invalidInput, parseInput, wrongStatus } from '../errors.ts';
import { recordPublishingEvent } from '../events.ts';
import { itemFieldsInput } from '../item-input.ts';
import type { ItemFields, ItemFieldsInput } from '../item-input.ts';
import { itemFor } from '../item-access.ts';
import { organisationFor } from '../organisation-access.ts';
import { recordReview } from '../publication.ts';
import { actorId, findColumnRow, findItemRow } from '../repository.ts';
import { looksLikeHtml, sanitizeBody, textToHtml } from '../sanitize.ts';
import type { CatalogColumn, InformationItem } from '../types.ts';

export function bodyHtmlFrom(body: string): string {
  return sanitizeBody(looksLikeHtml(body) ? body : textToHtml(body));
}

async function columnOf(trx: Transaction<Database>, organisation: Organisation, columnId: string): Promise<CatalogColumn> {
  const column = await findColumnRow(trx, columnId);
  if (!column || column.organisationId !== organisation.id) throw invalidInput([{ field: 'columnId', message: '请选择本机构的栏目' }]);
  return column;
}

function fieldValues(input: ItemFields, column: CatalogColumn, organisation: Organisation, today: string) {
  const documentKind = input.documentKind ?? column.documentKind;
  const normative = documentKind !== 'other';
  return {
    column_id: column.id,
    title: input.title,
    body_html: bodyHtmlFrom(input.body),
    issuer: input.issuer || organisation.name,
    topic: input.topic,
    doc_number: input.docNumber,
    keywords: input.keywords,
    made_on: input.madeOn,
    formed_on: input.formedOn ?? input.madeOn ?? today,
    scheduled_on: input.scheduledOn,
    effective_on: input.effectiveOn,
    document_kind: documentKind,
    // 有效性 applies to 规章 and 规范性文件; new ones are in force (有效) unless said otherwise.
    validity: normative ? input.validity || 'valid' : '',
  };
}

/** 起草: a new item as a draft of the publisher (信息发布员). */
export async function createItem(db: Kysely<Database>, ctx: CommandContext, organisationId: string, raw: ItemFieldsInput): Promise<InformationItem> {
  const input = parseInput(itemFieldsInput, raw);
  return inTransaction(db, async (trx) => {
    const organisation = await organisationFor(trx, ctx.actor, organisationId, 'item.draft');
    const column = await columnOf(trx, organisation, input.columnId);
    const now = ctx.clock.now().toISOString();
    const id = newId();
    await trx
      .insertInto('information_items')
      .values({
        id,
        organisation_id: organisation.id,
        ...fieldValues(input, column, organisation, todayInShanghai(ctx.clock)),
        index_number: null,
        published_on: null,
        repealed_on: null,
        expired_on: null,
        status: 'draft',
        author_user_id: actorId(ctx.actor),
        rejection_reason: '',
        withdrawn_reason: '',
        withdrawn_on: null,
        imported: 0,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await recordReview(trx, ctx, id, 'draft', 'created');
    await recordPublishingEvent(trx, ctx, { name: 'item.created', subjectType: 'item', subjectId: id, organisationId: organisation.id, data: { title: input.title } });
    return (await findItemRow(trx, id))!;
  });
}

/** 修改草稿: only drafts (new or returned) are edited; what is under review is what gets approved. */
export async function updateItem(db: Kysely<Database>, ctx: CommandContext, itemId: string, version: number, raw: ItemFieldsInput): Promise<InformationItem> {
  const input = parseInput(itemFieldsInput, raw);
  return inTransaction(db, async (trx) => {
    const { item, organisation } = await itemFor(trx, ctx.actor, itemId, 'item.edit');
    if (item.status !== 'draft') throw wrongStatus(item.status, 'edit');
    const column = await columnOf(trx, organisation, input.columnId);
    await updateVersioned(trx, 'information_items', item.id, version, {
      ...fieldValues(input, column, organisation, todayInShanghai(ctx.clock)),
      updated_at: ctx.clock.now().toISOString(),
    });
    await recordReview(trx, ctx, item.id, 'draft', 'edited');
    await recordPublishingEvent(trx, ctx, { name: 'item.updated', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { title: input.title } });
    return (await findItemRow(trx, item.id))!;
  });
}
