import type { Organisation } from '../../../domains/accounts/index.ts';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';

export interface ApplyReceiptPageProps {
  ctx: PageContext;
  organisation: Organisation;
  number: string;
  queryCode: string;
  receivedOn: string;
  dueOn: string | null;
}

/** Shown once after confirmation: the receipt number and the private query code (stored only hashed). */
export function ApplyReceiptPage({ ctx, organisation, number, queryCode, receivedOn, dueOn }: ApplyReceiptPageProps) {
  const base = `/o/${organisation.code}/on-request`;
  return (
    <PortalLayout ctx={ctx} title={`申请已收到 - ${organisation.name}`} breadcrumbs={[{ href: `/o/${organisation.code}`, label: organisation.name }, { href: base, label: '依申请公开' }]}>
      <div class="notice" role="status"><h1>申请已收到</h1></div>
      <dl class="summary">
        <dt>申请编号</dt><dd class="secret" id="receipt-number">{number}</dd>
        <dt>查询码</dt><dd class="secret" id="query-code">{queryCode}</dd>
        <dt>收到申请之日</dt><dd>{receivedOn}</dd>
        {dueOn ? (<><dt>答复期限</dt><dd>我们将在 {dueOn} 前答复您（20个工作日，第三十三条）。</dd></>) : null}
      </dl>
      <p class="notice notice--warning">请抄写或保存申请编号和查询码。查询码只显示这一次，本机关也无法找回；凭申请编号和查询码可以随时查询办理进度和答复。</p>
      <p><a href="/applications/status">查询办理进度</a></p>
    </PortalLayout>
  );
}
