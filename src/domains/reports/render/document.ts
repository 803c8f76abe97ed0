/**
 * The published report as a document model, independent of form: title, the six sections with their
 * official titles, paragraphs, and the three tables as grids with the row/column spans of the
 * national format (国办公开办函〔2019〕60号 / 〔2021〕30号; domain-reference.md §2.3–2.5).
 * Every renderer walks this model, so the forms cannot disagree on content.
 */
import type { AnnualReport, Cell } from '../model.ts';
import { APPEAL_GROUPS, APPEAL_PART_COLUMNS, APPLICANT_COLUMNS, APPLICANT_PART_COLUMNS } from '../model.ts';
import {
  ACTIVE_BLOCKS, APPEAL_COLUMN_LABELS, APPEAL_GROUP_LABELS, APPLICANT_COLUMN_LABELS, APPLICATION_ROWS,
  SECTION_TITLES, TABLE3_BALANCE_NOTE, activeCell, applicationRow,
} from '../layout.ts';

export interface GridCell {
  /** Text of a label, or the number as written; '' for a blank (null) value. */
  text: string;
  /** A value cell (number or blank), as opposed to a label. */
  value?: boolean;
  /** For a value cell, its path in the report (`applications.total.natural`). */
  path?: string;
  header?: 'col' | 'row' | 'rowgroup';
  rowSpan?: number;
  colSpan?: number;
}
export interface GridRow {
  kind: 'header' | 'data';
  cells: GridCell[];
}
export interface ReportTable {
  caption: string;
  width: number;
  /** Row groups: a <thead>/<tbody> each in HTML; `head` groups hold header rows only. */
  groups: { head: boolean; rows: GridRow[] }[];
}
export interface ReportSection {
  title: string;
  paragraphs: readonly string[];
  table?: ReportTable;
}
export interface ReportDocument {
  title: string;
  sections: ReportSection[];
}

/** Free-text paragraphs per section; defaults are used for 一, 五 and 六 when left out. */
export interface ReportNarrative {
  overview?: readonly string[];
  active?: readonly string[];
  applications?: readonly string[];
  appeals?: readonly string[];
  problems?: readonly string[];
  other?: readonly string[];
}

export function reportTitle(report: AnnualReport): string {
  return `${report.agency ?? ''}${report.year === null ? '' : `${report.year}年`}政府信息公开工作年度报告`;
}

export function buildReportDocument(report: AnnualReport, narrative: ReportNarrative = {}): ReportDocument {
  const period = report.year === null ? '本年度' : `${report.year}年1月1日起至${report.year}年12月31日止`;
  const paragraphs = [
    narrative.overview ?? [`本报告根据《中华人民共和国政府信息公开条例》第五十条的要求编制，所列数据的统计期限自${period}。`],
    narrative.active ?? [],
    narrative.applications ?? [],
    narrative.appeals ?? [],
    narrative.problems ?? ['政府信息公开工作仍存在公开内容不够全面、政策解读不够深入等问题。下一步将进一步完善工作机制，提升公开质量。'],
    narrative.other ?? ['本年度未收取信息处理费。暂无其他需要报告的事项。'],
  ];
  const tables = [undefined, activeTable(report), applicationsTable(report), appealsTable(report), undefined, undefined];
  return {
    title: reportTitle(report),
    sections: SECTION_TITLES.map((title, i) => ({ title, paragraphs: paragraphs[i]!, ...(tables[i] ? { table: tables[i] } : {}) })),
  };
}

export function formatCell(cell: Cell | undefined): string {
  return typeof cell === 'number' ? String(cell) : '';
}

const label = (text: string, extra: Partial<GridCell> = {}): GridCell => ({ text, ...extra });
const value = (cell: Cell | undefined, path: string): GridCell => ({ text: formatCell(cell), value: true, path });

