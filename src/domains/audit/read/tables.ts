/**
 * Reading tables 二, 三 and 四 out of a token stream, by their row labels in printed order.
 */
import type { Cell, Finding, ReportFormat } from '../../reports/model.ts';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS } from '../../reports/model.ts';
import {
  ACTIVE_BLOCKS, APPEAL_COLUMN_LABELS, APPEAL_GROUP_LABELS, APPLICANT_COLUMN_LABELS, APPLICATION_ROWS,
} from '../../reports/layout.ts';
import { readCell } from './cells.ts';
import { parseValue } from './normalize.ts';
import { finding } from './findings.ts';
import { ACTIVE_MATCHERS, APPLICATION_MATCHERS } from './labels.ts';
import type { Collected, RawCell } from './rows.ts';
import { collectValues, findLabel, fitCells } from './rows.ts';
import { chooseCandidates, splitsOfAppeals, splitsWithTotal } from './split-runs.ts';
import type { Row, Token } from './tokens.ts';

export interface TableRead {
  /** Cells per row key (table 二: per row key, in field order). */
  rows: Map<string, Cell[]>;
  /** At least one row was found. */
  found: boolean;
  /** Index of the last source row used (for narrative and for where table 四 may start). */
  lastRow: number;
}

const APPLICATION_LABELS: Record<string, string> = Object.fromEntries(
  [...APPLICATION_ROWS['2019'], ...APPLICATION_ROWS['2021']].map((r) => [r.key, r.group ? `${r.group}${r.label}` : r.label]),
);

const ACTIVE_LABELS: Record<string, { label: string; columns: Record<string, string> }> = {};
for (const format of ['2019', '2021'] as const) {
  for (const block of ACTIVE_BLOCKS[format]) {
    for (const row of block.rows) {
      ACTIVE_LABELS[`${format}:${row.key}`] = { label: row.label, columns: Object.fromEntries(row.columns.map((c) => [c.field, c.label])) };
    }
  }
}

function countFinding(findings: Finding[], at: string, name: string, found: number, width: number): void {
  const how = found > width ? `已按顺序读取前${width}个` : `缺少的单元格按空白处理`;
  findings.push(finding('rowCells', at, `${name}有${found}个数值，表格应为${width}列；${how}`));
}

const YUAN_HEADER = /金额\((?:单位:)?元\)/;

// ---------------------------------------------------------------- table 二

export function readActive(tokens: readonly Token[], rows: readonly Row[], format: ReportFormat, findings: Finding[]): TableRead {
  const out = new Map<string, Cell[]>();
  let cursor = 0;
  let found = false;
  let lastRow = -1;
  let yuanHeader = false;
  for (const t of tokens) if (t.kind === 'text' && YUAN_HEADER.test(t.key)) yuanHeader = true;
  const missing: string[] = [];
  for (const matcher of ACTIVE_MATCHERS[format]) {
    const names = ACTIVE_LABELS[`${format}:${matcher.key}`]!;
    const width = matcher.fields.length;
    const hit = findLabel(tokens, cursor, matcher.pattern);
    if (!hit) {
      missing.push(matcher.key);
      out.set(matcher.key, matcher.fields.map(() => null));
      continue;
    }
    found = true;
    const collected = collectValues(tokens, rows, hit.end);
    cursor = Math.max(collected.next, hit.tail + 1);
    lastRow = Math.max(lastRow, collected.lastRow);
    const at = `active.${matcher.key}`;
    const fit = fitCells(collected.cells, width, collected.padded);
    let cells: (RawCell | undefined)[];
    if (fit.kind === 'run') {
      if (fit.digits.length === width) cells = [...fit.digits].map((d) => ({ kind: 'value', raw: d }));
      else {
        findings.push(finding('splitAmbiguous', at, `表二“${names.label}”一行的数字连写为“${fit.digits}”，表二此行没有可用于拆分的勾稽关系，无法确定各单元格，按空白处理`));
        cells = [];
      }
    } else if (fit.kind === 'unsplittable') {
      findings.push(finding('splitAmbiguous', at, `表二“${names.label}”一行的数值与标签连写为“${fit.text}”，无法确定分属哪些单元格，按空白处理`));
      cells = [];
    } else {
      cells = fit.cells;
      if (fit.found !== width) countFinding(findings, at, `表二“${names.label}”一行`, fit.found, width);
    }
    out.set(matcher.key, matcher.fields.map((field, i) => readCell(cells[i], {
      at: `${at}.${field}`, name: `表二“${names.label}·${names.columns[field]}”`, money: field === 'amount', yuanHeader,
    }, findings)));
  }
  if (!found) findings.push(finding('tableMissing', 'active', '未找到表二（主动公开政府信息情况）的数据行', 'warning'));
  else for (const key of missing) {
    findings.push(finding('rowMissing', `active.${key}`, `表二未找到“${ACTIVE_LABELS[`${format}:${key}`]!.label}”一行，该行按空白处理`));
  }
  return { rows: out, found, lastRow };
}

