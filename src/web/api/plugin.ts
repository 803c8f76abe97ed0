import type { FastifyPluginAsync } from 'fastify';
import { findOrganisationByCode, listOrganisationsByIds, listPublicOrganisations, ORGANISATION_KIND_LABELS, ROLE_LABELS, resolveSession } from '../../domains/accounts/index.ts';
import type { Organisation } from '../../domains/accounts/index.ts';
import { sendProblem } from '../http/error-handling.ts';
import { NOT_FOUND_PROBLEM } from '../http/problems.ts';
import { readSessionToken } from '../http/session-cookie.ts';
import type { Services } from '../services.ts';
import { OPENAPI_DOCUMENT } from './openapi.ts';
import { searchApiRoutes } from './search-routes.ts';

/** The public shape of an organisation (no internal ids of the hierarchy beyond the parent's code). */
function publicOrganisation(organisation: Organisation, codeOf: ReadonlyMap<string, string>) {
  return {
    code: organisation.code,
    name: organisation.name,
    kind: organisation.kind,
    kindLabel: ORGANISATION_KIND_LABELS[organisation.kind],
    parentCode: organisation.parentId ? (codeOf.get(organisation.parentId) ?? null) : null,
    url: `/o/${organisation.code}`,
  };
}

const UNAUTHENTICATED = { status: 401, code: 'unauthenticated', title: '请先登录', detail: '请登录后再访问。', fields: [] };

/** JSON API v1 (a stub that grows with each domain). Errors are application/problem+json. */
export const apiPlugin: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const { db, clock } = services;

  await app.register(searchApiRoutes, { services });
  app.get('/openapi.json', async (_request, reply) => reply.header('cache-control', 'no-cache').send(OPENAPI_DOCUMENT));

  app.get('/organisations', async () => {
    const organisations = await listPublicOrganisations(db);
    const codeOf = new Map(organisations.map((o) => [o.id, o.code]));
    return { organisations: organisations.map((o) => publicOrganisation(o, codeOf)) };
  });

  app.get<{ Params: { code: string } }>('/organisations/:code', async (request, reply) => {
    const organisation = await findOrganisationByCode(db, request.params.code);
    if (!organisation) return sendProblem(request, reply, { ...NOT_FOUND_PROBLEM, detail: '没有这个代码的机关。' });
    const [parent] = organisation.parentId ? await listOrganisationsByIds(db, [organisation.parentId]) : [];
    return publicOrganisation(organisation, new Map(parent ? [[parent.id, parent.code]] : []));
  });

  app.get('/me', async (request, reply) => {
    const actor = await resolveSession(db, readSessionToken(request), clock);
    if (!actor) return sendProblem(request, reply, UNAUTHENTICATED);
    reply.header('cache-control', 'no-store');
    return {
      username: actor.username,
      displayName: actor.displayName,
      mustChangePassword: actor.mustChangePassword,
      roles: actor.roles.map((r) => ({ role: r.role, roleLabel: ROLE_LABELS[r.role], organisationId: r.organisationId })),
    };
  });
};
