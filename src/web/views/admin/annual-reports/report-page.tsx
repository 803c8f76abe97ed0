import type { Organisation } from '../../../../domains/accounts/index.ts';
import type { AnnualReportRecord } from '../../../../domains/annual-reports/index.ts';
import { findingKey, REPORT_STATUS_LABELS, reportNarrative } from '../../../../domains/annual-reports/index.ts';
import type { Finding } from '../../../../domains/reports/index.ts';
import type { FieldProblem } from '../../../../domains/shared/errors.ts';
import { ErrorSummary, fieldId, messageFor } from '../../components/error-summary.tsx';
import { CsrfField, Notice } from '../../components/fields.tsx';
import { FindingsList, ReportArticle, ReportStyles } from '../../annual-reports/report-article.tsx';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';

export interface ReportPageProps {
  ctx: ConsoleContext;
  record: AnnualReportRecord;
  organisation: Organisation;
  revisions: readonly AnnualReportRecord[];
  canEdit: boolean;
  canPublish: boolean;
  /** Cells whose records the console can list. */
  cellHref: (path: string) => string | undefined;
  values: Record<string, string>;
  problems: readonly FieldProblem[];
  /** Findings that blocked a publication attempt. */
  blocking?: readonly Finding[];
  notice?: string;
  today: string;
}

const SECTION_FIELDS = [
  { key: 'overview', label: '一、总体情况' },
  { key: 'problems', label: '五、存在的主要问题及改进情况' },
  { key: 'other', label: '六、其他需要报告的事项' },
] as const;

function Action({ action, label, csrf, version, secondary }: { action: string; label: string; csrf: string; version: number; secondary?: boolean }) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={csrf} />
      <input type="hidden" name="version" value={String(version)} />
      <button type="submit" class={secondary ? 'button button--secondary' : 'button'}>{label}</button>
    </form>
  );
}

