import type { Organisation } from '../../../domains/accounts/index.ts';
import { ORGANISATION_KIND_LABELS } from '../../../domains/accounts/index.ts';
import { Notice } from '../components/fields.tsx';
import { ListTable } from '../components/list-table.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';
import { depthOf } from './options.ts';

export interface OrganisationsPageProps {
  ctx: ConsoleContext;
  /** Visible organisations, in tree order. */
  organisations: readonly Organisation[];
  canCreate: boolean;
  notice?: string;
}

/** `/admin/organisations`: the organisations the actor can see, as an indented table. */
export function OrganisationsPage({ ctx, organisations, canCreate, notice }: OrganisationsPageProps) {
  const base = Math.min(...organisations.map(depthOf));
  return (
    <ConsoleLayout ctx={ctx} title="机构">
      <Notice message={notice} />
      <h1>机构</h1>
      {canCreate ? (
        <p>
          <a class="button" href="/admin/organisations/new">
            新建机构
          </a>
        </p>
      ) : null}
      <ListTable caption="机构列表" headings={['名称', '代码', '类型']} empty="没有可显示的机构。">
        {organisations.map((o) => (
          <tr key={o.id}>
            <td>
              <span aria-hidden="true">{'　'.repeat(Math.max(0, depthOf(o) - base))}</span>
              <a href={`/admin/organisations/${o.id}`}>{o.name}</a>
            </td>
            <td>
              <code>{o.code}</code>
            </td>
            <td>{ORGANISATION_KIND_LABELS[o.kind]}</td>
          </tr>
        ))}
      </ListTable>
    </ConsoleLayout>
  );
}
