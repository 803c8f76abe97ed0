import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { findOrganisationByCode, listOrganisationAncestors } from '../../domains/accounts/index.ts';
import type { Organisation } from '../../domains/accounts/index.ts';
import { listPublicReports, renderRevision } from '../../domains/annual-reports/index.ts';
import type { AnnualReportRecord } from '../../domains/annual-reports/index.ts';
import { isPublishedFormat, PUBLISHED_FORMAT_TYPES } from '../../domains/reports/index.ts';
import { registerAuditPages } from '../annual-reports/audit-routes.tsx';
import { pageContext } from '../http/page-context.ts';
import { sendProblem } from '../http/error-handling.ts';
import { NOT_FOUND_PROBLEM } from '../http/problems.ts';
import type { Services } from '../services.ts';
import { AnnualReportPage, AnnualReportsPage } from '../views/portal/annual-reports-page.tsx';
import { PortalLayout } from '../views/portal-layout.tsx';
import { renderDocument } from '../views/render.ts';

type YearParams = { Params: { code: string; year: string } };

/** Public pages: anyone may read them; they change only when a report is published. */
function html(reply: FastifyReply, body: string): FastifyReply {
  return reply.header('cache-control', 'public, max-age=60').type('text/html; charset=utf-8').send(body);
}

/**
 * The 政府信息公开年报 column of each organisation (published reports, their history and
 * downloads) and the public 年报审核 page.
 */
export const annualReportPortalRoutes: FastifyPluginAsync<{ services: Services; perMinute?: number }> = async (app, { services, perMinute = 20 }) => {
  const { db } = services;

  async function organisationOr404(request: FastifyRequest, reply: FastifyReply, code: string): Promise<Organisation | undefined> {
    const organisation = await findOrganisationByCode(db, code);
    if (!organisation) sendProblem(request, reply, { ...NOT_FOUND_PROBLEM, title: '找不到该机关', detail: '没有这个机关的政府信息公开专栏，请从首页选择机关。' });
    return organisation;
  }

  /** The organisation and the public revisions of one year; 404 when there are none. */
  async function yearOr404(request: FastifyRequest<YearParams>, reply: FastifyReply): Promise<{ organisation: Organisation; history: AnnualReportRecord[] } | undefined> {
    const organisation = await organisationOr404(request, reply, request.params.code);
    if (!organisation) return undefined;
    const year = Number(request.params.year);
    const history = Number.isInteger(year) ? (await listPublicReports(db, organisation.id)).filter((r) => r.year === year) : [];
    if (history.length === 0) {
      sendProblem(request, reply, { ...NOT_FOUND_PROBLEM, title: '未找到该年度报告', detail: '本机关尚未发布该年度的政府信息公开工作年度报告。' });
      return undefined;
    }
    return { organisation, history };
  }

  app.get<{ Params: { code: string } }>('/o/:code/annual-reports', async (request, reply) => {
    const organisation = await organisationOr404(request, reply, request.params.code);
    if (!organisation) return reply;
    const reports = (await listPublicReports(db, organisation.id)).filter((r) => r.status === 'published');
    const ancestors = await listOrganisationAncestors(db, organisation);
    return html(reply, renderDocument(<AnnualReportsPage ctx={pageContext(request)} organisation={organisation} ancestors={ancestors} reports={reports} />));
  });

  async function showRevision(request: FastifyRequest<YearParams>, reply: FastifyReply, revision?: number) {
    const found = await yearOr404(request, reply);
    if (!found) return reply;
    const record = revision === undefined ? found.history.find((r) => r.status === 'published') ?? found.history[0]! : found.history.find((r) => r.revision === revision);
    if (!record) return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const ancestors = await listOrganisationAncestors(db, found.organisation);
    return html(reply, renderDocument(<AnnualReportPage ctx={pageContext(request)} organisation={found.organisation} ancestors={ancestors} record={record} history={found.history} />));
  }

  app.get<YearParams>('/o/:code/annual-reports/:year', (request, reply) => showRevision(request, reply));
  app.get<{ Params: { code: string; year: string; revision: string } }>('/o/:code/annual-reports/:year/v/:revision', (request, reply) => showRevision(request, reply, Number(request.params.revision)));

  app.get<{ Params: { code: string; year: string; format: string }; Querystring: { revision?: string } }>('/o/:code/annual-reports/:year/download/:format', async (request, reply) => {
    const { format } = request.params;
    if (!isPublishedFormat(format)) return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const found = await yearOr404(request, reply);
    if (!found) return reply;
    const wanted = request.query.revision === undefined ? undefined : Number(request.query.revision);
    const record = wanted === undefined ? found.history.find((r) => r.status === 'published') : found.history.find((r) => r.revision === wanted);
    if (!record) return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const type = PUBLISHED_FORMAT_TYPES[format];
    const name = `${found.organisation.name}${record.year}年政府信息公开工作年度报告${record.revision > 1 ? `-第${record.revision}版` : ''}.${type.extension}`;
    return reply.header('cache-control', 'public, max-age=300').header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
      .type(type.contentType).send(Buffer.from(await renderRevision(record, format)));
  });

  registerAuditPages(app, {
    path: '/audit',
    action: '/audit',
    perMinute,
    page: (request, reply, content) => (
      <PortalLayout ctx={pageContext(request)} title="年度报告审核" breadcrumbs={[{ href: '/', label: '首页' }]}>{content(reply.generateCsrf())}</PortalLayout>
    ),
  });
};
