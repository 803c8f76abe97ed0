import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.ts';
import { isCalendarDate } from '../../domains/calendar/index.ts';
import { findOrganisationByCode } from '../../domains/accounts/index.ts';
import type { Organisation } from '../../domains/accounts/index.ts';
import { listColumns } from '../../domains/publishing/index.ts';
import type { CatalogColumn } from '../../domains/publishing/index.ts';
import { MAX_PAGE, MAX_QUERY_LENGTH } from '../../domains/publishing/search/index.ts';
import type { SearchQuery } from '../../domains/publishing/search/index.ts';
import type { FieldProblem } from '../../domains/shared/errors.ts';
import type { Problem } from '../http/problems.ts';

/**
 * The search parameters of `/search` and `GET /api/v1/search`, checked once for both: `q` (at most
 * 100 characters), `org` (an organisation code), `column` (a 栏目 code of `org`, or a column id),
 * `from`/`to` (发布日期 range, YYYY-MM-DD), `validity` (有效性: valid/repealed/expired or
 * 有效/废止/失效) and `page` (1–1000). Each parameter is taken once: repeated, it is refused.
 */
const VALIDITY_WORDS: Record<string, string> = { valid: 'valid', repealed: 'repealed', expired: 'expired', 有效: 'valid', 废止: 'repealed', 失效: 'expired' };

const date = (label: string) =>
  z
    .string({ error: '每个参数只能出现一次' })
    .trim()
    .optional()
    .refine((v) => v === undefined || v === '' || isCalendarDate(v), { message: `${label}应为有效日期，格式如 2026-03-01` })
    .transform((v) => (v ? v : undefined));

const one = z.string({ error: '每个参数只能出现一次' });

export const searchParams = z
  .object({
    q: one.max(MAX_QUERY_LENGTH, { message: `检索词不能超过${MAX_QUERY_LENGTH}个字` }).optional().default(''),
    org: one.trim().max(64, { message: '机关代码有误' }).optional(),
    column: one.trim().max(64, { message: '栏目有误' }).optional(),
    from: date('起始日期'),
    to: date('截止日期'),
    validity: one
      .trim()
      .optional()
      .refine((v) => v === undefined || v === '' || v in VALIDITY_WORDS, { message: '有效性应为 有效、废止 或 失效' })
      .transform((v) => (v ? VALIDITY_WORDS[v] : undefined)),
    page: one
      .trim()
      .optional()
      .refine((v) => v === undefined || v === '' || (/^\d{1,6}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_PAGE), { message: `页码应为 1 至 ${MAX_PAGE} 的整数` })
      .transform((v) => (v ? Number(v) : 1)),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: '起始日期不能晚于截止日期', path: ['from'] });

export type SearchParams = z.output<typeof searchParams>;

export interface ResolvedSearch {
  params: SearchParams;
  query: SearchQuery;
  organisation: Organisation | undefined;
  /** The organisation's columns (for the filter), when one is chosen and they were asked for or needed (see resolveSearch). */
  columns: CatalogColumn[];
  column: CatalogColumn | undefined;
}

export function searchProblem(fields: readonly FieldProblem[]): Problem {
  return { status: 400, code: 'invalid_search', title: '检索条件有误', detail: fields.map((f) => f.message).join('；'), fields };
}

/**
 * Parses and resolves the parameters (organisation and column looked up), or the problems found.
 * The organisation's columns are read when a column is asked for, or with `columns` (the page's
 * column filter); the JSON API needs them only to resolve `column`.
 */
export async function resolveSearch(db: Kysely<Database>, raw: unknown, options: { columns?: boolean } = {}): Promise<{ ok: true; search: ResolvedSearch } | { ok: false; fields: FieldProblem[]; params: Partial<SearchParams> }> {
  const parsed = searchParams.safeParse(raw ?? {});
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'q'), message: issue.message }));
    return { ok: false, fields, params: {} };
  }
  const params = parsed.data;
  const organisation = params.org ? await findOrganisationByCode(db, params.org) : undefined;
  if (params.org && !organisation) return { ok: false, fields: [{ field: 'org', message: '没有这个机关，请从列表中选择' }], params };
  const columns = organisation && (params.column || options.columns) ? await listColumns(db, organisation.id) : [];
  let column: CatalogColumn | undefined;
  let columnId: string | undefined;
  if (params.column) {
    column = columns.find((c) => c.code === params.column || c.id === params.column);
    columnId = column?.id ?? (organisation ? undefined : params.column);
    if (organisation && !column) return { ok: false, fields: [{ field: 'column', message: '该机关没有这个栏目' }], params };
  }
  const query: SearchQuery = {
    q: params.q,
    org: organisation?.code,
    column: columnId,
    from: params.from,
    to: params.to,
    validity: params.validity,
    page: params.page,
  };
  return { ok: true, search: { params, query, organisation, columns, column } };
}
