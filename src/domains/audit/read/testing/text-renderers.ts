/**
 * Minimal text renderings of a report for the reader's corruption property only; every other test
 * uses the shared renderers (src/domains/reports/render).
 * Kept because the shared forms pad merged cells as Word does, so a deleted separator beside a blank cell is undetectable.
 */
import type { AnnualReport, Cell } from '../../../reports/model.ts';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS } from '../../../reports/model.ts';
import {
  ACTIVE_BLOCKS, APPEAL_COLUMN_LABELS, APPEAL_GROUP_LABELS, APPLICANT_COLUMN_LABELS, APPLICATION_ROWS, SECTION_TITLES,
  TABLE3_BALANCE_NOTE, activeCell, applicationRow,
} from '../../../reports/layout.ts';

export const TEXT_FORMS = ['tab', 'pipe', 'markdown', 'cellPerLine', 'pdfText'] as const;
export type TextForm = (typeof TEXT_FORMS)[number];

type Line = { kind: 'heading' | 'prose'; text: string } | { kind: 'row'; cells: string[]; label?: string };

const PROSE = {
  overview: '本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。',
  problems: '存在的主要问题是公开内容不够全面，下一步将加强培训，提高公开质量。',
  other: '本年度未收取信息处理费。',
};

function cellText(cell: Cell, blank: string): string {
  return cell === null ? blank : String(cell);
}

function table(report: AnnualReport, blank: string): { t2: Line[]; t3: Line[]; t4: Line[] } {
  const t2: Line[] = [];
  for (const block of ACTIVE_BLOCKS[report.format]) {
    t2.push({ kind: 'row', cells: [block.header] });
    t2.push({ kind: 'row', cells: ['信息内容', ...block.rows[0]!.columns.map((c) => c.label)] });
    for (const row of block.rows) {
      t2.push({ kind: 'row', label: row.label, cells: [row.label, ...row.columns.map((c) => cellText(activeCell(report, row.key, c.field) ?? null, blank))] });
    }
  }
  const t3: Line[] = [
    { kind: 'row', cells: [TABLE3_BALANCE_NOTE, '申请人情况'] },
    { kind: 'row', cells: ['', APPLICANT_COLUMN_LABELS.natural, '法人或其他组织', APPLICANT_COLUMN_LABELS.total] },
    { kind: 'row', cells: ['', '', ...APPLICANT_COLUMNS.slice(1, 6).map((c) => APPLICANT_COLUMN_LABELS[c])] },
  ];
  for (const row of APPLICATION_ROWS[report.format]) {
    const values = APPLICANT_COLUMNS.map((c) => cellText(applicationRow(report, row.key)[c], blank));
    const label = row.group ? `${row.group} ${row.label}` : row.label;
    t3.push({ kind: 'row', label, cells: [label, ...values] });
  }
  const t4: Line[] = [
    { kind: 'row', cells: [APPEAL_GROUP_LABELS.review, '行政诉讼'] },
    { kind: 'row', cells: ['', APPEAL_GROUP_LABELS.litigationDirect, APPEAL_GROUP_LABELS.litigationAfterReview] },
    { kind: 'row', cells: APPEAL_GROUPS.flatMap(() => APPEAL_COLUMNS.map((c) => APPEAL_COLUMN_LABELS[c])) },
    { kind: 'row', cells: APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => cellText(report.appeals[g][c], blank))) },
  ];
  return { t2, t3, t4 };
}

function document(report: AnnualReport, blank: string): Line[] {
  const { t2, t3, t4 } = table(report, blank);
  const title = `${report.agency ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`;
  return [
    { kind: 'prose', text: title },
    { kind: 'heading', text: SECTION_TITLES[0] }, { kind: 'prose', text: PROSE.overview },
    { kind: 'heading', text: SECTION_TITLES[1] }, ...t2,
    { kind: 'heading', text: SECTION_TITLES[2] }, ...t3,
    { kind: 'heading', text: SECTION_TITLES[3] }, ...t4,
    { kind: 'heading', text: SECTION_TITLES[4] }, { kind: 'prose', text: PROSE.problems },
    { kind: 'heading', text: SECTION_TITLES[5] }, { kind: 'prose', text: PROSE.other },
  ];
}

/** Wrap long labels the way PDF text extraction does: the tail of the label on the next line. */
function pdfRow(line: { cells: string[]; label?: string }, out: string[]): void {
  const values = line.label ? line.cells.slice(1) : line.cells;
  const label = line.label ?? '';
  if (label.length > 14) {
    out.push(`${label.slice(0, 12)} ${values.join(' ')}`.trim());
    out.push(label.slice(12));
  } else {
    out.push(`${label} ${values.join(' ')}`.trim());
  }
}

export function renderText(report: AnnualReport, form: TextForm): string {
  const blank = form === 'pdfText' ? '—' : '';
  const out: string[] = [];
  let page = 1;
  for (const line of document(report, blank)) {
    if (line.kind !== 'row') {
      out.push(form === 'markdown' && line.kind === 'heading' ? `## ${line.text}` : line.text, '');
      continue;
    }
    switch (form) {
      case 'tab': out.push(line.cells.join('\t')); break;
      case 'pipe': out.push(line.cells.join('|')); break;
      case 'markdown': {
        out.push(`| ${line.cells.join(' | ')} |`);
        if (!line.label && line.cells.length > 1 && /信息内容|结果维持/.test(line.cells[0]!)) out.push(`|${line.cells.map(() => '---').join('|')}|`);
        break;
      }
      case 'cellPerLine': out.push(...line.cells, '|'); break;
      case 'pdfText': {
        pdfRow(line, out);
        if (line.label?.startsWith('（四）')) {
          out.push(`第 ${page} 页 共 3 页`);
          page++;
        }
        break;
      }
    }
  }
  return out.join('\n');
}
