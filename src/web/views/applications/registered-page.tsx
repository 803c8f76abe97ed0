import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';

/** Shown once after registration: the number and query code to give the applicant. */
export function RegisteredPage({ ctx, caseId, number, queryCode, receivedOn, dueOn }: { ctx: ConsoleContext; caseId: string; number: string; queryCode: string; receivedOn: string; dueOn: string | null }) {
  return (
    <ConsoleLayout ctx={ctx} title="申请已登记">
      <div class="notice" role="status"><h1>申请已登记</h1></div>
      <dl class="summary">
        <dt>申请编号</dt><dd class="secret" id="receipt-number">{number}</dd>
        <dt>查询码</dt><dd class="secret" id="query-code">{queryCode}</dd>
        <dt>收到申请之日</dt><dd>{receivedOn}</dd>
        <dt>答复期限</dt><dd>{dueOn ?? '—'}</dd>
      </dl>
      <p class="notice notice--warning">请将申请编号和查询码告知申请人（例如写入受理回执）。查询码只显示这一次。</p>
      <p><a class="button" href={`/admin/applications/${caseId}`}>办理该申请</a></p>
    </ConsoleLayout>
  );
}
