/**
 * A whole report on one line (page text scraped with no line breaks): broken back into the lines
 * of the run-together form the reader takes — sentences, section headings, one line per table row
 * (label followed by its cells run together), table 四's fifteen cells as one run. Rows are found
 * by their labels inside the line; the runs are split later by the table's arithmetic
 * (split-runs.ts, solve-table.ts), never here.
 */
import { stripBreadcrumb } from './breadcrumb.ts';

/** Lines at least this long with a section heading inside are taken as a report on one line. */
const LONG_LINE = 600;

const HEADINGS: readonly RegExp[] = [
  /一、(?:总体情况|概述|基本情况)/,
  /二、主动公开政府信息情况/,
  /三、收到和处理政府信息公开申请情况/,
  /四、政府信息公开行政复议、?行政诉讼情况/,
  /五、(?:政府信息公开工作)?存在的主要问题及改进情况/,
  /六、其他需要报告的事项/,
];

const TABLE2_LABELS = /第二十条第[（(][一二三四五六七八九][）)]项|信息内容|规章|(?:行政)?规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购/g;
const TABLE3_LABELS = /[（(]本列数据|申请人情况|一、本年新收|二、上年结转|三、本年度办理结果|[（(][一二三四五六七][）)](?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计)|四、结转下年度/g;
/** Sub-rows of table 三 with their printed number: the number is part of the label, not of the run before it. */
const TABLE3_NUMBERED: readonly [number, RegExp][] = [
  [1, /属于国家秘密/g], [2, /其他法律(?:行政)?法规禁止公开/g], [3, /危及/g], [4, /保护第三方合法权益/g],
  [5, /属于三类内部事务/g], [6, /属于四类过程性/g], [7, /属于行政执法案卷/g], [8, /属于行政查询事项/g],
  [1, /本机关不掌握/g], [2, /没有现成信息/g], [3, /补正后申请内容/g],
  [1, /信访举报投诉/g], [2, /重复申请/g], [3, /要求提供公开出版物/g], [4, /无正当理由大量反复申请/g], [5, /要求行政机关确认/g],
  [1, /申请人无正当理由逾期不补正/g], [2, /申请人逾期未按收费通知/g], [3, /其他(?=\d)/g],
];
/** Group labels of table 三 that stand before their first sub-row with no break between. */
const GROUP_ONLY = /^(?:三、本年度办理结果|[（(][三四五六][）)](?:不予公开|无法提供|不予处理|其他处理))$/;
const PAGE_META = /(?:发布(?:日期|时间)|来源|浏览次数|点击数|字号|作者|信息来源)[:：]/g;
const NUMBERING = /(\d+)[.、．]$/;

/** True if the text is a report scraped onto one line (or a few very long ones). */
export function isOneLineReport(text: string): boolean {
  if (text.length < LONG_LINE) return false;
  let longest = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i - start > longest) longest = i - start;
      start = i + 1;
    }
  }
  if (longest < LONG_LINE) return false;
  let found = 0;
  for (const h of HEADINGS) if (h.test(text)) found++;
  return found >= 3;
}

function labelBreaks(text: string, from: number, to: number, pattern: RegExp, breaks: Set<number>): void {
  const region = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(region); m; m = pattern.exec(region)) breaks.add(from + m.index);
}

function numberedBreaks(text: string, from: number, to: number, breaks: Set<number>): void {
  const region = text.slice(from, to);
  const numbered = /\d[.、．]属于国家秘密/.test(region);
  for (const [n, pattern] of TABLE3_NUMBERED) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(region); m; m = pattern.exec(region)) {
      const before = region.slice(Math.max(0, m.index - 3), m.index);
      const num = NUMBERING.exec(before);
      if (num && Number(num[1]!.slice(-String(n).length)) === n) breaks.add(from + m.index - String(n).length - 1);
      else if (!numbered) breaks.add(from + m.index);
    }
  }
}

/** The first match of each heading, in order (a heading before the previous one is not a heading). */
function headingPositions(text: string): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  let from = 0;
  for (const h of HEADINGS) {
    const re = new RegExp(h.source, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) { out.push({ at: -1, end: -1 }); continue; }
    out.push({ at: m.index, end: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  return out;
}

/** One long line → lines (see the module comment). */
function unfoldLine(line: string): string[] {
  const heads = headingPositions(line);
  const breaks = new Set<number>();
  for (const h of heads) if (h.at >= 0) { breaks.add(h.at); breaks.add(h.end); }
  for (let i = 0; i < line.length; i++) if (line[i] === '。') breaks.add(i + 1);
  // Publication details after the title (发布日期：… 来源：… 字号：大 中 小) are a line of their own.
  const first = heads.find((h) => h.at >= 0)?.at ?? line.length;
  labelBreaks(line, 0, first, PAGE_META, breaks);
  const next = (k: number): number => {
    for (let j = k + 1; j < heads.length; j++) if (heads[j]!.at >= 0) return heads[j]!.at;
    return line.length;
  };
  if (heads[1]!.at >= 0) labelBreaks(line, heads[1]!.end, next(1), TABLE2_LABELS, breaks);
  if (heads[2]!.at >= 0) {
    labelBreaks(line, heads[2]!.end, next(2), TABLE3_LABELS, breaks);
    numberedBreaks(line, heads[2]!.end, next(2), breaks);
  }
  if (heads[3]!.at >= 0) {
    // Table 四: headers, then the fifteen cells run together after the last 总计 of the header.
    const region = line.slice(heads[3]!.end, next(3));
    const total = region.lastIndexOf('总计');
    const digits = total >= 0 ? /^\d+/.exec(region.slice(total + 2)) : null;
    if (digits) {
      breaks.add(heads[3]!.end + total + 2);
      breaks.add(heads[3]!.end + total + 2 + digits[0].length);
    }
  }
  const cuts = [...breaks].filter((b) => b > 0 && b < line.length).sort((a, b) => a - b);
  const pieces: string[] = [];
  let last = 0;
  for (const cut of [...cuts, line.length]) {
    const piece = line.slice(last, cut).trim();
    last = cut;
    if (!piece) continue;
    // A group label glued to its first sub-row stays on that row's line (as in the run-together form).
    if (pieces.length > 0 && GROUP_ONLY.test(pieces[pieces.length - 1]!)) pieces[pieces.length - 1] += piece;
    else pieces.push(piece);
  }
  // Before the first heading: site navigation, then the title.
  if (pieces.length > 0 && line.slice(0, first).trimStart().startsWith(pieces[0]!)) {
    pieces.splice(0, 1, ...stripBreadcrumb(pieces[0]!));
  }
  return pieces;
}

/** The text with every report-on-one-line line unfolded; other text as it was. */
export function unfoldOneLine(text: string): string {
  if (!isOneLineReport(text)) return text;
  return text.split('\n').flatMap((line) => (line.length >= LONG_LINE ? unfoldLine(line) : [line])).join('\n');
}
