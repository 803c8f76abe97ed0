import type { FastifyPluginAsync } from 'fastify';
import { resolveSession, signIn, signOut } from '../../domains/accounts/index.ts';
import { SignInThrottled } from '../../domains/accounts/index.ts';
import { isDomainError } from '../../domains/shared/errors.ts';
import type { FieldProblem } from '../../domains/shared/errors.ts';
import { field, formBody } from '../http/form.ts';
import { signInRateLimit } from '../http/rate-limits.ts';
import { safeLocalPath } from '../http/page-context.ts';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../http/session-cookie.ts';
import { SignInPage } from '../views/admin/sign-in-page.tsx';
import { renderDocument } from '../views/render.ts';
import { consoleContext, sendPage } from './context.ts';
import { noticeFor } from './notices.ts';
import type { AdminPluginOptions } from './plugin.ts';

/** Only console pages are a place to return to after signing in. */
function consoleNext(candidate: unknown): string {
  const next = safeLocalPath(candidate, '/admin');
  return next === '/admin' || next.startsWith('/admin/') || next.startsWith('/admin?') ? next : '/admin';
}

/** Failures sign-in answers with the form again (anything else goes to the error handler). */
const FORM_KINDS = new Set(['invalid', 'unauthenticated', 'locked', 'forbidden', 'rate_limited']);

export const signInRoutes: FastifyPluginAsync<AdminPluginOptions> = async (app, { services, settings }) => {
  const { db, clock } = services;

  app.get<{ Querystring: { next?: string; done?: string } }>('/sign-in', async (request, reply) => {
    const token = readSessionToken(request);
    if (token && (await resolveSession(db, token, clock))) return reply.redirect(consoleNext(request.query.next), 303);
    const page = <SignInPage ctx={consoleContext(request, reply)} next={consoleNext(request.query.next)} problems={[]} notice={noticeFor(request.query.done)} />;
    return sendPage(reply, renderDocument(page));
  });

  app.post(
    '/sign-in',
    signInRateLimit(settings),
    async (request, reply) => {
      const body = formBody(request);
      const next = consoleNext(field(body, 'next'));
      try {
        const result = await signIn(db, { username: field(body, 'username'), password: field(body, 'password'), ip: request.ip }, clock);
        setSessionCookie(reply, result.token, settings);
        // The new session gets new CSRF tokens; the anonymous page's token dies with its pre-session id.
        reply.rotateCsrf();
        return reply.redirect(result.actor.mustChangePassword ? '/admin/password?done=must-change' : next, 303);
      } catch (error) {
        if (!isDomainError(error) || !FORM_KINDS.has(error.kind)) throw error;
        if (error instanceof SignInThrottled) reply.header('retry-after', String(error.retryAfterSeconds));
        const problems: FieldProblem[] =
          error.fields.length > 0 ? [...error.fields] : [{ field: error.kind === 'unauthenticated' ? 'password' : '', message: error.userMessage }];
        const page = <SignInPage ctx={consoleContext(request, reply)} next={next} username={field(body, 'username')} problems={problems} />;
        return sendPage(reply, renderDocument(page), error.status);
      }
    },
  );

  // Sign out works with or without a live session: it ends whatever the cookie names.
  app.post('/sign-out', async (request, reply) => {
    const token = readSessionToken(request);
    if (token) await signOut(db, token, clock, request.ip);
    clearSessionCookie(reply, settings);
    reply.rotateCsrf();
    return reply.redirect('/admin/sign-in?done=signed-out', 303);
  });
};
