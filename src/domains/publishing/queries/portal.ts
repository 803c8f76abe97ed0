import type { Db } from '../repository.ts';
import { findColumnRow, listColumnRows, toAttachment, toColumn, toItem } from '../repository.ts';
import type { Attachment, CatalogColumn, CatalogNode, InformationItem } from '../types.ts';

/** Public reads: only what is published (or withdrawn, for its notice page). Anonymous. */

export function buildCatalogTree(columns: readonly CatalogColumn[]): CatalogNode[] {
  const nodes = new Map(columns.map((column) => [column.id, { column, children: [] as CatalogNode[] }]));
  const roots: CatalogNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.column.parentId ? nodes.get(node.column.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function catalogTree(db: Db, organisationId: string): Promise<CatalogNode[]> {
  return buildCatalogTree(await listColumnRows(db, organisationId));
}

/** Published items per column of an organisation (for the catalog tree's counts). */
export async function publishedCountsByColumn(db: Db, organisationId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('information_items')
    .select(['column_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'published')
    .groupBy('column_id')
    .execute();
  return new Map(rows.map((row) => [row.column_id, Number(row.n)]));
}

export async function findColumnByCode(db: Db, organisationId: string, code: string): Promise<CatalogColumn | undefined> {
  const row = await db.selectFrom('catalog_columns').selectAll().where('organisation_id', '=', organisationId).where('code', '=', code).executeTakeFirst();
  return row && toColumn(row);
}

export const PORTAL_PAGE_SIZE = 20;

/** One page of a column's published items, newest first. The total is counted from the index. */
export async function listPublishedInColumn(db: Db, columnId: string, page: number, pageSize = PORTAL_PAGE_SIZE): Promise<{ items: InformationItem[]; total: number }> {
  const base = db.selectFrom('information_items').where('column_id', '=', columnId).where('status', '=', 'published');
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    base
      .select(['id', 'title', 'index_number', 'published_on', 'doc_number', 'validity', 'organisation_id', 'column_id'])
      .orderBy('published_on', 'desc')
      .orderBy('index_number', 'desc')
      .limit(pageSize)
      .offset((Math.max(1, page) - 1) * pageSize)
      .execute(),
  ]);
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((row) => ({ ...listStub(row) })),
  };
}

function listStub(row: { id: string; title: string; index_number: string | null; published_on: string | null; doc_number: string; validity: string; organisation_id: string; column_id: string }): InformationItem {
  return toItem({
    id: row.id,
    organisation_id: row.organisation_id,
    column_id: row.column_id,
    title: row.title,
    body_html: '',
    index_number: row.index_number,
    issuer: '',
    topic: '',
    doc_number: row.doc_number,
    made_on: null,
    formed_on: '',
    published_on: row.published_on,
    scheduled_on: null,
    document_kind: 'other',
    validity: row.validity,
    effective_on: null,
    repealed_on: null,
    expired_on: null,
    keywords: '',
    status: 'published',
    author_user_id: null,
    rejection_reason: '',
    withdrawn_reason: '',
    withdrawn_on: null,
    imported: 0,
    created_at: '',
    updated_at: '',
    version: 1,
  });
}

/** A published or withdrawn item of an organisation, with its column and attachments. */
export async function findPublicItem(db: Db, organisationId: string, itemId: string): Promise<{ item: InformationItem; column: CatalogColumn | undefined; attachments: Attachment[] } | undefined> {
  const row = await db
    .selectFrom('information_items')
    .selectAll()
    .where('id', '=', itemId)
    .where('organisation_id', '=', organisationId)
    .where('status', 'in', ['published', 'withdrawn'])
    .executeTakeFirst();
  if (!row) return undefined;
  const item = toItem(row);
  const [column, attachments] = await Promise.all([
    findColumnRow(db, item.columnId),
    item.status === 'published' ? db.selectFrom('item_attachments').selectAll().where('item_id', '=', item.id).orderBy('position').execute() : Promise.resolve([]),
  ]);
  return { item, column, attachments: attachments.map(toAttachment) };
}

/** A published item's attachment (withdrawn items' files are not served). */
export async function findPublicAttachment(db: Db, itemId: string, attachmentId: string): Promise<Attachment | undefined> {
  const row = await db
    .selectFrom('item_attachments')
    .innerJoin('information_items', 'information_items.id', 'item_attachments.item_id')
    .selectAll('item_attachments')
    .where('item_attachments.id', '=', attachmentId)
    .where('item_attachments.item_id', '=', itemId)
    .where('information_items.status', '=', 'published')
    .executeTakeFirst();
  return row && toAttachment(row);
}

/** The newest published items of a column with their bodies (feeds). */
export async function latestInColumn(db: Db, columnId: string, limit = 20): Promise<InformationItem[]> {
  const rows = await db.selectFrom('information_items').selectAll().where('column_id', '=', columnId).where('status', '=', 'published').orderBy('published_on', 'desc').orderBy('index_number', 'desc').limit(limit).execute();
  return rows.map(toItem);
}

/** Sitemap files hold at most 50,000 URLs (sitemaps.org); the portal's sitemap is paged by this. */
export const SITEMAP_PAGE_SIZE = 50_000;

/** How many items are published (for the number of sitemap files). */
export async function countPublishedItems(db: Db): Promise<number> {
  const row = await db.selectFrom('information_items').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One page of published items' URL parts for the sitemap, in a stable order (by id). */
export async function sitemapEntries(db: Db, page: number, pageSize = SITEMAP_PAGE_SIZE): Promise<{ code: string; id: string; publishedOn: string }[]> {
  const rows = await db
    .selectFrom('information_items')
    .innerJoin('organisations', 'organisations.id', 'information_items.organisation_id')
    .select(['organisations.code', 'information_items.id', 'information_items.published_on'])
    .where('information_items.status', '=', 'published')
    .orderBy('information_items.id')
    .limit(pageSize)
    .offset((Math.max(1, page) - 1) * pageSize)
    .execute();
  return rows.map((row) => ({ code: row.code, id: row.id, publishedOn: row.published_on ?? '' }));
}

/** Every column of every organisation (code pairs) for the sitemap, with its newest publication date. */
export async function sitemapColumns(db: Db): Promise<{ code: string; column: string; latest: string | null }[]> {
  const rows = await db
    .selectFrom('catalog_columns')
    .innerJoin('organisations', 'organisations.id', 'catalog_columns.organisation_id')
    .select(['organisations.code as code', 'catalog_columns.code as column', 'catalog_columns.id as id'])
    .orderBy('organisations.code')
    .orderBy('catalog_columns.position')
    .execute();
  const latest = await db
    .selectFrom('information_items')
    .select(['column_id', (eb) => eb.fn.max('published_on').as('latest')])
    .where('status', '=', 'published')
    .groupBy('column_id')
    .execute();
  const latestBy = new Map(latest.map((r) => [r.column_id, r.latest as string | null]));
  return rows.map((row) => ({ code: row.code, column: row.column, latest: latestBy.get(row.id) ?? null }));
}
