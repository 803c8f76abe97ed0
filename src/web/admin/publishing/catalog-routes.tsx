import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  createColumn,
  ensureCatalog,
  getColumnForActor,
  listColumns,
  listPublishingOrganisations,
  loadSettings,
  publishingOrganisationFor,
  templateFor,
  updateColumn,
  updatePublishingSettings,
  WORKFLOW_STEPS,
} from '../../../domains/publishing/index.ts';
import type { CatalogTemplateName, ColumnFieldsInput } from '../../../domains/publishing/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import type { FormBody } from '../../http/form.ts';
import { field, formBody } from '../../http/form.ts';
import { formRateLimit } from '../../http/rate-limits.ts';
import { requireActor } from '../../http/request-actor.ts';
import { formInvalid, pageForbidden } from '../../http/web-errors.ts';
import { CatalogPage, CatalogsPage, columnFormValues, ColumnPage } from '../../views/admin/publishing/catalog-pages.tsx';
import { renderDocument } from '../../views/render.ts';
import { consoleContext, sendPage } from '../context.ts';
import type { AdminPluginOptions } from '../plugin.ts';
import { shownOnPage } from './errors.ts';
import { publishingNotice } from './notices.ts';

type OrgParams = { Params: { organisationId: string } };
type ColumnParams = { Params: { id: string } };

function columnInput(body: FormBody): ColumnFieldsInput {
  return {
    name: field(body, 'name'),
    code: field(body, 'code'),
    parentId: field(body, 'parentId'),
    documentKind: (field(body, 'documentKind') || 'other') as ColumnFieldsInput['documentKind'],
    matter: field(body, 'matter'),
    basis: field(body, 'basis'),
    timeLimit: field(body, 'timeLimit'),
    responsible: field(body, 'responsible'),
    channels: field(body, 'channels'),
    audience: field(body, 'audience'),
    disclosureMethod: field(body, 'disclosureMethod'),
    level: field(body, 'level'),
    updatePeriodDays: field(body, 'updatePeriodDays'),
  };
}

/**
 * 栏目目录 (issue 7 item 1): per organisation, created from the township or county-department
 * template, each row's fields editable, plus the 索引号 pattern and the review steps. Only a
 * system administrator (sysadmin, at the organisation or above) manages them.
 */
