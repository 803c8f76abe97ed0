import type { FastifyRequest } from 'fastify';

/**
 * `https://host` of this request, for the absolute links feeds and sitemaps must carry. Behind a
 * trusted proxy Fastify takes the protocol and host from X-Forwarded-*, otherwise from the socket
 * and the Host header.
 */
export function siteOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Midnight in Asia/Shanghai of a `YYYY-MM-DD` date, as an instant (no string parsing). */
export function shanghaiMidnight(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - 8 * 3600 * 1000);
}
