import type { Organisation, UserSummary } from '../../../domains/accounts/index.ts';
import { ROLE_LABELS } from '../../../domains/accounts/index.ts';
import { Notice } from '../components/fields.tsx';
import { ListTable } from '../components/list-table.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';

export interface UsersPageProps {
  ctx: ConsoleContext;
  users: readonly UserSummary[];
  organisationNames: ReadonlyMap<string, string>;
  /** When the list is of one organisation. */
  organisation?: Organisation;
  canCreate: boolean;
  now: Date;
  notice?: string;
}

export function userStatus(user: UserSummary, _now?: Date): string {
  if (user.disabled) return '已停用';
  if (user.locked) return '已锁定';
  if (user.mustChangePassword) return '待修改初始密码';
  return '正常';
}

/** `/admin/users`: the users the actor can see (scoped by the accounts domain). */
export function UsersPage({ ctx, users, organisationNames, organisation, canCreate, notice, now }: UsersPageProps) {
  return (
    <ConsoleLayout ctx={ctx} title="用户">
      <Notice message={notice} />
      <h1>{organisation ? `${organisation.name}的用户` : '用户'}</h1>
      {canCreate ? (
        <p>
          <a class="button" href="/admin/users/new">
            新建用户
          </a>
        </p>
      ) : null}
      <ListTable caption="用户列表" headings={['用户名', '姓名', '角色', '状态']} empty="没有可显示的用户。">
        {users.map((user) => (
          <tr key={user.id}>
            <td>
              <a href={`/admin/users/${user.id}`}>{user.username}</a>
            </td>
            <td>{user.displayName}</td>
            <td>
              {user.roles.map((r) => (
                <div key={`${r.organisationId}-${r.role}`}>
                  {ROLE_LABELS[r.role]}（{organisationNames.get(r.organisationId) ?? '—'}）
                </div>
              ))}
            </td>
            <td>{userStatus(user, now)}</td>
          </tr>
        ))}
      </ListTable>
    </ConsoleLayout>
  );
}
