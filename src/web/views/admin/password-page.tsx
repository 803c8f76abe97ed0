import { PASSWORD_RULE } from '../../../domains/accounts/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice, PostForm, TextField } from '../components/fields.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';

export function PasswordPage({ ctx, problems, notice }: { ctx: ConsoleContext; problems: readonly FieldProblem[]; notice?: string }) {
  return (
    <ConsoleLayout ctx={ctx} title="修改密码" hasErrors={problems.length > 0}>
      <div class="narrow">
        <Notice message={notice} />
        <ErrorSummary problems={problems} order={['currentPassword', 'newPassword', 'confirmPassword']} />
        <h1>修改密码</h1>
        <PostForm action="/admin/password" csrfToken={ctx.csrfToken} submitLabel="保存新密码">
          <TextField name="currentPassword" label="当前密码" type="password" autocomplete="current-password" problems={problems} />
          <TextField
            name="newPassword"
            label="新密码"
            hint={PASSWORD_RULE}
            type="password"
            autocomplete="new-password"
            problems={problems}
          />
          <TextField name="confirmPassword" label="再次输入新密码" type="password" autocomplete="new-password" problems={problems} />
        </PostForm>
      </div>
    </ConsoleLayout>
  );
}
