import type { Organisation } from '../../../../domains/accounts/index.ts';
import type { AnnualReportRecord } from '../../../../domains/annual-reports/index.ts';
import { REPORT_STATUS_LABELS } from '../../../../domains/annual-reports/index.ts';
import type { FieldProblem } from '../../../../domains/shared/errors.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { PostForm, SelectField, TextField } from '../../components/fields.tsx';
import { ListTable } from '../../components/list-table.tsx';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';

export interface ReportsPageProps {
  ctx: ConsoleContext;
  /** Organisations whose reports the actor may generate, with their revisions. */
  editable: { organisation: Organisation; reports: AnnualReportRecord[] }[];
  /** Organisations the actor supervises (matrix and aggregate). */
  supervised: Organisation[];
  defaultYear: number;
  values: Record<string, string>;
  problems: readonly FieldProblem[];
}

/** `/admin/annual-reports`: the actor's organisations' reports, generation, and the supervisor's entries. */
export function ReportsPage({ ctx, editable, supervised, defaultYear, values, problems }: ReportsPageProps) {
  return (
    <ConsoleLayout ctx={ctx} title="政府信息公开工作年度报告" hasErrors={problems.length > 0}>
      <ErrorSummary problems={problems} />
      <h1>政府信息公开工作年度报告</h1>
      <p>
        依据《中华人民共和国政府信息公开条例》第四十九条、第五十条，年度报告根据平台上的信息、申请和复议诉讼记录生成，校验无误后发布。
        另可<a href="/admin/audit">审核任意年度报告文件</a>。
      </p>
      {editable.length > 0 ? (
        <>
          <h2>生成年度报告</h2>
          <PostForm action="/admin/annual-reports" csrfToken={ctx.csrfToken} submitLabel="生成">
            <SelectField name="organisationId" label="机关" value={values.organisationId} problems={problems}
              options={editable.map(({ organisation }) => ({ value: organisation.id, label: organisation.name }))} />
            <TextField name="year" label="统计年度" hint="例如 2025；已有草稿时按最新记录刷新数据，正文保留" value={values.year ?? String(defaultYear)} problems={problems} maxLength={4} />
          </PostForm>
          {editable.map(({ organisation, reports }) => (
            <section key={organisation.id}>
              <h2>{organisation.name}</h2>
              <ListTable caption={`${organisation.name}的年度报告`} headings={['年度', '版本', '状态', '截止日期', '发布日期']} empty="尚未生成年度报告。">
                {reports.map((r) => (
                  <tr key={r.id}>
                    <td><a href={`/admin/annual-reports/${r.id}`}>{r.year}年度</a></td>
                    <td>第{r.revision}版</td>
                    <td>{REPORT_STATUS_LABELS[r.status]}</td>
                    <td>{r.dueOn}</td>
                    <td>{r.publishedOn ?? '—'}</td>
                  </tr>
                ))}
              </ListTable>
            </section>
          ))}
        </>
      ) : null}
      {supervised.length > 0 ? (
        <>
          <h2>监督与汇总</h2>
          <ul>
            {supervised.map((o) => (
              <li key={o.id}>
                {o.name}：<a href={`/admin/annual-reports/supervision?org=${o.id}&year=${defaultYear}`}>{defaultYear}年度下级机关报告情况</a>
                {' · '}
                <a href={`/admin/annual-reports/aggregate?org=${o.id}&year=${defaultYear}`}>{defaultYear}年度汇总</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </ConsoleLayout>
  );
}
