import type { FastifyReply, FastifyRequest } from 'fastify';

/** The session cookie holds the token from signIn; the database keeps only its hash. */
export const SESSION_COOKIE = 'gk_session';

export interface SessionCookieSettings {
  secureCookies: boolean;
}

export function readSessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token ? token : undefined;
}

/**
 * httpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts), Secure when the site
 * is served over TLS (always with SECURE_COOKIES, else when the request came over https). No
 * max-age: the browser forgets it when closed, the server expires it by its own rules.
 */
export function setSessionCookie(reply: FastifyReply, token: string, settings: SessionCookieSettings): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: settings.secureCookies ? true : 'auto' });
}

export function clearSessionCookie(reply: FastifyReply, settings: SessionCookieSettings): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: settings.secureCookies ? true : 'auto' });
}
