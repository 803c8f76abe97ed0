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
/** Rule id of the error finding that says a table of the report's format could not be checked. */
export const AUDIT_UNCHECKED = 'AUDIT-UNCHECKED';

/**
 * The audit's conclusion on one file (the `verdict` field of `gongkai audit --json`):
 * - `通过`: a report, every table of its format read and checked, no error;
 * - `有错误`: an error finding about the report itself (arithmetic, cells, format);
 * - `未能核对`: no such error, but some table could not be read or checked in full (AUDIT-UNCHECKED
 *   says which and why), so nothing can be said about it;
 * - `无法识别`: the file could not be read or is not recognised as an annual report.
 */
export type Verdict = '通过' | '有错误' | '未能核对' | '无法识别';

export interface AuditResult {
  /** The report read, or null when nothing could be recognised as a report. */
  report: AnnualReport | null;
  /** Every finding, errors first (see {@link sortFindings}). */
  findings: Finding[];
  /** Cells left null because the reader could not read them (not blanks; see ReadResult.unread). */
  unread: string[];
  /** What the input was: its kind and, for text and HTML, its encoding. */
  source: { kind: SourceKind; encoding: string | null };
  /** The conclusion (see {@link Verdict}); {@link verdictOf} recomputes it after findings are added. */
  verdict: Verdict;
}

const TABLES = [
  { anchor: 'active', name: '表二（主动公开政府信息情况）' },
  { anchor: 'applications', name: '表三（收到和处理政府信息公开申请情况）' },
  { anchor: 'appeals', name: '表四（政府信息公开行政复议、行政诉讼情况）' },
] as const;

const READ_RULE_NAMES: Record<string, string> = {
  'READ-TABLE-MISSING': '未找到该表',
  'READ-TABLE-INCOMPLETE': '文件在表中途结束',
  'READ-ROW-MISSING': '有行未找到',
  'READ-ROW-CELLS': '有行的数值个数与列数不符',
  'READ-CELL-UNREADABLE': '有单元格不是数字',
  'READ-SPLIT-AMBIGUOUS': '连写的数字有多种拆分',
  'READ-SPLIT-NONE': '连写的数字没有符合勾稽关系的拆分',
};

/**
 * AUDIT-UNCHECKED, one per table of the format that was not read in full: the table is missing,
 * or cells of it could not be read (so some of its cells, and the sums over them, are unknown).
 * An error, so that exit status 0 ("recognised and no error finding") means every table was checked.
 */
export function uncheckedTables(findings: readonly Finding[], unread: readonly string[]): Finding[] {
  const out: Finding[] = [];
  for (const table of TABLES) {
    const mine = (at: string | null): boolean => at !== null && (at === table.anchor || at.startsWith(`${table.anchor}.`));
    const cells = unread.filter(mine).length;
    const missing = findings.some((f) => f.rule === 'READ-TABLE-MISSING' && mine(f.at));
    if (!missing && cells === 0) continue;
    const reasons = [...new Set(findings.filter((f) => mine(f.at) && READ_RULE_NAMES[f.rule] !== undefined).map((f) => `${READ_RULE_NAMES[f.rule]}（${f.rule}）`))];
    const what = missing ? '未找到该表的数据' : `${cells}个单元格未能读取`;
    out.push({
      rule: AUDIT_UNCHECKED,
      severity: 'error',
      at: table.anchor,
      message: `未能核对${table.name}：${what}${reasons.length > 0 && !missing ? `，原因：${reasons.join('、')}` : ''}；该表不能判定为通过（见读取提示）`,
    });
  }
  return out;
}

/** The verdict for a file from its report and findings (see {@link Verdict}). */
export function verdictOf(report: AnnualReport | null, findings: readonly Finding[]): Verdict {
  if (report === null) return '无法识别';
  let unchecked = false;
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    if (f.rule !== AUDIT_UNCHECKED) return '有错误';
    unchecked = true;
  }
  return unchecked ? '未能核对' : '通过';
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
  if (extracted.text.trim() === '') return { report: null, findings: sortFindings(findings), unread: [], source, verdict: '无法识别' };

  let report: AnnualReport | null = null;
  let narrative = '';
  // Cells the reader could not read: not blanks, so no sum rule may count them as 0.
  let unknownCells: string[] = [];
  let groupRows = new Map<string, (number | null)[]>();
  try {
    const read = readReportText(extracted.text);
    report = read.report;
    narrative = read.narrative;
    unknownCells = read.unread;
    groupRows = read.groupRows;
    findings.push(...read.findings);
  } catch (error) {
    findings.push(internal('读取报告', error));
  }
  if (report) {
    try {
      findings.push(...checkReport(report, { unknownCells, groupRows }));
    } catch (error) {
      findings.push(internal('核对表格', error));
    }
    try {
      findings.push(...checkNarrative(narrative, report, { unknownCells }));
    } catch (error) {
      findings.push(internal('核对正文', error));
    }
  }
  if (report) findings.push(...uncheckedTables(findings, unknownCells));
  return { report, findings: sortFindings(findings), unread: unknownCells, source, verdict: verdictOf(report, findings) };
}
