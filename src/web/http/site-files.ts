import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Small files every site is asked for: `/favicon.ico` (browsers ask for it on every site; a 404
 * page in answer fills logs), and `/print-origin.css`, which gives the print stylesheet the site's
 * own address so a printed page shows a link's full address (`https://…/o/yichuan`), not a bare path.
 */
export function registerSiteFiles(app: FastifyInstance): void {
  app.get('/favicon.ico', (_request, reply) => reply.header('cache-control', 'public, max-age=86400').sendFile('favicon.ico'));

  app.get('/print-origin.css', (request, reply) => {
    const origin = siteOrigin(request);
    // Only characters that cannot leave the CSS string; anything else prints links without a host.
    const css = `:root { --site-origin: "${origin ?? ''}"; }\n`;
    return reply.header('cache-control', 'public, max-age=3600').header('vary', 'host, x-forwarded-proto').type('text/css; charset=utf-8').send(css);
  });
}

/** `scheme://host[:port]` of this request (proxies honoured as TRUST_PROXY says), if it is plain. */
export function siteOrigin(request: FastifyRequest): string | undefined {
  const host = request.host;
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) return undefined;
  return `${request.protocol === 'https' ? 'https' : 'http'}://${host}`;
}
