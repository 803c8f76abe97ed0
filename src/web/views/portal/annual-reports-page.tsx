import type { Organisation } from '../../../domains/accounts/index.ts';
import type { AnnualReportRecord } from '../../../domains/annual-reports/index.ts';
import { reportNarrative } from '../../../domains/annual-reports/index.ts';
import { ReportArticle, ReportStyles } from '../annual-reports/report-article.tsx';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';
import { organisationCrumbs } from './organisation-page.tsx';

export interface AnnualReportsPageProps {
  ctx: PageContext;
  organisation: Organisation;
  ancestors: readonly Organisation[];
  /** The standing published revision of each year, newest year first. */
  reports: readonly AnnualReportRecord[];
}

/** `/o/:code/annual-reports`: the 政府信息公开年报 column, one entry per year. */
export function AnnualReportsPage({ ctx, organisation, ancestors, reports }: AnnualReportsPageProps) {
  return (
    <PortalLayout ctx={ctx} title={`政府信息公开年报 - ${organisation.name}`} breadcrumbs={[...organisationCrumbs(ancestors), { href: `/o/${organisation.code}`, label: organisation.name }]}>
      <h1>政府信息公开年报</h1>
      <p class="lead">{organisation.name}</p>
      <p>依据《中华人民共和国政府信息公开条例》第四十九条、第五十条，本机关每年公布上一年度政府信息公开工作年度报告。</p>
      {reports.length === 0 ? <p class="placeholder">本机关尚未在本平台发布年度报告。</p> : (
        <ul class="report-list">
          {reports.map((r) => (
            <li key={r.id}>
              <a href={`/o/${organisation.code}/annual-reports/${r.year}`}>{organisation.name}{r.year}年政府信息公开工作年度报告</a>
              <span class="meta">（{r.publishedOn}发布{r.revision > 1 ? `，第${r.revision}版` : ''}）</span>
            </li>
          ))}
        </ul>
      )}
    </PortalLayout>
  );
}

export interface AnnualReportPageProps {
  ctx: PageContext;
  organisation: Organisation;
  ancestors: readonly Organisation[];
  record: AnnualReportRecord;
  /** Every public revision of the year (published and superseded), newest first. */
  history: readonly AnnualReportRecord[];
}

/** `/o/:code/annual-reports/:year[/v/:revision]`: one report in the national layout, its history and downloads. */
export function AnnualReportPage({ ctx, organisation, ancestors, record, history }: AnnualReportPageProps) {
  const base = `/o/${organisation.code}/annual-reports/${record.year}`;
  const current = history.find((r) => r.status === 'published');
  const download = (format: string) => `${base}/download/${format}${record.status === 'superseded' ? `?revision=${record.revision}` : ''}`;
  return (
    <PortalLayout ctx={ctx} title={`${organisation.name}${record.year}年政府信息公开工作年度报告`}
      breadcrumbs={[...organisationCrumbs(ancestors), { href: `/o/${organisation.code}`, label: organisation.name }, { href: `/o/${organisation.code}/annual-reports`, label: '政府信息公开年报' }]}>
      <ReportStyles />
      {record.status === 'superseded' ? (
        <div class="notice notice--warning" role="note">
          这是已被更正的旧版本（第{record.revision}版）。{current ? <a href={base}>查看现行版本（第{current.revision}版）</a> : null}
        </div>
      ) : null}
      <p class="meta no-print">
        发布日期：{record.publishedOn}{record.revision > 1 ? ` · 第${record.revision}版` : ''}{record.correctionReason ? ` · 更正理由：${record.correctionReason}` : ''}
      </p>
      <p class="no-print">
        下载：<a href={download('docx')}>Word（DOCX）</a> · <a href={download('xlsx')}>Excel（XLSX）</a> · <a href={download('json')}>数据（JSON）</a>
      </p>
      <ReportArticle report={record.report} narrative={reportNarrative(record.sections)} />
      {history.length > 1 ? (
        <section class="no-print" aria-labelledby="history">
          <h2 id="history">版本记录</h2>
          <ul>
            {history.map((r) => (
              <li key={r.id}>
                {r.id === record.id ? <strong>第{r.revision}版</strong> : <a href={r.status === 'published' ? base : `${base}/v/${r.revision}`}>第{r.revision}版</a>}
                ：{r.publishedOn}发布{r.status === 'superseded' ? '，已被更正' : '，现行版本'}{r.correctionReason ? `；更正理由：${r.correctionReason}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PortalLayout>
  );
}
