import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { requireNavAccess } from '../navigation.ts';
import type { Actor } from '../../../domains/accounts/index.ts';
import { listOrganisationsByIds } from '../../../domains/accounts/index.ts';
import type { Finding } from '../../../domains/reports/index.ts';
import { isPublishedFormat, PUBLISHED_FORMAT_TYPES } from '../../../domains/reports/index.ts';
import {
  acknowledgeWarning, canReport, cellAt, cellRecords, checkAnnualReportCommand, generateAnnualReport, getReportForActor, hasCellRecords,
  listReportsForOrganisation, lockReportNumbers, PublicationBlocked, publishAnnualReport, recordSources, renderRevision, startCorrection, updateReportSections,
} from '../../../domains/annual-reports/index.ts';
import { revisionsOf } from '../../../domains/annual-reports/repository.ts';
import { todayInShanghai } from '../../../domains/calendar/index.ts';
import { isDomainError } from '../../../domains/shared/errors.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import type { FormBody } from '../../http/form.ts';
import { field, formBody } from '../../http/form.ts';
import { formRateLimit } from '../../http/rate-limits.ts';
import { requireActor } from '../../http/request-actor.ts';
import { ReportsPage } from '../../views/admin/annual-reports/reports-page.tsx';
import { ReportPage } from '../../views/admin/annual-reports/report-page.tsx';
import { CellPage } from '../../views/admin/annual-reports/cell-page.tsx';
import { renderDocument } from '../../views/render.ts';
import { consoleContext, sendPage } from '../context.ts';
import type { AdminPluginOptions } from '../plugin.ts';

type IdParams = { Params: { id: string } };

const DONE: Record<string, string> = {
  generated: '已根据平台记录生成报告数据。',
  sections: '正文已保存。请重新校验。',
  checked: '校验完成。',
  acknowledged: '已确认该提示。',
  locked: '已设置数据锁定日期。',
  published: '报告已发布。',
  corrected: '已新建更正版本：修改后校验、发布，即替代原版本。',
};

/** The organisations where the actor holds a role (their reports, or the ones they supervise). */
function actorOrganisationIds(actor: Actor): string[] {
  return [...new Set(actor.roles.map((r) => r.organisationId))];
}

