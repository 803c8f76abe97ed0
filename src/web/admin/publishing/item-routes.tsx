import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../domains/accounts/index.ts';
import { listOrganisations } from '../../../domains/accounts/index.ts';
import {
  createItem,
  getItemDetail,
  listColumns,
  listItemsForActor,
  listPublishingOrganisations,
  publishingOrganisationFor,
  updateItem,
} from '../../../domains/publishing/index.ts';
import type { ItemFieldsInput } from '../../../domains/publishing/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import type { FormBody } from '../../http/form.ts';
import { field, formBody } from '../../http/form.ts';
import { formRateLimit } from '../../http/rate-limits.ts';
import { requireActor } from '../../http/request-actor.ts';
import { pageForbidden } from '../../http/web-errors.ts';
import { ChooseOrganisationPage } from '../../views/admin/publishing/choose-organisation-page.tsx';
import { itemFormValues, ItemFormPage } from '../../views/admin/publishing/item-form-page.tsx';
import { ItemPage } from '../../views/admin/publishing/item-page.tsx';
import { ItemsPage } from '../../views/admin/publishing/items-page.tsx';
import { renderDocument } from '../../views/render.ts';
import { consoleContext, sendPage } from '../context.ts';
import type { AdminPluginOptions } from '../plugin.ts';
import { shownOnPage } from './errors.ts';
import { publishingNotice } from './notices.ts';

type IdParams = { Params: { id: string } };

/** The form's strings as the domain's input: an empty choice is "not given". */
export function itemInput(body: FormBody): ItemFieldsInput {
  const documentKind = field(body, 'documentKind');
  const validity = field(body, 'validity');
  return {
    columnId: field(body, 'columnId'),
    title: field(body, 'title'),
    body: field(body, 'body'),
    issuer: field(body, 'issuer'),
    topic: field(body, 'topic'),
    docNumber: field(body, 'docNumber'),
    keywords: field(body, 'keywords'),
    madeOn: field(body, 'madeOn'),
    formedOn: field(body, 'formedOn'),
    scheduledOn: field(body, 'scheduledOn'),
    effectiveOn: field(body, 'effectiveOn'),
    ...(documentKind ? { documentKind: documentKind as ItemFieldsInput['documentKind'] } : {}),
    ...(validity ? { validity: validity as ItemFieldsInput['validity'] } : {}),
  };
}

