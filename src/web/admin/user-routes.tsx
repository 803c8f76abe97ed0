import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Organisation, Role } from '../../domains/accounts/index.ts';
import {
  allowedUserChanges,
  assignRole,
  can,
  createUser,
  disableUser,
  enableUser,
  getOrganisationForActor,
  getUserForActor,
  listOrganisations,
  listUsers,
  resetPassword,
  revokeRole,
  unlockUser,
  updateUser,
} from '../../domains/accounts/index.ts';
import { isDomainError } from '../../domains/shared/errors.ts';
import type { FieldProblem } from '../../domains/shared/errors.ts';
import type { FormBody } from '../http/form.ts';
import { field, formBody } from '../http/form.ts';
import { formRateLimit } from '../http/rate-limits.ts';
import { requireActor } from '../http/request-actor.ts';
import { formInvalid, pageForbidden } from '../http/web-errors.ts';
import { PasswordResetPage } from '../views/admin/password-reset-page.tsx';
import { UserNewPage } from '../views/admin/user-new-page.tsx';
import { UserPage } from '../views/admin/user-page.tsx';
import { UsersPage } from '../views/admin/users-page.tsx';
import { renderDocument } from '../views/render.ts';
import { consoleContext, sendPage } from './context.ts';
import { requireNavAccess } from './navigation.ts';
import { noticeFor } from './notices.ts';
import type { AdminPluginOptions } from './plugin.ts';

type IdParams = { Params: { id: string } };

/** The domain names fields of its nested input (`roles.0.role`); the form names them flat. */
function formProblems(fields: readonly FieldProblem[]): FieldProblem[] {
  return fields.map((problem) => {
    if (problem.field === 'roles' || problem.field.endsWith('.organisationId')) return { ...problem, field: 'organisationId' };
    if (problem.field.endsWith('.role')) return { ...problem, field: 'role' };
    return problem;
  });
}

/** Organisations where the actor administers users (gives roles). */
function manageableOf(actor: Actor, organisations: readonly Organisation[]): Organisation[] {
  return organisations.filter((o) => can(actor, 'user.manage', { organisationPath: o.path }));
}

