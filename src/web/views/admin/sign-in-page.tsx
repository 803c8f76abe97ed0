import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice, PostForm, TextField } from '../components/fields.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';

export interface SignInPageProps {
  ctx: ConsoleContext;
  username?: string;
  next: string;
  problems: readonly FieldProblem[];
  notice?: string;
}

export function SignInPage({ ctx, username, next, problems, notice }: SignInPageProps) {
  return (
    <ConsoleLayout ctx={ctx} title="登录" hasErrors={problems.length > 0}>
      <div class="narrow">
        <Notice message={notice} />
        <ErrorSummary problems={problems} order={['username', 'password']} />
        <h1>工作人员登录</h1>
        <PostForm action="/admin/sign-in" csrfToken={ctx.csrfToken} submitLabel="登录">
          <input type="hidden" name="next" value={next} />
          <TextField name="username" label="用户名" value={username} autocomplete="username" problems={problems} maxLength={64} />
          <TextField name="password" label="密码" type="password" autocomplete="current-password" problems={problems} maxLength={200} />
        </PostForm>
        <p class="muted">忘记密码请联系本机关的系统管理员重置。</p>
      </div>
    </ConsoleLayout>
  );
}
