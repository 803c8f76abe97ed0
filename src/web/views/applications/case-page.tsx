import type { CaseView } from '../../../domains/requests/index.ts';
import {
  CASE_STATUS_LABELS, CONSULTATION_OPINION_LABELS, CONSULTATION_PARTY_LABELS, DELIVERY_FORM_LABELS, DELIVERY_WAY_LABELS, LETTER_KIND_LABELS,
  LETTER_STATUS_LABELS, OUTCOME_DEFINITIONS, RECEIPT_RULES, applicantTypeLongLabel,
} from '../../../domains/requests/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice, SelectField } from '../components/fields.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';
import { CaseActions } from './case-actions.tsx';
import { ActionForm, InputField, RadioField } from './form-fields.tsx';
import { DELIVERY_WAY_OPTIONS, OPINION_OPTIONS } from './options.ts';

export interface CasePageProps {
  ctx: ConsoleContext;
  view: CaseView;
  names: ReadonlyMap<string, string>;
  handlers: readonly { id: string; displayName: string }[];
  problems: readonly FieldProblem[];
  values: Record<string, string>;
  notice?: string;
}

/** `/admin/applications/:id`: one case, its clock explained, and what can be done next. */
export function CasePage({ ctx, view, names, handlers, problems, values, notice }: CasePageProps) {
  const c = view.case;
  const base = `/admin/applications/${c.id}`;
  const reading = view.reading;
  const name = (id: string | null) => (id ? names.get(id) ?? '—' : '—');
  return (
    <ConsoleLayout ctx={ctx} title={`申请 ${c.number ?? '（待确认）'}`} hasErrors={problems.length > 0}>
      <Notice message={notice} />
      <ErrorSummary problems={problems} />
      <p class="back-link"><a href="/admin/applications">← 返回申请列表</a></p>
      <h1>申请 {c.number ?? '（待确认）'}<span class="h1-suffix">{view.organisationName}</span></h1>
      <p class="status-line">
        <strong>状态：</strong><span id="case-status">{CASE_STATUS_LABELS[c.status]}</span>
        {reading?.overdue ? <> <span class="tag">已超期</span></> : null}
        {c.outcome ? <> · <strong>办理结果：</strong><span id="case-outcome">{OUTCOME_DEFINITIONS[c.outcome].label}</span></> : null}
      </p>
      <dl class="summary">
        <dt>申请人</dt><dd>{c.applicantName}（{applicantTypeLongLabel(c.applicantType)}）</dd>
        <dt>身份证明</dt><dd>{c.applicantIdNumber}{c.applicantIdFileId ? <> · <a href={`${base}/identity-document`}>查看上传的身份证明文件</a></> : null}</dd>
        <dt>联系方式</dt><dd>{c.applicantContact}</dd>
        <dt>申请内容</dt><dd>{c.description}</dd>
        <dt>形式与方式</dt><dd>{DELIVERY_FORM_LABELS[c.deliveryForm]} · {DELIVERY_WAY_LABELS[c.deliveryWay]}</dd>
        <dt>收到方式</dt><dd>{RECEIPT_RULES[c.channel].label}（到达 {c.arrivedOn}）</dd>
        <dt>收到申请之日</dt><dd>{c.receivedOn ?? '尚未确认'}</dd>
        <dt>答复期限</dt><dd id="case-due">{c.dueOn ?? '—'}{reading && reading.workdaysLeft !== null && c.status !== 'closed' ? `（${reading.overdue ? `已超期 ${-reading.workdaysLeft} 个工作日` : `还有 ${reading.workdaysLeft} 个工作日`}）` : ''}</dd>
        <dt>承办人</dt><dd>{c.handlerUserId ? name(c.handlerUserId) : '未分办'}</dd>
        {c.extensionWorkdays > 0 ? (<><dt>已延长</dt><dd>{c.extensionWorkdays} 个工作日</dd></>) : null}
        {c.pendingExtension ? (<><dt>待审批延期</dt><dd>{c.pendingExtension.workdays} 个工作日（{c.pendingExtension.requestedByName} 提请）</dd></>) : null}
        {c.feeAmountYuan > 0 ? (<><dt>信息处理费</dt><dd>{c.feeAmountYuan.toFixed(2)} 元{c.feePaidOn ? `，已于 ${c.feePaidOn} 缴纳` : '，未缴纳'}</dd></>) : null}
      </dl>
      <h2>法定期限（计时说明）</h2>
      <pre class="clock-explanation" id="clock-explanation">{view.explanation}</pre>
      <h2>申请事项</h2>
      <ol>
        {view.items.map((item) => (
          <li key={item.id}>{item.description}{item.outcome ? ` —— ${OUTCOME_DEFINITIONS[item.outcome].label}` : ''}{item.reason ? `（${item.reason}）` : ''}</li>
        ))}
      </ol>
      {view.consultations.length > 0 ? (
        <>
          <h2>征求意见</h2>
          {view.consultations.map((k) => (
            <div key={k.id} class="action-form">
              <p><strong>{CONSULTATION_PARTY_LABELS[k.party]}：{k.partyName}</strong> · 发函 {k.sentOn}</p>
              <p>{k.question}</p>
              {k.repliedOn ? (
                <p>{k.repliedOn} 答复：{k.opinion ? CONSULTATION_OPINION_LABELS[k.opinion] : ''}{k.replySummary ? `（${k.replySummary}）` : ''}</p>
              ) : view.can['application.handle'] ? (
                <ActionForm action={`${base}/consultations/${k.id}/answer`} csrfToken={ctx.csrfToken} label="登记答复">
                  <input type="hidden" name="version" value={String(c.version)} />
                  <RadioField name="answer.opinion" label="意见" options={OPINION_OPTIONS} value={values['answer.opinion']} problems={problems} />
                  <InputField name="answer.summary" label="意见摘要" value={values['answer.summary']} problems={problems} />
                  <InputField name="answer.repliedOn" label="答复日期（默认今天）" type="date" value={values['answer.repliedOn']} problems={problems} />
                </ActionForm>
              ) : <p class="muted">尚未答复</p>}
            </div>
          ))}
        </>
      ) : null}
      {view.letters.length > 0 ? (
        <>
          <h2>文书</h2>
          {view.letters.map((l) => (
            <div key={l.id} class="action-form">
              <p>
                <strong>{LETTER_KIND_LABELS[l.kind]}</strong> · {LETTER_STATUS_LABELS[l.status]} · 起草 {name(l.draftedBy)}
                {l.reviewedBy ? ` · 审核 ${name(l.reviewedBy)}` : ''}{l.sentOn ? ` · 发出 ${l.sentOn}` : ''}{l.deliveredOn ? ` · 送达 ${l.deliveredOn}` : ''}
              </p>
              {l.reviewNote ? <p>审核意见：{l.reviewNote}</p> : null}
              <p><a href={`${base}/letters/${l.id}`}>查看、打印</a> · <a href={`${base}/letters/${l.id}/docx`}>下载 Word 文档</a></p>
              {l.kind === 'reply' && l.status === 'draft' && view.can['application.reviewLetter'] ? (
                <ActionForm action={`${base}/letters/${l.id}/review`} csrfToken={ctx.csrfToken} label="提交审核意见">
                  <input type="hidden" name="version" value={String(l.version)} />
                  <RadioField name="review.approve" label="审核" options={[{ value: 'yes', label: '审核通过' }, { value: 'no', label: '退回修改' }]} value={values['review.approve']} problems={problems} />
                  <InputField name="review.note" label="审核意见（可选）" value={values['review.note']} problems={problems} />
                </ActionForm>
              ) : null}
              {l.kind === 'reply' && l.status === 'approved' && view.can['application.handle'] ? (
                <ActionForm action={`${base}/letters/${l.id}/send`} csrfToken={ctx.csrfToken} label="发出答复书">
                  <SelectField name="send.deliveryWay" label="送达方式" options={DELIVERY_WAY_OPTIONS} value={values['send.deliveryWay'] ?? c.deliveryWay} problems={problems} />
                  <InputField name="send.sentOn" label="发出日期（默认今天）" type="date" value={values['send.sentOn']} problems={problems} />
                </ActionForm>
              ) : null}
              {l.kind === 'reply' && l.status === 'sent' && !l.deliveredOn && view.can['application.handle'] ? (
                <ActionForm action={`${base}/letters/${l.id}/delivery`} csrfToken={ctx.csrfToken} label="登记送达" secondary>
                  <InputField name="delivery.deliveredOn" label="送达日期（默认今天）" type="date" value={values['delivery.deliveredOn']} problems={problems} />
                </ActionForm>
              ) : null}
            </div>
          ))}
        </>
      ) : null}
      <CaseActions view={view} csrfToken={ctx.csrfToken} problems={problems} values={values} handlers={handlers} />
    </ConsoleLayout>
  );
}
