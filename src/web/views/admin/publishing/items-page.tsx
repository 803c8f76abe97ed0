import type { Organisation } from '../../../../domains/accounts/index.ts';
import { CONSOLE_PAGE_SIZE, DEADLINE_STATE_LABELS, ITEM_STATUS_LABELS, ITEM_STATUSES } from '../../../../domains/publishing/index.ts';
import type { CatalogColumn, ItemListEntry } from '../../../../domains/publishing/index.ts';
import { Notice, SelectField } from '../../components/fields.tsx';
import { ListTable } from '../../components/list-table.tsx';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';
import { organisationOptions } from '../options.ts';
import { columnOptions, PUBLISHING_LINKS, PublishingNav } from './shared.tsx';

export interface ItemsFilter {
  status: string;
  organisationId: string;
  columnId: string;
  awaiting: boolean;
  page: number;
}

export interface ItemsPageProps {
  ctx: ConsoleContext;
  entries: readonly ItemListEntry[];
  total: number;
  filter: ItemsFilter;
  organisations: readonly Organisation[];
  /** Columns of the chosen organisation (the column filter needs one organisation). */
  columns: readonly CatalogColumn[];
  canDraft: boolean;
  notice?: string;
}

function query(filter: ItemsFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.organisationId) params.set('organisation', filter.organisationId);
  if (filter.columnId) params.set('column', filter.columnId);
  if (filter.awaiting) params.set('awaiting', '1');
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `/admin/publishing/items`: the items of the organisations the user sees, filtered by status and column. */
export function ItemsPage({ ctx, entries, total, filter, organisations, columns, canDraft, notice }: ItemsPageProps) {
  const pages = Math.max(1, Math.ceil(total / CONSOLE_PAGE_SIZE));
  return (
    <ConsoleLayout ctx={ctx} title="主动公开信息">
      <PublishingNav current="/admin/publishing/items" links={PUBLISHING_LINKS} />
      <Notice message={notice} />
      <h1>{filter.awaiting ? '待我处理的信息' : '主动公开信息'}</h1>
      {canDraft ? (
        <p>
          <a class="button" href="/admin/publishing/items/new">
            起草信息
          </a>
        </p>
      ) : null}
      <form method="get" action="/admin/publishing/items" class="filter-form">
        <SelectField
          name="status"
          label="状态"
          options={ITEM_STATUSES.map((status) => ({ value: status, label: ITEM_STATUS_LABELS[status] }))}
          placeholder="全部"
          value={filter.status}
          problems={[]}
        />
        {organisations.length > 1 ? (
          <SelectField name="organisation" label="机构" options={organisationOptions(organisations)} placeholder="全部" value={filter.organisationId} problems={[]} />
        ) : null}
        {columns.length > 0 ? <SelectField name="column" label="栏目" options={columnOptions(columns)} placeholder="全部" value={filter.columnId} problems={[]} /> : null}
        {filter.awaiting ? <input type="hidden" name="awaiting" value="1" /> : null}
        <button type="submit" class="button button--secondary">
          筛选
        </button>
      </form>
      <p class="muted">共 {total} 条</p>
      <ListTable caption="主动公开信息列表" headings={['标题', '栏目', '状态', '索引号', '发布时限']} empty="没有符合条件的信息。">
        {entries.map(({ item, columnName, organisationName, deadline }) => (
          <tr key={item.id}>
            <td>
              <a href={`/admin/publishing/items/${item.id}`}>{item.title}</a>
              {organisations.length > 1 ? <div class="muted">{organisationName}</div> : null}
            </td>
            <td>{columnName}</td>
            <td>
              <span class={`tag tag--${item.status}`}>{ITEM_STATUS_LABELS[item.status]}</span>
            </td>
            <td>{item.indexNumber ?? '—'}</td>
            <td>
              <span class={`deadline deadline--${deadline.state}`}>{DEADLINE_STATE_LABELS[deadline.state]}</span>
              <div class="muted">{deadline.dueOn}</div>
            </td>
          </tr>
        ))}
      </ListTable>
      {pages > 1 ? (
        <nav class="pager" aria-label="分页">
          {filter.page > 1 ? <a href={`/admin/publishing/items${query(filter, filter.page - 1)}`}>上一页</a> : null}
          <span>
            第 {filter.page} / {pages} 页
          </span>
          {filter.page < pages ? <a href={`/admin/publishing/items${query(filter, filter.page + 1)}`}>下一页</a> : null}
        </nav>
      ) : null}
    </ConsoleLayout>
  );
}
