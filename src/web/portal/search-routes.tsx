import type { FastifyPluginAsync } from 'fastify';
import { MAX_PAGE, searchDocuments } from '../../domains/publishing/search/index.ts';
import type { SearchResult } from '../../domains/publishing/search/index.ts';
import { pageContext } from '../http/page-context.ts';
import type { Services } from '../services.ts';
import { SearchPage } from '../views/portal/search-page.tsx';
import type { SearchFormValues } from '../views/portal/search-page.tsx';
import { renderDocument } from '../views/render.ts';
import { pageCountOf } from './page-number.ts';
import { searchFilterOptions } from './search-filter-options.ts';
import { resolveSearch } from './search-request.ts';

const FORM_FIELDS = ['q', 'org', 'column', 'from', 'to', 'validity'] as const;

/** What was typed, as strings (a repeated parameter shows its first value). */
function formValues(query: Record<string, unknown>): SearchFormValues {
  const value = (key: string) => {
    const raw = query[key];
    const first = Array.isArray(raw) ? raw[0] : raw;
    return typeof first === 'string' ? first.slice(0, 200) : '';
  };
  return Object.fromEntries(FORM_FIELDS.map((f) => [f, value(f)])) as unknown as SearchFormValues;
}

/** Pages to offer: those the counted total fills, and the next one while the count was capped. */
function searchPageCount(result: SearchResult): number {
  const counted = pageCountOf(result.total, result.pageSize);
  return Math.min(MAX_PAGE, result.totalCapped ? Math.max(counted, result.page + 1) : counted);
}

/** `/search`: the search page (parameters in search-request.ts; the same search as the JSON API). */
export const searchPortalRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const { db } = services;
  const filterOptions = searchFilterOptions(db);

  app.get<{ Querystring: Record<string, unknown> }>('/search', async (request, reply) => {
    const values = formValues(request.query);
    const [{ organisations, withItems }, resolved] = await Promise.all([filterOptions(), resolveSearch(db, request.query, { columns: true })]);
    // Offered: the organisations with published items, and the one asked for (kept in the form).
    const offered = (chosen: string) => new Set([...withItems, ...(chosen ? [chosen.toLowerCase()] : [])]);
    const ctx = pageContext(request);
    if (!resolved.ok) {
      const page = <SearchPage ctx={ctx} values={values} problems={resolved.fields} organisations={organisations} organisationCodes={offered(values.org)} columns={[]} result={undefined} pageCount={1} />;
      return reply.code(400).type('text/html; charset=utf-8').send(renderDocument(page));
    }
    const { search } = resolved;
    const result = search.params.q.trim() === '' ? undefined : await searchDocuments(db, search.query);
    const shown = { ...values, org: search.organisation?.code ?? '', column: search.column?.code ?? values.column };
    const page = (
      <SearchPage
        ctx={ctx}
        values={shown}
        problems={[]}
        organisations={organisations}
        organisationCodes={offered(shown.org)}
        columns={search.columns}
        result={result}
        pageCount={result ? searchPageCount(result) : 1}
      />
    );
    // Search results are not pages to index (the items are, through the sitemap).
    return reply.header('x-robots-tag', 'noindex').type('text/html; charset=utf-8').send(renderDocument(page));
  });
};
