import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { findOrganisationByCode, listOrganisationAncestors } from '../../domains/accounts/index.ts';
import type { Organisation } from '../../domains/accounts/index.ts';
import { buildCatalogTree, findPublicItem, listColumns, listPublishedInColumn, publishedCountsByColumn, PORTAL_PAGE_SIZE } from '../../domains/publishing/index.ts';
import type { CatalogColumn } from '../../domains/publishing/index.ts';
import { sendProblem } from '../http/error-handling.ts';
import { pageContext } from '../http/page-context.ts';
import { NOT_FOUND_PROBLEM } from '../http/problems.ts';
import type { Services } from '../services.ts';
import { CatalogPage } from '../views/portal/catalog-page.tsx';
import { ColumnPage } from '../views/portal/column-page.tsx';
import { ItemPage } from '../views/portal/item-page.tsx';
import { renderDocument } from '../views/render.ts';
import { contentDisposition } from './content-disposition.ts';
import { pageCountOf, pageParam } from './page-number.ts';

const ORGANISATION_NOT_FOUND = { ...NOT_FOUND_PROBLEM, title: '找不到该机关', detail: '没有这个机关的政府信息公开专栏，请从首页选择机关。' };
const COLUMN_NOT_FOUND = { ...NOT_FOUND_PROBLEM, title: '找不到该栏目', detail: '本机关没有这个栏目，请从主动公开目录中选择。' };
const ITEM_NOT_FOUND = { ...NOT_FOUND_PROBLEM, title: '找不到该信息', detail: '该信息不存在或尚未公开，请从栏目列表或检索中查找。' };
const BAD_PAGE = { status: 400, code: 'bad_page', title: '页码有误', detail: '页码应为正整数，请从第一页开始浏览。', fields: [] };

const PLAUSIBLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function html(reply: FastifyReply, body: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(body);
}

/** The parents of `column`, from the top of the catalog down. */
function parentsOf(column: CatalogColumn, byId: ReadonlyMap<string, CatalogColumn>): CatalogColumn[] {
  const out: CatalogColumn[] = [];
  for (let p = column.parentId ? byId.get(column.parentId) : undefined; p && out.length < 20; p = p.parentId ? byId.get(p.parentId) : undefined) out.unshift(p);
  return out;
}

/**
 * Proactive disclosure on the portal (URLs in urls.ts): the catalog, column pages, item pages and
 * attachments. Anonymous and read-only: only published items are listed, a withdrawn item's page
 * says so; drafts and items under review are never reachable here.
 */
export const publishingPortalRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const { db, files } = services;

  async function organisationOr404(request: FastifyRequest, reply: FastifyReply, code: string): Promise<Organisation | undefined> {
    const organisation = await findOrganisationByCode(db, code);
    if (!organisation) sendProblem(request, reply, ORGANISATION_NOT_FOUND);
    return organisation;
  }

  app.get<{ Params: { code: string } }>('/o/:code/proactive', async (request, reply) => {
    const organisation = await organisationOr404(request, reply, request.params.code);
    if (!organisation) return reply;
    const [ancestors, columns, counts] = await Promise.all([listOrganisationAncestors(db, organisation), listColumns(db, organisation.id), publishedCountsByColumn(db, organisation.id)]);
    const page = <CatalogPage ctx={pageContext(request)} organisation={organisation} ancestors={ancestors} tree={buildCatalogTree(columns)} counts={counts} />;
    return html(reply, renderDocument(page));
  });

  app.get<{ Params: { code: string; column: string }; Querystring: { page?: string } }>('/o/:code/columns/:column', async (request, reply) => {
    const page = pageParam.safeParse(request.query.page);
    if (!page.success) return sendProblem(request, reply, BAD_PAGE);
    const organisation = await organisationOr404(request, reply, request.params.code);
    if (!organisation) return reply;
    const columns = await listColumns(db, organisation.id);
    const column = columns.find((c) => c.code === request.params.column);
    if (!column) return sendProblem(request, reply, COLUMN_NOT_FOUND);
    const [ancestors, { items, total }] = await Promise.all([listOrganisationAncestors(db, organisation), listPublishedInColumn(db, column.id, page.data)]);
    const byId = new Map(columns.map((c) => [c.id, c]));
    const view = (
      <ColumnPage
        ctx={pageContext(request)}
        organisation={organisation}
        ancestors={ancestors}
        column={column}
        parents={parentsOf(column, byId)}
        children={columns.filter((c) => c.parentId === column.id)}
        items={items}
        total={total}
        page={page.data}
        pageCount={pageCountOf(total, PORTAL_PAGE_SIZE)}
      />
    );
    return html(reply, renderDocument(view));
  });

  app.get<{ Params: { code: string; id: string } }>('/o/:code/items/:id', async (request, reply) => {
    if (!PLAUSIBLE_ID.test(request.params.id)) return sendProblem(request, reply, ITEM_NOT_FOUND);
    const organisation = await organisationOr404(request, reply, request.params.code);
    if (!organisation) return reply;
    const found = await findPublicItem(db, organisation.id, request.params.id);
    if (!found) return sendProblem(request, reply, ITEM_NOT_FOUND);
    const ancestors = await listOrganisationAncestors(db, organisation);
    const view = <ItemPage ctx={pageContext(request)} organisation={organisation} ancestors={ancestors} {...found} />;
    // 410 Gone: a withdrawn item's page stays to say why, but search engines drop it.
    return html(reply.code(found.item.status === 'withdrawn' ? 410 : 200), renderDocument(view));
  });

  app.get<{ Params: { code: string; id: string; fileId: string } }>('/o/:code/items/:id/files/:fileId', async (request, reply) => {
    const { id, fileId } = request.params;
    if (!PLAUSIBLE_ID.test(id) || !PLAUSIBLE_ID.test(fileId)) return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const organisation = await organisationOr404(request, reply, request.params.code);
    if (!organisation) return reply;
    const found = await findPublicItem(db, organisation.id, id);
    const attachment = found?.item.status === 'published' ? found.attachments.find((a) => a.id === fileId) : undefined;
    if (!attachment) return sendProblem(request, reply, { ...NOT_FOUND_PROBLEM, title: '找不到该附件', detail: '该附件不存在，或所属信息已撤回。' });
    const etag = `"${attachment.sha256}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache').header('content-disposition', contentDisposition(attachment.fileName));
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const bytes = await files.get(attachment.sha256);
    return reply.type(attachment.contentType).header('content-length', bytes.length).send(bytes);
  });
};
