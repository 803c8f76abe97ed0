/**
 * Reading tables 二, 三 and 四 out of a token stream, by their row labels in printed order.
 */
import type { Cell, Finding, ReportFormat } from '../../reports/model.ts';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS } from '../../reports/model.ts';
import {
  ACTIVE_BLOCKS, APPEAL_COLUMN_LABELS, APPEAL_GROUP_LABELS, APPLICANT_COLUMN_LABELS, APPLICATION_ROWS,
} from '../../reports/layout.ts';
import { readCell } from './cells.ts';
import type { CellContext } from './cells.ts';
import { parseValue } from './normalize.ts';
import { finding } from './findings.ts';
import { ACTIVE_MATCHERS, APPLICATION_MATCHERS, isKnownLabel, withoutMergedFragment } from './labels.ts';
import { labelKey } from './normalize.ts';
import type { Collected, LabelHit, RawCell } from './rows.ts';
import { collectValues, findLabel, fitCells } from './rows.ts';
import type { SolverInput } from './solve-table.ts';
import { solveApplicationRuns } from './solve-table.ts';
import { agreedCells, splitsByPattern, splitsOfAppeals } from './split-runs.ts';
import type { Row, Token } from './tokens.ts';

export interface TableRead {
  /** Cells per row key (table 二: per row key, in field order). */
  rows: Map<string, Cell[]>;
  /** At least one row was found. */
  found: boolean;
  /** Index of the last source row used (for narrative and for where table 四 may start). */
  lastRow: number;
  /** Group rows printed in place of their sub-rows (see ReadResult.groupRows). */
  groups?: Map<string, Cell[]>;
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

/**
 * A row whose number of cells does not fit the table. Where the row has more cells than columns,
 * the cells are read only if every alignment (extras dropped at the end or at the start) gives the
 * same values (the seed's table 四: sixteen zeros); with fewer cells no one can tell which columns
 * are blank, so the row stays unread rather than read shifted.
 */
function misfit(findings: Finding[], at: string, name: string, cells: readonly RawCell[], width: number): (RawCell | undefined)[] {
  const found = cells.length;
  if (found > width) {
    const head = cells.slice(0, width);
    const tail = cells.slice(found - width);
    if (head.every((c, i) => c.kind === tail[i]!.kind && c.raw === tail[i]!.raw)) {
      findings.push(finding('rowCells', at, `${name}有${found}个数值，表格应为${width}列；多出的数值无论在前在后，各单元格读数相同，已按此读取`));
      return head;
    }
    findings.push(finding('rowCells', at, `${name}有${found}个数值，表格应为${width}列，无法确定多出的是哪几个，单元格留空（未能读取，不按0参与核对）`));
    return [];
  }
  findings.push(finding('rowCells', at, `${name}只有${found}个数值，表格应为${width}列，无法确定哪些列为空白，单元格留空（未能读取，不按0参与核对）`));
  return [];
}

const YUAN_HEADER = /金额\((?:单位:)?元\)/;

/** A run of table 二 cells without units: digits, signs and decimal points only. */
const CELL_TEXT = /^[\d.\-−]+$/;
const COUNT_TEXT = /^(?:0|[1-9]\d*)$/;
const CHANGE_TEXT = /^(?:0|[-−]?[1-9]\d*)$/;
const AMOUNT_TEXT = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

function fieldPattern(field: string): RegExp {
  return field === 'amount' ? AMOUNT_TEXT : field === 'change' ? CHANGE_TEXT : COUNT_TEXT;
}

// ---------------------------------------------------------------- table 二

export function readActive(tokens: readonly Token[], rows: readonly Row[], format: ReportFormat, findings: Finding[]): TableRead {
  const out = new Map<string, Cell[]>();
  let cursor = 0;
  let found = false;
  let lastRow = -1;
  let yuanHeader = false;
  for (const t of tokens) if (t.kind === 'text' && YUAN_HEADER.test(t.key)) yuanHeader = true;
  const missing: string[] = [];
  let splitActive = 0;
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
    if (fit.kind === 'run' || fit.kind === 'unsplittable') {
      // Table 二 has no sums; only the form of each cell (a count has no leading zero, only 本年增/减
      // takes a sign, only an amount a decimal point) can leave a single way to cut the run.
      const text = fit.kind === 'run' ? fit.digits : fit.text;
      const only = CELL_TEXT.test(text) ? splitsByPattern(text, matcher.fields.map(fieldPattern), 1) : null;
      if (only && only.length === 1) {
        cells = only[0]!.map((raw) => ({ kind: 'value', raw }));
        if (text.length > width) splitActive++;
      } else {
        findings.push(fit.kind === 'run'
          ? finding('splitAmbiguous', at, `表二“${names.label}”一行的数字连写为“${fit.digits}”，表二此行没有可用于拆分的勾稽关系，无法确定各单元格，单元格留空（未能读取，不按0参与核对）`)
          : finding('splitAmbiguous', at, `表二“${names.label}”一行的数值与标签连写为“${fit.text}”，无法确定分属哪些单元格，单元格留空（未能读取，不按0参与核对）`));
        cells = [];
      }
    } else {
      cells = fit.found === width ? fit.cells : misfit(findings, at, `表二“${names.label}”一行`, fit.cells, width);
    }
    out.set(matcher.key, matcher.fields.map((field, i) => readCell(cells[i], {
      at: `${at}.${field}`, name: `表二“${names.label}·${names.columns[field]}”`, money: field === 'amount', yuanHeader,
    }, findings)));
  }
  if (splitActive > 0) {
    findings.push(finding('splitInferred', 'active', `表二有${splitActive}行数值连写，按各单元格的写法（计数不以0开头、只有本年增/减带负号、只有金额带小数点）只有一种拆分，已按此读取`));
  }
  if (!found) findings.push(finding('tableMissing', 'active', '未找到表二（主动公开政府信息情况）的数据行', 'warning'));
  else for (const key of missing) {
    findings.push(finding('rowMissing', `active.${key}`, `表二未找到“${ACTIVE_LABELS[`${format}:${key}`]!.label}”一行，该行单元格留空（未能读取，不按0参与核对）`));
  }
  return { rows: out, found, lastRow };
}

