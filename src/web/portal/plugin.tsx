import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { buildOrganisationTree, findOrganisationByCode, listOrganisationAncestors, listOrganisationChildren, listPublicOrganisations } from '../../domains/accounts/index.ts';
import type { Organisation } from '../../domains/accounts/index.ts';
import { DISPLAY_COOKIE, pageContext, safeLocalPath } from '../http/page-context.ts';
import { sendProblem } from '../http/error-handling.ts';
import { NOT_FOUND_PROBLEM } from '../http/problems.ts';
import type { AppSettings } from '../app.ts';
import type { Services } from '../services.ts';
import { applicationPortalRoutes } from './application-routes.tsx';
import { HomePage } from '../views/portal/home-page.tsx';
import { OrganisationPage } from '../views/portal/organisation-page.tsx';
import { SectionPage } from '../views/portal/section-page.tsx';
import { renderDocument } from '../views/render.ts';
import { organisationsFingerprint, renderedPageCache } from './rendered-page-cache.ts';
import { publishingPortalRoutes } from './publishing-routes.tsx';
import { searchPortalRoutes } from './search-routes.tsx';
import { feedRoutes } from './feed-routes.ts';
import { sitemapRoutes } from './sitemap-routes.ts';
import { findSection } from './sections.ts';
import { annualReportPortalRoutes } from './annual-report-routes.tsx';

const ORGANISATION_NOT_FOUND = { ...NOT_FOUND_PROBLEM, title: '找不到该机关', detail: '没有这个机关的政府信息公开专栏，请从首页选择机关。' };

function html(reply: FastifyReply, body: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(body);
}

/** The public portal: anonymous, GET only, works without JavaScript. */
export const portalPlugin: FastifyPluginAsync<{ services: Services; settings: AppSettings }> = async (app, { services, settings }) => {
  const { db } = services;
  await app.register(applicationPortalRoutes, { services, settings });

  async function organisationOr404(request: FastifyRequest, reply: FastifyReply, code: string): Promise<Organisation | undefined> {
    const organisation = await findOrganisationByCode(db, code);
    if (!organisation) sendProblem(request, reply, ORGANISATION_NOT_FOUND);
    return organisation;
  }

  await app.register(publishingPortalRoutes, { services });
  await app.register(searchPortalRoutes, { services });
  await app.register(feedRoutes, { services });
  await app.register(sitemapRoutes, { services });

  await app.register(annualReportPortalRoutes, { services });
  const homeCache = renderedPageCache(() => organisationsFingerprint(db), services.clock);

  app.get('/', async (request, reply) => {
    const ctx = pageContext(request);
    const page = await homeCache.get(ctx.largeType ? 'large' : 'standard', async () => {
      const tree = buildOrganisationTree(await listPublicOrganisations(db));
      return renderDocument(<HomePage ctx={ctx} tree={tree} />);
    });
    // Public and the same for everyone in a display mode: caches may keep it, but must ask again.
    reply.header('etag', page.etag).header('cache-control', 'no-cache').header('vary', 'Cookie');
    if (request.headers['if-none-match'] === page.etag) return reply.code(304).send();
    return reply.type('text/html; charset=utf-8').send(page.body);
  });

  app.get<{ Params: { code: string } }>('/o/:code', async (request, reply) => {
    const organisation = await organisationOr404(request, reply, request.params.code);
    if (!organisation) return reply;
    const ancestors = await listOrganisationAncestors(db, organisation);
    return html(reply, renderDocument(<OrganisationPage ctx={pageContext(request)} organisation={organisation} ancestors={ancestors} />));
  });

  app.get<{ Params: { code: string; section: string } }>('/o/:code/:section', async (request, reply) => {
    const section = findSection(request.params.section);
    if (!section) return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const organisation = await organisationOr404(request, reply, request.params.code);
    if (!organisation) return reply;
    const [ancestors, children] = await Promise.all([
      listOrganisationAncestors(db, organisation),
      section.slug === 'about' ? listOrganisationChildren(db, organisation) : Promise.resolve([]),
    ]);
    const ctx = pageContext(request);
    return html(reply, renderDocument(<SectionPage ctx={ctx} organisation={organisation} ancestors={ancestors} section={section} children={children} />));
  });

  // 长者模式 / 大字版: a link sets (or clears) a display preference cookie and goes back. It changes
  // nothing on the server, so a GET link is right, and it works without JavaScript.
  app.get<{ Params: { mode: string }; Querystring: { back?: string } }>('/display/:mode', async (request, reply) => {
    const { mode } = request.params;
    if (mode !== 'large' && mode !== 'standard') return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const back = safeLocalPath(request.query.back);
    if (mode === 'large') {
      reply.setCookie(DISPLAY_COOKIE, 'large', { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
    } else {
      reply.clearCookie(DISPLAY_COOKIE, { path: '/' });
    }
    return reply.header('cache-control', 'no-store').redirect(back, 303);
  });
};
