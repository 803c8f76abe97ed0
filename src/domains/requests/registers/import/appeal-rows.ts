/**
 * The appeals ledger (行政复议、行政诉讼台账) read row by row into appeal facts: pure. Headers
 * (issue 8, item 6): 类型, 是否经复议, 立案日期, 结果, 结案日期, 关联申请编号; optional 案号 and 备注;
 * other columns (序号…) are ignored. Every problem is collected with its line, so the whole file
 * can be refused with one list.
 */
import { ledgerDateCell, normalizeLedgerDate } from '../../../shared/ledger-date.ts';
import type { AppealFields } from '../appeal-input.ts';
import { appealFactProblems, appealFields } from '../appeal-input.ts';
import type { ImportProblem } from '../errors.ts';
import type { AppealKind, AppealResult } from '../vocabulary.ts';
import type { TableFile } from './table-file.ts';

export const APPEAL_IMPORT_HEADERS = ['类型', '是否经复议', '立案日期', '结果', '结案日期', '关联申请编号'] as const;
const REQUIRED_HEADERS = ['类型', '立案日期', '结果'] as const;
const OPTIONAL_HEADERS = ['案号', '备注'] as const;

const KIND_WORDS: Record<string, AppealKind> = { 行政复议: 'review', 复议: 'review', 行政诉讼: 'litigation', 诉讼: 'litigation' };

/** 结果 words: the report's columns, their labels, and the detailed words of the two laws. */
const RESULT_WORDS: Record<string, AppealResult | 'pending'> = {
  维持: 'upheld', 结果维持: 'upheld', 决定维持: 'upheld',
  纠正: 'corrected', 结果纠正: 'corrected',
  撤销: 'revoked', 决定撤销: 'revoked', 判决撤销: 'revoked',
  变更: 'varied', 决定变更: 'varied', 判决变更: 'varied',
  确认违法: 'confirmedUnlawful', 确认无效: 'confirmedUnlawful',
  责令履行: 'orderedToPerform', 责令履行职责: 'orderedToPerform', 责令履行法定职责: 'orderedToPerform', 判决履行: 'orderedToPerform',
  其他: 'other', 其他结果: 'other',
  驳回: 'dismissed', 驳回复议申请: 'dismissed', 驳回起诉: 'dismissed', 驳回诉讼请求: 'dismissed',
  撤回: 'withdrawn', 撤诉: 'withdrawn', 撤回申请: 'withdrawn', 撤回起诉: 'withdrawn',
  终止: 'terminated', 终止审理: 'terminated', 终止复议: 'terminated', 终结: 'terminated', 终结诉讼: 'terminated',
  调解: 'mediated', 和解: 'mediated',
  尚未审结: 'pending', 未审结: 'pending', 审理中: 'pending', 在审: 'pending',
};

/** One good row: the facts and the identity that makes re-importing the same file a no-op. */
export interface AppealImportRow {
  line: number;
  facts: AppealFields;
  importKey: string;
}

export { normalizeLedgerDate };

const squash = (value: string | undefined) => (value ?? '').replace(/\s+/g, '');

export function readAppealRows(table: TableFile, today: string): { rows: AppealImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const missing = REQUIRED_HEADERS.filter((h) => !table.headers.includes(h));
  if (missing.length > 0) {
    problems.push({
      line: table.format === 'jsonl' ? 0 : 1,
      message: `缺少列：${missing.join('、')}（须有 ${APPEAL_IMPORT_HEADERS.join('、')}；是否经复议、结案日期、关联申请编号可为空）`,
    });
    return { rows: [], problems };
  }
  const seen = new Map<string, number>();
  const rows: AppealImportRow[] = [];
  for (const { line, cells } of table.rows) {
    const mine: string[] = [];
    const kindWord = squash(cells['类型']);
    const kind = KIND_WORDS[kindWord];
    if (!kind) mine.push(kindWord ? `未知类型“${kindWord}”（应为 行政复议 或 行政诉讼）` : '类型为空（应为 行政复议 或 行政诉讼）');
    const afterWord = squash(cells['是否经复议']);
    const afterReview = afterWord === '是' ? true : afterWord === '否' || afterWord === '' ? false : undefined;
    if (afterReview === undefined) mine.push(`是否经复议“${afterWord}”无效（应为 是 或 否）`);
    const filed = dateCell(cells['立案日期'], '立案日期', true, mine);
    const closed = dateCell(cells['结案日期'], '结案日期', false, mine);
    const resultWord = squash(cells['结果']);
    const result = RESULT_WORDS[resultWord];
    if (!result) mine.push(resultWord ? `未知结果“${resultWord}”（应为 维持、纠正、其他、尚未审结，或 撤销、变更、确认违法、责令履行、驳回、撤回、终止 等）` : '结果为空（尚未审结的案件填“尚未审结”）');
    if (mine.length === 0) {
      const parsed = appealFields.safeParse({
        kind, afterReview, filedOn: filed, result: result === 'pending' ? null : result, closedOn: closed,
        applicationNumber: cells['关联申请编号'], caseNumber: cells[OPTIONAL_HEADERS[0]], note: cells[OPTIONAL_HEADERS[1]],
      });
      if (!parsed.success) mine.push(...parsed.error.issues.map((issue) => issue.message));
      else {
        const facts = parsed.data;
        mine.push(...appealFactProblems(facts, today).map((p) => p.message));
        if (mine.length === 0) {
          // 案号, 结果, 结案日期 and 备注 are not identity: a later ledger fills them in and the row is updated.
          const identity = [facts.kind, facts.afterReview ? 1 : 0, facts.filedOn, facts.applicationNumber ?? ''].join('|');
          const n = (seen.get(identity) ?? 0) + 1;
          seen.set(identity, n);
          rows.push({ line, facts, importKey: `${identity}#${n}` });
        }
      }
    }
    for (const message of mine) problems.push({ line, message });
  }
  if (table.rows.length === 0) problems.push({ line: 0, message: '文件中没有数据行' });
  return { rows, problems };
}

const dateCell = ledgerDateCell;