// ---------------------------------------------------------------- table 三

const WIDTH3 = APPLICANT_COLUMNS.length;

const APPLICATION_CONTEXTS = new Map<string, readonly CellContext[]>();

/** The cell contexts (path, name) of a table 三 row's columns, built once per row key. */
function applicationContexts(key: string): readonly CellContext[] {
  let contexts = APPLICATION_CONTEXTS.get(key);
  if (contexts === undefined) {
    contexts = APPLICANT_COLUMNS.map((column) => ({
      at: `applications.${key}.${column}`, name: `表三“${APPLICATION_LABELS[key]}·${APPLICANT_COLUMN_LABELS[column]}”`, money: false, yuanHeader: false,
    }));
    APPLICATION_CONTEXTS.set(key, contexts);
  }
  return contexts;
}

export function readApplications(tokens: readonly Token[], rows: readonly Row[], format: ReportFormat, findings: Finding[]): TableRead {
  const out = new Map<string, Cell[]>();
  let cursor = 0;
  let found = false;
  let lastRow = -1;
  const missing: string[] = [];
  const runs = new Map<string, string>();
  let subtotalRows = 0;
  const matchers = APPLICATION_MATCHERS[format];
  for (let m = 0; m < matchers.length; m++) {
    const matcher = matchers[m]!;
    let hit = findLabel(tokens, cursor, matcher.pattern);
    if (!hit) hit = variantLabel(tokens, cursor, matcher.key, matchers.slice(m + 1), findings);
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
      // Split below (even seven digits: where blank cells were dropped, seven digits need not be
      // seven cells, so a run is read only where it fits the arithmetic), for the whole table at once (resolveApplicationRuns).
      runs.set(matcher.key, fit.digits);
      out.set(matcher.key, APPLICANT_COLUMNS.map(() => null));
      continue;
    }
    if (fit.kind === 'unsplittable') {
      findings.push(finding('splitAmbiguous', at, `${name}的数值与标签连写为“${fit.text}”，无法确定分属哪些单元格，单元格留空（未能读取，不按0参与核对）`));
      out.set(matcher.key, APPLICANT_COLUMNS.map(() => null));
      continue;
    }
    let cells = fit.cells;
    const withoutSubtotal = fit.found === WIDTH3 + 1 ? dropSubtotalColumn(cells) : null;
    if (withoutSubtotal) {
      cells = withoutSubtotal;
      subtotalRows++;
    } else if (fit.found !== WIDTH3) cells = misfit(findings, at, name, cells, WIDTH3) as RawCell[];
    const contexts = applicationContexts(matcher.key);
    out.set(matcher.key, APPLICANT_COLUMNS.map((_, i) => readCell(cells[i], contexts[i]!, findings)));
  }
  const groups = format === '2021' ? otherGroupRow(tokens, rows, out, missing, findings) : undefined;
  if (subtotalRows > 0) {
    findings.push(finding('subtotalColumn', 'applications', `表三有${subtotalRows}行多出一列“法人或其他组织”小计（国家格式没有此列），已按其等于五类之和识别并剔除`));
  }
  if (!found) {
    findings.push(finding('tableMissing', 'applications', '未找到表三（收到和处理政府信息公开申请情况）的数据行', 'error'));
  } else {
    for (const key of missing) findings.push(finding('rowMissing', `applications.${key}`, `表三未找到“${APPLICATION_LABELS[key]}”一行，该行单元格留空（未能读取，不按0参与核对）`));
  }
  resolveApplicationRuns(out, runs, missing, format, findings);
  return { rows: out, found, lastRow, ...(groups ? { groups } : {}) };
}

