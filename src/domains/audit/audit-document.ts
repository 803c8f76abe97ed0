/**
 * The audit use case for one document: bytes → text (extract) → report model (read) → rules
 * (tables, narrative). Pure over its input apart from pdf.js's own assets; never throws: a failure
 * inside the reader or a rule becomes an `AUDIT-INTERNAL` finding instead of a crash.
 */
import type { AnnualReport, Finding, Severity } from '../reports/model.ts';
import { checkNarrative, checkReport } from '../reports/rules/index.ts';
import type { SourceKind } from './extract/index.ts';
import { extractDocument } from './extract/index.ts';
import { readReportText } from './read/index.ts';

/** Rule id of the finding that stands in for an unexpected exception (a bug, not the report's fault). */
export const AUDIT_INTERNAL = 'AUDIT-INTERNAL';

export interface AuditResult {
  /** The report read, or null when nothing could be recognised as a report. */
  report: AnnualReport | null;
  /** Every finding, errors first (see {@link sortFindings}). */
  findings: Finding[];
  /** Cells left null because the reader could not read them (not blanks; see ReadResult.unread). */
  unread: string[];
  /** What the input was: its kind and, for text and HTML, its encoding. */
  source: { kind: SourceKind; encoding: string | null };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors, then warnings, then notes; within a severity by rule id, then in the order found. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) =>
      SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity]
      || (a.finding.rule < b.finding.rule ? -1 : a.finding.rule > b.finding.rule ? 1 : 0)
      || a.index - b.index)
    .map((x) => x.finding);
}

function internal(step: string, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return { rule: AUDIT_INTERNAL, severity: 'error', at: null, message: `${step}时发生内部错误：${detail}（这是本工具的缺陷，请报告）` };
}

/** Audit one document: extract, read, check. */
export async function auditDocument(bytes: Uint8Array, fileName?: string): Promise<AuditResult> {
  const extracted = await extractDocument(bytes, fileName);
  const source = { kind: extracted.kind, encoding: extracted.encoding };
  const findings: Finding[] = [...extracted.findings];
  if (extracted.text.trim() === '') return { report: null, findings: sortFindings(findings), unread: [], source };

  let report: AnnualReport | null = null;
  let narrative = '';
  // Cells the reader could not read: not blanks, so no sum rule may count them as 0.
  let unknownCells: string[] = [];
  try {
    const read = readReportText(extracted.text);
    report = read.report;
    narrative = read.narrative;
    unknownCells = read.unread;
    findings.push(...read.findings);
  } catch (error) {
    findings.push(internal('读取报告', error));
  }
  if (report) {
    try {
      findings.push(...checkReport(report, { unknownCells }));
    } catch (error) {
      findings.push(internal('核对表格', error));
    }
    try {
      findings.push(...checkNarrative(narrative, report, { unknownCells }));
    } catch (error) {
      findings.push(internal('核对正文', error));
    }
  }
  return { report, findings: sortFindings(findings), unread: unknownCells, source };
}