/** Table 二: one block per article item, each with its header row, column labels and rows. */
function activeTable(report: AnnualReport): ReportTable {
  const width = 4;
  const groups = ACTIVE_BLOCKS[report.format].map((block) => {
    const span = (i: number, count: number) => (i === count - 1 && count < width - 1 ? { colSpan: width - count } : {});
    const rows: GridRow[] = [
      { kind: 'header', cells: [label(block.header, { header: 'rowgroup', colSpan: width })] },
      { kind: 'header', cells: [label('信息内容', { header: 'col' }),
        ...block.rows[0]!.columns.map((c, i, all) => label(c.label, { header: 'col', ...span(i, all.length) }))] },
      ...block.rows.map((row): GridRow => ({ kind: 'data', cells: [label(row.label, { header: 'row' }),
        ...row.columns.map((c, i, all) => ({ ...value(activeCell(report, row.key, c.field), `active.${row.key}.${c.field}`), ...span(i, all.length) }))] })),
    ];
    return { head: false, rows };
  });
  return { caption: '主动公开政府信息情况', width, groups };
}

/** Table 三: 3 label columns (row, group, item) and the 7 applicant columns. */
function applicationsTable(report: AnnualReport): ReportTable {
  const head: GridRow[] = [
    { kind: 'header', cells: [label(TABLE3_BALANCE_NOTE, { rowSpan: 3, colSpan: 3 }), label('申请人情况', { header: 'col', colSpan: 7 })] },
    { kind: 'header', cells: [
      label(APPLICANT_COLUMN_LABELS.natural, { header: 'col', rowSpan: 2 }),
      label('法人或其他组织', { header: 'col', colSpan: 5 }),
      label(APPLICANT_COLUMN_LABELS.total, { header: 'col', rowSpan: 2 }),
    ] },
    { kind: 'header', cells: APPLICANT_PART_COLUMNS.slice(1).map((c) => label(APPLICANT_COLUMN_LABELS[c], { header: 'col' })) },
  ];
  const defs = APPLICATION_ROWS[report.format];
  const outcomeSpan = defs.filter((d) => d.role === 'outcome' || d.role === 'total').length;
  const body = defs.map((def): GridRow => {
    const cells: GridCell[] = [];
    const grouped = def.key.includes('.');
    if (def.role === 'input' || def.role === 'carriedForward') {
      cells.push(label(def.label, { header: 'row', colSpan: 3 }));
    } else {
      if (def.group === '三、本年度办理结果') cells.push(label(def.group, { header: 'row', rowSpan: outcomeSpan }));
      if (grouped && def.group) {
        const prefix = `${def.key.split('.')[0]}.`;
        cells.push(label(def.group, { header: 'row', rowSpan: defs.filter((d) => d.key.startsWith(prefix)).length }));
      }
      cells.push(label(def.label, { header: 'row', ...(grouped ? {} : { colSpan: 2 }) }));
    }
    const row = applicationRow(report, def.key);
    cells.push(...APPLICANT_COLUMNS.map((c) => value(row[c], `applications.${def.key}.${c}`)));
    return { kind: 'data', cells };
  });
  return { caption: '收到和处理政府信息公开申请情况', width: 10, groups: [{ head: true, rows: head }, { head: false, rows: body }] };
}

/** Table 四: two header levels over 15 columns and the single row of 15 numbers. */
function appealsTable(report: AnnualReport): ReportTable {
  const columnLabels = (extra: Partial<GridCell> = {}) =>
    [...APPEAL_PART_COLUMNS, 'total' as const].map((c) => label(APPEAL_COLUMN_LABELS[c], { header: 'col', ...extra }));
  const head: GridRow[] = [
    { kind: 'header', cells: [label(APPEAL_GROUP_LABELS.review, { header: 'col', colSpan: 5 }), label('行政诉讼', { header: 'col', colSpan: 10 })] },
    { kind: 'header', cells: [...columnLabels({ rowSpan: 2 }),
      label(APPEAL_GROUP_LABELS.litigationDirect, { header: 'col', colSpan: 5 }),
      label(APPEAL_GROUP_LABELS.litigationAfterReview, { header: 'col', colSpan: 5 })] },
    { kind: 'header', cells: [...columnLabels(), ...columnLabels()] },
  ];
  const numbers = APPEAL_GROUPS.flatMap((g) => [...APPEAL_PART_COLUMNS, 'total' as const].map((c) => value(report.appeals[g][c], `appeals.${g}.${c}`)));
  return { caption: '政府信息公开行政复议、行政诉讼情况', width: 15, groups: [{ head: true, rows: head }, { head: false, rows: [{ kind: 'data', cells: numbers }] }] };
}
