import type { FastifyPluginAsync } from 'fastify';
import { listPublicOrganisations } from '../../domains/accounts/index.ts';
import { countPublishedItems, sitemapColumns, sitemapEntries, SITEMAP_PAGE_SIZE } from '../../domains/publishing/index.ts';
import { sendProblem } from '../http/error-handling.ts';
import { NOT_FOUND_PROBLEM } from '../http/problems.ts';
import type { Services } from '../services.ts';
import { siteOrigin } from './site-origin.ts';
import { catalogUrl, columnUrl, itemUrl } from './urls.ts';

/**
 * The sitemap (sitemaps.org): `/sitemap.xml` is an index of `/sitemaps/pages.xml` (the home page,
 * every organisation, its catalog and its columns) and `/sitemaps/items-N.xml` (published items,
 * 50,000 a file, as the protocol allows), so it stays valid at millions of items.
 */
const XML = 'application/xml; charset=utf-8';
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xmlEscape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function urlset(entries: readonly { loc: string; lastmod?: string | null }[]): string {
  const body = entries.map((e) => `<url><loc>${xmlEscape(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export const sitemapRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const { db } = services;

  app.get('/sitemap.xml', async (request, reply) => {
    const origin = siteOrigin(request);
    const files = Math.max(1, Math.ceil((await countPublishedItems(db)) / SITEMAP_PAGE_SIZE));
    const locs = [`${origin}/sitemaps/pages.xml`, ...Array.from({ length: files }, (_, i) => `${origin}/sitemaps/items-${i + 1}.xml`)];
    const body = locs.map((loc) => `<sitemap><loc>${xmlEscape(loc)}</loc></sitemap>`).join('\n');
    return reply
      .type(XML)
      .header('cache-control', 'public, max-age=3600')
      .send(`<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`);
  });

  // Crawlers find the sitemap here; the console and search result pages are not for indexing.
  app.get('/robots.txt', async (request, reply) =>
    reply.type('text/plain; charset=utf-8').send(`User-agent: *\nDisallow: /admin\nDisallow: /search\nSitemap: ${siteOrigin(request)}/sitemap.xml\n`),
  );

  app.get('/sitemaps/pages.xml', async (request, reply) => {
    const origin = siteOrigin(request);
    const [organisations, columns] = await Promise.all([listPublicOrganisations(db), sitemapColumns(db)]);
    const entries = [
      { loc: `${origin}/` },
      ...organisations.flatMap((o) => [{ loc: `${origin}/o/${o.code}` }, { loc: `${origin}${catalogUrl(o.code)}` }]),
      ...columns.map((c) => ({ loc: `${origin}${columnUrl(c.code, c.column)}`, lastmod: c.latest })),
    ];
    return reply.type(XML).header('cache-control', 'public, max-age=3600').send(urlset(entries));
  });

  app.get<{ Params: { file: string } }>('/sitemaps/:file', async (request, reply) => {
    const match = /^items-(\d{1,5})\.xml$/.exec(request.params.file);
    const page = match ? Number(match[1]) : 0;
    if (page < 1) return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const entries = await sitemapEntries(db, page);
    if (entries.length === 0 && page > 1) return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const origin = siteOrigin(request);
    return reply
      .type(XML)
      .header('cache-control', 'public, max-age=3600')
      .send(urlset(entries.map((e) => ({ loc: `${origin}${itemUrl(e.code, e.id)}`, lastmod: e.publishedOn }))));
  });
};
