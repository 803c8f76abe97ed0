import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './session-cookie.ts';

/**
 * CSRF tokens bound to who is asking (the synchronizer-token pattern without server state):
 *   token = HMAC-SHA256(secret, binding)
 * where the binding is the session (the SHA-256 of the session cookie) when there is one, and
 * otherwise a random pre-session id kept in the `gk_csrf` cookie. So a token works only with the
 * session it was made for: another session's token, or one taken from the anonymous sign-in page
 * (even with its cookie planted in the victim's browser), is refused once someone is signed in.
 * Signing in and out change the session and also replace the pre-session id (rotation).
 *
 * The token travels in the form field `_csrf` (urlencoded, or multipart with attachFieldsToBody
 * 'keyValues', parsed before our preValidation hook) or the `x-csrf-token` header.
 */
export const CSRF_COOKIE = 'gk_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface CsrfSettings {
  cookieSecret: string;
  secureCookies: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Checks the request's CSRF token; calls `done` with a 403 error (FST_CSRF_INVALID_TOKEN) when it is wrong. */
    csrfProtection(request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void): void;
  }
  interface FastifyReply {
    /** The token for forms on this response (sets the pre-session cookie when needed). */
    generateCsrf(): string;
    /** Replaces the pre-session id: call at sign-in and sign-out so earlier anonymous tokens die. */
    rotateCsrf(): void;
  }
  interface FastifyRequest {
    /** A pre-session id set on this response (so every form of the page gets the same token). */
    csrfPreSession: string | undefined;
  }
}

class CsrfError extends Error {
  readonly code = 'FST_CSRF_INVALID_TOKEN';
  readonly statusCode = 403;
  constructor(reason: string) {
    super(`invalid CSRF token: ${reason}`);
    this.name = 'CsrfError';
  }
}

const PRE_SESSION = /^[A-Za-z0-9_-]{32,64}$/;

/** What the token of this request is bound to; undefined when nothing (no cookie yet). */
function bindingOf(request: FastifyRequest): string | undefined {
  const session = request.cookies[SESSION_COOKIE];
  if (session) return `session:${createHash('sha256').update(session).digest('hex')}`;
  const preSession = request.csrfPreSession ?? request.cookies[CSRF_COOKIE];
  return preSession && PRE_SESSION.test(preSession) ? `anonymous:${preSession}` : undefined;
}

function tokenFor(secret: string, binding: string): string {
  return createHmac('sha256', secret).update(binding).digest('base64url');
}

function submittedToken(request: FastifyRequest): string | undefined {
  const header = request.headers[CSRF_HEADER];
  if (typeof header === 'string' && header) return header;
  const body = request.body;
  if (body && typeof body === 'object') {
    const value = (body as Record<string, unknown>)[CSRF_FIELD];
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  }
  return undefined;
}

/** Decorates the root instance: `app.csrfProtection`, `reply.generateCsrf()`, `reply.rotateCsrf()`. */
export function registerCsrf(app: FastifyInstance, settings: CsrfSettings): void {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: settings.secureCookies ? true : ('auto' as const) };

  function setPreSession(request: FastifyRequest, reply: FastifyReply): void {
    request.csrfPreSession = randomBytes(24).toString('base64url');
    reply.setCookie(CSRF_COOKIE, request.csrfPreSession, cookieOptions);
  }

  app.decorateRequest('csrfPreSession', undefined);
  app.decorateReply('generateCsrf', function generateCsrf(this: FastifyReply): string {
    let binding = bindingOf(this.request);
    if (!binding) {
      setPreSession(this.request, this);
      binding = bindingOf(this.request)!;
    }
    return tokenFor(settings.cookieSecret, binding);
  });
  app.decorateReply('rotateCsrf', function rotateCsrf(this: FastifyReply): void {
    setPreSession(this.request, this);
  });
  app.decorate('csrfProtection', function csrfProtection(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
    const binding = bindingOf(request);
    const submitted = submittedToken(request);
    if (!binding) return done(new CsrfError('no session and no pre-session cookie'));
    if (!submitted) return done(new CsrfError('no token'));
    const expected = Buffer.from(tokenFor(settings.cookieSecret, binding));
    const actual = Buffer.from(submitted);
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return done(new CsrfError('token does not match this session'));
    done();
  });
}