/** `/admin/annual-reports/:id`: one revision with its tables, checks, text, lock, publication and history. */
export function ReportPage({ ctx, record, organisation, revisions, canEdit, canPublish, cellHref, values, problems, blocking, notice, today }: ReportPageProps) {
  const editable = canEdit && (record.status === 'draft' || record.status === 'checked');
  const base = `/admin/annual-reports/${record.id}`;
  const acknowledged = new Map(record.acknowledgements.map((a) => [findingKey(a), a]));
  const warnings = record.findings.filter((f) => f.severity === 'warning');
  const errors = record.findings.filter((f) => f.severity === 'error');
  const late = record.status !== 'published' && today > record.dueOn;
  const latest = revisions[0];
  return (
    <ConsoleLayout ctx={ctx} title={`${organisation.name}${record.year}年度报告`} hasErrors={problems.length > 0}>
      <ReportStyles />
      <Notice message={notice} />
      <ErrorSummary problems={problems} />
      {blocking && blocking.length > 0 ? (
        <div class="error-summary" role="alert">
          <h2 class="error-summary__title">以下问题阻止发布</h2>
          <FindingsList findings={blocking} />
        </div>
      ) : null}
      <p class="back-link"><a href="/admin/annual-reports">← 返回年度报告</a></p>
      <h1>{organisation.name}{record.year}年政府信息公开工作年度报告</h1>
      <dl class="summary">
        <dt>版本</dt><dd>第{record.revision}版{record.correctionReason ? `（更正理由：${record.correctionReason}）` : ''}</dd>
        <dt>状态</dt><dd><span class={`report-state state-${record.status}`}>{REPORT_STATUS_LABELS[record.status]}</span>{late ? <strong class="state-late">（已超过发布期限）</strong> : null}</dd>
        <dt>发布期限</dt><dd>{record.dueOn}（《条例》第四十九条）</dd>
        <dt>表格格式</dt><dd>{record.format}年版</dd>
        {record.source === 'imported' ? (<><dt>来源</dt><dd>由上级机关导入：{record.sourceName}</dd></>) : null}
        <dt>数据生成时间</dt><dd>{record.generatedAt.slice(0, 16).replace('T', ' ')}（UTC）</dd>
        <dt>数据锁定日期</dt><dd>{record.lockedOn ?? '未锁定'}</dd>
        {record.publishedOn ? (<><dt>发布日期</dt><dd>{record.publishedOn}</dd></>) : null}
      </dl>
      <p>
        下载：<a href={`${base}/download/docx`}>Word（DOCX）</a> · <a href={`${base}/download/xlsx`}>Excel（XLSX）</a> · <a href={`${base}/download/html`}>网页（HTML）</a> · <a href={`${base}/download/json`}>JSON</a>
      </p>

      {editable ? (
        <div class="actions">
          {!(record.lockedOn && record.lockedOn <= today) ? <Action action={`${base}/regenerate`} label="按最新记录重新生成数据" csrf={ctx.csrfToken} version={record.version} secondary /> : null}
          <Action action={`${base}/check`} label="校验" csrf={ctx.csrfToken} version={record.version} />
          {canPublish ? <Action action={`${base}/publish`} label="发布" csrf={ctx.csrfToken} version={record.version} /> : null}
        </div>
      ) : null}

      <h2 id="findings">校验结果</h2>
      {record.checkedAt === null && editable ? <p>尚未校验（或校验后已修改）：发布前请先校验。</p> : null}
      {record.checkedAt !== null || !editable ? (
        <>
          <FindingsList findings={errors} empty="没有错误。" />
          {warnings.length > 0 ? (
            <>
              <h3>提示（发布前须逐条确认并说明）</h3>
              <ul class="findings">
                {warnings.map((f) => {
                  const ack = acknowledged.get(findingKey(f));
                  return (
                    <li key={findingKey(f)} class="finding finding--warning">
                      <code>{f.rule}</code>{f.at ? `（${f.at}）` : ''}：{f.message}
                      {ack ? <p>已确认：{ack.note}</p> : editable ? (
                        <form method="post" action={`${base}/acknowledge`}>
                          <CsrfField token={ctx.csrfToken} />
                          <input type="hidden" name="version" value={String(record.version)} />
                          <input type="hidden" name="rule" value={f.rule} />
                          <input type="hidden" name="at" value={f.at ?? ''} />
                          <label class="label" for={`ack-${findingKey(f)}`}>确认说明</label>
                          <input class="input" type="text" id={`ack-${findingKey(f)}`} name="note" maxLength={500} />
                          <button type="submit" class="button button--secondary">确认该提示</button>
                        </form>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </>
      ) : null}

      <h2>报告全文</h2>
      <p class="hint">表中数字可点击，查看其背后的记录；标红的单元格有错误或提示。</p>
      <ReportArticle report={record.report} narrative={reportNarrative(record.sections)} findings={record.findings} cellHref={cellHref} titleLevel={2} />

      {editable ? (
        <>
          <h2 id="sections">编辑正文</h2>
          <form method="post" action={`${base}/sections`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(record.version)} />
            {SECTION_FIELDS.map(({ key, label }) => {
              const error = messageFor(problems, key);
              return (
                <div key={key} class={error ? 'form-group form-group--error' : 'form-group'}>
                  <label class="label" for={fieldId(key)}>{label}</label>
                  <p class="hint">每行一段。</p>
                  {error ? <p class="error-message">{error}</p> : null}
                  <textarea class="textarea" id={fieldId(key)} name={key} rows={8}>{values[key] ?? record.sections[key].join('\n')}</textarea>
                </div>
              );
            })}
            <button type="submit" class="button">保存正文</button>
          </form>

          <h2 id="lock">锁定数据</h2>
          <form method="post" action={`${base}/lock`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(record.version)} />
            <label class="label" for={fieldId('lockedOn')}>锁定日期（自该日起数据不再重新生成）</label>
            {messageFor(problems, 'lockedOn') ? <p class="error-message">{messageFor(problems, 'lockedOn')}</p> : null}
            <input class="input" type="date" id={fieldId('lockedOn')} name="lockedOn" value={values.lockedOn ?? record.lockedOn ?? today} />
            <button type="submit" class="button button--secondary">锁定</button>
          </form>
        </>
      ) : null}

      {canEdit && record.status === 'published' && latest?.id === record.id ? (
        <>
          <h2 id="correction">更正</h2>
          <p>已发布的报告不能直接修改。更正将生成新版本，发布后替代本版本，门户保留历史版本。</p>
          <form method="post" action={`${base}/correct`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <label class="label" for={fieldId('reason')}>更正理由</label>
            {messageFor(problems, 'reason') ? <p class="error-message">{messageFor(problems, 'reason')}</p> : null}
            <textarea class="textarea" id={fieldId('reason')} name="reason" rows={3}>{values.reason ?? ''}</textarea>
            <button type="submit" class="button">新建更正版本</button>
          </form>
        </>
      ) : null}

      <h2>版本记录</h2>
      <ul>
        {revisions.map((r) => (
          <li key={r.id}>
            {r.id === record.id ? <strong>第{r.revision}版</strong> : <a href={`/admin/annual-reports/${r.id}`}>第{r.revision}版</a>}：{REPORT_STATUS_LABELS[r.status]}
            {r.publishedOn ? `，${r.publishedOn}发布` : ''}{r.correctionReason ? `，更正理由：${r.correctionReason}` : ''}
          </li>
        ))}
      </ul>
    </ConsoleLayout>
  );
}
