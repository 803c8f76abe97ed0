import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { todayInShanghai } from '../../../domains/calendar/index.ts';
import { listPublishingOrganisations, loadStatistics, publishingOrganisationFor, saveStatistics, statisticsCells } from '../../../domains/publishing/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import type { FormBody } from '../../http/form.ts';
import { field, formBody } from '../../http/form.ts';
import { formRateLimit } from '../../http/rate-limits.ts';
import { requireActor } from '../../http/request-actor.ts';
import { pageForbidden } from '../../http/web-errors.ts';
import { StatisticsPage } from '../../views/admin/publishing/statistics-page.tsx';
import { renderDocument } from '../../views/render.ts';
import { consoleContext, sendPage } from '../context.ts';
import type { AdminPluginOptions } from '../plugin.ts';
import { shownOnPage } from './errors.ts';
import { publishingNotice } from './notices.ts';

/** 年度统计表 (issue 7 item 7): per organisation and year, for table 二 of the annual report. */
export const statisticsRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  const { db, clock } = services;
  const formLimit = formRateLimit(settings);

  async function render(request: FastifyRequest, reply: FastifyReply, organisationId: string, yearText: string, values: FormBody | undefined, problems: readonly FieldProblem[], status = 200, notice?: string) {
    const actor = requireActor(request);
    const organisations = await listPublishingOrganisations(db, actor, 'statistics.manage');
    if (organisations.length === 0) throw pageForbidden('年度统计由信息发布员、分管领导或系统管理员填报。');
    const organisation = organisationId ? await publishingOrganisationFor(db, actor, organisationId, 'statistics.manage') : organisations[0]!;
    // The annual report is written early in the following year: default to last year.
    const thisYear = Number(todayInShanghai(clock).slice(0, 4));
    const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4];
    const asked = Number.parseInt(yearText, 10);
    const year = years.includes(asked) ? asked : thisYear - 1;
    const saved = await loadStatistics(db, organisation.id, year);
    const page = (
      <StatisticsPage
        ctx={consoleContext(request, reply)}
        organisations={organisations}
        organisation={organisation}
        year={year}
        years={years}
        cells={statisticsCells(year)}
        saved={saved.values}
        values={values}
        problems={problems}
        notice={notice}
      />
    );
    return sendPage(reply, renderDocument(page), status);
  }

  app.get<{ Querystring: { organisation?: string; year?: string; done?: string } }>('/statistics', (request, reply) =>
    render(request, reply, request.query.organisation ?? '', request.query.year ?? '', undefined, [], 200, publishingNotice(request.query.done)),
  );

  app.post('/statistics', formLimit, async (request, reply) => {
    const body = formBody(request);
    const organisationId = field(body, 'organisationId');
    const year = field(body, 'year');
    try {
      await saveStatistics(db, { actor: requireActor(request), clock, ip: request.ip }, organisationId, Number.parseInt(year, 10), body);
      return reply.redirect(`/admin/publishing/statistics?organisation=${encodeURIComponent(organisationId)}&year=${encodeURIComponent(year)}&done=statistics-saved`, 303);
    } catch (error) {
      if (!shownOnPage(error) || error.kind !== 'invalid') throw error;
      return render(request, reply, organisationId, year, body, error.fields, 422);
    }
  });
};
