import type { UserSummary } from '../../../domains/accounts/index.ts';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';

/** Shown once, right after a reset: the new password is not stored anywhere readable. */
export function PasswordResetPage({ ctx, user, password }: { ctx: ConsoleContext; user: UserSummary; password: string }) {
  return (
    <ConsoleLayout ctx={ctx} title="密码已重置">
      <h1>密码已重置</h1>
      <div class="notice notice--warning" role="status">
        <p>
          {user.displayName}（{user.username}）的新密码：<strong class="secret">{password}</strong>
        </p>
        <p>此密码只显示这一次，请当面或通过安全渠道告知本人。用户登录后须立即修改。</p>
      </div>
      <p>
        <a href={`/admin/users/${user.id}`}>返回用户详情</a>
      </p>
    </ConsoleLayout>
  );
}
