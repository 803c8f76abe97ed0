import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { resolveSession } from '../../domains/accounts/index.ts';
import { requestPath } from '../http/page-context.ts';
import type { SessionCookieSettings } from '../http/session-cookie.ts';
import { clearSessionCookie, readSessionToken } from '../http/session-cookie.ts';
import type { Services } from '../services.ts';

/** Where to come back after signing in: the page asked for, when it was a console GET. */
function signInUrl(request: FastifyRequest, reason?: 'expired'): string {
  const next = request.method === 'GET' ? (request.raw.url ?? '/admin') : '/admin';
  const query = new URLSearchParams({ ...(reason ? { done: reason } : {}), next });
  return `/admin/sign-in?${query.toString()}`;
}

/**
 * The console's auth hook: resolves the session cookie to an actor. No cookie → sign-in page;
 * a cookie whose session is gone (expired, signed out elsewhere, user disabled) → sign-in page with
 * a message. A user who must change their password is sent to do so first.
 */
export function consoleAuthHook(services: Services, settings: SessionCookieSettings): onRequestAsyncHookHandler {
  return async function authenticate(request: FastifyRequest, reply: FastifyReply) {
    const token = readSessionToken(request);
    const actor = token ? await resolveSession(services.db, token, services.clock) : undefined;
    if (!actor) {
      if (token) clearSessionCookie(reply, settings);
      return reply.header('cache-control', 'no-store').redirect(signInUrl(request, token ? 'expired' : undefined), 303);
    }
    request.actor = actor;
    const path = requestPath(request);
    if (actor.mustChangePassword && path !== '/admin/password') {
      return reply.redirect('/admin/password?done=must-change', 303);
    }
  };
}
