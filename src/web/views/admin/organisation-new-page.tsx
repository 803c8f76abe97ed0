import type { Organisation } from '../../../domains/accounts/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import type { FormBody } from '../../http/form.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { PostForm, SelectField, TextField } from '../components/fields.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';
import { KIND_OPTIONS, organisationOptions } from './options.ts';

export interface OrganisationNewPageProps {
  ctx: ConsoleContext;
  /** Organisations the actor administers: the possible parents. */
  parents: readonly Organisation[];
  values: FormBody;
  problems: readonly FieldProblem[];
}

export function OrganisationNewPage({ ctx, parents, values, problems }: OrganisationNewPageProps) {
  return (
    <ConsoleLayout ctx={ctx} title="新建机构" hasErrors={problems.length > 0}>
      <div class="narrow">
        <ErrorSummary problems={problems} order={['parentId', 'name', 'code', 'kind']} />
        <h1>新建机构</h1>
        <PostForm action="/admin/organisations" csrfToken={ctx.csrfToken} submitLabel="创建机构">
          <SelectField name="parentId" label="上级机关" value={values.parentId} options={organisationOptions(parents)} placeholder="请选择" problems={problems} />
          <TextField name="name" label="机构名称" hint="例如：伊川县教育局" value={values.name} problems={problems} autocomplete="off" maxLength={100} />
          <TextField
            name="code"
            label="机构代码"
            hint="用于网址，2至64位小写字母、数字或连字符，创建后不能修改。例如：yichuan-jiaoyu"
            value={values.code}
            problems={problems}
            autocomplete="off"
            maxLength={64}
          />
          <SelectField
            name="kind"
            label="机构类型"
            hint="须与上级机关相符：县级人民政府下可设乡镇人民政府、街道办事处、政府工作部门和其他机关单位；乡镇、街道下只能设工作部门（内设机构、站所）和其他机关单位（如村、社区）。同一上级机关下机构名称不能重复。"
            value={values.kind}
            options={KIND_OPTIONS}
            placeholder="请选择"
            problems={problems}
          />
        </PostForm>
      </div>
    </ConsoleLayout>
  );
}