// ---------------------------------------------------------------- table 三

interface PendingRun {
  key: string;
  digits: string;
  candidates: number[][];
}

const WIDTH3 = APPLICANT_COLUMNS.length;

export function readApplications(tokens: readonly Token[], rows: readonly Row[], format: ReportFormat, findings: Finding[]): TableRead {
  const out = new Map<string, Cell[]>();
  let cursor = 0;
  let found = false;
  let lastRow = -1;
  const missing: string[] = [];
  const pending: PendingRun[] = [];
  let subtotalRows = 0;
  for (const matcher of APPLICATION_MATCHERS[format]) {
    const hit = findLabel(tokens, cursor, matcher.pattern);
    if (!hit) {
      missing.push(matcher.key);
      continue;
    }
    found = true;
    const collected: Collected = collectValues(tokens, rows, hit.end);
    cursor = Math.max(collected.next, hit.tail + 1);
    lastRow = Math.max(lastRow, collected.lastRow);
    const at = `applications.${matcher.key}`;
    const name = `表三“${APPLICATION_LABELS[matcher.key]}”一行`;
    const fit = fitCells(collected.cells, WIDTH3, collected.padded);
    if (fit.kind === 'run') {
      if (fit.digits.length === WIDTH3) {
        out.set(matcher.key, [...fit.digits].map(Number));
        continue;
      }
      const candidates = splitsWithTotal(fit.digits, WIDTH3 - 1);
      if (candidates === null) {
        findings.push(finding('splitAmbiguous', at, `${name}的数字连写为“${fit.digits}”，可能的拆分过多，按空白处理`));
      } else if (candidates.length === 0) {
        findings.push(finding('splitNone', at, `${name}的数字连写为“${fit.digits}”，没有一种拆分满足“总计等于六列之和”，按空白处理`));
      } else if (candidates.length === 1) {
        out.set(matcher.key, candidates[0]!);
        pending.push({ key: matcher.key, digits: fit.digits, candidates });
        continue;
      } else {
        pending.push({ key: matcher.key, digits: fit.digits, candidates });
        continue;
      }
      out.set(matcher.key, APPLICANT_COLUMNS.map(() => null));
      continue;
    }
    if (fit.kind === 'unsplittable') {
      findings.push(finding('splitAmbiguous', at, `${name}的数值与标签连写为“${fit.text}”，无法确定分属哪些单元格，按空白处理`));
      out.set(matcher.key, APPLICANT_COLUMNS.map(() => null));
      continue;
    }
    let cells = fit.cells;
    const withoutSubtotal = fit.found === WIDTH3 + 1 ? dropSubtotalColumn(cells) : null;
    if (withoutSubtotal) {
      cells = withoutSubtotal;
      subtotalRows++;
    } else if (fit.found !== WIDTH3) countFinding(findings, at, name, fit.found, WIDTH3);
    out.set(matcher.key, APPLICANT_COLUMNS.map((column, i) => readCell(cells[i], {
      at: `${at}.${column}`, name: `表三“${APPLICATION_LABELS[matcher.key]}·${APPLICANT_COLUMN_LABELS[column]}”`, money: false, yuanHeader: false,
    }, findings)));
  }
  if (subtotalRows > 0) {
    findings.push(finding('subtotalColumn', 'applications', `表三有${subtotalRows}行多出一列“法人或其他组织”小计（国家格式没有此列），已按其等于五类之和识别并剔除`));
  }
  if (!found) {
    findings.push(finding('tableMissing', 'applications', '未找到表三（收到和处理政府信息公开申请情况）的数据行', 'error'));
  } else {
    for (const key of missing) findings.push(finding('rowMissing', `applications.${key}`, `表三未找到“${APPLICATION_LABELS[key]}”一行，该行按空白处理`));
  }
  resolveApplicationRuns(out, pending, format, findings);
  return { rows: out, found, lastRow };
}

