import type { Organisation } from '../../../domains/accounts/index.ts';
import type { CatalogColumn } from '../../../domains/publishing/index.ts';
import { VALIDITY_LABELS } from '../../../domains/publishing/index.ts';
import type { SearchResult } from '../../../domains/publishing/search/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { searchUrl } from '../../portal/urls.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SelectField, TextField } from '../components/fields.tsx';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';
import { Pager } from './pager.tsx';

/** The form's values as typed (strings), kept when the page comes back with problems. */
export interface SearchFormValues {
  q: string;
  org: string;
  column: string;
  from: string;
  to: string;
  validity: string;
}

export interface SearchPageProps {
  ctx: PageContext;
  values: SearchFormValues;
  problems: readonly FieldProblem[];
  /** Every organisation (tree order): the filter offers those in `organisationCodes`. */
  organisations: readonly Organisation[];
  /** Codes of the organisations offered: those with published items, and the one chosen. */
  organisationCodes: ReadonlySet<string>;
  /** The chosen organisation's columns (the column filter), if one is chosen. */
  columns: readonly CatalogColumn[];
  /** Undefined when nothing was searched (or the parameters were refused). */
  result: SearchResult | undefined;
  pageCount: number;
}

const VALIDITY_OPTIONS = (['valid', 'repealed', 'expired'] as const).map((v) => ({ value: v, label: VALIDITY_LABELS[v] }));

/**
 * The organisation filter's options: the organisations in `codes`, each under its parent's name
 * (a root under its own), groups in tree order. 500 organisations of a province in one flat list
 * were unusable, most of them with nothing to find.
 */
export function organisationGroups(organisations: readonly Organisation[], codes: ReadonlySet<string>): { label: string; options: { value: string; label: string }[] }[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const position = new Map(organisations.map((o, i) => [o.id, i]));
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const organisation of organisations) {
    if (!codes.has(organisation.code)) continue;
    const head = (organisation.parentId ? byId.get(organisation.parentId) : undefined) ?? organisation;
    const group = groups.get(head.id) ?? { label: head.name, options: [] };
    groups.set(head.id, group);
    group.options.push({ value: organisation.code, label: organisation.name });
  }
  return [...groups].sort(([a], [b]) => position.get(a)! - position.get(b)!).map(([, group]) => group);
}

function Filters({ values, problems, organisations, organisationCodes, columns }: Pick<SearchPageProps, 'values' | 'problems' | 'organisations' | 'organisationCodes' | 'columns'>) {
  return (
    <form class="search-form" method="get" action="/search" role="search">
      <TextField name="q" label="检索词" hint="多个词用空格分开，结果须包含每个词。" problems={problems} value={values.q} maxLength={100} />
      <div class="search-filters">
        <SelectField name="org" label="发布机关" problems={problems} value={values.org} placeholder="全部机关" options={[]} groups={organisationGroups(organisations, organisationCodes)} />
        {columns.length > 0 ? (
          <SelectField name="column" label="栏目" problems={problems} value={values.column} placeholder="全部栏目" options={columns.map((c) => ({ value: c.code, label: c.name }))} />
        ) : null}
        <TextField name="from" label="发布日期自" hint="如 2026-01-01" problems={problems} value={values.from} maxLength={10} />
        <TextField name="to" label="发布日期至" hint="如 2026-12-31" problems={problems} value={values.to} maxLength={10} />
        <SelectField name="validity" label="有效性" problems={problems} value={values.validity} placeholder="不限" options={VALIDITY_OPTIONS} />
        <button class="button" type="submit">
          检索
        </button>
      </div>
    </form>
  );
}

function Results({ values, result, pageCount }: { values: SearchFormValues; result: SearchResult; pageCount: number }) {
  if (result.total === 0) {
    return (
      <div class="placeholder" role="status">
        <p>没有找到包含“{values.q}”的政府信息。</p>
        <p>可以减少检索词、去掉筛选条件，或换一个说法再试。</p>
      </div>
    );
  }
  return (
    <>
      <p role="status">
        共找到 <strong>{result.totalCapped ? `${result.total}+` : result.total}</strong> 条，按相关度排列（标题含检索词的在前，其余按发布日期从新到旧）。
      </p>
      <ol class="search-results" start={(result.page - 1) * result.pageSize + 1}>
        {result.items.map((hit) => (
          <li key={hit.id}>
            <h2>
              <a href={hit.url} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
            </h2>
            {hit.snippet ? <p class="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} /> : null}
            <p class="muted">
              {hit.organisation}
              {hit.columnName ? ` · ${hit.columnName}` : ''} · 索引号 {hit.indexNumber} · 发布日期 {hit.publishedOn}
              {hit.validity && hit.validity in VALIDITY_LABELS ? ` · ${VALIDITY_LABELS[hit.validity as keyof typeof VALIDITY_LABELS]}` : ''}
            </p>
          </li>
        ))}
      </ol>
      <Pager page={result.page} pageCount={pageCount} hrefOf={(n) => searchUrl({ ...values, page: n })} />
    </>
  );
}

/** `/search`: 检索 of published items, with filters; works without JavaScript (a GET form). */
export function SearchPage({ ctx, values, problems, organisations, organisationCodes, columns, result, pageCount }: SearchPageProps) {
  const title = values.q && result ? `“${values.q}”的检索结果${result.page > 1 ? `（第${result.page}页）` : ''}` : '检索';
  return (
    <PortalLayout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: '首页' }]}>
      <h1>检索政府信息</h1>
      <ErrorSummary problems={problems} order={['q', 'org', 'column', 'from', 'to', 'validity', 'page']} />
      <Filters values={values} problems={problems} organisations={organisations} organisationCodes={organisationCodes} columns={columns} />
      {result ? <Results values={values} result={result} pageCount={pageCount} /> : null}
    </PortalLayout>
  );
}
