/**
 * The applications ledger (政府信息公开申请台账) read row by row into case facts: pure. Headers
 * (issue 8, item 6): 申请编号, 收到日期 (the statutory receipt date), 收到方式, 申请人类型,
 * 补正后收到日期, 延期, 办结日期, 办理结果, 收费金额; optional 申请人 and 申请内容; other columns
 * (序号 …) are ignored. Every problem is collected with its line, so the whole file can be refused
 * with one list. Each row's statutory clock is built here, so a sequence the law does not allow
 * (a reply before receipt …) is a problem of its line, not a failure halfway through writing.
 */
import type { CalendarDate } from '../../../calendar/index.ts';
import { builtinCalendar } from '../../../calendar/index.ts';
import { DomainError } from '../../../shared/errors.ts';
import { ledgerDateCell } from '../../../shared/ledger-date.ts';
import type { TableFile } from '../../../shared/table-file.ts';
import type { ClockEvent, Ledger, ReceiptChannel } from '../../clock/index.ts';
import { MAX_EXTENSION_WORKDAYS, RECEIPT_RULES, buildLedger } from '../../clock/index.ts';
import type { Outcome } from '../../outcomes/index.ts';
import type { ApplicantType } from '../vocabulary.ts';
import { APPLICANT_TYPE_LABELS, APPLICANT_TYPES, LEDGER_CHANNEL_LABELS, applicantTypeLongLabel } from '../vocabulary.ts';
import { outcomeFromLabel } from './outcome-labels.ts';

export const LEDGER_IMPORT_HEADERS = ['申请编号', '收到日期', '收到方式', '申请人类型', '补正后收到日期', '延期', '办结日期', '办理结果', '收费金额'] as const;
const REQUIRED_HEADERS = ['申请编号', '收到日期', '收到方式', '申请人类型', '办结日期', '办理结果'] as const;

/** Who approved an extension is not in a ledger; the clock needs a name. */
export const LEDGER_APPROVER = '（台账导入）';

export interface LedgerProblem {
  line: number;
  message: string;
}

/** One good ledger row: what the case row is written from. */
export interface LedgerCase {
  line: number;
  number: string;
  applicantType: ApplicantType;
  applicantName: string;
  description: string;
  channel: ReceiptChannel;
  receivedOn: CalendarDate;
  correctedOn: CalendarDate | null;
  extended: boolean;
  closedOn: CalendarDate | null;
  outcome: Outcome | null;
  /** 收费金额 in fen. */
  feeFen: number;
  clock: ClockEvent[];
  ledger: Ledger;
}

const APPLICANT_WORDS: Record<string, ApplicantType> = Object.fromEntries(
  APPLICANT_TYPES.flatMap((type) => [
    [APPLICANT_TYPE_LABELS[type], type],
    [applicantTypeLongLabel(type).normalize('NFKC'), type],
    [type, type],
  ]),
);
APPLICANT_WORDS['公民'] = 'natural';
APPLICANT_WORDS['个人'] = 'natural';
APPLICANT_WORDS['企业'] = 'commercial';

const squash = (value: string | undefined) => (value ?? '').normalize('NFKC').replace(/\s+/g, '');

/** 收费金额 in 元 (up to two decimals, 元 or ￥ allowed) → fen, or a problem. */
function feeCell(raw: string | undefined, problems: string[]): number {
  const text = squash(raw).replace(/^[¥￥]/, '').replace(/元$/, '');
  if (text === '' || text === '无' || text === '-') return 0;
  if (!/^\d+(?:\.\d{1,2})?$/.test(text)) {
    problems.push(`收费金额“${raw?.trim()}”无效（应为以元为单位的金额，例如 100 或 12.50，未收费留空或填 0）`);
    return 0;
  }
  return Math.round(Number(text) * 100);
}

/** The clock of an imported case: receipt, the correction if any, the extension if any, the reply. */
export function ledgerClock(c: Pick<LedgerCase, 'receivedOn' | 'channel' | 'correctedOn' | 'extended' | 'closedOn' | 'outcome'>): ClockEvent[] {
  const events: ClockEvent[] = [{
    type: 'received', on: c.receivedOn, channel: c.channel,
    // 收到日期 in a ledger is already the statutory date (第三十一条): the confirmation day.
    ...(RECEIPT_RULES[c.channel].needsConfirmation ? { confirmedOn: c.receivedOn } : {}),
  }];
  if (c.correctedOn) {
    events.push({ type: 'correctionRequested', on: c.receivedOn, correctionDueOn: c.correctedOn });
    events.push({ type: 'correctionReceived', on: c.correctedOn });
  }
  // A ledger says only 是: the extension is taken as the most the law allows, from the day the reply period starts.
  if (c.extended) events.push({ type: 'extended', on: c.correctedOn ?? c.receivedOn, workdays: MAX_EXTENSION_WORKDAYS, approvedBy: LEDGER_APPROVER });
  if (c.closedOn) events.push({ type: 'replied', on: c.closedOn, ...(c.outcome ? { outcome: c.outcome } : {}) });
  return events;
}

