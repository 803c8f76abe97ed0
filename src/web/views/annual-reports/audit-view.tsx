import type { AuditResult } from '../../../domains/audit/index.ts';
import { SOURCE_KIND_LABELS } from '../../../domains/audit/index.ts';
import { cellLabel } from '../../../domains/annual-reports/index.ts';
import { CsrfField } from '../components/fields.tsx';
import { FindingsList, ReportArticle, ReportStyles } from './report-article.tsx';

export interface AuditViewProps {
  /** `/admin/audit` or `/audit`. */
  action: string;
  csrfToken: string;
  result?: AuditResult;
  fileName?: string;
  problem?: string;
  text?: string;
}

/** No narrative: the page shows the tables read, not text the reader did not take. */
const TABLES_ONLY = { overview: [], active: [], applications: [], appeals: [], problems: [], other: [] };

const VERDICT_TEXT = { 通过: '通过：各表均已读取并核对，无错误', 有错误: '有错误', 未能核对: '未能核对：有表格未能完整读取', 无法识别: '无法读取或识别为年度报告' } as const;

/** The audit form and, after a submission, the report as read: official tables, flagged cells, findings, unread cells. */
export function AuditView({ action, csrfToken, result, fileName, problem, text }: AuditViewProps) {
  return (
    <>
      <ReportStyles />
      <h1>政府信息公开工作年度报告审核</h1>
      <p>粘贴或上传任意机关的年度报告（文本、网页、Word 文档 DOCX 或 PDF），按国家规定的表格格式读取，并逐项核对表内和表间的勾稽关系。</p>
      {problem ? (
        <div class="error-summary" role="alert" tabIndex={-1} autofocus>
          <h2 class="error-summary__title">存在问题</h2>
          <p><a href="#field-file">{problem}</a></p>
        </div>
      ) : null}
      <form method="post" action={action} enctype="multipart/form-data" novalidate class="no-print">
        <CsrfField token={csrfToken} />
        <div class="form-group">
          <label class="label" for="field-file">上传报告文件</label>
          <p class="hint">支持 TXT、HTML、DOCX、PDF，最大 20 MB。</p>
          <input class="file-input" type="file" id="field-file" name="file" accept=".txt,.htm,.html,.docx,.pdf,text/plain,text/html,application/pdf" />
        </div>
        <div class="form-group">
          <label class="label" for="field-text">或粘贴报告文字</label>
          <textarea class="textarea" id="field-text" name="text" rows={8}>{text ?? ''}</textarea>
        </div>
        <button type="submit" class="button">审核</button>
      </form>
      <form method="post" action={`${action}/batch`} enctype="multipart/form-data" novalidate class="no-print">
        <CsrfField token={csrfToken} />
        <h2>批量审核</h2>
        <div class="form-group">
          <label class="label" for="field-zip">上传 ZIP 文件（内含多份报告）</label>
          <p class="hint">逐份审核，结果以 Excel（XLSX）表格下载。</p>
          <input class="file-input" type="file" id="field-zip" name="file" accept=".zip,application/zip" />
        </div>
        <button type="submit" class="button button--secondary">批量审核并下载结果</button>
      </form>
      {result ? <AuditResultView result={result} fileName={fileName} /> : null}
    </>
  );
}

function AuditResultView({ result, fileName }: { result: AuditResult; fileName?: string }) {
  const { report } = result;
  return (
    <section aria-labelledby="audit-result" class="audit-result">
      <h2 id="audit-result">审核结果{fileName && fileName !== 'pasted.txt' && fileName !== 'upload' ? `：${fileName}` : ''}</h2>
      <dl class="summary">
        <dt>结论</dt><dd><strong>{VERDICT_TEXT[result.verdict]}</strong></dd>
        <dt>读取方式</dt><dd>{SOURCE_KIND_LABELS[result.source.kind]}{result.source.encoding ? `（${result.source.encoding}）` : ''}</dd>
        {report ? (<><dt>机关与年度</dt><dd>{report.agency ?? '（机关名称不明）'} · {report.year === null ? '年度不明' : `${report.year}年度`} · {report.format}年版表格</dd></>) : null}
      </dl>
      <h3>发现的问题</h3>
      <FindingsList findings={result.findings} />
      {result.unread.length > 0 ? (
        <>
          <h3>未能读取的单元格</h3>
          <ul>{result.unread.map((path) => <li key={path}>{report ? cellLabel(report.format, path) : path}</li>)}</ul>
        </>
      ) : null}
      {report ? (
        <>
          <h3>按国家格式读取的表格</h3>
          <p class="hint">标红的单元格有错误或提示。</p>
          <ReportArticle titleLevel={2} report={report} findings={result.findings} narrative={TABLES_ONLY} />
        </>
      ) : null}
    </section>
  );
}
