import { Fragment } from 'preact';
import type { Organisation } from '../../../domains/accounts/index.ts';
import type { CatalogColumn, InformationItem } from '../../../domains/publishing/index.ts';
import { VALIDITY_LABELS } from '../../../domains/publishing/index.ts';
import { catalogUrl, columnUrl, feedUrl, itemUrl } from '../../portal/urls.ts';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';
import { organisationCrumbs } from './organisation-page.tsx';
import { Pager } from './pager.tsx';
import { SearchBox } from './search-box.tsx';

export interface ColumnPageProps {
  ctx: PageContext;
  organisation: Organisation;
  ancestors: readonly Organisation[];
  column: CatalogColumn;
  /** From the top of the catalog down to the parent. */
  parents: readonly CatalogColumn[];
  children: readonly CatalogColumn[];
  items: readonly InformationItem[];
  total: number;
  page: number;
  pageCount: number;
}

/** The catalog row's fields (基层政务公开标准目录), those filled in. */
function CatalogRow({ column }: { column: CatalogColumn }) {
  const fields: [string, string][] = [
    ['公开事项', column.matter],
    ['公开依据', column.basis],
    ['公开时限', column.timeLimit],
    ['公开主体', column.responsible],
    ['公开渠道和载体', column.channels],
    ['公开对象', column.audience],
    ['公开方式', column.disclosureMethod],
    ['公开层级', column.level],
  ];
  const filled = fields.filter(([, value]) => value.trim() !== '');
  if (filled.length === 0) return null;
  return (
    <details class="catalog-row">
      <summary>本栏目的公开标准</summary>
      <dl class="summary">
        {filled.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}

/** `/o/:code/columns/:column`: one 栏目's published items, newest first, in pages. */
export function ColumnPage({ ctx, organisation, ancestors, column, parents, children, items, total, page, pageCount }: ColumnPageProps) {
  const code = organisation.code;
  const normative = column.documentKind !== 'other';
  return (
    <PortalLayout
      ctx={ctx}
      title={`${column.name}${page > 1 ? `（第${page}页）` : ''} - ${organisation.name}`}
      breadcrumbs={[
        ...organisationCrumbs(ancestors),
        { href: `/o/${code}`, label: organisation.name },
        { href: catalogUrl(code), label: '法定主动公开内容' },
        ...parents.map((p) => ({ href: columnUrl(code, p.code), label: p.name })),
      ]}
      feeds={[
        { href: feedUrl(code, column.code, 'rss'), title: `${column.name} RSS`, type: 'application/rss+xml' },
        { href: feedUrl(code, column.code, 'atom'), title: `${column.name} Atom`, type: 'application/atom+xml' },
      ]}
    >
      <h1>{column.name}</h1>
      <p class="lead">
        {organisation.name} · 共 {total} 条
      </p>
      <CatalogRow column={column} />
      {children.length > 0 ? (
        <nav aria-label="下级栏目">
          <ul class="subcolumns">
            {children.map((child) => (
              <li key={child.id}>
                <a href={columnUrl(code, child.code)}>{child.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <SearchBox organisationCode={code} columnId={column.id} />
      {items.length === 0 ? (
        <p class="placeholder">{total === 0 ? '本栏目暂无公开信息。' : '本页没有信息，请返回第一页。'}</p>
      ) : (
        <table class="table item-list">
          <caption class="visually-hidden">{column.name}信息列表</caption>
          <thead>
            <tr>
              <th scope="col">标题</th>
              <th scope="col">文号</th>
              {normative ? <th scope="col">有效性</th> : null}
              <th scope="col">发布日期</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>
                  <a href={itemUrl(code, item.id)}>{item.title}</a>
                </td>
                <td>{item.docNumber}</td>
                {normative ? <td>{VALIDITY_LABELS[item.validity]}</td> : null}
                <td>
                  <time datetime={item.publishedOn ?? ''}>{item.publishedOn}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} pageCount={pageCount} hrefOf={(n) => columnUrl(code, column.code, n)} />
      <p class="feeds">
        订阅本栏目：<a href={feedUrl(code, column.code, 'rss')}>RSS</a> · <a href={feedUrl(code, column.code, 'atom')}>Atom</a>
      </p>
    </PortalLayout>
  );
}
