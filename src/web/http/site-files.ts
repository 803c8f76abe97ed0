import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { REPORT_CSS } from '../../domains/reports/render/index.ts';

/**
 * The annual report's stylesheet: the national layout exactly as a downloaded report embeds it
 * (REPORT_CSS, one source for both), then the console and portal additions (flagged cells,
 * findings, the supervision matrix).
 */
const ANNUAL_REPORT_CSS = `${REPORT_CSS}\n${readFileSync(new URL('../assets/annual-report-additions.css', import.meta.url), 'utf8')}`;

/**
 * Small files every site is asked for: `/favicon.ico` (browsers ask for it on every site; a 404
 * page in answer fills logs), and `/print-origin.css`, which gives the print stylesheet the site's
 * own address so a printed page shows a link's full address (`https://…/o/yichuan`), not a bare path.
 * `/assets/annual-report.css` is built from the report renderer's own rules (see above).
 */
export function registerSiteFiles(app: FastifyInstance): void {
  app.get('/favicon.ico', (_request, reply) => reply.header('cache-control', 'public, max-age=86400').sendFile('favicon.ico'));

  app.get('/assets/annual-report.css', (_request, reply) =>
    reply.header('cache-control', 'public, max-age=3600').type('text/css; charset=utf-8').send(ANNUAL_REPORT_CSS));

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