/** Items: the list, drafting and editing. The workflow's actions are in item-action-routes.tsx. */
export const itemRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  const { db, clock } = services;
  const formLimit = formRateLimit(settings);

  app.get<{ Querystring: { status?: string; organisation?: string; column?: string; awaiting?: string; page?: string; done?: string } }>('/items', async (request, reply) => {
    const actor = requireActor(request);
    const q = request.query;
    const organisations = await listOrganisations(db, actor);
    const organisationId = organisations.some((o) => o.id === q.organisation) ? q.organisation! : organisations.length === 1 ? organisations[0]!.id : '';
    const columns = organisationId ? await listColumns(db, organisationId) : [];
    const columnId = columns.some((c) => c.id === q.column) ? q.column! : '';
    const filter = {
      status: typeof q.status === 'string' ? q.status : '',
      organisationId: q.organisation === organisationId ? organisationId : '',
      columnId,
      awaiting: q.awaiting === '1',
      page: Math.min(10_000, Math.max(1, Number.parseInt(q.page ?? '1', 10) || 1)),
    };
    const { entries, total } = await listItemsForActor(db, actor, clock, {
      status: filter.status || undefined,
      organisationId: filter.organisationId || undefined,
      columnId: columnId || undefined,
      awaitingMe: filter.awaiting,
      page: filter.page,
    });
    const canDraft = (await listPublishingOrganisations(db, actor, 'item.draft')).length > 0;
    const page = (
      <ItemsPage
        ctx={consoleContext(request, reply)}
        entries={entries}
        total={total}
        filter={filter}
        organisations={organisations}
        columns={columns}
        canDraft={canDraft}
        notice={publishingNotice(q.done)}
      />
    );
    return sendPage(reply, renderDocument(page));
  });

  async function renderNew(request: FastifyRequest, reply: FastifyReply, organisationId: string, values: FormBody, problems: readonly FieldProblem[], status = 200) {
    const actor = requireActor(request);
    const organisation = await publishingOrganisationFor(db, actor, organisationId, 'item.draft');
    const columns = await listColumns(db, organisation.id);
    if (columns.length === 0) throw pageForbidden(`${organisation.name}尚未建立栏目目录，请联系系统管理员按标准模板建立后再起草。`);
    const page = <ItemFormPage ctx={consoleContext(request, reply)} organisation={organisation} columns={columns} values={values} problems={problems} />;
    return sendPage(reply, renderDocument(page), status);
  }

  app.get<{ Querystring: { organisation?: string } }>('/items/new', async (request, reply) => {
    const actor = requireActor(request);
    const draftable = await listPublishingOrganisations(db, actor, 'item.draft');
    if (request.query.organisation) return renderNew(request, reply, request.query.organisation, {}, []);
    if (draftable.length === 0) throw pageForbidden('您没有起草主动公开信息的权限（需要信息发布员角色）。');
    if (draftable.length === 1) return renderNew(request, reply, draftable[0]!.id, {}, []);
    return sendPage(reply, renderDocument(<ChooseOrganisationPage ctx={consoleContext(request, reply)} organisations={draftable} />));
  });

  app.post('/items', formLimit, async (request, reply) => {
    const actor = requireActor(request);
    const body = formBody(request);
    try {
      const item = await createItem(db, { actor, clock, ip: request.ip }, field(body, 'organisationId'), itemInput(body));
      return reply.redirect(`/admin/publishing/items/${item.id}?done=created`, 303);
    } catch (error) {
      if (!shownOnPage(error) || error.kind !== 'invalid') throw error;
      return renderNew(request, reply, field(body, 'organisationId'), body, error.fields, 422);
    }
  });

  app.get<IdParams & { Querystring: { done?: string } }>('/items/:id', async (request, reply) => {
    const detail = await getItemDetail(db, requireActor(request), clock, request.params.id);
    return sendPage(reply, renderDocument(<ItemPage ctx={consoleContext(request, reply)} detail={detail} problems={[]} notice={publishingNotice(request.query.done)} />));
  });

  async function renderEdit(request: FastifyRequest<IdParams>, reply: FastifyReply, actor: Actor, values: FormBody | undefined, problems: readonly FieldProblem[], status = 200) {
    const detail = await getItemDetail(db, actor, clock, request.params.id);
    if (!detail.abilities.edit) throw pageForbidden(detail.item.status === 'draft' ? '您没有修改这条信息的权限。' : '只有草稿可以修改；退回的信息会回到草稿状态。');
    const organisation = await publishingOrganisationFor(db, actor, detail.organisation.id, 'item.edit');
    const page = (
      <ItemFormPage
        ctx={consoleContext(request, reply)}
        organisation={organisation}
        columns={detail.columns}
        item={detail.item}
        values={values ?? itemFormValues(detail.item)}
        problems={problems}
      />
    );
    return sendPage(reply, renderDocument(page), status);
  }

  app.get<IdParams>('/items/:id/edit', (request, reply) => renderEdit(request, reply, requireActor(request), undefined, []));

  app.post<IdParams>('/items/:id', formLimit, async (request, reply) => {
    const actor = requireActor(request);
    const body = formBody(request);
    try {
      const item = await updateItem(db, { actor, clock, ip: request.ip }, request.params.id, Number.parseInt(field(body, 'version'), 10) || 0, itemInput(body));
      return reply.redirect(`/admin/publishing/items/${item.id}?done=saved`, 303);
    } catch (error) {
      if (!shownOnPage(error) || error.kind === 'forbidden') throw error;
      const problems = error.fields.length > 0 ? error.fields : [{ field: '', message: error.userMessage }];
      return renderEdit(request, reply, actor, body, problems, error.status);
    }
  });
};
