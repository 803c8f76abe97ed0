import type { FastifyPluginAsync } from 'fastify';
import { listSignInEvents } from '../../domains/accounts/index.ts';
import { requireActor } from '../http/request-actor.ts';
import { SignInEventsPage } from '../views/admin/sign-in-events-page.tsx';
import { renderDocument } from '../views/render.ts';
import { consoleContext, sendPage } from './context.ts';
import { requireNavAccess } from './navigation.ts';
import type { AdminPluginOptions } from './plugin.ts';

/** 登录记录: the sign-in events an administrator may review (scoped by the accounts domain). */
export const signInEventRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services }) => {
  app.addHook('preHandler', requireNavAccess('/admin/sign-in-events'));
  app.get('/sign-in-events', async (request, reply) => {
    const events = await listSignInEvents(services.db, requireActor(request));
    return sendPage(reply, renderDocument(<SignInEventsPage ctx={consoleContext(request, reply)} events={events} />));
  });
};
