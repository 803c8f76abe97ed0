import type { Organisation } from '../../../../domains/accounts/index.ts';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, VALIDITIES, VALIDITY_LABELS } from '../../../../domains/publishing/index.ts';
import type { CatalogColumn, InformationItem } from '../../../../domains/publishing/index.ts';
import type { FieldProblem } from '../../../../domains/shared/errors.ts';
import type { FormBody } from '../../../http/form.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { PostForm, SelectField, TextField } from '../../components/fields.tsx';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';
import { columnOptions, PUBLISHING_LINKS, PublishingNav, TextAreaField } from './shared.tsx';

/** The form's fields, in page order (the error summary follows it). */
export const ITEM_FIELDS = [
  'columnId', 'title', 'body', 'issuer', 'topic', 'docNumber', 'keywords', 'madeOn', 'formedOn', 'scheduledOn', 'documentKind', 'validity', 'effectiveOn',
] as const;

/** An item's stored values as the form's values (for the edit form). */
export function itemFormValues(item: InformationItem): FormBody {
  return {
    columnId: item.columnId,
    title: item.title,
    body: item.bodyHtml,
    issuer: item.issuer,
    topic: item.topic,
    docNumber: item.docNumber,
    keywords: item.keywords,
    madeOn: item.madeOn ?? '',
    formedOn: item.formedOn,
    scheduledOn: item.scheduledOn ?? '',
    documentKind: item.documentKind,
    validity: item.validity,
    effectiveOn: item.effectiveOn ?? '',
    version: String(item.version),
  };
}

export interface ItemFormPageProps {
  ctx: ConsoleContext;
  organisation: Organisation;
  columns: readonly CatalogColumn[];
  /** Absent for a new draft. */
  item?: InformationItem;
  values: FormBody;
  problems: readonly FieldProblem[];
}

/** `/admin/publishing/items/new` and `/admin/publishing/items/:id/edit`: a draft with all its metadata (§8.3). */
export function ItemFormPage({ ctx, organisation, columns, item, values, problems }: ItemFormPageProps) {
  const title = item ? '修改草稿' : '起草信息';
  const v = (name: string) => values[name] ?? '';
  return (
    <ConsoleLayout ctx={ctx} title={title} hasErrors={problems.length > 0}>
      <PublishingNav current="/admin/publishing/items" links={PUBLISHING_LINKS} />
      <ErrorSummary problems={problems} order={ITEM_FIELDS} />
      <h1>
        {title}
        <span class="h1-suffix">{organisation.name}</span>
      </h1>
      <PostForm action={item ? `/admin/publishing/items/${item.id}` : '/admin/publishing/items'} csrfToken={ctx.csrfToken} submitLabel="保存草稿">
        {item ? <input type="hidden" name="version" value={v('version')} /> : <input type="hidden" name="organisationId" value={organisation.id} />}
        <SelectField name="columnId" label="栏目" options={columnOptions(columns)} placeholder="请选择" value={v('columnId')} problems={problems} />
        <TextField name="title" label="标题" value={v('title')} maxLength={300} problems={problems} />
        <TextAreaField
          name="body"
          label="正文"
          hint="可直接输入文字（空行分段），或粘贴HTML格式的正文。保存时只保留段落、标题、列表、表格、链接和图片等安全格式，脚本和事件属性会被删除。"
          rows={14}
          value={v('body')}
          problems={problems}
        />
        <TextField name="issuer" label="发布机构" hint={`留空则为${organisation.name}`} value={v('issuer')} problems={problems} />
        <TextField name="topic" label="主题分类" hint="如：综合政务、农业、城乡建设" value={v('topic')} problems={problems} />
        <TextField name="docNumber" label="文号" hint="如：水政发〔2026〕5号；没有文号的留空" value={v('docNumber')} problems={problems} />
        <TextField name="keywords" label="关键词" hint="多个关键词用空格或逗号分隔" value={v('keywords')} problems={problems} />
        <TextField name="madeOn" label="成文日期" hint="格式如 2026-03-01" value={v('madeOn')} problems={problems} />
        <TextField
          name="formedOn"
          label="信息形成或者变更日期"
          hint="条例第二十六条：自该日起20个工作日内公开。留空则取成文日期，再无则取今天。"
          value={v('formedOn')}
          problems={problems}
        />
        <TextField name="scheduledOn" label="定时发布日期" hint="留空则审批通过后立即发布" value={v('scheduledOn')} problems={problems} />
        <SelectField
          name="documentKind"
          label="文件类型"
          hint="规章和行政规范性文件须标注有效性，并计入年度报告表二"
          options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: DOCUMENT_KIND_LABELS[kind] }))}
          placeholder="按栏目确定"
          value={v('documentKind')}
          problems={problems}
        />
        <SelectField
          name="validity"
          label="有效性"
          hint="仅规章和行政规范性文件适用；新文件默认有效"
          options={VALIDITIES.filter(Boolean).map((validity) => ({ value: validity, label: VALIDITY_LABELS[validity] }))}
          placeholder="（不适用或默认）"
          value={v('validity')}
          problems={problems}
        />
        <TextField name="effectiveOn" label="施行日期" hint="格式如 2026-03-01；仅规范性文件需要" value={v('effectiveOn')} problems={problems} />
      </PostForm>
      <p class="back-link">
        <a href={item ? `/admin/publishing/items/${item.id}` : '/admin/publishing/items'}>取消</a>
      </p>
    </ConsoleLayout>
  );
}