export const userRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  const { db, clock } = services;
  const formLimit = formRateLimit(settings);
  // Least privilege: the staff list is for administrators, as the menu says (navigation.ts).
  app.addHook('preHandler', requireNavAccess('/admin/users'));

  app.get<{ Querystring: { organisation?: string; done?: string } }>('/users', async (request, reply) => {
    const actor = requireActor(request);
    const organisation = request.query.organisation ? await getOrganisationForActor(db, actor, request.query.organisation) : undefined;
    const [users, visible] = await Promise.all([listUsers(db, actor, { organisationId: organisation?.id }), listOrganisations(db, actor)]);
    const page = (
      <UsersPage
        ctx={consoleContext(request, reply)}
        users={users}
        organisationNames={new Map(visible.map((o) => [o.id, o.name]))}
        organisation={organisation}
        canCreate={manageableOf(actor, visible).length > 0}
        notice={noticeFor(request.query.done)}
        now={clock.now()}
      />
    );
    return sendPage(reply, renderDocument(page));
  });

  async function renderNewUser(request: FastifyRequest, reply: FastifyReply, values: FormBody, problems: readonly FieldProblem[], status = 200) {
    const actor = requireActor(request);
    const manageable = manageableOf(actor, await listOrganisations(db, actor));
    if (manageable.length === 0) throw pageForbidden('您没有新建用户的权限。');
    const page = <UserNewPage ctx={consoleContext(request, reply)} organisations={manageable} values={values} problems={problems} />;
    return sendPage(reply, renderDocument(page), status);
  }

  app.get('/users/new', (request, reply) => renderNewUser(request, reply, {}, []));

  app.post('/users', formLimit, async (request, reply) => {
    const actor = requireActor(request);
    const body = formBody(request);
    const missing: FieldProblem[] = [
      ...(field(body, 'organisationId') ? [] : [{ field: 'organisationId', message: '请选择所属机构' }]),
      ...(field(body, 'role') ? [] : [{ field: 'role', message: '请选择角色' }]),
    ];
    try {
      const user = await createUser(
        db,
        { actor, clock, ip: request.ip },
        {
          username: field(body, 'username'),
          displayName: field(body, 'displayName'),
          password: field(body, 'password'),
          mustChangePassword: true,
          roles: missing.length > 0 ? [] : [{ organisationId: field(body, 'organisationId'), role: field(body, 'role') as Role }],
        },
      );
      return reply.redirect(`/admin/users/${user.id}?done=user-created`, 303);
    } catch (error) {
      if (!isDomainError(error) || error.kind !== 'invalid') throw error;
      const problems = formProblems([...error.fields.filter((p) => p.field !== 'roles' || missing.length === 0), ...missing]);
      return renderNewUser(request, reply, body, problems, 422);
    }
  });

  async function renderUser(request: FastifyRequest<IdParams>, reply: FastifyReply, problems: readonly FieldProblem[], status = 200, notice?: string, values: FormBody = {}) {
    const actor = requireActor(request);
    const user = await getUserForActor(db, actor, request.params.id);
    const [visible, allowed] = await Promise.all([listOrganisations(db, actor), allowedUserChanges(db, actor, user)]);
    const page = (
      <UserPage
        ctx={consoleContext(request, reply)}
        user={user}
        organisationNames={new Map(visible.map((o) => [o.id, o.name]))}
        manageable={allowed.assignRole ? manageableOf(actor, visible) : []}
        allowed={allowed}
        displayName={values.displayName}
        problems={problems}
        notice={notice}
        now={clock.now()}
      />
    );
    return sendPage(reply, renderDocument(page), status);
  }

  app.get<IdParams & { Querystring: { done?: string } }>('/users/:id', (request, reply) => renderUser(request, reply, [], 200, noticeFor(request.query.done)));

  /** Runs a change to one user; a validation failure re-renders the user page with 422. */
  function userChange(change: (actor: Actor, id: string, body: FormBody, request: FastifyRequest) => Promise<string>) {
    return async (request: FastifyRequest<IdParams>, reply: FastifyReply) => {
      const actor = requireActor(request);
      const body = formBody(request);
      try {
        const done = await change(actor, request.params.id, body, request);
        return reply.redirect(`/admin/users/${encodeURIComponent(request.params.id)}?done=${done}`, 303);
      } catch (error) {
        if (!isDomainError(error) || error.kind !== 'invalid') throw error;
        // Only the role and name forms have fields of their own; other problems (e.g. 不能停用自己的账户) are shown without a link.
        const problems = formProblems(error.fields.length > 0 ? error.fields : [{ field: '', message: error.userMessage }]).map((p) =>
          p.field === 'organisationId' || p.field === 'role' || p.field === 'displayName' ? p : { ...p, field: '' },
        );
        return renderUser(request, reply, problems, 422, undefined, body);
      }
    };
  }

  const ctxOf = (actor: Actor, request: FastifyRequest) => ({ actor, clock, ip: request.ip });
  const roleInput = (id: string, body: FormBody) => ({ userId: id, organisationId: field(body, 'organisationId'), role: field(body, 'role') as Role });
  const versionOf = (body: FormBody) => Number.parseInt(field(body, 'version'), 10) || 0;

  app.post<IdParams>(
    '/users/:id/roles',
    formLimit,
    userChange(async (actor, id, body, request) => {
      const problems: FieldProblem[] = [
        ...(field(body, 'organisationId') ? [] : [{ field: 'organisationId', message: '请选择机构' }]),
        ...(field(body, 'role') ? [] : [{ field: 'role', message: '请选择角色' }]),
      ];
      if (problems.length > 0) throw formInvalid(problems);
      await assignRole(db, ctxOf(actor, request), roleInput(id, body));
      return 'role-assigned';
    }),
  );

  app.post<IdParams>(
    '/users/:id/roles/revoke',
    formLimit,
    userChange(async (actor, id, body, request) => {
      await revokeRole(db, ctxOf(actor, request), roleInput(id, body));
      return 'role-revoked';
    }),
  );

  app.post<IdParams>(
    '/users/:id',
    formLimit,
    userChange(async (actor, id, body, request) => {
      await updateUser(db, ctxOf(actor, request), { userId: id, version: versionOf(body), displayName: field(body, 'displayName') });
      return 'user-updated';
    }),
  );

  app.post<IdParams>(
    '/users/:id/unlock',
    formLimit,
    userChange(async (actor, id, _body, request) => {
      await unlockUser(db, ctxOf(actor, request), { userId: id });
      return 'user-unlocked';
    }),
  );

  app.post<IdParams>(
    '/users/:id/disable',
    formLimit,
    userChange(async (actor, id, body, request) => {
      await disableUser(db, ctxOf(actor, request), { userId: id, version: versionOf(body) });
      return 'user-disabled';
    }),
  );

  app.post<IdParams>(
    '/users/:id/enable',
    formLimit,
    userChange(async (actor, id, body, request) => {
      await enableUser(db, ctxOf(actor, request), { userId: id, version: versionOf(body) });
      return 'user-enabled';
    }),
  );

  // The new password is shown once on the response to this POST (not after a redirect): it must
  // not travel in a URL or be stored readable anywhere.
  app.post<IdParams>('/users/:id/reset-password', formLimit, async (request, reply) => {
    const actor = requireActor(request);
    const user = await getUserForActor(db, actor, request.params.id, 'user.manage');
    let password: string;
    try {
      password = await resetPassword(db, ctxOf(actor, request), { userId: user.id });
    } catch (error) {
      if (!isDomainError(error) || error.kind !== 'invalid') throw error;
      return renderUser(request, reply, error.fields.map((p) => ({ ...p, field: '' })), 422);
    }
    return sendPage(reply, renderDocument(<PasswordResetPage ctx={consoleContext(request, reply)} user={user} password={password} />));
  });
};
