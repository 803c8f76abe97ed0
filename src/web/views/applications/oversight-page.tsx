import type { ApplicantVolume, ApplicationCase, Oversight, OversightGroup } from '../../../domains/requests/index.ts';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/fields.tsx';
import { ListTable } from '../components/list-table.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';
import { ActionForm, InputField } from './form-fields.tsx';

export interface OversightPageProps {
  ctx: ConsoleContext;
  oversight: Oversight;
  overdue: readonly ApplicationCase[];
  dueSoon: readonly ApplicationCase[];
  organisations: readonly { id: string; name: string }[];
  volume: { organisationId: string; month: string; rows: readonly ApplicantVolume[] } | undefined;
  reminderEmail: string | undefined;
  smtpConfigured: boolean;
  problems: readonly FieldProblem[];
  notice?: string;
}

function GroupTable({ caption, first, groups }: { caption: string; first: string; groups: readonly OversightGroup[] }) {
  return (
    <ListTable caption={caption} headings={[first, '在办', '3个工作日内到期', '已超期', '等待申请人', '等待第三方']} empty="没有在办的申请。">
      {groups.map((g) => (
        <tr key={g.key}><td>{g.name}</td><td>{g.open}</td><td>{g.dueSoon}</td><td>{g.overdue}</td><td>{g.waitingApplicant}</td><td>{g.waitingThirdParty}</td></tr>
      ))}
    </ListTable>
  );
}

function CaseLinks({ cases, empty }: { cases: readonly ApplicationCase[]; empty: string }) {
  if (cases.length === 0) return <p class="muted">{empty}</p>;
  return <ul>{cases.map((c) => <li key={c.id}><a href={`/admin/applications/${c.id}`}>{c.number}</a> {c.applicantName} · 答复期限 {c.dueOn}</li>)}</ul>;
}

/** `/admin/applications/oversight`: 督办 — urgency per organisation and handler, 第三十五条 volume, reminders. */
export function OversightPage({ ctx, oversight, overdue, dueSoon, organisations, volume, reminderEmail, smtpConfigured, problems, notice }: OversightPageProps) {
  const t = oversight.totals;
  return (
    <ConsoleLayout ctx={ctx} title="依申请公开督办" hasErrors={problems.length > 0}>
      <Notice message={notice} />
      <ErrorSummary problems={problems} />
      <p class="back-link"><a href="/admin/applications">← 返回申请列表</a></p>
      <h1>依申请公开督办</h1>
      <p class="muted">截至 {oversight.today}；“即将到期”指在 {oversight.dueSoonUntil} 前（3个工作日内）到期。</p>
      <ul class="cards" id="oversight-totals">
        <li class="card"><h2>在办</h2><p class="figure">{t.open}</p></li>
        <li class="card"><h2>3个工作日内到期</h2><p class="figure">{t.dueSoon}</p></li>
        <li class="card"><h2>已超期</h2><p class="figure">{t.overdue}</p></li>
        <li class="card"><h2>等待申请人</h2><p class="figure">{t.waitingApplicant}</p><p class="muted">补正、缴费</p></li>
        <li class="card"><h2>等待第三方</h2><p class="figure">{t.waitingThirdParty}</p><p class="muted">征求意见</p></li>
      </ul>
      <h2>已超期</h2>
      <CaseLinks cases={overdue} empty="没有超期的申请。" />
      <h2>3个工作日内到期</h2>
      <CaseLinks cases={dueSoon} empty="没有即将到期的申请。" />
      <h2>按机关</h2>
      <GroupTable caption="按机关" first="机关" groups={oversight.byOrganisation} />
      <h2>按承办人</h2>
      <GroupTable caption="按承办人" first="承办人" groups={oversight.byHandler} />
      <h2>申请数量（第三十五条）</h2>
      <p class="hint">同一申请人一个自然月内的申请数量，用于判断是否明显超过合理范围（第三十五条）及按件计收信息处理费（国办函〔2020〕109号）。</p>
      <form method="get" action="/admin/applications/oversight" class="filters">
        <label class="label" for="volume-org">机关</label>
        <select class="select" id="volume-org" name="organisation">
          {organisations.map((o) => <option key={o.id} value={o.id} selected={volume?.organisationId === o.id}>{o.name}</option>)}
        </select>
        <label class="label" for="volume-month">月份</label>
        <input class="input" id="volume-month" name="month" type="month" value={volume?.month ?? ''} />
        <button type="submit" class="button button--secondary">统计</button>
      </form>
      {volume ? (
        <ListTable caption="申请人月度申请数量" headings={['申请人', '身份证明号码', '申请件数']} empty="该月没有申请。">
          {volume.rows.map((r) => <tr key={r.applicantIdNumber}><td>{r.applicantName}</td><td>{r.applicantIdNumber}</td><td>{r.count}</td></tr>)}
        </ListTable>
      ) : null}
      <h2>提醒邮件</h2>
      <ActionForm action="/admin/applications/oversight/reminder-address" csrfToken={ctx.csrfToken} label="保存" secondary>
        <InputField name="email" label="我的提醒邮箱" hint="每天最多一封：列出您承办（分管领导：本机关）已超期或3个工作日内到期的申请；留空则不发送" type="email" value={reminderEmail} problems={problems} />
      </ActionForm>
      {smtpConfigured ? (
        <ActionForm action="/admin/applications/oversight/reminders" csrfToken={ctx.csrfToken} label="立即发送今天的提醒邮件" />
      ) : <p class="muted">未配置邮件服务器（SMTP_URL），提醒只在工作平台中显示。</p>}
    </ConsoleLayout>
  );
}
