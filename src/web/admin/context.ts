import type { FastifyReply, FastifyRequest } from 'fastify';
import { pageContext } from '../http/page-context.ts';
import type { ConsoleContext } from '../views/console-context.ts';
import { consoleNav } from './navigation.ts';

/** Everything a console page's frame needs; generates the CSRF token for its forms. */
export function consoleContext(request: FastifyRequest, reply: FastifyReply): ConsoleContext {
  const actor = request.actor;
  return {
    ...pageContext(request),
    user: actor ? { displayName: actor.displayName, username: actor.username } : undefined,
    // Until the initial password is changed nothing else can be used: no menu either.
    nav: actor?.mustChangePassword ? [] : consoleNav(actor),
    csrfToken: reply.generateCsrf(),
  };
}

/** Console pages are personal: never cached, by the browser or anyone between. */
export function sendPage(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}
