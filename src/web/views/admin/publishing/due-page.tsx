import { ITEM_STATUS_LABELS } from '../../../../domains/publishing/index.ts';
import type { ItemListEntry } from '../../../../domains/publishing/index.ts';
import { ListTable } from '../../components/list-table.tsx';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';
import { PUBLISHING_LINKS, PublishingNav } from './shared.tsx';

function DueTable({ caption, entries, overdue }: { caption: string; entries: readonly ItemListEntry[]; overdue: boolean }) {
  return (
    <ListTable caption={caption} headings={['标题', '机构', '状态', '形成或变更日期', '应公开日期', overdue ? '已超期' : '剩余']} empty="没有。">
      {entries.map(({ item, organisationName, deadline }) => (
        <tr key={item.id}>
          <td>
            <a href={`/admin/publishing/items/${item.id}`}>{item.title}</a>
          </td>
          <td>{organisationName}</td>
          <td>{ITEM_STATUS_LABELS[item.status]}</td>
          <td>{item.formedOn}</td>
          <td>
            {deadline.dueOn}
            {deadline.provisional ? <span class="muted">（按周末推算）</span> : null}
          </td>
          <td>{overdue ? `${-deadline.workdaysLeft} 个工作日` : `${deadline.workdaysLeft} 个工作日`}</td>
        </tr>
      ))}
    </ListTable>
  );
}

/** `/admin/publishing/due`: unpublished items past or near their 20 working days (条例第二十六条). */
export function DuePage({ ctx, dueSoon, overdue }: { ctx: ConsoleContext; dueSoon: readonly ItemListEntry[]; overdue: readonly ItemListEntry[] }) {
  return (
    <ConsoleLayout ctx={ctx} title="发布时限">
      <PublishingNav current="/admin/publishing/due" links={PUBLISHING_LINKS} />
      <h1>发布时限</h1>
      <p class="lead">属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开（《中华人民共和国政府信息公开条例》第二十六条）。工作日按国务院办公厅公布的节假日安排计算。</p>
      <h2>已超期（{overdue.length}）</h2>
      <DueTable caption="已超期的信息" entries={overdue} overdue />
      <h2>即将到期（{dueSoon.length}）</h2>
      <p class="muted">剩余5个工作日以内。</p>
      <DueTable caption="即将到期的信息" entries={dueSoon} overdue={false} />
    </ConsoleLayout>
  );
}
