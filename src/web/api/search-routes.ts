import type { FastifyPluginAsync } from 'fastify';
import { searchDocuments } from '../../domains/publishing/search/index.ts';
import { sendProblem } from '../http/error-handling.ts';
import { resolveSearch, searchProblem } from '../portal/search-request.ts';
import type { Services } from '../services.ts';

/** One result of `GET /api/v1/search` (the contract of issue 7: exactly these fields). */
export interface SearchItemJson {
  title: string;
  /** The item's page, a path on this site. */
  url: string;
  indexNumber: string;
  /** 发布机构 (the organisation's name). */
  organisation: string;
  publishedOn: string;
  /** About 120 characters of the body around the first match: HTML-escaped, the query's words in <mark>. */
  snippet: string;
}

export interface SearchJson {
  /** The matches of the query and filters, not only this page's; counted up to 1,000 (COUNT_CAP). */
  total: number;
  /** Present (true) only when more than `total` match: the count stopped at the cap. */
  totalCapped?: true;
  page: number;
  items: SearchItemJson[];
}

/**
 * `GET /api/v1/search?q=&org=&column=&from=&to=&validity=&page=`: the portal's search as JSON,
 * exactly `{"total","page","items"}` — plus `"totalCapped": true` when the count stopped at 1,000
 * (or at the end of the page asked for) with more matching.
 */
export const searchApiRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  app.get<{ Querystring: Record<string, unknown> }>('/search', async (request, reply) => {
    const resolved = await resolveSearch(services.db, request.query);
    if (!resolved.ok) return sendProblem(request, reply, searchProblem(resolved.fields));
    const result = await searchDocuments(services.db, resolved.search.query);
    const body: SearchJson = {
      total: result.total,
      ...(result.totalCapped ? { totalCapped: true as const } : {}),
      page: result.page,
      items: result.items.map((hit) => ({
        title: hit.title,
        url: hit.url,
        indexNumber: hit.indexNumber,
        organisation: hit.organisation,
        publishedOn: hit.publishedOn,
        snippet: hit.snippet,
      })),
    };
    return reply.header('cache-control', 'no-cache').send(body);
  });
};