const OTHER_SUB_ROWS = ['other.noCorrection', 'other.feeUnpaid', 'other.other'];
const OTHER_GROUP_ROW = /^\(六\)其他处理$/;

/**
 * A 2021 table that prints a single （六）其他处理 row (values on the group label) instead of its
 * three sub-rows: the sub-rows stay unread (READ-GROUP-ROW), except where the group row is 0 — counts
 * are never negative, so every sub-row is 0 there; the group row takes their place in （七）总计.
 */
function otherGroupRow(tokens: readonly Token[], rows: readonly Row[], out: Map<string, Cell[]>, missing: string[], findings: Finding[]): Map<string, Cell[]> | undefined {
  if (!OTHER_SUB_ROWS.every((k) => missing.includes(k))) return undefined;
  const at = tokens.findIndex((t) => t.kind === 'text' && OTHER_GROUP_ROW.test(t.key));
  if (at < 0) return undefined;
  const fit = fitCells(collectValues(tokens, rows, at).cells, WIDTH3, rows[tokens[at]!.row]!.padded);
  if (fit.kind !== 'cells' || fit.found !== WIDTH3) return undefined;
  const cells = APPLICANT_COLUMNS.map((column, i) => readCell(fit.cells[i], {
    at: `applications.other.${column}`, name: `表三“（六）其他处理·${APPLICANT_COLUMN_LABELS[column]}”`, money: false, yuanHeader: false,
  }, findings));
  for (const key of OTHER_SUB_ROWS) {
    missing.splice(missing.indexOf(key), 1);
    out.set(key, cells.map((v) => (v === 0 ? 0 : null)));
  }
  const open = cells.some((v) => v !== 0);
  findings.push(finding('groupRow', open ? 'applications.other' : null,
    `表三只印了“（六）其他处理”一行（${cells.map((v) => v ?? '空').join('、')}），没有2021年版的三个分项；${open ? '分项为0的列已按0读取（计数不为负），其余分项单元格留空（未能读取，不按0参与核对），' : '该行各列均为0，三个分项按0读取（计数不为负），'}该行按三个分项之和参与（七）总计的核对`,
    open ? 'warning' : 'info'));
  return new Map([['other', cells]]);
}

/** Edit distance, for labels printed with a character or two missing or wrong. */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

const EXPECTED_LABEL_KEYS: Record<string, string> = Object.fromEntries(
  [...APPLICATION_ROWS['2019'], ...APPLICATION_ROWS['2021']].map((r) => [r.key, labelKey(r.label).replace(/^\d+\./, '')]),
);

/**
 * A row label printed with a typo (`2.其他法律行政止公开`): the first text after the cursor, before
 * any later row's label, that is no known label, is followed by values, and is within a few edits of
 * the row's label — and only if no other row's label is as close. Said in READ-LABEL-VARIANT.
 */
