import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.ts';
import { findOrganisationByCode, listOrganisationAncestors } from '../../domains/accounts/index.ts';
import { buildCatalogTree, findPublicItem, listColumns, listPublishedInColumn, publishedCountsByColumn, PORTAL_PAGE_SIZE } from '../../domains/publishing/index.ts';
import type { CatalogColumn } from '../../domains/publishing/index.ts';
import type { PageContext } from '../views/page-context.ts';
import { CatalogPage } from '../views/portal/catalog-page.tsx';
import { ColumnPage } from '../views/portal/column-page.tsx';
import { ItemPage } from '../views/portal/item-page.tsx';
import { renderDocument } from '../views/render.ts';
import { pageCountOf } from './page-number.ts';

/**
 * The portal's proactive-disclosure pages rendered from the database: each returns the status and
 * HTML, or undefined when there is no such page (the route answers 404). The routes keep what these
 * render (portal-page-cache.ts), so these run once per change, not once per request.
 */
export type RenderedPortalPage = { status: number; html: string } | undefined;

/** The parents of `column`, from the top of the catalog down. */
function parentsOf(column: CatalogColumn, byId: ReadonlyMap<string, CatalogColumn>): CatalogColumn[] {
  const out: CatalogColumn[] = [];
  for (let p = column.parentId ? byId.get(column.parentId) : undefined; p && out.length < 20; p = p.parentId ? byId.get(p.parentId) : undefined) out.unshift(p);
  return out;
}

/** `/o/:code/proactive`: the catalog tree with the published count of each column. */
export async function renderCatalogPage(db: Kysely<Database>, ctx: PageContext, code: string): Promise<RenderedPortalPage> {
  const organisation = await findOrganisationByCode(db, code);
  if (!organisation) return undefined;
  const [ancestors, columns, counts] = await Promise.all([listOrganisationAncestors(db, organisation), listColumns(db, organisation.id), publishedCountsByColumn(db, organisation.id)]);
  return { status: 200, html: renderDocument(<CatalogPage ctx={ctx} organisation={organisation} ancestors={ancestors} tree={buildCatalogTree(columns)} counts={counts} />) };
}

/** `/o/:code/columns/:column?page=N`: one page of a column's published items, newest first. */
export async function renderColumnPage(db: Kysely<Database>, ctx: PageContext, code: string, columnCode: string, page: number): Promise<RenderedPortalPage> {
  const organisation = await findOrganisationByCode(db, code);
  if (!organisation) return undefined;
  const columns = await listColumns(db, organisation.id);
  const column = columns.find((c) => c.code === columnCode);
  if (!column) return undefined;
  const [ancestors, { items, total }] = await Promise.all([listOrganisationAncestors(db, organisation), listPublishedInColumn(db, column.id, page)]);
  const byId = new Map(columns.map((c) => [c.id, c]));
  const view = (
    <ColumnPage
      ctx={ctx}
      organisation={organisation}
      ancestors={ancestors}
      column={column}
      parents={parentsOf(column, byId)}
      children={columns.filter((c) => c.parentId === column.id)}
      items={items}
      total={total}
      page={page}
      pageCount={pageCountOf(total, PORTAL_PAGE_SIZE)}
    />
  );
  return { status: 200, html: renderDocument(view) };
}

/** `/o/:code/items/:id`: a published item, or (410 Gone) the notice that it was withdrawn. */
export async function renderItemPage(db: Kysely<Database>, ctx: PageContext, code: string, id: string): Promise<RenderedPortalPage> {
  const organisation = await findOrganisationByCode(db, code);
  const found = organisation && (await findPublicItem(db, organisation.id, id));
  if (!organisation || !found) return undefined;
  const ancestors = await listOrganisationAncestors(db, organisation);
  // 410 Gone: a withdrawn item's page stays to say why, but search engines drop it.
  return { status: found.item.status === 'withdrawn' ? 410 : 200, html: renderDocument(<ItemPage ctx={ctx} organisation={organisation} ancestors={ancestors} {...found} />) };
}
