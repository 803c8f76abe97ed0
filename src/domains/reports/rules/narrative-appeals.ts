/**
 * N-APPEALS-COUNT (warning): the text's count of 行政复议 or 行政诉讼 cases contradicts table 四.
 * Fixed phrasings only (a whitelist, so ordinary prose never matches):
 * - a count right after the word, with only filler words between: “全年共发生行政复议案件2件”,
 *   “被申请行政复议2件”, “行政诉讼案件共3起” — compared with table 四's 行政复议 总计, or for 行政诉讼
 *   with 未经复议直接起诉 + 复议后起诉 (either group alone is accepted where the clause speaks of
 *   复议后/直接 起诉);
 * - both at once: “行政复议和行政诉讼案件各1件 / 均为0件” (each), “分别为2件、1件”, “行政复议、行政
 *   诉讼案件3件” (their sum);
 * - none: “未发生政府信息公开行政复议、行政诉讼案件”, “无行政诉讼” while the table's total is > 0.
 * Not read: counts of a part (“行政复议纠错1件”, “尚未审结的行政复议案件1件”) and figures about
 * another year (“上年…”, “2022年…”), which cannot contradict this year's table.
 * Source: 条例第五十条第（四）项 (the report states 行政复议、行政诉讼 cases); the table is the record.
 */
import type { AnnualReport, AppealRow, Finding } from '../model.ts';
import { APPEAL_COLUMNS } from '../model.ts';
import type { UnknownCells } from './cells.ts';
import { formatNumber, isFilled, knownAppealPart } from './cells.ts';
import { aboutAnotherYear, narrativeAnchor } from './narrative-text.ts';

// PDF text puts spaces around numbers and breaks lines inside sentences (“行政复议 351⏎件”).
const S = '\\s*';
const FILLER = '(?:案件|申请|的|数量|总数|共计|共|合计|总计|为|是|有|达|\\s)*';
const UNIT = `${S}(?:件|起|宗|个)`;
const SINGLE = new RegExp(`(行政复议|行政诉讼)${FILLER}(\\d+)${UNIT}`, 'g');
const BOTH = new RegExp(`行政复议(?:案件)?(?:和|、|及|与|或)(?:行政)?诉讼(?:案件)?(?:数量|数)?${S}(各|均为|均|都为|都是|分别为|分别是|共计|共|合计|总计|为)?${S}(\\d+)(?:${UNIT})?(?:${S}(?:、|和|，|,|及)${S}(\\d+)${UNIT})?`, 'g');
const NONE = /(?:未|没有|无)(?:发生|收到|出现|产生|涉及|发现)?(?:任何)?(?:因|涉及)?(?:政府信息公开(?:工作)?|信息公开)?(?:引起|引发|产生|方面)?的?(?:被申请|被提起|被)?(行政复议|行政诉讼)(?:案件)?(?:(?:和|、|及|与|或)(?:行政)?(诉讼|复议))?/g;
/** Words before the count that make it a part of the total (a result, the pending cases, carry-over). */
const PART_CONTEXT = /审结|维持|纠正|纠错|撤销|驳回|败诉|胜诉|结转|终止|确认违法|其他结果/;
/** The clause speaks of one kind of 行政诉讼 only. */
const AFTER_REVIEW = /复议后|经复议|经行政复议|不服.*复议/;
const DIRECT = /直接/;

interface AppealTotals { review: number; litigation: number; direct: number; afterReview: number }

export function checkNarrativeAppeals(text: string, report: AnnualReport, unknown: UnknownCells = new Set()): Finding[] {
  const totals = appealTotals(report, unknown);
  if (!totals) return [];
  const findings: Finding[] = [];
  const warn = (index: number, quote: string, detail: string): void => {
    findings.push({ rule: 'N-APPEALS-COUNT', severity: 'warning', at: narrativeAnchor(text, index), message: `正文“${quote.replace(/\s+/g, ' ')}”与表四不符：${detail}` });
  };
  const reviewText = `行政复议总计${formatNumber(totals.review)}件`;
  const litigationText = `行政诉讼总计${formatNumber(totals.litigation)}件（未经复议直接起诉${formatNumber(totals.direct)}件，复议后起诉${formatNumber(totals.afterReview)}件）`;

  const covered: [number, number][] = [];
  for (const m of text.matchAll(BOTH)) {
    covered.push([m.index, m.index + m[0].length]);
    if (skipped(text, m.index, report.year)) continue;
    const a = Number(m[2]);
    const b = m[3] === undefined ? null : Number(m[3]);
    const each = m[1] !== undefined && /^(?:各|均|都)/.test(m[1]);
    const ok = b !== null ? a === totals.review && b === totals.litigation
      : each ? a === totals.review && a === totals.litigation
        : a === totals.review + totals.litigation;
    if (!ok) warn(m.index, m[0], `${reviewText}，${litigationText}`);
  }
  for (const m of text.matchAll(SINGLE)) {
    if (covered.some(([from, to]) => m.index >= from && m.index < to) || skipped(text, m.index, report.year)) continue;
    const n = Number(m[2]);
    if (m[1] === '行政复议') {
      if (n !== totals.review) warn(m.index, m[0], reviewText);
      continue;
    }
    const clause = clauseBefore(text, m.index);
    const accepted = [totals.litigation];
    if (AFTER_REVIEW.test(clause)) accepted.push(totals.afterReview);
    if (DIRECT.test(clause)) accepted.push(totals.direct);
    if (!accepted.includes(n)) warn(m.index, m[0], litigationText);
  }
  for (const m of text.matchAll(NONE)) {
    if (aboutAnotherYear(text, m.index, report.year)) continue;
    const kinds = new Set([m[1] === '行政复议' ? 'review' : 'litigation']);
    if (m[2] !== undefined) kinds.add(m[2] === '复议' ? 'review' : 'litigation');
    if (kinds.has('review') && totals.review > 0) warn(m.index, m[0], reviewText);
    if (kinds.has('litigation') && totals.litigation > 0) warn(m.index, m[0], litigationText);
  }
  return findings;
}

function clauseBefore(text: string, index: number): string {
  return text.slice(Math.max(0, index - 60), index).split(/[，。；！？,;\n]/).pop() ?? '';
}

/** A count about another year, or about a part of the total (see PART_CONTEXT). */
function skipped(text: string, index: number, year: number | null): boolean {
  return aboutAnotherYear(text, index, year) || PART_CONTEXT.test(clauseBefore(text, index));
}

/** Table 四's totals (a blank 总计 counts as the sum of its parts); undefined if it cannot be trusted. */
function appealTotals(report: AnnualReport, unknown: UnknownCells): AppealTotals | undefined {
  const groups = report.appeals;
  // A table 四 with no filled cell was not printed or not found: nothing to contradict.
  if (!Object.values(groups).some((row: AppealRow) => APPEAL_COLUMNS.some((c) => isFilled(row[c])))) return undefined;
  const total = (key: keyof typeof groups): number | null => {
    const row = groups[key];
    const path = `appeals.${key}`;
    if (isFilled(row.total)) return row.total;
    if (unknown.has(`${path}.total`)) return null;
    let sum = 0;
    for (const c of ['upheld', 'corrected', 'other', 'pending'] as const) {
      const v = knownAppealPart(row, path, c, unknown);
      if (v === null) return null;
      sum += v;
    }
    return sum;
  };
  const review = total('review');
  const direct = total('litigationDirect');
  const afterReview = total('litigationAfterReview');
  if (review === null || direct === null || afterReview === null) return undefined;
  return { review, litigation: direct + afterReview, direct, afterReview };
}
