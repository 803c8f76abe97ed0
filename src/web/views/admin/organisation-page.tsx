import type { Organisation } from '../../../domains/accounts/index.ts';
import { ORGANISATION_KIND_LABELS } from '../../../domains/accounts/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import type { FormBody } from '../../http/form.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice, PostForm, SelectField, TextField } from '../components/fields.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';
import { KIND_OPTIONS } from './options.ts';

export interface OrganisationPageProps {
  ctx: ConsoleContext;
  organisation: Organisation;
  parent?: Organisation;
  canManage: boolean;
  values: FormBody;
  problems: readonly FieldProblem[];
  notice?: string;
}

/** `/admin/organisations/:id`: one organisation; its administrators may rename it. */
export function OrganisationAdminPage({ ctx, organisation, parent, canManage, values, problems, notice }: OrganisationPageProps) {
  return (
    <ConsoleLayout ctx={ctx} title={organisation.name} hasErrors={problems.length > 0}>
      <Notice message={notice} />
      <ErrorSummary problems={problems} />
      <p class="back-link">
        <a href="/admin/organisations">← 返回机构列表</a>
      </p>
      <h1>{organisation.name}</h1>
      <dl class="summary">
        <dt>机构代码</dt>
        <dd>
          <code>{organisation.code}</code>
        </dd>
        <dt>机构类型</dt>
        <dd>{ORGANISATION_KIND_LABELS[organisation.kind]}</dd>
        <dt>上级机关</dt>
        <dd>{parent ? <a href={`/admin/organisations/${parent.id}`}>{parent.name}</a> : '无'}</dd>
      </dl>
      <ul>
        <li>
          <a href={`/admin/users?organisation=${organisation.id}`}>本机构的用户</a>
        </li>
        <li>
          <a href={`/o/${organisation.code}`}>本机构的政府信息公开专栏</a>
        </li>
      </ul>
      {canManage ? (
        <>
          <h2>修改机构信息</h2>
          <PostForm action={`/admin/organisations/${organisation.id}`} csrfToken={ctx.csrfToken} submitLabel="保存">
            <input type="hidden" name="version" value={String(organisation.version)} />
            <TextField name="name" label="机构名称" value={values.name ?? organisation.name} problems={problems} autocomplete="off" maxLength={100} />
            <SelectField name="kind" label="机构类型" value={values.kind ?? organisation.kind} options={KIND_OPTIONS} problems={problems} />
          </PostForm>
        </>
      ) : null}
    </ConsoleLayout>
  );
}