/**
 * Some software prints a 法人或其他组织 subtotal the national table does not have, either right
 * after 自然人 or after the five kinds. Eight numbers are read as seven only when exactly one of
 * those layouts adds up (subtotal = the five, 总计 = 自然人 + the five), or both give the same cells.
 */
function dropSubtotalColumn(cells: readonly RawCell[]): RawCell[] | null {
  if (cells.some((c) => c.kind !== 'value')) return null;
  const v = cells.map((c) => parseValue(c.raw));
  if (v.some((p) => !p || p.kind !== 'number' || p.unit !== null)) return null;
  const n = v.map((p) => (p as { value: number }).value);
  const sum = (from: number, to: number): number => n.slice(from, to).reduce((a, b) => a + b, 0);
  const afterNatural = n[1] === sum(2, 7) && n[7] === n[0]! + n[1];
  const afterFive = n[6] === sum(1, 6) && n[7] === n[0]! + n[6];
  const a = afterNatural ? [cells[0]!, ...cells.slice(2)] : null;
  const b = afterFive ? [...cells.slice(0, 6), cells[7]!] : null;
  if (a && b) return a.every((c, i) => c.raw === b[i]!.raw) ? a : null;
  return a ?? b;
}

/** Pick the split of each ambiguous run that makes the columns add up (（七）总计, 勾稽关系). */
function resolveApplicationRuns(out: Map<string, Cell[]>, pending: PendingRun[], format: ReportFormat, findings: Finding[]): void {
  if (pending.length === 0) return;
  const open = pending.filter((p) => p.candidates.length > 1);
  const keys = APPLICATION_ROWS[format];
  const outcomeKeys = keys.filter((r) => r.role === 'outcome').map((r) => r.key);
  if (open.length > 0) {
    const index = new Map(open.map((p, i) => [p.key, i]));
    const rowOf = (key: string, choice: readonly number[]): Cell[] | undefined => {
      const i = index.get(key);
      if (i === undefined) return out.get(key);
      return choice[i]! < 0 ? undefined : open[i]!.candidates[choice[i]!];
    };
    const check = (choice: readonly number[]): boolean => {
      const total = rowOf('total', choice);
      const outcomes = outcomeKeys.map((k) => rowOf(k, choice));
      const ins = [rowOf('newReceived', choice), rowOf('carriedOver', choice), rowOf('carriedForward', choice)];
      for (let c = 0; c < WIDTH3; c++) {
        if (total && outcomes.every((o) => o)) {
          let sum = 0;
          for (const o of outcomes) sum += o![c] ?? 0;
          if (sum !== (total[c] ?? 0)) return false;
        }
        if (total && ins.every((o) => o)) {
          if ((ins[0]![c] ?? 0) + (ins[1]![c] ?? 0) !== (total[c] ?? 0) + (ins[2]![c] ?? 0)) return false;
        }
      }
      // With a row missing no column can be checked: every choice stays possible (ambiguous).
      return true;
    };
    const { chosen, solutions, exhausted } = chooseCandidates(open.map((p) => p.candidates.length), check);
    open.forEach((p, i) => {
      const c = chosen[i]!;
      const at = `applications.${p.key}`;
      if (c >= 0) {
        out.set(p.key, p.candidates[c]!);
        return;
      }
      out.set(p.key, APPLICANT_COLUMNS.map(() => null));
      const list = p.candidates.slice(0, 3).map((s) => s.join('、')).join('；');
      findings.push(solutions === 0 && !exhausted
        ? finding('splitNone', at, `表三“${APPLICATION_LABELS[p.key]}”一行的数字连写为“${p.digits}”，有${p.candidates.length}种行内拆分（如${list}），但没有一种满足列间勾稽关系，按空白处理`)
        : finding('splitAmbiguous', at, `表三“${APPLICATION_LABELS[p.key]}”一行的数字连写为“${p.digits}”，有多种拆分都满足表内勾稽关系（如${list}），无法确定，按空白处理`));
    });
  }
  const inferred = pending.filter((p) => out.get(p.key)?.[0] !== null && out.get(p.key) !== undefined).length;
  if (inferred > 0) {
    findings.push(finding('splitInferred', 'applications', `表三有${inferred}行数字连写，已依据表内勾稽关系（总计等于各列之和、第一项加第二项等于第三项加第四项）唯一确定拆分`));
  }
}

// ---------------------------------------------------------------- table 四

