import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { newId } from '../../db/ids.ts';
import { listOrganisationsByIds } from '../accounts/index.ts';
import type { CommandContext } from '../accounts/index.ts';
import { publishingError } from './errors.ts';
import { recordPublishingEvent } from './events.ts';
import { countsPerYear, formatIndexNumber, nextSerial } from './index-number.ts';
import { scanItemText } from './privacy-port.ts';
import type { LocatedFinding } from './privacy-port.ts';
import { actorId, actorName, findColumnRow, loadSettings } from './repository.ts';
import type { Db } from './repository.ts';
import { bodyText } from './sanitize.ts';
import { touchPortal } from './portal-generation.ts';
import { indexDocument } from './search-port.ts';
import type { SearchDocument } from './search-port.ts';
import type { InformationItem } from './types.ts';
import type { ReviewDecision } from './vocabulary.ts';

export function itemUrl(organisationCode: string, itemId: string): string {
  return `/o/${organisationCode}/items/${itemId}`;
}

/** Appends one line to the item's review trail (who, when, which step, what, why). */
export async function recordReview(trx: Transaction<Database>, ctx: CommandContext, itemId: string, step: string, decision: ReviewDecision, opinion = ''): Promise<void> {
  const last = await trx.selectFrom('item_reviews').select((eb) => eb.fn.max('seq').as('max')).where('item_id', '=', itemId).executeTakeFirst();
  await trx
    .insertInto('item_reviews')
    .values({ id: newId(), item_id: itemId, seq: Number(last?.max ?? 0) + 1, step, decision, user_id: actorId(ctx.actor), user_name: actorName(ctx.actor), opinion, occurred_at: ctx.clock.now().toISOString() })
    .execute();
}

/** Every privacy finding of an item: title, body and (as scanned at upload) its attachments. */
export async function itemFindings(db: Db, item: Pick<InformationItem, 'id' | 'title' | 'bodyHtml'>): Promise<LocatedFinding[]> {
  const attachments = await db.selectFrom('item_attachments').select(['findings']).where('item_id', '=', item.id).orderBy('position').execute();
  return [...scanItemText(item.title, item.bodyHtml), ...attachments.flatMap((a) => JSON.parse(a.findings) as LocatedFinding[])];
}

/** Findings neither masked (they would not be found any more) nor waived by the 保密审查员. */
export async function unresolvedFindings(db: Db, item: Pick<InformationItem, 'id' | 'title' | 'bodyHtml'>): Promise<LocatedFinding[]> {
  const findings = await itemFindings(db, item);
  if (findings.length === 0) return [];
  const waived = new Set((await db.selectFrom('item_privacy_waivers').select('finding_key').where('item_id', '=', item.id).execute()).map((w) => w.finding_key));
  return findings.filter((f) => !waived.has(f.key));
}

export async function assertNoUnresolvedFindings(db: Db, item: InformationItem): Promise<void> {
  const open = await unresolvedFindings(db, item);
  if (open.length > 0) throw publishingError('publishing.privacy_unresolved', 'conflict', `${open.length} unresolved privacy findings on item ${item.id}`);
}

export async function searchDocumentFor(db: Db, item: InformationItem): Promise<SearchDocument> {
  const [organisation] = await listOrganisationsByIds(db, [item.organisationId]);
  const column = await findColumnRow(db, item.columnId);
  return {
    id: item.id,
    organisationId: item.organisationId,
    organisationCode: organisation!.code,
    organisationName: organisation!.name,
    columnId: item.columnId,
    columnName: column?.name ?? '',
    title: item.title,
    text: bodyText(item.bodyHtml),
    indexNumber: item.indexNumber ?? '',
    url: itemUrl(organisation!.code, item.id),
    publishedOn: item.publishedOn ?? '',
    validity: item.validity,
  };
}

/**
 * Publishes an approved item now, in the caller's transaction: a new 索引号 from the
 * organisation's counter, 发布日期 = `publishedOn`, the search index updated in the same
 * transaction (so the portal and search never disagree).
 */
export async function publishNow(trx: Transaction<Database>, ctx: CommandContext, item: InformationItem, publishedOn: string, decision: ReviewDecision = 'published'): Promise<InformationItem> {
  const [organisation] = await listOrganisationsByIds(trx, [item.organisationId]);
  const settings = await loadSettings(trx, item.organisationId);
  const indexNumber =
    item.indexNumber ??
    formatIndexNumber(settings.indexPattern, {
      orgCode: settings.indexCode || organisation!.code,
      publishedOn,
      seq: await nextSerial(trx, item.organisationId, countsPerYear(settings.indexPattern) ? Number(publishedOn.slice(0, 4)) : 0),
    });
  const now = ctx.clock.now().toISOString();
  const result = await trx
    .updateTable('information_items')
    .set({ status: 'published', index_number: indexNumber, published_on: publishedOn, scheduled_on: null, updated_at: now, version: item.version + 1 })
    .where('id', '=', item.id)
    .where('version', '=', item.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw publishingError('publishing.wrong_status', 'conflict', `item ${item.id} changed meanwhile`, [], '该记录已被他人修改，请刷新后重试');
  const published: InformationItem = { ...item, status: 'published', indexNumber, publishedOn, scheduledOn: null, updatedAt: now, version: item.version + 1 };
  await recordReview(trx, ctx, item.id, 'publish', decision, '');
  await recordPublishingEvent(trx, ctx, { name: decision === 'imported' ? 'item.imported' : 'item.published', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { indexNumber, publishedOn } });
  await indexDocument(trx, await searchDocumentFor(trx, published));
  await touchPortal(trx, item.organisationId);
  return published;
}