export const annualReportRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  // The menu decides who reaches these pages (a page missing from a role's menu answers 403).
  app.addHook('preHandler', requireNavAccess('/admin/annual-reports'));
  const { db, clock } = services;
  const formLimit = formRateLimit(settings);
  const defaultYear = () => Number(todayInShanghai(clock).slice(0, 4)) - 1;

  async function renderList(request: FastifyRequest, reply: FastifyReply, values: FormBody, problems: readonly FieldProblem[], status = 200) {
    const actor = requireActor(request);
    const organisations = await listOrganisationsByIds(db, actorOrganisationIds(actor));
    const editable = [];
    for (const organisation of organisations.filter((o) => canReport(actor, 'annual_report.edit', { organisationPath: o.path }))) {
      editable.push(await listReportsForOrganisation(db, actor, organisation.id));
    }
    const supervised = organisations.filter((o) => canReport(actor, 'annual_report.supervise', { organisationPath: o.path }));
    return sendPage(reply, renderDocument(<ReportsPage ctx={consoleContext(request, reply)} editable={editable} supervised={supervised} defaultYear={defaultYear()} values={values} problems={problems} />), status);
  }

  app.get('/annual-reports', (request, reply) => renderList(request, reply, {}, []));

  app.post('/annual-reports', formLimit, async (request, reply) => {
    const actor = requireActor(request);
    const body = formBody(request);
    try {
      const record = await generateAnnualReport(db, { actor, clock, ip: request.ip }, recordSources, { organisationId: field(body, 'organisationId'), year: field(body, 'year') });
      return reply.redirect(`/admin/annual-reports/${record.id}?done=generated`, 303);
    } catch (error) {
      if (!isDomainError(error) || (error.kind !== 'invalid' && error.kind !== 'conflict')) throw error;
      const problems = error.kind === 'invalid' ? error.fields : [{ field: 'year', message: error.userMessage }];
      return renderList(request, reply, body, problems, error.status);
    }
  });

  async function renderReport(request: FastifyRequest<IdParams>, reply: FastifyReply, options: { values?: FormBody; problems?: readonly FieldProblem[]; blocking?: readonly Finding[]; status?: number; notice?: string } = {}) {
    const actor = requireActor(request);
    const { record, organisation } = await getReportForActor(db, actor, request.params.id);
    const revisions = await revisionsOf(db, organisation.id, record.year);
    const subject = { organisationPath: organisation.path };
    const page = (
      <ReportPage
        ctx={consoleContext(request, reply)} record={record} organisation={organisation} revisions={revisions}
        canEdit={canReport(actor, 'annual_report.edit', subject)} canPublish={canReport(actor, 'annual_report.publish', subject)}
        cellHref={(path) => (record.source === 'generated' && hasCellRecords(path) ? `/admin/annual-reports/${record.id}/cells/${encodeURIComponent(path)}` : undefined)}
        values={options.values ?? {}} problems={options.problems ?? []} blocking={options.blocking} notice={options.notice} today={todayInShanghai(clock)}
      />
    );
    return sendPage(reply, renderDocument(page), options.status ?? 200);
  }

  app.get<IdParams & { Querystring: { done?: string } }>('/annual-reports/:id', (request, reply) => {
    const done = request.query.done;
    return renderReport(request, reply, { notice: done && Object.hasOwn(DONE, done) ? DONE[done] : undefined });
  });

  /** A POST on one report: run the command, redirect with a notice; a refusal re-renders the page with why. */
  function action(path: string, done: string, run: (actor: Actor, body: FormBody, request: FastifyRequest<IdParams>) => Promise<{ id: string }>, anchor = '') {
    app.post<IdParams>(`/annual-reports/:id/${path}`, formLimit, async (request, reply) => {
      const actor = requireActor(request);
      const body = formBody(request);
      try {
        const result = await run(actor, body, request);
        return reply.redirect(`/admin/annual-reports/${result.id}?done=${done}${anchor}`, 303);
      } catch (error) {
        if (error instanceof PublicationBlocked) return renderReport(request, reply, { problems: [{ field: '', message: error.userMessage }], blocking: error.blocking, status: 409 });
        if (!isDomainError(error) || (error.kind !== 'invalid' && error.kind !== 'conflict')) throw error;
        const problems = error.kind === 'invalid' ? error.fields : [{ field: '', message: error.userMessage }];
        return renderReport(request, reply, { values: body, problems, status: error.status });
      }
    });
  }
  const ctxOf = (actor: Actor, request: FastifyRequest) => ({ actor, clock, ip: request.ip });
  const version = (body: FormBody) => field(body, 'version');

  action('regenerate', 'generated', async (actor, _body, request) => {
    const { record } = await getReportForActor(db, actor, request.params.id);
    return generateAnnualReport(db, ctxOf(actor, request), recordSources, { organisationId: record.organisationId, year: record.year });
  });
  action('sections', 'sections', (actor, body, request) => updateReportSections(db, ctxOf(actor, request), {
    reportId: request.params.id, version: version(body), overview: field(body, 'overview'), problems: field(body, 'problems'), other: field(body, 'other'),
  }), '#sections');
  action('check', 'checked', (actor, body, request) => checkAnnualReportCommand(db, ctxOf(actor, request), { reportId: request.params.id, version: version(body) }), '#findings');
  action('acknowledge', 'acknowledged', (actor, body, request) => acknowledgeWarning(db, ctxOf(actor, request), {
    reportId: request.params.id, version: version(body), rule: field(body, 'rule'), at: field(body, 'at'), note: field(body, 'note'),
  }), '#findings');
  action('lock', 'locked', (actor, body, request) => lockReportNumbers(db, ctxOf(actor, request), { reportId: request.params.id, version: version(body), lockedOn: field(body, 'lockedOn') }));
  action('publish', 'published', (actor, body, request) => publishAnnualReport(db, ctxOf(actor, request), { reportId: request.params.id, version: version(body) }));
  action('correct', 'corrected', (actor, body, request) => startCorrection(db, ctxOf(actor, request), { reportId: request.params.id, reason: field(body, 'reason') }));

  app.get<{ Params: { id: string; format: string } }>('/annual-reports/:id/download/:format', async (request, reply) => {
    const { format } = request.params;
    const { record, organisation } = await getReportForActor(db, requireActor(request), request.params.id);
    if (!isPublishedFormat(format)) return reply.code(404).send();
    const type = PUBLISHED_FORMAT_TYPES[format];
    const name = `${organisation.name}${record.year}年政府信息公开工作年度报告-第${record.revision}版.${type.extension}`;
    return reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
      .type(type.contentType).send(Buffer.from(await renderRevision(record, format)));
  });

  app.get<{ Params: { id: string; path: string } }>('/annual-reports/:id/cells/:path', async (request, reply) => {
    const { record, organisation, label, records } = await cellRecords(db, requireActor(request), request.params.id, request.params.path);
    const page = <CellPage ctx={consoleContext(request, reply)} record={record} organisation={organisation} path={request.params.path} label={label} value={cellAt(record.report, request.params.path)} records={records} />;
    return sendPage(reply, renderDocument(page));
  });
};
