import type { Actor } from '../../accounts/index.ts';
import { visibleOrganisationIdsQuery } from '../../accounts/index.ts';
import { todayInShanghai } from '../../calendar/index.ts';
import type { CalendarDate } from '../../calendar/index.ts';
import type { Clock } from '../../shared/clock.ts';
import { publicationDeadline } from '../deadline.ts';
import type { PublicationDeadline } from '../deadline.ts';
import { itemFor } from '../item-access.ts';
import { canDecideStep, canPublishing } from '../policy.ts';
import type { LocatedFinding } from '../privacy-port.ts';
import { itemFindings } from '../publication.ts';
import { findColumnRow, listColumnRows, loadSettings, toAttachment, toItem } from '../repository.ts';
import type { Db } from '../repository.ts';
import type { Attachment, CatalogColumn, InformationItem, PrivacyWaiver, PublishingSettings, ReviewRecord } from '../types.ts';
import { ITEM_STATUSES, WORKFLOW_STEPS } from '../vocabulary.ts';
import type { ItemStatus, WorkflowStep } from '../vocabulary.ts';

export interface ItemListEntry {
  item: InformationItem;
  organisationName: string;
  columnName: string;
  deadline: PublicationDeadline;
}

export interface ItemListFilter {
  status?: string;
  organisationId?: string;
  columnId?: string;
  /** Only items waiting for a step this actor may decide. */
  awaitingMe?: boolean;
  page?: number;
}

export const CONSOLE_PAGE_SIZE = 50;

/** The console's item list, scoped to the organisations the actor sees (newest first). */
export async function listItemsForActor(db: Db, actor: Actor, clock: Clock, filter: ItemListFilter = {}): Promise<{ entries: ItemListEntry[]; total: number }> {
  let query = db
    .selectFrom('information_items')
    .innerJoin('organisations', 'organisations.id', 'information_items.organisation_id')
    .innerJoin('catalog_columns', 'catalog_columns.id', 'information_items.column_id')
    .where('information_items.organisation_id', 'in', visibleOrganisationIdsQuery(db, actor));
  if (filter.status && (ITEM_STATUSES as readonly string[]).includes(filter.status)) query = query.where('information_items.status', '=', filter.status);
  if (filter.organisationId) query = query.where('information_items.organisation_id', '=', filter.organisationId);
  if (filter.columnId) query = query.where('information_items.column_id', '=', filter.columnId);
  if (filter.awaitingMe) query = query.where('information_items.status', 'in', [...WORKFLOW_STEPS]).where((eb) => eb.or([eb('information_items.author_user_id', 'is', null), eb('information_items.author_user_id', '!=', actor.userId)]));
  const count = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const page = Math.max(1, filter.page ?? 1);
  const rows = await query
    .selectAll('information_items')
    .select(['organisations.name as organisation_name', 'organisations.path as organisation_path', 'catalog_columns.name as column_name'])
    .orderBy('information_items.updated_at', 'desc')
    .limit(filter.awaitingMe ? 1000 : CONSOLE_PAGE_SIZE)
    .offset(filter.awaitingMe ? 0 : (page - 1) * CONSOLE_PAGE_SIZE)
    .execute();
  const today = todayInShanghai(clock);
  let entries = rows.map((row) => ({
    item: toItem(row),
    organisationName: row.organisation_name,
    organisationPath: row.organisation_path,
    columnName: row.column_name,
    deadline: publicationDeadline(row.formed_on as CalendarDate, today, (row.published_on as CalendarDate | null) ?? null),
  }));
  if (filter.awaitingMe) {
    entries = entries.filter((e) => canDecideStep(actor, e.item.status as WorkflowStep, { organisationPath: e.organisationPath, authorUserId: e.item.authorUserId }));
    return { entries, total: entries.length };
  }
  return { entries, total: Number(count?.n ?? 0) };
}

/**
 * 条例第二十六条 in the console: unpublished items whose 20 working days run out within
 * DUE_SOON_WORKDAYS, or have run out, most urgent first.
 */