function variantLabel(tokens: readonly Token[], from: number, key: string, later: readonly { key: string; pattern: RegExp }[], findings: Finding[]): LabelHit | null {
  const want = EXPECTED_LABEL_KEYS[key]!;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'text') continue;
    if (later.some((m) => m.pattern.test(t.key)) || isKnownLabel(t.key)) return null;
    const next = tokens[i + 1];
    if (!next || next.kind === 'text') continue;
    const got = (withoutMergedFragment(t.key) ?? t.key).replace(/^\d+\./, '');
    if (got.length < 4 || Math.abs(got.length - want.length) > 3) continue;
    const distance = editDistance(got, want);
    if (distance === 0 || distance > Math.min(3, Math.floor(want.length / 4))) continue;
    // No other row's label may fit as well.
    if (Object.entries(EXPECTED_LABEL_KEYS).some(([k, label]) => k !== key && editDistance(got, label) <= distance)) return null;
    findings.push(finding('labelVariant', `applications.${key}`, `表三“${APPLICATION_LABELS[key]}”一行的标签印作“${t.raw}”，与该行标签仅差${distance}个字，且不像其他任何一行，按该行读取`));
    return { start: i, end: i, tail: i };
  }
  return null;
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

/**
 * Split the digit runs of table 三 with the table's own arithmetic, all rows at once
 * (solve-table.ts): a row is read where every consistent table agrees on it, otherwise its cells
 * stay null with READ-SPLIT-AMBIGUOUS or READ-SPLIT-NONE.
 */
