import type { Organisation } from '../../../domains/accounts/index.ts';
import { PASSWORD_RULE } from '../../../domains/accounts/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import type { FormBody } from '../../http/form.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { PostForm, SelectField, TextField } from '../components/fields.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';
import { organisationOptions, ROLE_OPTIONS } from './options.ts';

export interface UserNewPageProps {
  ctx: ConsoleContext;
  /** The organisations where the actor may give roles. */
  organisations: readonly Organisation[];
  values: FormBody;
  problems: readonly FieldProblem[];
}

/** `/admin/users/new`: a user with a first role and an initial password to change at first sign-in. */
export function UserNewPage({ ctx, organisations, values, problems }: UserNewPageProps) {
  return (
    <ConsoleLayout ctx={ctx} title="新建用户" hasErrors={problems.length > 0}>
      <div class="narrow">
        <ErrorSummary problems={problems} order={['username', 'displayName', 'organisationId', 'role', 'password']} />
        <h1>新建用户</h1>
        <PostForm action="/admin/users" csrfToken={ctx.csrfToken} submitLabel="创建用户">
          <TextField name="username" label="用户名" hint="3至32位小写字母、数字或 _ . -，以字母开头。" value={values.username} problems={problems} autocomplete="off" maxLength={32} />
          <TextField name="displayName" label="姓名" value={values.displayName} problems={problems} autocomplete="off" maxLength={50} />
          <SelectField name="organisationId" label="所属机构" value={values.organisationId} options={organisationOptions(organisations)} placeholder="请选择" problems={problems} />
          <SelectField name="role" label="角色" value={values.role} options={ROLE_OPTIONS} placeholder="请选择" problems={problems} />
          <TextField
            name="password"
            label="初始密码"
            hint={`${PASSWORD_RULE}用户首次登录时须修改。`}
            type="password"
            autocomplete="new-password"
            problems={problems}
          />
        </PostForm>
      </div>
    </ConsoleLayout>
  );
}
