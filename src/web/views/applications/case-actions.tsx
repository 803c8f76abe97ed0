/**
 * The forms of the case page, shown by what the actor may do (the domain policy, `view.can`) and
 * where the case stands (its status). Field names are `<action>.<domain field>`, so a problem the
 * domain reports for `sentOn` lands beside the right form's field.
 */
import type { CaseView } from '../../../domains/requests/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { SelectField } from '../components/fields.tsx';
import { ActionForm, InputField, RadioField, TextAreaField } from './form-fields.tsx';
import { OUTCOME_OPTIONS, PARTY_OPTIONS } from './options.ts';

export interface CaseActionsProps {
  view: CaseView;
  csrfToken: string;
  problems: readonly FieldProblem[];
  values: Record<string, string>;
  handlers: readonly { id: string; displayName: string }[];
}

const ACTIVE = ['received', 'inProgress'] as const;

export function CaseActions({ view, csrfToken, problems, values, handlers }: CaseActionsProps) {
  const c = view.case;
  const base = `/admin/applications/${c.id}`;
  const version = <input type="hidden" name="version" value={String(c.version)} />;
  const open = c.status !== 'closed' && c.status !== 'awaitingConfirmation';
  const active = (ACTIVE as readonly string[]).includes(c.status);
  const handle = view.can['application.handle'];
  const v = (name: string) => values[name];
  const forms = [];
  if (open && view.can['application.assign']) {
    forms.push(
      <ActionForm key="assign" action={`${base}/assign`} csrfToken={csrfToken} label={c.handlerUserId ? '改派承办人' : '分办'}>
        <h3>分办</h3>{version}
        <SelectField name="assign.handlerUserId" label="依申请承办人" options={handlers.map((h) => ({ value: h.id, label: h.displayName }))} placeholder="请选择" value={v('assign.handlerUserId') ?? c.handlerUserId ?? undefined} problems={problems} />
      </ActionForm>,
    );
  }
  if (handle && active && !c.decidedOn) {
    forms.push(
      <ActionForm key="correction" action={`${base}/correction`} csrfToken={csrfToken} label="发出补正告知">
        <h3>补正告知（第三十条）</h3>{version}
        <p class="hint">自收到申请之日起7个工作日内一次性告知。</p>
        <TextAreaField name="correction.items" label="需要补正的事项" value={v('correction.items')} problems={problems} rows={3} />
        <InputField name="correction.correctionDueOn" label="补正期限" type="date" value={v('correction.correctionDueOn')} problems={problems} />
        <InputField name="correction.sentOn" label="告知日期（默认今天）" type="date" value={v('correction.sentOn')} problems={problems} />
      </ActionForm>,
      <ActionForm key="consultation" action={`${base}/consultations`} csrfToken={csrfToken} label="发出征求意见函">
        <h3>征求意见（第三十二条、第三十四条）</h3>{version}
        <SelectField name="consultation.party" label="征求意见对象" options={PARTY_OPTIONS} placeholder="请选择" value={v('consultation.party')} problems={problems} />
        <InputField name="consultation.partyName" label="对象名称" value={v('consultation.partyName')} problems={problems} />
        <TextAreaField name="consultation.question" label="征求意见的内容" value={v('consultation.question')} problems={problems} rows={3} />
        <InputField name="consultation.sentOn" label="发函日期（默认今天）" type="date" value={v('consultation.sentOn')} problems={problems} />
      </ActionForm>,
    );
  }
  if (handle && c.status === 'awaitingCorrection') {
    forms.push(
      <ActionForm key="corrected" action={`${base}/correction/received`} csrfToken={csrfToken} label="登记补正">
        <h3>申请人已补正</h3>{version}
        <InputField name="corrected.receivedOn" label="收到补正的日期（默认今天）" type="date" value={v('corrected.receivedOn')} problems={problems} />
        <TextAreaField name="corrected.description" label="补正后的申请内容（可选）" value={v('corrected.description')} problems={problems} rows={3} />
      </ActionForm>,
      <ActionForm key="lapse" action={`${base}/correction/lapsed`} csrfToken={csrfToken} label="视为放弃申请" secondary>
        <h3>逾期未补正</h3>{version}
        <p class="hint">无正当理由逾期不补正的，视为放弃申请（第三十条）。</p>
      </ActionForm>,
    );
  }
  if (handle && open && !c.pendingExtension && c.status !== 'awaitingCorrection' && !c.decidedOn) {
    forms.push(
      <ActionForm key="extension" action={`${base}/extension`} csrfToken={csrfToken} label="提请延期">
        <h3>延长答复期限（第三十三条第二款）</h3>{version}
        <p class="hint">需经政府信息公开工作机构负责人（分管领导）同意，合计不超过20个工作日；已延长 {c.extensionWorkdays} 个工作日。</p>
        <InputField name="extension.workdays" label="延长的工作日数" type="number" value={v('extension.workdays')} problems={problems} />
        <TextAreaField name="extension.reason" label="延期理由" value={v('extension.reason')} problems={problems} rows={2} />
      </ActionForm>,
    );
  }
  if (c.pendingExtension && view.can['application.approveExtension']) {
    forms.push(
      <ActionForm key="approve" action={`${base}/extension/approve`} csrfToken={csrfToken} label="同意延期">
        <h3>审批延期</h3>{version}
        <p>{c.pendingExtension.requestedByName} 于 {c.pendingExtension.requestedOn} 提请延长 {c.pendingExtension.workdays} 个工作日：{c.pendingExtension.reason}</p>
      </ActionForm>,
      <ActionForm key="reject" action={`${base}/extension/reject`} csrfToken={csrfToken} label="不同意延期" secondary>
        {version}
        <InputField name="reject.note" label="不同意的理由" value={v('reject.note')} problems={problems} />
      </ActionForm>,
    );
  }
  if (handle && active && !c.decidedOn && !c.pendingExtension) {
    forms.push(
      <ActionForm key="decision" action={`${base}/decision`} csrfToken={csrfToken} label="作出决定">
        <h3>办理结果（第三十六条）</h3>{version}
        {view.items.map((item, i) => (
          <fieldset class="fieldset" key={item.id}>
            <input type="hidden" name={`decision.items.${i}.itemId`} value={item.id} />
            <SelectField name={`decision.items.${i}.outcome`} label={`第${i + 1}项：${item.description}`} options={OUTCOME_OPTIONS} placeholder="请选择办理结果" value={v(`decision.items.${i}.outcome`)} problems={problems} />
            <TextAreaField name={`decision.items.${i}.reason`} label="事实和理由（写入答复书）" value={v(`decision.items.${i}.reason`)} problems={problems} rows={2} />
          </fieldset>
        ))}
        <InputField name="decision.decidedOn" label="决定日期（默认今天）" type="date" value={v('decision.decidedOn')} problems={problems} />
      </ActionForm>,
    );
  }
  if (handle && c.decidedOn && c.status === 'decided') {
    forms.push(
      <ActionForm key="letter" action={`${base}/letters`} csrfToken={csrfToken} label="生成答复书">
        <h3>答复书</h3>{version}
        <p class="hint">依据办理结果生成，含法律依据和救济途径；经分管领导审核后发出。</p>
        <InputField name="letter.reviewBody" label="行政复议机关（可选）" value={v('letter.reviewBody')} problems={problems} />
        <InputField name="letter.court" label="人民法院（可选）" value={v('letter.court')} problems={problems} />
      </ActionForm>,
    );
  }
  if (handle && open && c.feeAmountYuan === 0 && !c.decidedOn) {
    forms.push(
      <ActionForm key="fee" action={`${base}/fee`} csrfToken={csrfToken} label="发出收费通知" secondary>
        <h3>信息处理费（国办函〔2020〕109号）</h3>{version}
        <InputField name="fee.amountYuan" label="金额（元）" type="number" value={v('fee.amountYuan')} problems={problems} />
        <RadioField name="fee.basis" label="计费方式" options={[{ value: 'perPiece', label: '按件计收' }, { value: 'perPage', label: '按量计收' }]} value={v('fee.basis')} problems={problems} />
        <InputField name="fee.quantity" label="件数或页数" type="number" value={v('fee.quantity')} problems={problems} />
        <InputField name="fee.receivedOn" label="申请人收到通知的日期（默认今天）" type="date" value={v('fee.receivedOn')} problems={problems} />
      </ActionForm>,
    );
  }
  if (handle && c.status === 'awaitingPayment') {
    forms.push(
      <ActionForm key="paid" action={`${base}/fee/paid`} csrfToken={csrfToken} label="登记缴费">
        <h3>缴费</h3>{version}
        <InputField name="paid.paidOn" label="缴费日期（默认今天）" type="date" value={v('paid.paidOn')} problems={problems} />
      </ActionForm>,
      <ActionForm key="feelapse" action={`${base}/fee/lapsed`} csrfToken={csrfToken} label="逾期未缴费，视为放弃" secondary>{version}</ActionForm>,
    );
  }
  if (handle && open) {
    forms.push(
      <ActionForm key="withdraw" action={`${base}/withdraw`} csrfToken={csrfToken} label="登记撤回" secondary>
        <h3>申请人撤回申请</h3>{version}
        <InputField name="withdraw.note" label="说明（可选）" value={v('withdraw.note')} problems={problems} />
      </ActionForm>,
    );
  }
  if (forms.length === 0) return null;
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">办理</h2>
      <div class="actions-grid">{forms}</div>
    </section>
  );
}
