import type { AllowedUserChanges, Organisation, UserSummary } from '../../../domains/accounts/index.ts';
import { ROLE_LABELS } from '../../../domains/accounts/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { CsrfField, Notice, PostForm, SelectField, TextField } from '../components/fields.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';
import { organisationOptions, ROLE_OPTIONS } from './options.ts';
import { userStatus } from './users-page.tsx';

export interface UserPageProps {
  ctx: ConsoleContext;
  user: UserSummary;
  organisationNames: ReadonlyMap<string, string>;
  /** Organisations where the actor may give roles; empty when they may not change this user. */
  manageable: readonly Organisation[];
  /** What the actor may do to this user (the policy's answer: the server allows exactly these). */
  allowed: AllowedUserChanges;
  /** The name field as typed, when re-rendered with a problem. */
  displayName?: string;
  problems: readonly FieldProblem[];
  notice?: string;
  now: Date;
}

/** `/admin/users/:id`: one user, their roles, and what an administrator can do with them. */
export function UserPage({ ctx, user, organisationNames, manageable, allowed, displayName, problems, notice, now }: UserPageProps) {
  const base = `/admin/users/${user.id}`;
  const canRevoke = allowed.revocableRoles.size > 0;
  const accountActions = allowed.resetPassword || allowed.disable || allowed.enable || allowed.unlock;
  return (
    <ConsoleLayout ctx={ctx} title={`用户 ${user.username}`} hasErrors={problems.length > 0}>
      <Notice message={notice} />
      <ErrorSummary problems={problems} />
      <p class="back-link">
        <a href="/admin/users">← 返回用户列表</a>
      </p>
      <h1>
        {user.displayName}（{user.username}）
      </h1>
      <dl class="summary">
        <dt>状态</dt>
        <dd>{userStatus(user, now)}</dd>
        <dt>创建时间</dt>
        <dd>{user.createdAt.slice(0, 10)}</dd>
      </dl>
      <h2>角色</h2>
      {user.roles.length === 0 ? (
        <p class="muted">尚未分配角色。</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">角色</th>
              <th scope="col">机构</th>
              {canRevoke ? <th scope="col">操作</th> : null}
            </tr>
          </thead>
          <tbody>
            {user.roles.map((r) => (
              <tr key={`${r.organisationId}-${r.role}`}>
                <td>{ROLE_LABELS[r.role]}</td>
                <td>{organisationNames.get(r.organisationId) ?? '—'}</td>
                {canRevoke ? (
                  <td>
                    {allowed.revocableRoles.has(r.role) ? (
                    <form method="post" action={`${base}/roles/revoke`} class="inline-form">
                      <CsrfField token={ctx.csrfToken} />
                      <input type="hidden" name="organisationId" value={r.organisationId} />
                      <input type="hidden" name="role" value={r.role} />
                      <button type="submit" class="button button--link">
                        撤销<span class="visually-hidden">{`${ROLE_LABELS[r.role]}角色`}</span>
                      </button>
                    </form>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {allowed.update ? (
        <>
          <h2>姓名</h2>
          <PostForm action={base} csrfToken={ctx.csrfToken} submitLabel="保存姓名">
            <input type="hidden" name="version" value={String(user.version)} />
            <TextField name="displayName" label="姓名" value={displayName ?? user.displayName} problems={problems} maxLength={50} />
          </PostForm>
        </>
      ) : null}
      {allowed.assignRole && manageable.length > 0 ? (
        <>
          <h2>分配角色</h2>
          <PostForm action={`${base}/roles`} csrfToken={ctx.csrfToken} submitLabel="分配角色">
            <SelectField name="organisationId" label="机构" options={organisationOptions(manageable)} placeholder="请选择" problems={problems} />
            <SelectField name="role" label="角色" options={ROLE_OPTIONS} placeholder="请选择" problems={problems} />
          </PostForm>
        </>
      ) : null}
      {accountActions ? <h2>账户</h2> : null}
      {allowed.unlock ? (
        <form method="post" action={`${base}/unlock`} class="inline-form">
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="button button--secondary">
            解除锁定
          </button>
        </form>
      ) : null}{' '}
      {allowed.resetPassword ? (
        <form method="post" action={`${base}/reset-password`} class="inline-form">
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="button button--secondary">
            重置密码
          </button>
        </form>
      ) : null}{' '}
      {allowed.disable || allowed.enable ? (
        <form method="post" action={`${base}/${user.disabled ? 'enable' : 'disable'}`} class="inline-form">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="version" value={String(user.version)} />
          <button type="submit" class="button button--secondary">
            {user.disabled ? '启用用户' : '停用用户'}
          </button>
        </form>
      ) : null}
    </ConsoleLayout>
  );
}