function resolveApplicationRuns(out: Map<string, Cell[]>, runs: ReadonlyMap<string, string>, missing: readonly string[], format: ReportFormat, findings: Finding[]): void {
  if (runs.size === 0) return;
  const defs = APPLICATION_ROWS[format];
  const inputs: SolverInput[] = defs.map((def) => {
    const role = def.role === 'input' ? (def.key === 'newReceived' ? 'newReceived' : 'carriedOver') : def.role;
    const digits = runs.get(def.key);
    if (digits !== undefined) return { role, row: { kind: 'run', digits } };
    if (missing.includes(def.key) || !out.has(def.key)) return { role, row: { kind: 'missing' } };
    return { role, row: { kind: 'cells', cells: out.get(def.key)! } };
  });
  const { outcomes } = solveApplicationRuns(inputs);
  let inferred = 0;
  defs.forEach((def, i) => {
    const outcome = outcomes[i];
    const digits = runs.get(def.key);
    if (!outcome || digits === undefined) return;
    const at = `applications.${def.key}`;
    const name = `表三“${APPLICATION_LABELS[def.key]}”一行的数字连写为“${digits}”`;
    const list = (examples: readonly number[][]) => examples.map((s) => s.join('、')).join('；');
    switch (outcome.status) {
      case 'read':
        out.set(def.key, outcome.cells);
        // Seven digits for seven cells need no arithmetic.
        if (digits.length > WIDTH3) inferred++;
        return;
      case 'noRowSplit':
        findings.push(finding('splitNone', at, `${name}，没有一种拆分满足“总计等于六列之和”（数字本身矛盾，或连写时丢失了空白单元格），单元格留空（未能读取，不按0参与核对）`));
        return;
      case 'none':
        findings.push(finding('splitNone', at, `${name}，有${outcome.examples.length > 1 ? '多' : '一'}种行内拆分（如${list(outcome.examples)}），但全表没有一种拆分组合满足列间勾稽关系（数字本身矛盾，或连写时丢失了空白单元格），单元格留空（未能读取，不按0参与核对）`));
        return;
      case 'ambiguous':
        // Cells every consistent split gives the same value are facts, not guesses.
        out.set(def.key, outcome.agreed);
        findings.push(finding('splitAmbiguous', at, `${name}，有多种拆分都满足表内勾稽关系（如${list(outcome.examples)}），${outcome.agreed.some((v) => v !== null) ? '各种拆分一致的单元格已读取，其余' : ''}无法确定，单元格留空（未能读取，不按0参与核对）`));
        return;
      case 'tooMany':
        findings.push(finding('splitAmbiguous', at, `${name}，可能的拆分过多，无法在限定的步数内确定，单元格留空（未能读取，不按0参与核对）`));
        return;
    }
  });
  if (inferred > 0) {
    findings.push(finding('splitInferred', 'applications', `表三有${inferred}行数字连写，已依据表内勾稽关系（总计等于各列之和、（七）总计等于各项之和、第一项加第二项等于第三项加第四项）及计数不以0开头（0自成一格）唯一确定拆分`));
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
const APPEAL_CONTEXTS: readonly CellContext[] = APPEAL_PATHS.map((p) => ({ ...p, money: false, yuanHeader: false }));

/** Table 四 has one data row and no row label: the first row of numbers after its headers. */
export function readAppeals(tokens: readonly Token[], rows: readonly Row[], findings: Finding[]): { cells: Cell[]; found: boolean; lastRow: number } {
  const blank = (): Cell[] => APPEAL_PATHS.map(() => null);
  let start = -1;
  let runDigits: string | null = null;
  for (let r = 0; r < rows.length && start < 0; r++) {
    const row = rows[r]!;
    let values = 0;
    let texts = 0;
    let empties = 0;
    for (const t of row.tokens) {
      if (t.kind === 'value') values++;
      else if (t.kind === 'text') texts++;
      else empties++;
    }
    // Explicit cells (HTML, tabs) may hold mostly blanks: a row of cells with no text is the data row.
    if ((values >= 3 && texts <= 1) || (row.structured && texts === 0 && values >= 1 && values + empties >= 3)) start = r;
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
  for (const t of first.tokens.slice(lastText + 1)) cells.push({ kind: t.kind === 'value' ? 'value' : 'empty', raw: t.raw, soft: t.soft });
  // A row wrapped over several lines (PDF) or split into several table rows continues below.
  for (let r = start + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.tokens.some((t) => t.kind === 'text')) break;
    if (cells.filter((c) => c.kind === 'value').length >= WIDTH4) break;
    for (const t of row.tokens) cells.push({ kind: t.kind === 'value' ? 'value' : 'empty', raw: t.raw, soft: t.soft });
    lastRow = r;
  }
  const fit = fitCells(cells, WIDTH4, rows[start]!.padded);
  if (fit.kind === 'run') return { cells: splitAppealRun(fit.digits, findings), found: true, lastRow };
  if (fit.kind === 'unsplittable') {
    findings.push(finding('splitAmbiguous', 'appeals', `表四数据行只有连写的“${fit.text}”，无法确定分属哪些单元格，单元格留空（未能读取，不按0参与核对）`));
    return { cells: blank(), found: true, lastRow };
  }
  const cells4 = fit.found === WIDTH4 ? fit.cells : misfit(findings, 'appeals', '表四数据行', fit.cells, WIDTH4);
  return {
    cells: APPEAL_CONTEXTS.map((context, i) => readCell(cells4[i], context, findings)),
    found: true,
    lastRow,
  };
}

function splitAppealRun(digits: string, findings: Finding[]): Cell[] {
  // Even fifteen digits go through the group sums: where blank cells were dropped they need not be
  // fifteen cells.
  if (digits.length < WIDTH4) {
    findings.push(finding('splitNone', 'appeals', `表四数字连写为“${digits}”，只有${digits.length}位数字，不够15个单元格（空白单元格已丢失），单元格留空（未能读取，不按0参与核对）`));
    return APPEAL_PATHS.map(() => null);
  }
  const candidates = splitsOfAppeals(digits);
  if (candidates && candidates.length === 1) {
    findings.push(finding('splitInferred', 'appeals', `表四数字连写为“${digits}”，已依据各组总计等于四项之和及计数不以0开头唯一确定拆分`));
    return candidates[0]!;
  }
  if (candidates && candidates.length > 1) {
    // Cells every fitting split gives the same value are read; the others stay null.
    const agreed = agreedCells(candidates);
    const examples = candidates.slice(0, 2).map((c) => c.join('、')).join('；');
    const open = APPEAL_PATHS.filter((_, i) => agreed[i] === null).map((p) => p.name.replace(/^表四/, '')).join('、');
    findings.push(finding('splitAmbiguous', 'appeals', `表四数字连写为“${digits}”，有${candidates.length}种拆分都满足各组总计等于四项之和（如${examples}），各种拆分一致的单元格已读取，${open}无法确定，单元格留空（未能读取，不按0参与核对）`));
    return agreed;
  }
  findings.push(candidates
    ? finding('splitNone', 'appeals', `表四数字连写为“${digits}”，没有一种拆分满足各组总计等于四项之和，单元格留空（未能读取，不按0参与核对）`)
    : finding('splitAmbiguous', 'appeals', `表四数字连写为“${digits}”，可能的拆分过多，无法确定，单元格留空（未能读取，不按0参与核对）`));
  return APPEAL_PATHS.map(() => null);
}
