import type { Organisation } from '../../../domains/accounts/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SelectField } from '../components/fields.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';
import { APPLICANT_TYPE_OPTIONS, CHANNEL_OPTIONS, DELIVERY_FORM_OPTIONS, DELIVERY_WAY_OPTIONS } from './options.ts';
import { FileField, InputField, RadioField, TextAreaField } from './form-fields.tsx';

export interface RegisterPageProps {
  ctx: ConsoleContext;
  organisations: readonly Organisation[];
  values: Record<string, string>;
  problems: readonly FieldProblem[];
}

/** `/admin/applications/new`: register an application received in person, by mail, fax or e-mail. */
export function RegisterPage({ ctx, organisations, values, problems }: RegisterPageProps) {
  return (
    <ConsoleLayout ctx={ctx} title="登记申请" hasErrors={problems.length > 0}>
      <ErrorSummary problems={problems} />
      <p class="back-link"><a href="/admin/applications">← 返回申请列表</a></p>
      <h1>登记申请</h1>
      <p>收到申请之日依收到方式确定（《政府信息公开条例》第三十一条）：当面提交的为提交之日；邮寄需签收的为签收之日；平常信函、传真、电子邮件的为与申请人确认之日。</p>
      <form method="post" action="/admin/applications" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <SelectField name="organisationId" label="受理机关" options={organisations.map((o) => ({ value: o.id, label: o.name }))} value={values.organisationId ?? (organisations.length === 1 ? organisations[0]!.id : undefined)} placeholder="请选择" problems={problems} />
        <SelectField name="channel" label="收到方式" options={CHANNEL_OPTIONS} value={values.channel} placeholder="请选择" problems={problems} />
        <InputField name="arrivedOn" label="收到（签收）日期" type="date" value={values.arrivedOn} problems={problems} />
        <InputField name="confirmedOn" label="与申请人确认的日期" hint="平常信函、传真、电子邮件必填" type="date" value={values.confirmedOn} problems={problems} />
        <RadioField name="applicantType" label="申请人类型" options={APPLICANT_TYPE_OPTIONS} value={values.applicantType} problems={problems} />
        <InputField name="applicantName" label="姓名或者名称" value={values.applicantName} problems={problems} />
        <InputField name="applicantIdNumber" label="身份证明号码" value={values.applicantIdNumber} problems={problems} />
        <FileField name="identityDocument" label="身份证明文件（可选）" hint="扫描件：JPG、PNG 或 PDF，不超过 5 MB" accept="image/jpeg,image/png,application/pdf" problems={problems} />
        <InputField name="applicantContact" label="联系方式" value={values.applicantContact} problems={problems} />
        <TextAreaField name="description" label="所需政府信息的描述" value={values.description} problems={problems} />
        <TextAreaField name="requests" label="分项申请（可选，每行一项）" value={values.requests} problems={problems} rows={3} />
        <RadioField name="deliveryForm" label="信息的形式要求" options={DELIVERY_FORM_OPTIONS} value={values.deliveryForm} problems={problems} />
        <RadioField name="deliveryWay" label="获取信息的方式" options={DELIVERY_WAY_OPTIONS} value={values.deliveryWay} problems={problems} />
        <button type="submit" class="button">登记</button>
      </form>
    </ConsoleLayout>
  );
}
