import type { Organisation } from '../../../domains/accounts/index.ts';
import type { ApplicationCase } from '../../../domains/requests/index.ts';
import { DELIVERY_FORM_LABELS, DELIVERY_WAY_LABELS, applicantTypeLongLabel } from '../../../domains/requests/index.ts';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';

export interface ApplyConfirmPageProps {
  ctx: PageContext;
  organisation: Organisation;
  csrfToken: string;
  draft: ApplicationCase;
  requests: readonly string[];
  draftToken: string;
  hasDocument: boolean;
}

/** The confirmation step (条例第三十一条第（三）项): the application is received when both sides confirm. */
export function ApplyConfirmPage({ ctx, organisation, csrfToken, draft, requests, draftToken, hasDocument }: ApplyConfirmPageProps) {
  const base = `/o/${organisation.code}/on-request`;
  return (
    <PortalLayout ctx={ctx} title={`核对并确认申请 - ${organisation.name}`} breadcrumbs={[{ href: `/o/${organisation.code}`, label: organisation.name }, { href: base, label: '依申请公开' }]}>
      <h1>核对并确认申请</h1>
      <p>请核对以下内容。点击“确认提交”后，本机关即确认收到您的申请；根据《政府信息公开条例》第三十一条，通过互联网提交的申请以双方确认之日为收到申请之日，答复期限自该日起计算。</p>
      <dl class="summary">
        <dt>受理机关</dt><dd>{organisation.name}</dd>
        <dt>申请人类型</dt><dd>{applicantTypeLongLabel(draft.applicantType)}</dd>
        <dt>姓名或者名称</dt><dd>{draft.applicantName}</dd>
        <dt>身份证明号码</dt><dd>{draft.applicantIdNumber}</dd>
        <dt>身份证明文件</dt><dd>{hasDocument ? '已上传' : '未上传'}</dd>
        <dt>联系方式</dt><dd>{draft.applicantContact}</dd>
        <dt>所需政府信息</dt><dd>{draft.description}</dd>
        {requests.length > 1 ? (<><dt>分项申请</dt><dd><ol>{requests.map((r, i) => <li key={i}>{r}</li>)}</ol></dd></>) : null}
        <dt>形式要求</dt><dd>{DELIVERY_FORM_LABELS[draft.deliveryForm]}</dd>
        <dt>获取方式</dt><dd>{DELIVERY_WAY_LABELS[draft.deliveryWay]}</dd>
      </dl>
      <form method="post" action={`${base}/confirm`} class="inline-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="caseId" value={draft.id} />
        <input type="hidden" name="draftToken" value={draftToken} />
        <button type="submit" class="button">确认提交</button>
      </form>{' '}
      <a href={`${base}/apply`} class="button button--secondary">返回修改</a>
    </PortalLayout>
  );
}
