import type { ApplicantStatus } from '../../../domains/requests/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';
import { InputField, TextAreaField } from './form-fields.tsx';
import { LetterBody, letterText } from './letter-body.tsx';

export interface StatusPageProps {
  ctx: PageContext;
  action: string;
  csrfToken: string;
  number: string;
  problems: readonly FieldProblem[];
  status?: ApplicantStatus;
  notice?: string;
}

/** 查询办理进度: by receipt number and query code; the answer in plain words, with the letters sent. */
export function StatusPage({ ctx, action, csrfToken, number, problems, status, notice }: StatusPageProps) {
  return (
    <PortalLayout ctx={ctx} title={`${problems.length > 0 ? '错误：' : ''}查询申请办理进度`}>
      {notice ? <div class="notice" role="status">{notice}</div> : null}
      <ErrorSummary problems={problems} order={['number', 'queryCode', 'description']} />
      {status ? (
        <section aria-labelledby="status-title">
          <h1 id="status-title">申请 {status.number} 的办理进度</h1>
          <p class="lead">{status.organisationName} · 收到申请之日：{status.receivedOn}</p>
          <p class="status-line"><strong>当前状态：</strong>{status.statusLabel}</p>
          {status.outcomeLabel ? <p class="status-line"><strong>办理结果：</strong>{status.outcomeLabel}</p> : null}
          <ul class="status-sentences">{status.sentences.map((s, i) => <li key={i}>{s}</li>)}</ul>
          {status.status === 'awaitingCorrection' ? (
            <form method="post" action="/applications/correction" novalidate class="action-form">
              <h2>提交补正</h2>
              <input type="hidden" name="_csrf" value={csrfToken} />
              <input type="hidden" name="number" value={status.number} />
              <TextAreaField name="description" label="补正后的申请内容" hint="请按补正告知书的要求，完整填写补正后的申请内容" problems={problems} />
              <InputField name="queryCode" label="查询码" hint="请再次输入查询码以确认是您本人提交" problems={problems} autocomplete="off" />
              <button type="submit" class="button">提交补正</button>
            </form>
          ) : null}
          {status.letters.length > 0 ? (
            <>
              <h2>已发出的文书</h2>
              {status.letters.map((l) => (
                <section key={l.id}>
                  <p class="muted">{l.title} · 发出日期 {l.sentOn}</p>
                  <LetterBody text={letterText(l.kind, l.content, status.organisationName)} />
                </section>
              ))}
            </>
          ) : null}
          <h2>查询其他申请</h2>
        </section>
      ) : (
        <h1>查询申请办理进度</h1>
      )}
      <form method="post" action={action} novalidate class="narrow">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <InputField name="number" label="申请编号" hint="回执上的申请编号，例如 YSQ202600001" value={number} problems={problems} />
        <InputField name="queryCode" label="查询码" hint="提交申请时显示的10位查询码（不区分大小写）" problems={problems} autocomplete="off" />
        <button type="submit" class="button">查询</button>
      </form>
    </PortalLayout>
  );
}