export function readLedgerRows(table: TableFile, today: CalendarDate): { rows: LedgerCase[]; problems: LedgerProblem[] } {
  const problems: LedgerProblem[] = [];
  const missing = REQUIRED_HEADERS.filter((h) => !table.headers.includes(h));
  if (missing.length > 0) {
    problems.push({
      line: table.format === 'jsonl' ? 0 : 1,
      message: `缺少列：${missing.join('、')}（须有 ${LEDGER_IMPORT_HEADERS.join('、')}；补正后收到日期、延期、收费金额可省略）`,
    });
    return { rows: [], problems };
  }
  const firstLine = new Map<string, number>();
  const rows: LedgerCase[] = [];
  for (const { line, cells } of table.rows) {
    const mine: string[] = [];
    const number = (cells['申请编号'] ?? '').trim();
    if (!number) mine.push('申请编号为空');
    else if (number.length > 64) mine.push('申请编号超过64个字符');
    else if (firstLine.has(number)) mine.push(`申请编号“${number}”与第${firstLine.get(number)}行重复`);
    else firstLine.set(number, line);
    const receivedOn = ledgerDateCell(cells['收到日期'], '收到日期', true, mine);
    const correctedOn = ledgerDateCell(cells['补正后收到日期'], '补正后收到日期', false, mine);
    const closedOn = ledgerDateCell(cells['办结日期'], '办结日期', false, mine);
    const channelWord = squash(cells['收到方式']);
    const channel = LEDGER_CHANNEL_LABELS[channelWord];
    if (!channel) mine.push(channelWord ? `未知收到方式“${channelWord}”（应为 当面、邮寄、网络、传真 或 电子邮件）` : '收到方式为空（应为 当面、邮寄、网络、传真 或 电子邮件）');
    const typeWord = squash(cells['申请人类型']);
    const applicantType = APPLICANT_WORDS[typeWord];
    if (!applicantType) mine.push(typeWord ? `未知申请人类型“${typeWord}”（应为 自然人、商业企业、科研机构、社会公益组织、法律服务机构 或 其他）` : '申请人类型为空');
    const extendedWord = squash(cells['延期']);
    const extended = extendedWord === '是' ? true : extendedWord === '否' || extendedWord === '' ? false : undefined;
    if (extended === undefined) mine.push(`延期“${extendedWord}”无效（应为 是 或 否）`);
    const outcomeWord = (cells['办理结果'] ?? '').trim();
    const outcome = outcomeWord ? outcomeFromLabel(outcomeWord) ?? null : null;
    if (outcomeWord && !outcome) mine.push(`未知办理结果“${outcomeWord}”（应为年度报告表三的栏目名称，例如 予以公开、部分公开、属于国家秘密、本机关不掌握相关政府信息、重复申请、其他）`);
    if (closedOn && !outcomeWord) mine.push('已填办结日期，但办理结果为空');
    if (outcome && !closedOn && !mine.some((m) => m.startsWith('办结日期'))) mine.push('已填办理结果，但办结日期为空（尚未办结的申请两项都留空）');
    const feeFen = feeCell(cells['收费金额'], mine);
    for (const [date, what] of [[receivedOn, '收到日期'], [correctedOn, '补正后收到日期'], [closedOn, '办结日期']] as const) {
      if (date && date > today) mine.push(`${what}${date}晚于今天（${today}）`);
    }
    if (receivedOn && correctedOn && correctedOn <= receivedOn) mine.push('补正后收到日期须晚于收到日期');
    if (receivedOn && closedOn && closedOn < (correctedOn ?? receivedOn)) mine.push(`办结日期早于${correctedOn ? '补正后收到日期' : '收到日期'}`);
    if (mine.length === 0) {
      const facts = { receivedOn: receivedOn!, channel: channel!, correctedOn, extended: extended!, closedOn, outcome };
      const clock = ledgerClock(facts);
      try {
        const ledger = buildLedger(builtinCalendar(), clock);
        rows.push({
          line, number, applicantType: applicantType!, ...facts, feeFen, clock, ledger,
          applicantName: (cells['申请人'] ?? '').trim().slice(0, 200),
          description: (cells['申请内容'] ?? '').trim().slice(0, 5000) || '（台账导入，未记录申请内容）',
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        mine.push(`办理过程不符合答复期限规则：${error.userMessage}`);
      }
    }
    for (const message of mine) problems.push({ line, message });
  }
  if (table.rows.length === 0) problems.push({ line: 0, message: '文件中没有数据行' });
  return { rows, problems };
}
