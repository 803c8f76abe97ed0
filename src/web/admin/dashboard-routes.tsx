import type { FastifyPluginAsync } from 'fastify';
import { listOrganisationsByIds, ROLES } from '../../domains/accounts/index.ts';
import { listDueItems } from '../../domains/publishing/index.ts';
import { requireActor } from '../http/request-actor.ts';
import { DashboardPage } from '../views/admin/dashboard-page.tsx';
import { renderDocument } from '../views/render.ts';
import { consoleContext, sendPage } from './context.ts';
import { noticeFor } from './notices.ts';
import type { AdminPluginOptions } from './plugin.ts';

export const dashboardRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services }) => {
  app.get<{ Querystring: { done?: string } }>('/', async (request, reply) => {
    const actor = requireActor(request);
    const organisations = await listOrganisationsByIds(services.db, actor.roles.map((r) => r.organisationId));
    const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
    const roles = ROLES.filter((role) => actor.roles.some((r) => r.role === role)).map((role) => ({
      role,
      organisationNames: actor.roles.filter((r) => r.role === role).map((r) => nameOf.get(r.organisationId) ?? ''),
    }));
    // 条例第二十六条's clock, for whoever works on proactive disclosure.
    const publishing = roles.some((r) => r.role === 'publisher' || r.role === 'reviewer' || r.role === 'secrecyReviewer' || r.role === 'leader');
    const due = publishing ? await listDueItems(services.db, actor, services.clock) : undefined;
    const deadlines = due && { dueSoon: due.dueSoon.length, overdue: due.overdue.length };
    const page = <DashboardPage ctx={consoleContext(request, reply)} displayName={actor.displayName} roles={roles} deadlines={deadlines} notice={noticeFor(request.query.done)} />;
    return sendPage(reply, renderDocument(page));
  });
};
