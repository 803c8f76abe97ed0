import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Organisation, OrganisationKind } from '../../domains/accounts/index.ts';
import { can, createOrganisation, effectiveRoles, getOrganisationForActor, listOrganisations, listOrganisationsByIds, updateOrganisation } from '../../domains/accounts/index.ts';
import { isDomainError } from '../../domains/shared/errors.ts';
import type { FieldProblem } from '../../domains/shared/errors.ts';
import type { FormBody } from '../http/form.ts';
import { field, formBody } from '../http/form.ts';
import { formRateLimit } from '../http/rate-limits.ts';
import { requireActor } from '../http/request-actor.ts';
import { formInvalid, pageForbidden } from '../http/web-errors.ts';
import { OrganisationNewPage } from '../views/admin/organisation-new-page.tsx';
import { OrganisationAdminPage } from '../views/admin/organisation-page.tsx';
import { OrganisationsPage } from '../views/admin/organisations-page.tsx';
import { renderDocument } from '../views/render.ts';
import { consoleContext, sendPage } from './context.ts';
import { requireNavAccess } from './navigation.ts';
import { noticeFor } from './notices.ts';
import type { AdminPluginOptions } from './plugin.ts';

type IdParams = { Params: { id: string } };

function administered(actor: Actor, organisations: readonly Organisation[]): Organisation[] {
  return organisations.filter((o) => can(actor, 'organisation.manage', { organisationPath: o.path }));
}

/**
 * A supervisor (上级监督员) watches the organisations below its own: its own organisation is not
 * in its list unless it also holds another role there.
 */
function supervisedOnlyAt(actor: Actor, organisation: Organisation): boolean {
  const here = actor.roles.filter((r) => r.organisationId === organisation.id);
  return here.length > 0 && here.every((r) => r.role === 'supervisor') && !effectiveRoles(actor, organisation.path).has('sysadmin');
}

export const organisationRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  const { db, clock } = services;
  const formLimit = formRateLimit(settings);
  app.addHook('preHandler', requireNavAccess('/admin/organisations'));

  app.get<{ Querystring: { done?: string } }>('/organisations', async (request, reply) => {
    const actor = requireActor(request);
    const organisations = (await listOrganisations(db, actor)).filter((o) => !supervisedOnlyAt(actor, o));
    const page = (
      <OrganisationsPage
        ctx={consoleContext(request, reply)}
        organisations={organisations}
        canCreate={administered(actor, organisations).length > 0}
        notice={noticeFor(request.query.done)}
      />
    );
    return sendPage(reply, renderDocument(page));
  });

  async function renderNew(request: FastifyRequest, reply: FastifyReply, values: FormBody, problems: readonly FieldProblem[], status = 200) {
    const parents = administered(requireActor(request), await listOrganisations(db, requireActor(request)));
    if (parents.length === 0) throw pageForbidden('您没有新建机构的权限。');
    return sendPage(reply, renderDocument(<OrganisationNewPage ctx={consoleContext(request, reply)} parents={parents} values={values} problems={problems} />), status);
  }

  app.get('/organisations/new', (request, reply) => renderNew(request, reply, {}, []));

  app.post('/organisations', formLimit, async (request, reply) => {
    const actor = requireActor(request);
    const body = formBody(request);
    try {
      // Only the system creates a root organisation: from the console a parent is required.
      if (!field(body, 'parentId')) throw formInvalid([{ field: 'parentId', message: '请选择上级机关' }]);
      await getOrganisationForActor(db, actor, field(body, 'parentId'), 'organisation.manage');
      const organisation = await createOrganisation(
        db,
        { actor, clock, ip: request.ip },
        { code: field(body, 'code'), name: field(body, 'name'), kind: field(body, 'kind') as OrganisationKind, parentId: field(body, 'parentId') },
      );
      return reply.redirect(`/admin/organisations/${organisation.id}?done=organisation-created`, 303);
    } catch (error) {
      if (!isDomainError(error) || error.kind !== 'invalid') throw error;
      return renderNew(request, reply, body, error.fields, 422);
    }
  });

  async function renderOrganisation(request: FastifyRequest<IdParams>, reply: FastifyReply, values: FormBody, problems: readonly FieldProblem[], status = 200, notice?: string) {
    const actor = requireActor(request);
    const organisation = await getOrganisationForActor(db, actor, request.params.id);
    const [parent] = organisation.parentId ? await listOrganisationsByIds(db, [organisation.parentId]) : [];
    const page = (
      <OrganisationAdminPage
        ctx={consoleContext(request, reply)}
        organisation={organisation}
        parent={parent}
        canManage={can(actor, 'organisation.manage', { organisationPath: organisation.path })}
        values={values}
        problems={problems}
        notice={notice}
      />
    );
    return sendPage(reply, renderDocument(page), status);
  }

  app.get<IdParams & { Querystring: { done?: string } }>('/organisations/:id', (request, reply) =>
    renderOrganisation(request, reply, {}, [], 200, noticeFor(request.query.done)),
  );

  app.post<IdParams>('/organisations/:id', formLimit, async (request, reply) => {
    const actor = requireActor(request);
    const body = formBody(request);
    try {
      const organisation = await updateOrganisation(
        db,
        { actor, clock, ip: request.ip },
        { organisationId: request.params.id, version: Number.parseInt(field(body, 'version'), 10) || 0, name: field(body, 'name'), kind: field(body, 'kind') as OrganisationKind },
      );
      return reply.redirect(`/admin/organisations/${organisation.id}?done=organisation-updated`, 303);
    } catch (error) {
      if (!isDomainError(error) || error.kind !== 'invalid') throw error;
      return renderOrganisation(request, reply, body, error.fields, 422);
    }
  });
};
