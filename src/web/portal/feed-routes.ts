import type { FastifyPluginAsync } from 'fastify';
import { Feed } from 'feed';
import { findOrganisationByCode } from '../../domains/accounts/index.ts';
import { bodyText, findColumnByCode, latestInColumn } from '../../domains/publishing/index.ts';
import { sendProblem } from '../http/error-handling.ts';
import { NOT_FOUND_PROBLEM } from '../http/problems.ts';
import type { Services } from '../services.ts';
import { shanghaiMidnight, siteOrigin } from './site-origin.ts';
import { columnUrl, feedUrl, itemUrl } from './urls.ts';

const FEED_ITEMS = 20;
const CONTENT_TYPES = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' } as const;

/** `/o/:code/columns/:column/rss.xml` and `…/atom.xml`: a column's newest published items. */
export const feedRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const { db } = services;

  app.get<{ Params: { code: string; column: string; format: string } }>('/o/:code/columns/:column/:format', async (request, reply) => {
    const format = request.params.format === 'rss.xml' ? 'rss' : request.params.format === 'atom.xml' ? 'atom' : undefined;
    if (!format) return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const organisation = await findOrganisationByCode(db, request.params.code);
    const column = organisation && (await findColumnByCode(db, organisation.id, request.params.column));
    if (!organisation || !column) return sendProblem(request, reply, NOT_FOUND_PROBLEM);
    const items = await latestInColumn(db, column.id, FEED_ITEMS);
    const origin = siteOrigin(request);
    const newest = items[0]?.publishedOn;
    const feed = new Feed({
      id: `${origin}${columnUrl(organisation.code, column.code)}`,
      title: `${column.name} - ${organisation.name}`,
      description: `${organisation.name}“${column.name}”栏目主动公开的政府信息`,
      link: `${origin}${columnUrl(organisation.code, column.code)}`,
      language: 'zh-CN',
      generator: false,
      copyright: organisation.name,
      ...(newest ? { updated: shanghaiMidnight(newest) } : {}),
      feedLinks: { rss: `${origin}${feedUrl(organisation.code, column.code, 'rss')}`, atom: `${origin}${feedUrl(organisation.code, column.code, 'atom')}` },
      author: { name: organisation.name },
    });
    for (const item of items) {
      const link = `${origin}${itemUrl(organisation.code, item.id)}`;
      const text = bodyText(item.bodyHtml);
      feed.addItem({
        title: item.title,
        id: link,
        link,
        date: shanghaiMidnight(item.publishedOn!),
        description: text.length > 200 ? `${text.slice(0, 200)}…` : text,
        content: item.bodyHtml,
        author: [{ name: item.issuer || organisation.name }],
      });
    }
    return reply
      .type(CONTENT_TYPES[format])
      .header('cache-control', 'public, max-age=300')
      .send(format === 'rss' ? feed.rss2() : feed.atom1());
  });
};
