import type { Organisation } from '../../../../domains/accounts/index.ts';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, WORKFLOW_STEP_LABELS, WORKFLOW_STEPS } from '../../../../domains/publishing/index.ts';
import type { CatalogColumn, CatalogTemplateName, PublishingSettings } from '../../../../domains/publishing/index.ts';
import type { FieldProblem } from '../../../../domains/shared/errors.ts';
import type { FormBody } from '../../../http/form.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Notice, PostForm, SelectField, TextField } from '../../components/fields.tsx';
import { ListTable } from '../../components/list-table.tsx';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';
import { columnOptions, PUBLISHING_LINKS, PublishingNav, TextAreaField } from './shared.tsx';

const TEMPLATE_LABELS: Record<CatalogTemplateName, string> = {
  township: '乡镇（街道）模板：条例第二十条、第二十一条事项和基层政务公开标准目录',
  department: '县级政府部门模板：条例第二十条事项和基层政务公开标准目录',
};

/** `/admin/publishing/catalog`: the organisations whose catalog the administrator manages. */
export function CatalogsPage({ ctx, organisations, counts }: { ctx: ConsoleContext; organisations: readonly Organisation[]; counts: ReadonlyMap<string, number> }) {
  return (
    <ConsoleLayout ctx={ctx} title="栏目目录">
      <PublishingNav current="/admin/publishing/catalog" links={PUBLISHING_LINKS} />
      <h1>栏目目录</h1>
      <p>每个机构的主动公开栏目按基层政务公开标准目录建立，每个栏目记录公开事项、公开依据、公开时限、公开主体、公开渠道和载体、公开对象、公开方式和公开层级。</p>
      <ListTable caption="机构的栏目目录" headings={['机构', '栏目数']} empty="没有可管理的机构。">
        {organisations.map((o) => (
          <tr key={o.id}>
            <td>
              <a href={`/admin/publishing/catalog/${o.id}`}>{o.name}</a>
            </td>
            <td>{counts.get(o.id) ? counts.get(o.id) : '尚未建立'}</td>
          </tr>
        ))}
      </ListTable>
    </ConsoleLayout>
  );
}

export interface CatalogPageProps {
  ctx: ConsoleContext;
  organisation: Organisation;
  columns: readonly CatalogColumn[];
  settings: PublishingSettings;
  suggestedTemplate: CatalogTemplateName;
  problems: readonly FieldProblem[];
  settingsValues?: FormBody;
  notice?: string;
}

