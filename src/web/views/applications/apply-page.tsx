import type { Organisation } from '../../../domains/accounts/index.ts';
import { IDENTITY_DOCUMENT_MAX_BYTES } from '../../../domains/requests/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';
import { APPLICANT_TYPE_OPTIONS, DELIVERY_FORM_OPTIONS, DELIVERY_WAY_OPTIONS } from './options.ts';
import { FileField, InputField, RadioField, TextAreaField } from './form-fields.tsx';

export const APPLY_FIELD_ORDER = ['applicantType', 'applicantName', 'applicantIdNumber', 'identityDocument', 'applicantContact', 'description', 'requests', 'deliveryForm', 'deliveryWay'];

export interface ApplyPageProps {
  ctx: PageContext;
  organisation: Organisation;
  csrfToken: string;
  values: Record<string, string>;
  problems: readonly FieldProblem[];
}

/** `/o/:code/on-request/apply`: the online application form (条例第二十九条). */
export function ApplyPage({ ctx, organisation, csrfToken, values, problems }: ApplyPageProps) {
  const base = `/o/${organisation.code}/on-request`;
  return (
    <PortalLayout ctx={ctx} title={`${problems.length > 0 ? '错误：' : ''}在线申请政府信息公开 - ${organisation.name}`}
      breadcrumbs={[{ href: `/o/${organisation.code}`, label: organisation.name }, { href: base, label: '依申请公开' }]}>
      <ErrorSummary problems={problems} order={APPLY_FIELD_ORDER} />
      <h1>在线申请政府信息公开</h1>
      <p class="lead">向 {organisation.name} 提出申请</p>
      <div class="notice notice--warning">
        <p>根据《中华人民共和国政府信息公开条例》第二十九条，申请应当包括申请人的姓名或者名称、身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式、途径。</p>
        <p>需要帮助？申请人以书面形式提出申请确有困难的，可以口头提出，由本机关代为填写申请（第二十九条第一款）；申请公开政府信息的公民存在阅读困难或者视听障碍的，本机关将为您提供必要的帮助（第四十三条）。您可以到本机关政府信息公开工作机构当面申请，或来电说明需要何种帮助。</p>
      </div>
      <form method="post" action={`${base}/apply`} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <RadioField name="applicantType" label="申请人类型" options={APPLICANT_TYPE_OPTIONS} value={values.applicantType} problems={problems} />
        <InputField name="applicantName" label="姓名或者名称" hint="自然人填写姓名；法人或其他组织填写单位全称" value={values.applicantName} problems={problems} autocomplete="name" />
        <InputField name="applicantIdNumber" label="身份证明号码" hint="居民身份证号、护照号，或统一社会信用代码" value={values.applicantIdNumber} problems={problems} />
        <FileField name="identityDocument" label="身份证明文件" hint={`身份证、护照或营业执照的照片或扫描件：JPG、PNG 或 PDF，不超过 ${IDENTITY_DOCUMENT_MAX_BYTES / 1024 / 1024} MB`} accept="image/jpeg,image/png,application/pdf" problems={problems} />
        <InputField name="applicantContact" label="联系方式" hint="联系电话、通信地址或电子邮箱，用于送达答复" value={values.applicantContact} problems={problems} />
        <TextAreaField name="description" label="所需政府信息的描述" hint="政府信息的名称、文号或者便于本机关查询的其他特征性描述" value={values.description} problems={problems} />
        <TextAreaField name="requests" label="分项申请（可选）" hint="一份申请包含多项内容时，每行填写一项，本机关将逐项答复" value={values.requests} problems={problems} rows={3} />
        <RadioField name="deliveryForm" label="信息的形式要求" options={DELIVERY_FORM_OPTIONS} value={values.deliveryForm} problems={problems} />
        <RadioField name="deliveryWay" label="获取信息的方式" options={DELIVERY_WAY_OPTIONS} value={values.deliveryWay} problems={problems} />
        <button type="submit" class="button">下一步：核对申请</button>
      </form>
      <p><a href="/applications/status">已提交申请？查询办理进度</a></p>
    </PortalLayout>
  );
}
