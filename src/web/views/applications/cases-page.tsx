import type { ApplicationCase } from '../../../domains/requests/index.ts';
import { CASE_STATUSES, CASE_STATUS_LABELS, OUTCOME_DEFINITIONS } from '../../../domains/requests/index.ts';
import { Notice } from '../components/fields.tsx';
import { ListTable } from '../components/list-table.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';

export interface CasesPageProps {
  ctx: ConsoleContext;
  cases: readonly ApplicationCase[];
  total: number;
  organisationNames: ReadonlyMap<string, string>;
  filter: { status?: string; due?: string; q?: string };
  today: string;
  /** Reminders for the signed-in person: their open cases overdue / due within 3 working days. */
  mine: { overdue: number; dueSoon: number };
  canRegister: boolean;
  notice?: string;
}

/** `/admin/applications`: the cases the actor may see, newest first, with filters. */
export function CasesPage({ ctx, cases, total, organisationNames, filter, today, mine, canRegister, notice }: CasesPageProps) {
  return (
    <ConsoleLayout ctx={ctx} title="依申请公开">
      <Notice message={notice} />
      <h1>依申请公开</h1>
      {mine.overdue + mine.dueSoon > 0 ? (
        <div class="notice notice--warning" role="status" id="my-reminders">
          提醒：您承办的申请中，{mine.overdue} 件已超过答复期限，{mine.dueSoon} 件将在3个工作日内到期。<a href="/admin/applications?due=mine">查看</a>
        </div>
      ) : null}
      <p>
        {canRegister ? <><a class="button" href="/admin/applications/new">登记申请</a>{' '}</> : null}
        <a class="button button--secondary" href="/admin/applications/oversight">督办</a>
      </p>
      <form method="get" action="/admin/applications" class="filters">
        <label class="label" for="filter-status">状态</label>
        <select class="select" id="filter-status" name="status">
          <option value="">全部</option>
          {CASE_STATUSES.map((s) => <option key={s} value={s} selected={filter.status === s}>{CASE_STATUS_LABELS[s]}</option>)}
        </select>
        <label class="label" for="filter-due">期限</label>
        <select class="select" id="filter-due" name="due">
          <option value="">全部</option>
          <option value="overdue" selected={filter.due === 'overdue'}>已超期</option>
          <option value="soon" selected={filter.due === 'soon'}>3个工作日内到期</option>
          <option value="mine" selected={filter.due === 'mine'}>我承办的</option>
        </select>
        <label class="label" for="filter-q">申请编号或申请人</label>
        <input class="input" id="filter-q" name="q" value={filter.q ?? ''} />
        <button type="submit" class="button button--secondary">筛选</button>
      </form>
      <p class="muted">共 {total} 件（今天 {today}）</p>
      <ListTable caption="申请列表" headings={['申请编号', '机关', '申请人', '收到日期', '答复期限', '状态', '办理结果']} empty="没有符合条件的申请。">
        {cases.map((c) => (
          <tr key={c.id}>
            <td><a href={`/admin/applications/${c.id}`}>{c.number ?? '（待确认）'}</a></td>
            <td>{organisationNames.get(c.organisationId) ?? '—'}</td>
            <td>{c.applicantName}</td>
            <td>{c.receivedOn ?? '—'}</td>
            <td>{c.dueOn ?? '—'}{c.dueOn && c.dueOn < today && c.status !== 'closed' ? <> <span class="tag">已超期</span></> : null}</td>
            <td>{CASE_STATUS_LABELS[c.status]}</td>
            <td>{c.outcome ? OUTCOME_DEFINITIONS[c.outcome].label : '—'}</td>
          </tr>
        ))}
      </ListTable>
    </ConsoleLayout>
  );
}
