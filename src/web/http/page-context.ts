import type { FastifyRequest } from 'fastify';
import type { PageContext } from '../views/page-context.ts';

export const DISPLAY_COOKIE = 'gk_display';

/** The path part of the request URL (no query string). */
export function requestPath(request: FastifyRequest): string {
  const url = request.raw.url ?? '/';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

export function pageContext(request: FastifyRequest): PageContext {
  return { path: requestPath(request), largeType: request.cookies?.[DISPLAY_COOKIE] === 'large' };
}

/**
 * A safe place to send someone back to: a local absolute path only (`/x`, never `//host` or
 * `https://…`), so redirects cannot be turned against the user.
 */
export function safeLocalPath(candidate: unknown, fallback = '/'): string {
  if (typeof candidate !== 'string') return fallback;
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) return fallback;
  if ([...candidate].some((char) => char.charCodeAt(0) < 0x20)) return fallback;
  return candidate;
}
