import type { Organisation } from '../../../../domains/accounts/index.ts';
import type { AnnualReportRecord, SupervisionRow, UrlImportResult } from '../../../../domains/annual-reports/index.ts';
import { MAX_URL_LINES, SUPERVISION_STATE_LABELS, URL_IMPORT_OUTCOME_LABELS } from '../../../../domains/annual-reports/index.ts';
import type { FieldProblem } from '../../../../domains/shared/errors.ts';
import { FileField } from '../../applications/form-fields.tsx';
import { FindingsList, ReportStyles } from '../../annual-reports/report-article.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';

export interface ImportPageProps {
  ctx: ConsoleContext;
  organisation: Organisation;
  year: number;
  /** The subordinates and where their report of `year` stands. */
  rows: readonly SupervisionRow[];
  maxMegabytes: number;
  timeoutSeconds: number;
  allowPrivate: boolean;
  values: Record<string, string>;
  problems: readonly FieldProblem[];
  /** After an upload (POST → redirect → GET): the imported revision. */
  imported?: { record: AnnualReportRecord; organisation: Organisation };
  /** After a URL list: one result per line. */
  results?: readonly UrlImportResult[];
}

const FIELD_ORDER = ['organisationId', 'year', 'file', 'list', 'listYear'];

/** `/admin/annual-reports/import`: the supervisor imports reports of subordinates not on the platform. */
export function ImportPage(props: ImportPageProps) {
  const { ctx, organisation, year, rows, values, problems } = props;
  const matrix = `/admin/annual-reports/supervision?org=${organisation.id}&year=${year}`;
  return (
    <ConsoleLayout ctx={ctx} title="导入下级机关年度报告" hasErrors={problems.length > 0}>
      <ReportStyles />
      <p class="back-link"><a href={matrix}>← 返回{year}年度下级机关报告情况</a></p>
      <ErrorSummary problems={problems} order={FIELD_ORDER} />
      <h1>{organisation.name}：导入下级机关年度报告</h1>
      <p>未在本平台编制年度报告的下级机关，可上传其已发布的年度报告文件，或填写其网址由服务器获取。文件经年报审核读取表格后，作为该机关该年度已发布的报告（来源标为“导入”）列入监督情况和汇总，审核发现的问题一并显示。再次导入即为新的版本。</p>
      {props.imported ? <ImportedNotice {...props.imported} matrix={matrix} /> : null}

      <h2>上传报告文件</h2>
      <form method="post" action="/admin/annual-reports/import" enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="org" value={organisation.id} />
        <SelectField name="organisationId" label="下级机关" value={values.organisationId} problems={problems} placeholder="请选择"
          options={rows.map((r) => ({ value: r.organisation.id, label: `${r.organisation.name}（${r.organisation.code}）` }))} />
        <TextField name="year" label="统计年度" hint="例如 2025" value={values.year ?? String(year)} problems={problems} maxLength={4} />
        <FileField name="file" label="年度报告文件" hint={`支持 TXT、HTML、DOCX、PDF，最大 ${props.maxMegabytes} MB。`} problems={problems}
          accept=".txt,.htm,.html,.docx,.pdf,text/plain,text/html,application/pdf" />
        <button type="submit" class="button">导入</button>
      </form>

      <h2>按网址导入</h2>
      <form method="post" action="/admin/annual-reports/import/urls" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="org" value={organisation.id} />
        <TextField name="listYear" label="统计年度" hint="列表中的报告都按此年度导入" value={values.listYear ?? String(year)} problems={problems} maxLength={4} />
        <TextAreaField name="list" label="网址列表" rows={6} value={values.list} problems={problems}
          hint={`每行一个：机构代码 网址，例如“yichuan-jiaoyu https://www.example.gov.cn/2025nb.html”；最多 ${MAX_URL_LINES} 行。服务器逐个获取（每个文件最大 ${props.maxMegabytes} MB，每个网址限时 ${props.timeoutSeconds} 秒），${props.allowPrivate ? '系统管理员已允许获取内网地址。' : '不获取本机、内网等非公网地址。'}`} />
        <button type="submit" class="button">获取并导入</button>
      </form>
      {props.results ? <UrlResults results={props.results} /> : null}

      <h2>下级机关（{year}年度）</h2>
      <table class="table">
        <caption class="visually-hidden">下级机关及其机构代码</caption>
        <thead><tr><th scope="col">机构代码</th><th scope="col">机关</th><th scope="col">报告状态</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.organisation.id}>
              <td><code>{r.organisation.code}</code></td>
              <td>{r.organisation.name}</td>
              <td>{SUPERVISION_STATE_LABELS[r.state]}{r.report?.source === 'imported' ? '（导入）' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}

function ImportedNotice({ record, organisation, matrix }: { record: AnnualReportRecord; organisation: Organisation; matrix: string }) {
  const errors = record.findings.filter((f) => f.severity === 'error').length;
  const warnings = record.findings.filter((f) => f.severity === 'warning').length;
  return (
    <div class="notice" role="status">
      已导入{organisation.name}{record.year}年度报告（第{record.revision}版，来源：{record.sourceName}）：审核发现错误 {errors} 条，提示 {warnings} 条。
      <a href={`/admin/annual-reports/${record.id}`}>查看报告</a> · <a href={matrix}>查看监督情况</a>
    </div>
  );
}

function UrlResults({ results }: { results: readonly UrlImportResult[] }) {
  const count = (o: UrlImportResult['outcome']) => results.filter((r) => r.outcome === o).length;
  return (
    <section aria-labelledby="url-results">
      <h3 id="url-results">获取结果：已导入 {count('imported')} 个，已拒绝 {count('refused')} 个，失败 {count('failed')} 个</h3>
      <table class="table">
        <caption class="visually-hidden">按网址导入的结果</caption>
        <thead><tr><th scope="col">行</th><th scope="col">机构</th><th scope="col">网址</th><th scope="col">结果</th><th scope="col">说明</th></tr></thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.line} data-line={r.line} data-outcome={r.outcome}>
              <td>{r.line}</td>
              <td>{r.organisationName ?? ''}{r.orgCode ? <> <code>{r.orgCode}</code></> : null}</td>
              <td class="url-cell">{r.url}</td>
              <td><strong>{URL_IMPORT_OUTCOME_LABELS[r.outcome]}</strong></td>
              <td>
                {r.message}
                {r.reportId ? <> <a href={`/admin/annual-reports/${r.reportId}`}>查看报告</a></> : null}
                {r.findings && r.findings.length > 0 ? <details><summary>审核发现</summary><FindingsList findings={r.findings} /></details> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
