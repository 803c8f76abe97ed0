import type { AnnualReport, Finding, ReportNarrative } from '../../../domains/reports/index.ts';
import { buildReportDocument, renderHtmlArticle } from '../../../domains/reports/index.ts';

/** The stylesheet of the national layout (screen and print); pages that show a report link it. */
export function ReportStyles() {
  return <link rel="stylesheet" href="/assets/annual-report.css" />;
}

export interface ReportArticleProps {
  report: AnnualReport;
  narrative?: ReportNarrative;
  /** Findings whose anchor cells are highlighted (errors and warnings). */
  findings?: readonly Finding[];
  /** A link per value cell, to the records behind it. */
  cellHref?: (path: string) => string | undefined;
  /** 2 inside a page that has its own h1 (the console, the auditor); the portal's report page is the report. */
  titleLevel?: 1 | 2;
}

/**
 * The report as the national format lays it out (merged cells, th scope), from the report core's
 * own HTML renderer, so the page, the published file and the auditor agree. The renderer escapes
 * every text it writes.
 */
export function ReportArticle({ report, narrative, findings = [], cellHref, titleLevel }: ReportArticleProps) {
  const flagged = new Set(findings.filter((f) => f.severity !== 'info' && f.at).map((f) => f.at!));
  const html = renderHtmlArticle(buildReportDocument(report, narrative), { flaggedCells: flagged, cellHref, titleLevel });
  return <div class="report-frame" dangerouslySetInnerHTML={{ __html: html }} />;
}

const SEVERITY_LABELS = { error: '错误', warning: '提示', info: '说明' } as const;

/** Findings, errors first, each with its rule, anchor and message. */
export function FindingsList({ findings, empty = '未发现问题。' }: { findings: readonly Finding[]; empty?: string }) {
  if (findings.length === 0) return <p class="findings-empty">{empty}</p>;
  return (
    <ul class="findings">
      {findings.map((f, i) => (
        <li key={`${f.rule}-${f.at}-${i}`} class={`finding finding--${f.severity}`}>
          <strong>{SEVERITY_LABELS[f.severity]}</strong> <code>{f.rule}</code>
          {f.at ? <span class="finding__at">（{f.at}）</span> : null}：{f.message}
        </li>
      ))}
    </ul>
  );
}
