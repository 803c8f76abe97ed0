import type { Organisation } from '../../../domains/accounts/index.ts';
import { ORGANISATION_KIND_LABELS } from '../../../domains/accounts/index.ts';
import { Notice } from '../components/fields.tsx';
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
      {organisations.length === 0 ? (
        <p class="placeholder">没有可显示的机构。</p>
      ) : (
        <table class="table">
          <caption class="visually-hidden">机构列表</caption>
          <thead>
            <tr>
              <th scope="col">名称</th>
              <th scope="col">代码</th>
              <th scope="col">类型</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      )}
    </ConsoleLayout>
  );
}
