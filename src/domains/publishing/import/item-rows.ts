/**
 * An items file (an agency's existing site, exported) read row by row into items to write: pure.
 * Fields (issue 7, item 5): title, body (text or HTML), column, madeOn, publishedOn, docNumber,
 * keywords, validity; the same headers in Chinese are accepted (标题, 正文, 栏目, 成文日期,
 * 发布日期, 文号, 关键词, 有效性). Every problem is collected with its line, so the whole file can
 * be refused with one list.
 */
import type { CalendarDate } from '../../calendar/index.ts';
import { ledgerDateCell } from '../../shared/ledger-date.ts';
import type { TableFile } from '../../shared/table-file.ts';
import type { CatalogColumn } from '../types.ts';
import type { DocumentKind, Validity } from '../vocabulary.ts';
import { columnResolver } from './column-resolver.ts';

export const ITEM_IMPORT_FIELDS = ['title', 'body', 'column', 'madeOn', 'publishedOn', 'docNumber', 'keywords', 'validity'] as const;
type ItemImportField = (typeof ITEM_IMPORT_FIELDS)[number];

const CHINESE_HEADERS: Record<string, ItemImportField> = {
  标题: 'title', 正文: 'body', 内容: 'body', 栏目: 'column', 成文日期: 'madeOn', 发布日期: 'publishedOn', 文号: 'docNumber', 关键词: 'keywords', 有效性: 'validity',
};

const VALIDITY_WORDS: Record<string, Validity> = {
  有效: 'valid', 现行有效: 'valid', valid: 'valid', 废止: 'repealed', 已废止: 'repealed', repealed: 'repealed', 失效: 'expired', 已失效: 'expired', expired: 'expired',
};

export interface ImportedItemRow {
  line: number;
  title: string;
  /** As written (text or HTML); sanitised when written. */
  body: string;
  column: CatalogColumn;
  documentKind: DocumentKind;
  madeOn: CalendarDate | null;
  publishedOn: CalendarDate | null;
  docNumber: string;
  keywords: string;
  validity: Validity;
}

export interface ItemRowProblem {
  line: number;
  message: string;
}

/** The cell of a field, under its English or Chinese header. */
function cellOf(cells: Record<string, string>, field: ItemImportField): string {
  if (field in cells) return cells[field]!;
  for (const [header, mapped] of Object.entries(CHINESE_HEADERS)) if (mapped === field && header in cells) return cells[header]!;
  return '';
}

export function readItemRows(table: TableFile, columns: readonly CatalogColumn[], options: { today: CalendarDate; publish: boolean }): { rows: ImportedItemRow[]; problems: ItemRowProblem[] } {
  const problems: ItemRowProblem[] = [];
  const known = new Set<string>([...ITEM_IMPORT_FIELDS, ...Object.keys(CHINESE_HEADERS)]);
  if (table.format !== 'jsonl' && !table.headers.some((h) => h === 'title' || h === '标题')) {
    problems.push({ line: 1, message: `缺少列：title（可用的列：${ITEM_IMPORT_FIELDS.join('、')}）` });
    return { rows: [], problems };
  }
  const unknown = table.headers.filter((h) => !known.has(h));
  if (unknown.length > 0) problems.push({ line: table.format === 'jsonl' ? 0 : 1, message: `未知的列：${unknown.join('、')}（可用的列：${ITEM_IMPORT_FIELDS.join('、')}）` });
  const resolve = columnResolver(columns);
  const rows: ImportedItemRow[] = [];
  for (const { line, cells } of table.rows) {
    const mine: string[] = [];
    const title = cellOf(cells, 'title').trim();
    if (!title) mine.push('title（标题）为空');
    else if (title.length > 300) mine.push('title（标题）超过300个字');
    const body = cellOf(cells, 'body');
    if (body.length > 2_000_000) mine.push('body（正文）过长');
    const resolved = resolve(cellOf(cells, 'column'));
    if ('problem' in resolved) mine.push(resolved.problem);
    const madeOn = ledgerDateCell(cellOf(cells, 'madeOn'), 'madeOn（成文日期）', false, mine);
    const publishedOn = ledgerDateCell(cellOf(cells, 'publishedOn'), 'publishedOn（发布日期）', options.publish, mine);
    if (madeOn && madeOn > options.today) mine.push(`madeOn（成文日期）${madeOn}晚于今天（${options.today}）`);
    if (publishedOn && publishedOn > options.today) mine.push(`publishedOn（发布日期）${publishedOn}晚于今天（${options.today}）`);
    if (madeOn && publishedOn && publishedOn < madeOn) mine.push(`publishedOn（发布日期）${publishedOn}早于成文日期${madeOn}`);
    const docNumber = cellOf(cells, 'docNumber').trim();
    if (docNumber.length > 200) mine.push('docNumber（文号）超过200个字');
    const keywords = cellOf(cells, 'keywords').trim();
    if (keywords.length > 300) mine.push('keywords（关键词）超过300个字');
    const validityWord = cellOf(cells, 'validity').normalize('NFKC').replace(/\s+/g, '');
    const validity = validityWord === '' ? '' : VALIDITY_WORDS[validityWord.toLowerCase()] ?? VALIDITY_WORDS[validityWord];
    if (validity === undefined) mine.push(`validity（有效性）“${validityWord}”无效（应为 有效、废止 或 失效，非规范性文件留空）`);
    if (mine.length === 0 && 'column' in resolved) {
      const column = resolved.column;
      // 有效性 belongs to 规章 and 规范性文件: a row that states one is such a document even in a general column.
      const documentKind: DocumentKind = column.documentKind !== 'other' ? column.documentKind : validity ? 'normative' : 'other';
      rows.push({
        line, title, body, column, documentKind, madeOn, publishedOn, docNumber, keywords,
        validity: documentKind === 'other' ? '' : validity || 'valid',
      });
    }
    for (const message of mine) problems.push({ line, message });
  }
  if (table.rows.length === 0) problems.push({ line: 0, message: '文件中没有数据行' });
  return { rows, problems };
}
