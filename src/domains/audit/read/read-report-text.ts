/**
 * `readReportText`: the report model, reading findings and narrative from the text of a published
 * 政府信息公开工作年度报告. Steps: drop page furniture, find the title and the six sections, read
 * each table from its section by row labels, decide the table format from the table's own labels.
 */
import type { AnnualReport, Cell, Finding, ReportFormat } from '../../reports/model.ts';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS, formatForYear } from '../../reports/model.ts';
import { ACTIVE_BLOCKS, applicationRow, blankReport } from '../../reports/layout.ts';
import { contentLines, findHeadings } from './document.ts';
import { findTitle, yearFromBody } from './title.ts';
import { finding, READ_RULES, type ReadRule } from './findings.ts';
import { unfoldOneLine } from './one-line.ts';
import { toSimplified } from './traditional.ts';
import { FORMAT_2019_SIGNS, FORMAT_2021_SIGNS, SECTION_NUMERALS } from './labels.ts';
import { readActive, readAppeals, readApplications } from './tables.ts';
import type { Row, Token } from './tokens.ts';
import type { CellLineForm } from './tokens.ts';
import { cellLineForm, tokenizeLines, usesMarkdownTables } from './tokens.ts';
import type { ReadResult } from './types.ts';

const SECTION_NAMES = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** Read the text of a published annual report. Never throws: failures are findings. */
export function readReportText(text: string): ReadResult {
  try {
    return read(typeof text === 'string' ? text : String(text ?? ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { report: null, findings: [finding('failed', null, `读取报告文本时出错：${reason}`)], unread: [], narrative: '', groupRows: new Map() };
  }
}

interface Region {
  from: number;
  to: number;
  rows: Row[];
  tokens: Token[];
}

function region(lines: readonly string[], from: number, to: number, cellLines: CellLineForm, markdown: boolean): Region {
  const rows = tokenizeLines(lines, from, Math.max(from, to), cellLines, markdown);
  const tokens: Token[] = [];
  for (const row of rows) for (const t of row.tokens) tokens.push(t);
  return { from, to, rows, tokens };
}

const OTHER_2019_ROW = /^\(六\)其他处理$/;

function decideFormat(regions: readonly Region[], year: number | null, findings: Finding[]): ReportFormat {
  let s2019 = 0;
  let s2021 = 0;
  const seen = new Set<string>();
  for (const r of regions) {
    // Only table rows count: prose may well mention 政府集中采购 in a 2021 report.
    const tabular = r.rows.map(isTabular);
    r.tokens.forEach((t, i) => {
      if (t.kind !== 'text' || !tabular[t.row]) return;
      for (const sign of FORMAT_2021_SIGNS) if (!seen.has(sign) && t.key.includes(sign)) { seen.add(sign); s2021++; }
      for (const sign of FORMAT_2019_SIGNS) if (!seen.has(sign) && t.key.includes(sign)) { seen.add(sign); s2019++; }
      // 2019: （六）其他处理 is a data row; 2021: a group over three sub-rows (some agencies print
      // only the group row in a 2021 table, so it alone does not outweigh 2021 signs).
      const next = r.tokens[i + 1];
      if (!seen.has('(六)') && OTHER_2019_ROW.test(t.key) && next && next.row === t.row && next.kind !== 'text') { seen.add('(六)'); s2019++; }
    });
  }
  if (s2019 === 1 && seen.has('(六)') && s2021 > 0) return '2021';
  if (s2019 > 0 && s2021 > 0) {
    const chosen: ReportFormat = s2019 > s2021 ? '2019' : s2021 > s2019 ? '2021' : year !== null ? formatForYear(year) : '2021';
    findings.push(finding('formatMixed', 'format', `表格同时出现2019年版（${s2019}处）和2021年版（${s2021}处）格式的标签，按${chosen}年版读取`));
    return chosen;
  }
  if (s2019 > 0) return '2019';
  if (s2021 > 0) return '2021';
  const fallback: ReportFormat = year !== null ? formatForYear(year) : '2021';
  findings.push(finding('formatUnknown', 'format', `表格中没有可判断格式版本的标签，按${fallback}年版读取`));
  return fallback;
}

function fill(report: AnnualReport, active: Map<string, Cell[]>, applications: Map<string, Cell[]>, appeals: Cell[]): void {
  const activeRows = report.active as unknown as Record<string, Record<string, Cell>>;
  for (const block of ACTIVE_BLOCKS[report.format]) {
    for (const row of block.rows) {
      const cells = active.get(row.key);
      if (cells) row.columns.forEach((c, i) => { activeRows[row.key]![c.field] = cells[i] ?? null; });
    }
  }
  for (const [key, cells] of applications) {
    const row = applicationRow(report, key);
    APPLICANT_COLUMNS.forEach((c, i) => { row[c] = cells[i] ?? null; });
  }
  let i = 0;
  for (const g of APPEAL_GROUPS) for (const c of APPEAL_COLUMNS) report.appeals[g][c] = appeals[i++] ?? null;
}

const PROSE_END = /[。；;！？]$/;
const CELL_SEPARATOR_LINE = /^\s*[|｜][\s|｜]*$/;

function isTabular(row: Row): boolean {
  if (row.structured) return true;
  for (const t of row.tokens) {
    if (t.kind !== 'text') return true;
    if (t.key.length > 40 || PROSE_END.test(t.key)) return false;
  }
  return true;
}

function read(text: string): ReadResult {
  const findings: Finding[] = [];
  // Page footers and site navigation go first, so they can neither split a table nor add numbers.
  // A report scraped onto one line is first broken back into lines (one-line.ts).
  const lines = contentLines(unfoldOneLine(toSimplified(text)));
  const noise = lines.map(() => false);
  const cellLines = cellLineForm(lines);
  const markdown = usesMarkdownTables(lines);
  const headings = findHeadings(lines, noise, 0);
  const firstHeading = headings.find((h) => h !== undefined);
  const title = findTitle(lines, firstHeading ?? Math.min(lines.length, 40));
  const bodyStart = title && !title.onlyInText ? title.lastLine + 1 : 0;

  const start = (k: number): number => {
    for (let j = k; j >= 0; j--) if (headings[j] !== undefined) return headings[j]! + 1;
    return bodyStart;
  };
  const end = (k: number): number => {
    for (let j = k + 1; j < 6; j++) if (headings[j] !== undefined) return headings[j]!;
    return lines.length;
  };
  const r2 = region(lines, start(1), end(1), cellLines, markdown);
  const r3 = region(lines, start(2), end(2), cellLines, markdown);

  let year = title?.year ?? null;
  const format = decideFormat([r2, r3], year, findings);
  const active = readActive(r2.tokens, r2.rows, format, findings);
  const applications = readApplications(r3.tokens, r3.rows, format, findings);
  // Without its heading, table 四 can only start after the last row of table 三.
  let from4 = start(3);
  if (headings[3] === undefined) {
    // Any row of numbers would pass for table 四's label-less row: start after the tables before it.
    if (active.lastRow >= 0) from4 = Math.max(from4, r2.rows[active.lastRow]!.lastLine + 1);
    if (applications.lastRow >= 0) from4 = Math.max(from4, r3.rows[applications.lastRow]!.lastLine + 1);
  }
  const r4 = region(lines, from4, end(3), cellLines, markdown);
  const appeals = readAppeals(r4.tokens, r4.rows, findings);

  markCutOff(lines, headings, [['active', '表二', 1, r2], ['applications', '表三', 2, r3], ['appeals', '表四', 3, r4]], findings);

  // Table 四 has no labels (any row of numbers would do), so it alone does not make a report; nor
  // does a sentence naming a report (a news item may link to one). Headings: three, or two of which
  // one is specific to the report (二 主动公开, 三 收到和处理…申请, 四 行政复议/诉讼).
  const headingCount = headings.filter((h) => h !== undefined).length;
  const specificHeading = headings[1] !== undefined || headings[2] !== undefined || headings[3] !== undefined;
  const recognised = (title !== null && !title.onlyInText) || active.found || applications.found
    || headingCount >= 3 || (headingCount >= 2 && specificHeading);

  // Narrative: everything but the table rows of sections 二–四.
  const tableLine = new Uint8Array(lines.length);
  for (const r of [r2, r3, r4]) {
    for (const row of r.rows) if (isTabular(row)) for (let l = row.line; l <= row.lastLine; l++) tableLine[l] = 1;
    if (cellLines !== 'none') for (let l = r.from; l < r.to; l++) if (CELL_SEPARATOR_LINE.test(lines[l]!)) tableLine[l] = 1;
  }
  const narrative = lines.filter((_, i) => !tableLine[i]).join('\n').replace(/\n{3,}/g, '\n\n').trim();

  if (!recognised) {
    return { report: null, findings: [finding('notAReport', null, '未能识别为政府信息公开工作年度报告：没有找到报告标题、章节标题或统计表格')], unread: [], narrative, groupRows: new Map() };
  }

  const head: Finding[] = [];
  if (!title) head.push(finding('titleMissing', null, '未找到报告标题（如“××2020年政府信息公开工作年度报告”），无法从标题确定机关名称和年度'));
  else if (!title.agency) head.push(finding('agencyMissing', 'agency', `报告标题“${title.text}”中没有机关名称`));
  else if (title.onlyInText) head.push(finding('titleInText', 'agency', `没有标题行，机关名称“${title.agency}”和年度取自正文“${title.text}”`));
  else if (title.inText) head.push(finding('titleInText', 'agency', `报告标题“${title.text}”中没有机关名称，机关名称“${title.agency}”取自正文`));
  if (year === null) {
    year = yearFromBody(lines, bodyStart, Math.min(lines.length, r2.from + 20));
    if (year !== null) head.push(finding('yearFromBody', 'year', `标题中没有年度，按正文中首次出现的年份${year}年读取`));
    else head.push(finding('yearMissing', 'year', '标题和正文开头都没有报告年度'));
  }
  headings.forEach((h, i) => {
    if (h === undefined) head.push(finding('sectionMissing', `sections.${SECTION_NUMERALS[i]}`, `未找到第${SECTION_NUMERALS[i]}部分“${SECTION_NAMES[i]}”的标题`));
  });

  const report = blankReport(format, year, title?.agency ?? null);
  fill(report, active.rows, applications.rows, appeals.cells);
  return { report, findings: [...head, ...findings], unread: unreadCells(report, findings), narrative, groupRows: applications.groups ?? new Map() };
}

const CUT_RULES = new Set(['READ-ROW-MISSING', 'READ-ROW-CELLS', 'READ-TABLE-MISSING']);

/**
 * A file that ends inside a table (nothing after its last row, no later section heading) whose
 * rows are missing or short was cut off: the table is incomplete, its blank cells are not blanks of
 * the source (READ-TABLE-INCOMPLETE marks every null cell of the table unread).
 */
function markCutOff(lines: readonly string[], headings: readonly (number | undefined)[], tables: readonly [string, string, number, Region][], findings: Finding[]): void {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === '') last--;
  for (const [anchor, name, index, r] of tables) {
    const lastRow = r.rows[r.rows.length - 1];
    if (!lastRow || lastRow.lastLine < last || !isTabular(lastRow)) continue;
    if (headings.slice(index + 1).some((h) => h !== undefined)) continue;
    if (!findings.some((f) => CUT_RULES.has(f.rule) && f.at !== null && (f.at === anchor || f.at.startsWith(`${anchor}.`)))) continue;
    findings.push(finding('tableIncomplete', anchor, `文件在${name}中途结束（其后没有任何内容，可能被截断），${name}不完整：未读到的单元格留空（未能读取，不按0参与核对）`));
  }
}

/** Findings that leave the cells under their anchor null because they could not be read. */
const UNREAD_RULES = new Set<string>((['cellUnreadable', 'splitAmbiguous', 'splitNone', 'rowMissing', 'rowCells', 'tableIncomplete', 'groupRow'] as const satisfies readonly ReadRule[]).map((k) => READ_RULES[k].rule));

/** The null cells under the anchor of a finding that says they could not be read. */
function unreadCells(report: AnnualReport, findings: readonly Finding[]): string[] {
  const anchors = findings.filter((f) => f.at !== null && UNREAD_RULES.has(f.rule)).map((f) => f.at!);
  if (anchors.length === 0) return [];
  const out: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (node === null) {
      if (anchors.some((a) => path === a || path.startsWith(`${a}.`))) out.push(path);
      return;
    }
    if (typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) walk(value, `${path}.${key}`);
  };
  walk(report.active, 'active');
  walk(report.applications, 'applications');
  walk(report.appeals, 'appeals');
  return out;
}
