import type { FastifyPluginAsync } from 'fastify';
import { getItemDetail, listDueItems, listItemsForActor, listPublishingOrganisations } from '../../../domains/publishing/index.ts';
import { DomainError } from '../../../domains/shared/errors.ts';
import { requireActor } from '../../http/request-actor.ts';
import { pageForbidden } from '../../http/web-errors.ts';
import { DuePage } from '../../views/admin/publishing/due-page.tsx';
import { OverviewPage } from '../../views/admin/publishing/overview-page.tsx';
import { renderDocument } from '../../views/render.ts';
import { consoleContext, sendPage } from '../context.ts';
import type { AdminPluginOptions } from '../plugin.ts';
import { contentDisposition } from '../../portal/content-disposition.ts';
import { PUBLISHING_ROLES } from './roles.ts';

/** 主动公开's overview, the 20-working-day list, and attachment downloads for reviewers. */
export const overviewRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services }) => {
  const { db, clock, files } = services;

  app.get('/', async (request, reply) => {
    const actor = requireActor(request);
    if (!actor.roles.some((r) => PUBLISHING_ROLES.includes(r.role))) throw pageForbidden('主动公开由信息发布员、审核员、保密审查员、分管领导、上级监督员和系统管理员使用。');
    const [awaiting, due, drafts, draftable, catalogs, statistics] = await Promise.all([
      listItemsForActor(db, actor, clock, { awaitingMe: true }),
      listDueItems(db, actor, clock),
      listItemsForActor(db, actor, clock, { status: 'draft' }),
      listPublishingOrganisations(db, actor, 'item.draft'),
      listPublishingOrganisations(db, actor, 'catalog.manage'),
      listPublishingOrganisations(db, actor, 'statistics.manage'),
    ]);
    const page = (
      <OverviewPage
        ctx={consoleContext(request, reply)}
        awaiting={awaiting.total}
        dueSoon={due.dueSoon.length}
        overdue={due.overdue.length}
        drafts={drafts.total}
        canDraft={draftable.length > 0}
        canManageCatalog={catalogs.length > 0}
        canEditStatistics={statistics.length > 0}
      />
    );
    return sendPage(reply, renderDocument(page));
  });

  app.get('/due', async (request, reply) => {
    const due = await listDueItems(db, requireActor(request), clock);
    return sendPage(reply, renderDocument(<DuePage ctx={consoleContext(request, reply)} dueSoon={due.dueSoon} overdue={due.overdue} />));
  });

  // Before publication only the people of the organisation can read an attachment (the portal
  // serves published ones). Never inline: a stored file is not a page of this site.
  app.get<{ Params: { id: string; attachmentId: string } }>('/items/:id/attachments/:attachmentId', async (request, reply) => {
    const detail = await getItemDetail(db, requireActor(request), clock, request.params.id);
    const attachment = detail.attachments.find((a) => a.id === request.params.attachmentId);
    if (!attachment) throw new DomainError('web.not_found', 'not_found', '未找到该附件', `attachment ${request.params.attachmentId} not on item`);
    const bytes = await files.get(attachment.sha256);
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', attachment.contentType)
      .header('content-disposition', contentDisposition(attachment.fileName))
      .header('x-content-type-options', 'nosniff')
      .send(bytes);
  });
};
