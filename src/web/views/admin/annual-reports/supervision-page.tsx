import type { Organisation } from '../../../../domains/accounts/index.ts';
import type { SupervisionRow } from '../../../../domains/annual-reports/index.ts';
import { SUPERVISION_STATE_LABELS, SUPERVISION_STATES } from '../../../../domains/annual-reports/index.ts';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';
import { FindingsList, ReportStyles } from '../../annual-reports/report-article.tsx';

export interface SupervisionPageProps {
  ctx: ConsoleContext;
  organisation: Organisation;
  year: number;
  rows: readonly SupervisionRow[];
}

/** `/admin/annual-reports/supervision`: every subordinate's report for a year, its state and findings. */
export function SupervisionPage({ ctx, organisation, year, rows }: SupervisionPageProps) {
  const counts = SUPERVISION_STATES.map((s) => [s, rows.filter((r) => r.state === s).length] as const);
  return (
    <ConsoleLayout ctx={ctx} title={`${organisation.name}${year}年度下级机关年度报告情况`}>
      <ReportStyles />
      <p class="back-link"><a href="/admin/annual-reports">← 返回年度报告</a></p>
      <h1>{organisation.name}：{year}年度下级机关年度报告情况</h1>
      <form method="get" action="/admin/annual-reports/supervision" class="inline-form no-print">
        <input type="hidden" name="org" value={organisation.id} />
        <label class="label" for="year">统计年度</label>
        <input class="input" id="year" name="year" type="text" value={String(year)} maxLength={4} />
        <button class="button button--secondary" type="submit">查看</button>
      </form>
      <p>{counts.map(([s, n]) => `${SUPERVISION_STATE_LABELS[s]} ${n}`).join(' · ')} · <a href={`/admin/annual-reports/aggregate?org=${organisation.id}&year=${year}`}>查看汇总</a>
        {' · '}<a href={`/admin/annual-reports/import?org=${organisation.id}&year=${year}`}>导入未上平台机关的报告</a></p>
      <table class="table matrix">
        <caption class="visually-hidden">下级机关年度报告情况</caption>
        <thead><tr><th scope="col">机关</th><th scope="col">状态</th><th scope="col">发布期限</th><th scope="col">发布日期</th><th scope="col">错误/提示</th><th scope="col">上年结转衔接</th></tr></thead>
        <tbody>
          {rows.map((row) => {
            const errors = row.findings.filter((f) => f.severity === 'error');
            const warnings = row.findings.filter((f) => f.severity === 'warning');
            return (
              <tr key={row.organisation.id} data-org={row.organisation.code}>
                <th scope="row">{row.report ? <a href={`/admin/annual-reports/${row.report.id}`}>{row.organisation.name}</a> : row.organisation.name}</th>
                <td><span class={`report-state state-${row.state}`}>{SUPERVISION_STATE_LABELS[row.state]}</span>{row.publishedLate ? '（逾期发布）' : ''}
                  {row.report?.source === 'imported' ? <span class="report-source" title={row.report.sourceName ?? undefined}>（导入）</span> : null}</td>
                <td>{row.dueOn}</td>
                <td>{row.report?.publishedOn ?? '—'}</td>
                <td>
                  {errors.length} / {warnings.length}
                  {row.findings.length > 0 ? (
                    <details><summary>查看</summary><FindingsList findings={row.findings} /></details>
                  ) : null}
                </td>
                <td>{!row.carryOver.checked ? '无法核对' : row.carryOver.findings.length === 0 ? '一致' : <FindingsList findings={row.carryOver.findings} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}
