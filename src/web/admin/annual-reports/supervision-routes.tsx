import type { FastifyPluginAsync } from 'fastify';
import { requireNavAccess } from '../navigation.ts';
import { z } from 'zod';
import { aggregateReports, cellContributions, cellLabel, cellPaths, hasCellRecords, supervisionMatrix } from '../../../domains/annual-reports/index.ts';
import { todayInShanghai } from '../../../domains/calendar/index.ts';
import { formatForYear } from '../../../domains/reports/index.ts';
import { requireActor } from '../../http/request-actor.ts';
import { formInvalid } from '../../http/web-errors.ts';
import { AggregateCellPage, AggregatePage } from '../../views/admin/annual-reports/aggregate-page.tsx';
import { SupervisionPage } from '../../views/admin/annual-reports/supervision-page.tsx';
import { renderDocument } from '../../views/render.ts';
import { consoleContext, sendPage } from '../context.ts';
import type { AdminPluginOptions } from '../plugin.ts';

const query = z.object({
  org: z.string({ error: '请选择机关' }).min(1, { error: '请选择机关' }),
  year: z.coerce.number({ error: '统计年度不正确' }).int().min(2019, { error: '统计年度不能早于2019年' }).max(2100, { error: '统计年度不正确' }),
  drafts: z.string().optional(),
  path: z.string().optional(),
});

function parseQuery(raw: unknown) {
  const result = query.safeParse(raw);
  if (!result.success) throw formInvalid(result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  return result.data;
}

/** The supervisor's pages: the matrix of subordinates, the aggregate, and an aggregate cell's parts. */
export const supervisionRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services }) => {
  // The menu decides who reaches these pages (a page missing from a role's menu answers 403).
  app.addHook('preHandler', requireNavAccess('/admin/annual-reports'));
  const { db, clock } = services;

  app.get('/annual-reports/supervision', async (request, reply) => {
    const { org, year } = parseQuery(request.query);
    const { organisation, rows } = await supervisionMatrix(db, requireActor(request), org, year, todayInShanghai(clock));
    return sendPage(reply, renderDocument(<SupervisionPage ctx={consoleContext(request, reply)} organisation={organisation} year={year} rows={rows} />));
  });

  app.get('/annual-reports/aggregate', async (request, reply) => {
    const { org, year, drafts } = parseQuery(request.query);
    const aggregate = await aggregateReports(db, requireActor(request), org, year, { includeUnpublished: drafts === '1' });
    return sendPage(reply, renderDocument(<AggregatePage ctx={consoleContext(request, reply)} aggregate={aggregate} includeDrafts={drafts === '1'} />));
  });

  app.get('/annual-reports/aggregate/cell', async (request, reply) => {
    const { org, year, drafts, path = '' } = parseQuery(request.query);
    const format = formatForYear(year);
    if (!cellPaths(format).includes(path)) throw formInvalid([{ field: 'path', message: '没有这个单元格' }]);
    const aggregate = await aggregateReports(db, requireActor(request), org, year, { includeUnpublished: drafts === '1' });
    const page = (
      <AggregateCellPage ctx={consoleContext(request, reply)} aggregate={aggregate} path={path} label={cellLabel(format, path)}
        contributions={cellContributions(aggregate, path)} cellLinkable={hasCellRecords(path)} />
    );
    return sendPage(reply, renderDocument(page));
  });
};