const WIDTH4 = APPEAL_GROUPS.length * APPEAL_COLUMNS.length;

export function appealPaths(): { at: string; name: string }[] {
  return APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => ({
    at: `appeals.${g}.${c}`, name: `表四“${APPEAL_GROUP_LABELS[g]}·${APPEAL_COLUMN_LABELS[c]}”`,
  })));
}
const APPEAL_PATHS = appealPaths();

/** Table 四 has one data row and no row label: the first row of numbers after its headers. */
export function readAppeals(tokens: readonly Token[], rows: readonly Row[], findings: Finding[]): { cells: Cell[]; found: boolean; lastRow: number } {
  const blank = (): Cell[] => APPEAL_PATHS.map(() => null);
  let start = -1;
  let runDigits: string | null = null;
  for (let r = 0; r < rows.length && start < 0; r++) {
    const row = rows[r]!;
    let values = 0;
    let texts = 0;
    for (const t of row.tokens) {
      if (t.kind === 'value') values++;
      else if (t.kind === 'text') texts++;
    }
    if (values >= 3 && texts <= 1) start = r;
    else if (values === 1 && texts === 0) {
      const v = row.tokens.find((t) => t.kind === 'value')!;
      // A lone line of digits (HTML scrape) is the 15 cells run together.
      if (/^\d{2,}$/.test(v.raw)) {
        start = r;
        runDigits = v.raw;
      }
    }
  }
  if (start < 0) {
    findings.push(finding('tableMissing', 'appeals', '未找到表四（行政复议、行政诉讼情况）的数据行', 'warning'));
    return { cells: blank(), found: false, lastRow: -1 };
  }
  if (runDigits !== null) return { cells: splitAppealRun(runDigits, findings), found: true, lastRow: start };
  const cells: RawCell[] = [];
  let lastRow = start;
  const first = rows[start]!;
  let lastText = -1;
  first.tokens.forEach((t, i) => { if (t.kind === 'text') lastText = i; });
  for (const t of first.tokens.slice(lastText + 1)) cells.push({ kind: t.kind === 'value' ? 'value' : 'empty', raw: t.raw });
  // A row wrapped over several lines (PDF) or split into several table rows continues below.
  for (let r = start + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.tokens.some((t) => t.kind === 'text')) break;
    if (cells.filter((c) => c.kind === 'value').length >= WIDTH4) break;
    for (const t of row.tokens) cells.push({ kind: t.kind === 'value' ? 'value' : 'empty', raw: t.raw });
    lastRow = r;
  }
  const fit = fitCells(cells, WIDTH4, rows[start]!.padded);
  if (fit.kind === 'run') return { cells: splitAppealRun(fit.digits, findings), found: true, lastRow };
  if (fit.kind === 'unsplittable') {
    findings.push(finding('splitAmbiguous', 'appeals', `表四数据行只有连写的“${fit.text}”，无法确定分属哪些单元格，按空白处理`));
    return { cells: blank(), found: true, lastRow };
  }
  if (fit.found !== WIDTH4) countFinding(findings, 'appeals', '表四数据行', fit.found, WIDTH4);
  return {
    cells: APPEAL_PATHS.map((p, i) => readCell(fit.cells[i], { ...p, money: false, yuanHeader: false }, findings)),
    found: true,
    lastRow,
  };
}

function splitAppealRun(digits: string, findings: Finding[]): Cell[] {
  if (digits.length === WIDTH4) return [...digits].map(Number);
  if (digits.length < WIDTH4) {
    findings.push(finding('splitNone', 'appeals', `表四数字连写为“${digits}”，只有${digits.length}位数字，不够15个单元格（空白单元格已丢失），按空白处理`));
    return APPEAL_PATHS.map(() => null);
  }
  const candidates = splitsOfAppeals(digits);
  if (candidates && candidates.length === 1) {
    findings.push(finding('splitInferred', 'appeals', `表四数字连写为“${digits}”，已依据各组总计等于四项之和唯一确定拆分`));
    return candidates[0]!;
  }
  findings.push(candidates && candidates.length === 0
    ? finding('splitNone', 'appeals', `表四数字连写为“${digits}”，没有一种拆分满足各组总计等于四项之和，按空白处理`)
    : finding('splitAmbiguous', 'appeals', `表四数字连写为“${digits}”，有多种拆分都满足各组总计等于四项之和，无法确定，按空白处理`));
  return APPEAL_PATHS.map(() => null);
}