export const catalogRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  const { db, clock } = services;
  const formLimit = formRateLimit(settings);

  app.get('/catalog', async (request, reply) => {
    const organisations = await listPublishingOrganisations(db, requireActor(request), 'catalog.manage');
    if (organisations.length === 0) throw pageForbidden('栏目目录由系统管理员管理。');
    const counts = new Map<string, number>();
    for (const o of organisations) counts.set(o.id, (await listColumns(db, o.id)).length);
    return sendPage(reply, renderDocument(<CatalogsPage ctx={consoleContext(request, reply)} organisations={organisations} counts={counts} />));
  });

  async function renderCatalog(request: FastifyRequest<OrgParams>, reply: FastifyReply, problems: readonly FieldProblem[], status = 200, settingsValues?: FormBody, notice?: string) {
    const organisation = await publishingOrganisationFor(db, requireActor(request), request.params.organisationId, 'catalog.manage');
    const [columns, publishing] = await Promise.all([listColumns(db, organisation.id), loadSettings(db, organisation.id)]);
    const page = (
      <CatalogPage
        ctx={consoleContext(request, reply)}
        organisation={organisation}
        columns={columns}
        settings={publishing}
        suggestedTemplate={templateFor(organisation.kind)}
        problems={problems}
        settingsValues={settingsValues}
        notice={notice}
      />
    );
    return sendPage(reply, renderDocument(page), status);
  }

  app.get<OrgParams & { Querystring: { done?: string } }>('/catalog/:organisationId', (request, reply) =>
    renderCatalog(request, reply, [], 200, undefined, publishingNotice(request.query.done)),
  );

  app.post<OrgParams>('/catalog/:organisationId', formLimit, async (request, reply) => {
    const body = formBody(request);
    const template = field(body, 'template');
    try {
      if (template !== 'township' && template !== 'department') throw formInvalid([{ field: 'template', message: '请选择标准模板' }]);
      await ensureCatalog(db, { actor: requireActor(request), clock, ip: request.ip }, request.params.organisationId, template as CatalogTemplateName);
      return reply.redirect(`/admin/publishing/catalog/${encodeURIComponent(request.params.organisationId)}?done=catalog-created`, 303);
    } catch (error) {
      if (!shownOnPage(error) || error.kind !== 'invalid') throw error;
      return renderCatalog(request, reply, error.fields, 422);
    }
  });

  app.post<OrgParams>('/catalog/:organisationId/settings', formLimit, async (request, reply) => {
    const body = formBody(request);
    try {
      await updatePublishingSettings(db, { actor: requireActor(request), clock, ip: request.ip }, request.params.organisationId, {
        indexPattern: field(body, 'indexPattern'),
        indexCode: field(body, 'indexCode'),
        workflowSteps: WORKFLOW_STEPS.filter((step) => field(body, `step-${step}`) === 'on'),
      });
      return reply.redirect(`/admin/publishing/catalog/${encodeURIComponent(request.params.organisationId)}?done=settings-saved`, 303);
    } catch (error) {
      if (!shownOnPage(error) || error.kind !== 'invalid') throw error;
      const problems = error.fields.map((p) => (p.field === 'workflowSteps' ? { field: '', message: p.message } : p));
      return renderCatalog(request, reply, problems, 422, body);
    }
  });

  async function renderNewColumn(request: FastifyRequest<OrgParams>, reply: FastifyReply, values: FormBody, problems: readonly FieldProblem[], status = 200) {
    const organisation = await publishingOrganisationFor(db, requireActor(request), request.params.organisationId, 'catalog.manage');
    const columns = await listColumns(db, organisation.id);
    const page = <ColumnPage ctx={consoleContext(request, reply)} organisation={organisation} columns={columns} values={values} problems={problems} />;
    return sendPage(reply, renderDocument(page), status);
  }

  app.get<OrgParams>('/catalog/:organisationId/columns/new', (request, reply) => renderNewColumn(request, reply, { disclosureMethod: '主动', audience: '全社会' }, []));

  app.post<OrgParams>('/catalog/:organisationId/columns', formLimit, async (request, reply) => {
    const body = formBody(request);
    try {
      const column = await createColumn(db, { actor: requireActor(request), clock, ip: request.ip }, request.params.organisationId, columnInput(body));
      return reply.redirect(`/admin/publishing/catalog/columns/${column.id}?done=column-created`, 303);
    } catch (error) {
      if (!shownOnPage(error) || error.kind !== 'invalid') throw error;
      return renderNewColumn(request, reply, body, error.fields, 422);
    }
  });

  async function renderColumn(request: FastifyRequest<ColumnParams>, reply: FastifyReply, values: FormBody | undefined, problems: readonly FieldProblem[], status = 200, notice?: string) {
    const { column, organisation } = await getColumnForActor(db, requireActor(request), request.params.id, 'catalog.manage');
    const columns = await listColumns(db, organisation.id);
    const page = (
      <ColumnPage ctx={consoleContext(request, reply)} organisation={organisation} columns={columns} column={column} values={values ?? columnFormValues(column)} problems={problems} notice={notice} />
    );
    return sendPage(reply, renderDocument(page), status);
  }

  app.get<ColumnParams & { Querystring: { done?: string } }>('/catalog/columns/:id', (request, reply) =>
    renderColumn(request, reply, undefined, [], 200, publishingNotice(request.query.done)),
  );

  app.post<ColumnParams>('/catalog/columns/:id', formLimit, async (request, reply) => {
    const body = formBody(request);
    try {
      const column = await updateColumn(db, { actor: requireActor(request), clock, ip: request.ip }, request.params.id, Number.parseInt(field(body, 'version'), 10) || 0, columnInput(body));
      return reply.redirect(`/admin/publishing/catalog/columns/${column.id}?done=column-saved`, 303);
    } catch (error) {
      if (!shownOnPage(error) || error.kind === 'forbidden') throw error;
      const problems = error.fields.length > 0 ? error.fields : [{ field: '', message: error.userMessage }];
      return renderColumn(request, reply, body, problems, error.status);
    }
  });
};
