import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UrlImportResult } from '../../../domains/annual-reports/index.ts';
import { FETCH_LIMITS, getReportForActor, httpReportFetcher, importReportsFromUrls, importSubordinateReport, supervisionMatrix } from '../../../domains/annual-reports/index.ts';
import { todayInShanghai } from '../../../domains/calendar/index.ts';
import { isDomainError } from '../../../domains/shared/errors.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import type { FormBody } from '../../http/form.ts';
import { field, formBody } from '../../http/form.ts';
import { uploadConfig, uploadedFile } from '../../http/multipart.ts';
import { formRateLimit } from '../../http/rate-limits.ts';
import { requireActor } from '../../http/request-actor.ts';
import { formInvalid } from '../../http/web-errors.ts';
import { ImportPage } from '../../views/admin/annual-reports/import-page.tsx';
import { renderDocument } from '../../views/render.ts';
import { consoleContext, sendPage } from '../context.ts';
import { requireNavAccess } from '../navigation.ts';
import type { AdminPluginOptions } from '../plugin.ts';

/** Largest report file accepted by upload (the fetcher's limit for URLs is the same). */
const IMPORT_UPLOAD_BYTES = FETCH_LIMITS.maxBytes;

const pageQuery = z.object({
  org: z.string({ error: '请选择机关' }).min(1, { error: '请选择机关' }),
  year: z.string().regex(/^\d{4}$/).optional(),
  imported: z.string().optional(),
});

/**
 * 导入下级机关年度报告 (the supervisor's page next to the matrix): upload one report file for a
 * subordinate, or a list of `ORGCODE URL` lines the server fetches. Authorised like the matrix:
 * the menu entry /admin/annual-reports, then `annual_report.supervise` on `org` (404/403).
 */
export const importRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  app.addHook('preHandler', requireNavAccess('/admin/annual-reports'));
  const { db, clock } = services;
  const formLimit = formRateLimit(settings);
  const allowPrivate = settings.fetchAllowPrivate ?? false;
  const fetcher = httpReportFetcher({ allowPrivate });
  const lastYear = () => Number(todayInShanghai(clock).slice(0, 4)) - 1;

  interface Render {
    org: string;
    year?: number;
    values?: FormBody;
    problems?: readonly FieldProblem[];
    importedId?: string;
    results?: readonly UrlImportResult[];
    status?: number;
  }
  async function render(request: FastifyRequest, reply: FastifyReply, options: Render) {
    const actor = requireActor(request);
    const year = options.year ?? lastYear();
    const { organisation, rows } = await supervisionMatrix(db, actor, options.org, year, todayInShanghai(clock));
    const imported = options.importedId ? await getReportForActor(db, actor, options.importedId) : undefined;
    const page = (
      <ImportPage ctx={consoleContext(request, reply)} organisation={organisation} year={year} rows={rows} values={options.values ?? {}} problems={options.problems ?? []}
        imported={imported} results={options.results} allowPrivate={allowPrivate}
        maxMegabytes={IMPORT_UPLOAD_BYTES / 1024 / 1024} timeoutSeconds={FETCH_LIMITS.timeoutMs / 1000} />
    );
    return sendPage(reply, renderDocument(page), options.status ?? 200);
  }

  /** The page year from a form's year field, when it is one; else last year. */
  const yearOf = (raw: string) => (/^\d{4}$/.test(raw) && Number(raw) >= 2019 && Number(raw) <= lastYear() ? Number(raw) : undefined);

  app.get('/annual-reports/import', async (request, reply) => {
    const parsed = pageQuery.safeParse(request.query);
    if (!parsed.success) throw formInvalid([{ field: 'org', message: '请选择机关' }]);
    const { org, year, imported } = parsed.data;
    return render(request, reply, { org, year: year ? yearOf(year) : undefined, importedId: imported });
  });

  // multipart/form-data (http/multipart.ts): one file; past the limit it is cut off and named in
  // truncatedUploads, so the form says so beside the field instead of failing with 413.
  const upload = uploadConfig(IMPORT_UPLOAD_BYTES);
  app.post('/annual-reports/import', { config: { ...formLimit.config, multipartOptions: { ...upload.multipartOptions, throwFileSizeLimit: false } } }, async (request, reply) => {
    const actor = requireActor(request);
    const body = formBody(request);
    const org = field(body, 'org');
    const file = uploadedFile(request, 'file');
    const fileName = ((request.body as Record<string, unknown> | undefined)?.file as { fileName?: string } | undefined)?.fileName || 'upload';
    try {
      if (file.truncated) throw formInvalid([{ field: 'file', message: `文件过大（最大 ${IMPORT_UPLOAD_BYTES / 1024 / 1024} MB）` }]);
      const { record, target } = await importSubordinateReport(db, { actor, clock, ip: request.ip }, {
        supervisorOrganisationId: org, organisation: { id: field(body, 'organisationId') }, year: field(body, 'year'), fileName, bytes: file.bytes ?? new Uint8Array(),
      });
      return reply.redirect(`/admin/annual-reports/import?org=${encodeURIComponent(org)}&year=${target.year}&imported=${record.id}`, 303);
    } catch (error) {
      if (!isDomainError(error) || (error.kind !== 'invalid' && error.kind !== 'conflict')) throw error;
      const problems = error.kind === 'invalid' ? error.fields : [{ field: 'file', message: error.userMessage }];
      return render(request, reply, { org, year: yearOf(field(body, 'year')), values: body, problems, status: error.status });
    }
  });

  app.post('/annual-reports/import/urls', formLimit, async (request, reply) => {
    const actor = requireActor(request);
    const body = formBody(request);
    const org = field(body, 'org');
    try {
      const results = await importReportsFromUrls(db, { actor, clock, ip: request.ip }, { supervisorOrganisationId: org, year: field(body, 'listYear'), list: field(body, 'list') }, fetcher);
      request.log.info({ urls: results.length, imported: results.filter((r) => r.outcome === 'imported').length }, 'annual report url import');
      return render(request, reply, { org, year: yearOf(field(body, 'listYear')), values: body, results });
    } catch (error) {
      if (!isDomainError(error) || error.kind !== 'invalid') throw error;
      // The domain names the year `year`; on this form it is `listYear`.
      const problems = error.fields.map((p) => (p.field === 'year' ? { ...p, field: 'listYear' } : p));
      return render(request, reply, { org, year: yearOf(field(body, 'listYear')), values: body, problems, status: error.status });
    }
  });
};