export async function listDueItems(db: Db, actor: Actor, clock: Clock): Promise<{ dueSoon: ItemListEntry[]; overdue: ItemListEntry[] }> {
  const rows = await db
    .selectFrom('information_items')
    .innerJoin('organisations', 'organisations.id', 'information_items.organisation_id')
    .innerJoin('catalog_columns', 'catalog_columns.id', 'information_items.column_id')
    .selectAll('information_items')
    .select(['organisations.name as organisation_name', 'catalog_columns.name as column_name'])
    .where('information_items.organisation_id', 'in', visibleOrganisationIdsQuery(db, actor))
    .where('information_items.status', 'in', ['draft', 'review', 'secrecy', 'signoff', 'scheduled'])
    .orderBy('information_items.formed_on')
    .limit(2000)
    .execute();
  const today = todayInShanghai(clock);
  const entries = rows.map((row) => ({
    item: toItem(row),
    organisationName: row.organisation_name,
    columnName: row.column_name,
    deadline: publicationDeadline(row.formed_on as CalendarDate, today),
  }));
  return {
    dueSoon: entries.filter((e) => e.deadline.state === 'due_soon'),
    overdue: entries.filter((e) => e.deadline.state === 'overdue'),
  };
}

export interface ItemDetail {
  item: InformationItem;
  organisation: { id: string; code: string; name: string; path: string };
  column: CatalogColumn | undefined;
  columns: CatalogColumn[];
  reviews: ReviewRecord[];
  attachments: (Attachment & { findings: LocatedFinding[] })[];
  findings: LocatedFinding[];
  waivers: PrivacyWaiver[];
  settings: PublishingSettings;
  deadline: PublicationDeadline;
  /** What the actor may do now (the templates show buttons from the same rules the commands apply). */
  abilities: { edit: boolean; submit: boolean; decide: boolean; mask: boolean; waive: boolean; withdraw: boolean; repeal: boolean };
}

export async function getItemDetail(db: Db, actor: Actor, clock: Clock, itemId: string): Promise<ItemDetail> {
  const { item, organisation } = await itemFor(db, actor, itemId, 'item.view');
  const subject = { organisationPath: organisation.path, authorUserId: item.authorUserId };
  const [column, columns, reviews, attachmentRows, findings, waivers, settings] = await Promise.all([
    findColumnRow(db, item.columnId),
    listColumnRows(db, item.organisationId),
    db.selectFrom('item_reviews').selectAll().where('item_id', '=', item.id).orderBy('seq').execute(),
    db.selectFrom('item_attachments').selectAll().where('item_id', '=', item.id).orderBy('position').execute(),
    itemFindings(db, item),
    db.selectFrom('item_privacy_waivers').selectAll().where('item_id', '=', item.id).orderBy('occurred_at').execute(),
    loadSettings(db, item.organisationId),
  ]);
  const status: ItemStatus = item.status;
  const beforePublication = status === 'draft' || (WORKFLOW_STEPS as readonly string[]).includes(status);
  return {
    item,
    organisation: { id: organisation.id, code: organisation.code, name: organisation.name, path: organisation.path },
    column,
    columns,
    reviews: reviews.map((r) => ({ id: r.id, step: r.step, decision: r.decision, userName: r.user_name, opinion: r.opinion, occurredAt: r.occurred_at })),
    attachments: attachmentRows.map((row) => ({ ...toAttachment(row), findings: JSON.parse(row.findings) as LocatedFinding[] })),
    findings,
    waivers: waivers.map((w) => ({ findingKey: w.finding_key, reason: w.reason, userName: w.user_name, occurredAt: w.occurred_at })),
    settings,
    deadline: publicationDeadline(item.formedOn as CalendarDate, todayInShanghai(clock), (item.publishedOn as CalendarDate | null) ?? null),
    abilities: {
      edit: status === 'draft' && canPublishing(actor, 'item.edit', subject),
      submit: status === 'draft' && canPublishing(actor, 'item.edit', subject),
      decide: (WORKFLOW_STEPS as readonly string[]).includes(status) && canDecideStep(actor, status as WorkflowStep, subject),
      mask: beforePublication && canPublishing(actor, 'item.mask', subject),
      waive: beforePublication && canPublishing(actor, 'privacy.waive', subject),
      withdraw: (status === 'published' || status === 'scheduled') && canPublishing(actor, 'item.withdraw', subject),
      repeal: status === 'published' && item.documentKind !== 'other' && item.validity === 'valid' && canPublishing(actor, 'item.repeal', subject),
    },
  };
}