/** `/admin/publishing/catalog/:organisationId`: one organisation's 栏目 and its publishing settings. */
export function CatalogPage({ ctx, organisation, columns, settings, suggestedTemplate, problems, settingsValues, notice }: CatalogPageProps) {
  const base = `/admin/publishing/catalog/${organisation.id}`;
  const labels = new Map(columnOptions(columns).map((o) => [o.value, o.label]));
  const steps = settingsValues ? WORKFLOW_STEPS.filter((s) => settingsValues[`step-${s}`] === 'on') : settings.workflowSteps;
  return (
    <ConsoleLayout ctx={ctx} title={`${organisation.name}的栏目目录`} hasErrors={problems.length > 0}>
      <PublishingNav current="/admin/publishing/catalog" links={PUBLISHING_LINKS} />
      <Notice message={notice} />
      <ErrorSummary problems={problems} />
      <h1>
        栏目目录<span class="h1-suffix">{organisation.name}</span>
      </h1>
      {columns.length === 0 ? (
        <>
          <p>本机构尚未建立栏目。请选择标准模板建立，之后可逐项修改、增加栏目。</p>
          <PostForm action={base} csrfToken={ctx.csrfToken} submitLabel="按模板建立栏目">
            <SelectField
              name="template"
              label="标准模板"
              options={(['township', 'department'] as const).map((t) => ({ value: t, label: TEMPLATE_LABELS[t] }))}
              value={suggestedTemplate}
              problems={problems}
            />
          </PostForm>
        </>
      ) : (
        <>
          <p>
            <a class="button button--secondary" href={`${base}/columns/new`}>
              新增栏目
            </a>
          </p>
          <ListTable caption="栏目" headings={['栏目', '代码', '文件类型', '公开时限', '更新周期']} empty="">
            {columns.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={`/admin/publishing/catalog/columns/${c.id}`}>{labels.get(c.id)}</a>
                  {c.isDefault ? <span class="tag">默认</span> : null}
                </td>
                <td>{c.code}</td>
                <td>{DOCUMENT_KIND_LABELS[c.documentKind]}</td>
                <td>{c.timeLimit || '—'}</td>
                <td>{c.updatePeriodDays ? `${c.updatePeriodDays}天` : '随时更新'}</td>
              </tr>
            ))}
          </ListTable>
        </>
      )}
      <h2>发布设置</h2>
      <form method="post" action={`${base}/settings`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField
          name="indexPattern"
          label="索引号格式"
          hint="{orgCode} 前段码，{year} 年份，{month} 月份，{seq:5} 五位流水号（必须且只能有一个）"
          value={settingsValues?.indexPattern ?? settings.indexPattern}
          problems={problems}
        />
        <TextField name="indexCode" label="索引号前段码" hint="组织机构代码或统一社会信用代码；留空则用机构代码" value={settingsValues?.indexCode ?? settings.indexCode} problems={problems} />
        <fieldset class="form-group">
          <legend class="label">审核环节（三审三校）</legend>
          {WORKFLOW_STEPS.map((step) => (
            <div key={step} class="checkbox">
              <input type="checkbox" id={`field-step-${step}`} name={`step-${step}`} checked={steps.includes(step)} />
              <label for={`field-step-${step}`}>{WORKFLOW_STEP_LABELS[step]}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" class="button">
          保存发布设置
        </button>
      </form>
    </ConsoleLayout>
  );
}

export const COLUMN_FIELDS = ['name', 'code', 'parentId', 'documentKind', 'matter', 'basis', 'timeLimit', 'responsible', 'channels', 'audience', 'disclosureMethod', 'level', 'updatePeriodDays'] as const;

export function columnFormValues(c: CatalogColumn): FormBody {
  return {
    name: c.name,
    code: c.code,
    parentId: c.parentId ?? '',
    documentKind: c.documentKind,
    matter: c.matter,
    basis: c.basis,
    timeLimit: c.timeLimit,
    responsible: c.responsible,
    channels: c.channels,
    audience: c.audience,
    disclosureMethod: c.disclosureMethod,
    level: c.level,
    updatePeriodDays: c.updatePeriodDays === null ? '' : String(c.updatePeriodDays),
    version: String(c.version),
  };
}

export interface ColumnPageProps {
  ctx: ConsoleContext;
  organisation: Organisation;
  columns: readonly CatalogColumn[];
  column?: CatalogColumn;
  values: FormBody;
  problems: readonly FieldProblem[];
  notice?: string;
}

/** A catalog row (栏目) and its fields: new or edit. */
export function ColumnPage({ ctx, organisation, columns, column, values, problems, notice }: ColumnPageProps) {
  const v = (name: string) => values[name] ?? '';
  const title = column ? `栏目：${column.name}` : '新增栏目';
  return (
    <ConsoleLayout ctx={ctx} title={title} hasErrors={problems.length > 0}>
      <PublishingNav current="/admin/publishing/catalog" links={PUBLISHING_LINKS} />
      <Notice message={notice} />
      <ErrorSummary problems={problems} order={COLUMN_FIELDS} />
      <p class="back-link">
        <a href={`/admin/publishing/catalog/${organisation.id}`}>← 返回{organisation.name}的栏目目录</a>
      </p>
      <h1>{title}</h1>
      <PostForm action={column ? `/admin/publishing/catalog/columns/${column.id}` : `/admin/publishing/catalog/${organisation.id}/columns`} csrfToken={ctx.csrfToken} submitLabel="保存栏目">
        {column ? <input type="hidden" name="version" value={v('version')} /> : null}
        <TextField name="name" label="栏目名称" value={v('name')} problems={problems} />
        <TextField name="code" label="栏目代码" hint="小写字母、数字和连字符，用于网址" value={v('code')} problems={problems} />
        <SelectField name="parentId" label="上级栏目" options={columnOptions(columns.filter((c) => c.id !== column?.id))} placeholder="（顶级栏目）" value={v('parentId')} problems={problems} />
        <SelectField name="documentKind" label="文件类型" options={DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }))} value={v('documentKind') || 'other'} problems={problems} />
        <TextField name="matter" label="公开事项" value={v('matter')} problems={problems} />
        <TextAreaField name="basis" label="公开依据" rows={3} value={v('basis')} problems={problems} />
        <TextField name="timeLimit" label="公开时限" value={v('timeLimit')} problems={problems} />
        <TextField name="responsible" label="公开主体" value={v('responsible')} problems={problems} />
        <TextField name="channels" label="公开渠道和载体" value={v('channels')} problems={problems} />
        <TextField name="audience" label="公开对象" hint="全社会或特定群体" value={v('audience')} problems={problems} />
        <TextField name="disclosureMethod" label="公开方式" hint="主动或依申请" value={v('disclosureMethod')} problems={problems} />
        <TextField name="level" label="公开层级" hint="如：县级、乡级" value={v('level')} problems={problems} />
        <TextField name="updatePeriodDays" label="更新周期（天）" hint="留空表示随信息形成或变更随时更新" value={v('updatePeriodDays')} problems={problems} />
      </PostForm>
    </ConsoleLayout>
  );
}
