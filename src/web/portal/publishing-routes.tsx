import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { findOrganisationByCode } from '../../domains/accounts/index.ts';
import { findPublicItem } from '../../domains/publishing/index.ts';
import { sendProblem } from '../http/error-handling.ts';
import { pageContext } from '../http/page-context.ts';
import { NOT_FOUND_PROBLEM } from '../http/problems.ts';
import type { Services } from '../services.ts';
import { contentDisposition } from './content-disposition.ts';
import { pageParam } from './page-number.ts';
import { portalPageCache } from './portal-page-cache.ts';
import type { PortalPage } from './portal-page-cache.ts';
import { renderCatalogPage, renderColumnPage, renderItemPage } from './publishing-pages.tsx';
import { organisationsFingerprint, revalidatedFingerprint } from './rendered-page-cache.ts';

const ORGANISATION_NOT_FOUND = { ...NOT_FOUND_PROBLEM, title: '找不到该机关', detail: '没有这个机关的政府信息公开专栏，请从首页选择机关。' };
const COLUMN_NOT_FOUND = { ...NOT_FOUND_PROBLEM, title: '找不到该栏目', detail: '本机关没有这个栏目，请从主动公开目录中选择。' };
const ITEM_NOT_FOUND = { ...NOT_FOUND_PROBLEM, title: '找不到该信息', detail: '该信息不存在或尚未公开，请从栏目列表或检索中查找。' };
const BAD_PAGE = { status: 400, code: 'bad_page', title: '页码有误', detail: '页码应为正整数，请从第一页开始浏览。', fields: [] };

const PLAUSIBLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A kept page with its ETag (304 when the browser has it); the same for everyone in a display mode. */
function sendPage(request: FastifyRequest, reply: FastifyReply, page: PortalPage): FastifyReply {
  reply.header('etag', page.etag).header('cache-control', 'no-cache').header('vary', 'Cookie');
  if (page.status === 200 && request.headers['if-none-match'] === page.etag) return reply.code(304).send();
  return reply.code(page.status).type('text/html; charset=utf-8').send(page.body);
}

/**
 * Proactive disclosure on the portal (URLs in urls.ts): the catalog, column pages, item pages and
 * attachments. Anonymous and read-only: only published items are listed, a withdrawn item's page
 * says so; drafts and items under review are never reachable here.
 *
 * Pages are rendered once per change (publishing-pages.tsx renders, portal-page-cache.ts keeps):
 * every request gets the organisation's stamp first — one primary-key read, or on PostgreSQL the
 * stamp this instance keeps until PostgreSQL notifies a change (portal-stamps.ts) — and gets the
 * page kept under that stamp, so a publication or withdrawal made through any app instance shows
 * on the next request (on PostgreSQL: once the notification has arrived). Breadcrumbs also name the organisations above, whose
 * renames show within a second (as on the home page).
 */
export const publishingPortalRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const { db, files } = services;
  const pages = portalPageCache();
  const organisations = revalidatedFingerprint(() => organisationsFingerprint(db), services.clock);

  /**
   * Sends the page at `what` (rendered by `render` when the stamp changed), or the 404 of the
   * organisation or of `missing`.
   */
  async function servePage(request: FastifyRequest, reply: FastifyReply, what: string, missing: typeof ITEM_NOT_FOUND, render: () => ReturnType<typeof renderItemPage>): Promise<FastifyReply> {
    const [found, above] = await Promise.all([services.portalStamps.get((request.params as { code: string }).code), organisations()]);
    if (!found) return sendProblem(request, reply, ORGANISATION_NOT_FOUND);
    const ctx = pageContext(request);
    const key = `${what}|${found.organisationId}|${ctx.largeType ? 'large' : 'standard'}|${ctx.path}`;
    const page = await pages.get(key, `${found.stamp}|${above}`, render);
    return page ? sendPage(request, reply, page) : sendProblem(request, reply, missing);
  }

  app.get<{ Params: { code: string } }>('/o/:code/proactive', (request, reply) =>
    servePage(request, reply, 'catalog', ORGANISATION_NOT_FOUND, () => renderCatalogPage(db, pageContext(request), request.params.code)),
  );

  app.get<{ Params: { code: string; column: string }; Querystring: { page?: string } }>('/o/:code/columns/:column', async (request, reply) => {
    const page = pageParam.safeParse(request.query.page);
    if (!page.success) return sendProblem(request, reply, BAD_PAGE);
    return servePage(request, reply, `column|${page.data}`, COLUMN_NOT_FOUND, () => renderColumnPage(db, pageContext(request), request.params.code, request.params.column, page.data));
  });

  app.get<{ Params: { code: string; id: string } }>('/o/:code/items/:id', async (request, reply) => {
    if (!PLAUSIBLE_ID.test(request.params.id)) return sendProblem(request, reply, ITEM_NOT_FOUND);
    return servePage(request, reply, 'item', ITEM_NOT_FOUND, () => renderItemPage(db, pageContext(request), request.params.code, request.params.id));
  });

  app.get<{ Params: { code: string; id: string; fileId: string } }>('/o/:code/items/:id/files/:fileId', async (request, reply) => {
    const { id, fileId } = request.params;
    if (!PLAUSIBLE_ID.test(id) || !PLAUSIBLE_ID.test(fileId)) return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const organisation = await findOrganisationByCode(db, request.params.code);
    if (!organisation) return sendProblem(request, reply, ORGANISATION_NOT_FOUND);
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
