import type { AggregateResult } from '../../../../domains/annual-reports/index.ts';
import type { Cell } from '../../../../domains/reports/index.ts';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';
import { FindingsList, ReportArticle, ReportStyles } from '../../annual-reports/report-article.tsx';

export interface AggregatePageProps {
  ctx: ConsoleContext;
  aggregate: AggregateResult;
  includeDrafts: boolean;
}

/** `/admin/annual-reports/aggregate`: the sum of the subordinates' reports; each cell drills down to them. */
export function AggregatePage({ ctx, aggregate, includeDrafts }: AggregatePageProps) {
  const { organisation, year } = aggregate;
  const query = `org=${organisation.id}&year=${year}${includeDrafts ? '&drafts=1' : ''}`;
  return (
    <ConsoleLayout ctx={ctx} title={`${organisation.name}${year}年度汇总`}>
      <ReportStyles />
      <p class="back-link"><a href={`/admin/annual-reports/supervision?org=${organisation.id}&year=${year}`}>← 返回下级机关报告情况</a></p>
      <h1>{organisation.name}：{year}年度政府信息公开工作年度报告汇总</h1>
      <p>
        汇总了 {aggregate.parts.length} 个下级机关{includeDrafts ? '的报告（未发布的计入最新草稿）' : '已发布的报告'}；
        {aggregate.missing.length > 0 ? `未计入：${aggregate.missing.map((o) => o.name).join('、')}。` : '全部计入。'}
        {includeDrafts ? <a href={`/admin/annual-reports/aggregate?org=${organisation.id}&year=${year}`}>只汇总已发布的</a> : <a href={`/admin/annual-reports/aggregate?org=${organisation.id}&year=${year}&drafts=1`}>计入未发布的草稿</a>}
      </p>
      <h2>校验结果</h2>
      <FindingsList findings={aggregate.findings} />
      <ReportArticle titleLevel={2} report={aggregate.report} findings={aggregate.findings} cellHref={(path) => `/admin/annual-reports/aggregate/cell?${query}&path=${encodeURIComponent(path)}`} />
    </ConsoleLayout>
  );
}

export interface AggregateCellPageProps {
  ctx: ConsoleContext;
  aggregate: AggregateResult;
  path: string;
  label: string;
  contributions: { organisation: { id: string; name: string }; reportId: string; value: Cell | undefined }[];
  cellLinkable: boolean;
}

/** One aggregate cell: each organisation's value, linking to the records behind it in its report. */
export function AggregateCellPage({ ctx, aggregate, path, label, contributions, cellLinkable }: AggregateCellPageProps) {
  const total = contributions.reduce((s, c) => s + (c.value ?? 0), 0);
  return (
    <ConsoleLayout ctx={ctx} title={`${label} - ${aggregate.organisation.name}${aggregate.year}年度汇总`}>
      <p class="back-link"><a href={`/admin/annual-reports/aggregate?org=${aggregate.organisation.id}&year=${aggregate.year}`}>← 返回汇总</a></p>
      <h1>{label}</h1>
      <p><code>{path}</code>：合计 {Math.round(total * 1e4) / 1e4}</p>
      <table class="table">
        <caption class="visually-hidden">各机关的数字</caption>
        <thead><tr><th scope="col">机关</th><th scope="col">数字</th></tr></thead>
        <tbody>
          {contributions.map((c) => (
            <tr key={c.reportId}>
              <th scope="row"><a href={`/admin/annual-reports/${c.reportId}`}>{c.organisation.name}</a></th>
              <td>{cellLinkable && c.value ? <a href={`/admin/annual-reports/${c.reportId}/cells/${encodeURIComponent(path)}`}>{c.value}</a> : c.value ?? '（空白）'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}
