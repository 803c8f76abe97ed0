/**
 * The document around the tables: page footers and site navigation to drop, the title with the
 * agency and year, and the six section headings.
 */
import { labelKey, toHalfWidth } from './normalize.ts';
import { SECTION_HEADINGS } from './labels.ts';

const LINE_BREAK = /\r\n|\r|\n|\f|\u2028|\u2029|\u0085/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

// Page footers and headers left by PDF extraction (`第 3 页 共 5 页`, `- 3 -`, `3/5`).
const PAGE_FOOTER = /^(?:第\d+页(?:[,/]?共\d+页)?|共\d+页第\d+页|[-—–]\d+[-—–]|\d+\/\d+|page\d+(?:of\d+)?)$/i;
// Site chrome scraped with the page: breadcrumbs, publication metadata, sharing and print links.
const NAVIGATION = /(?:当前位置|您的位置|首页[>›»]|[>›»]首页|发布时间:|发布日期:|浏览次数|访问次数|点击数:|来源:|字号[:：]?|【大中小】|字体:|打印本页|关闭窗口|分享到|扫一扫|上一篇|下一篇|版权所有|ICP备|网站标识码|网站地图|联系我们|主办单位:|承办单位:|技术支持)/i;

/** True for lines that are page furniture or site navigation, not report content. */
export function isNoiseLine(line: string): boolean {
  if (line.length > 120) return false;
  const key = labelKey(line);
  if (key === '') return false;
  if (PAGE_FOOTER.test(key)) return true;
  return NAVIGATION.test(key);
}

const HEADING_START = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*([一二三四五六])\s*[、.．,，:：\s]/;
const MARKUP = /[#*]/g;

/** Index 0..5 of the section a heading line opens, or -1. */
export function headingIndex(line: string): number {
  const m = HEADING_START.exec(line);
  if (!m) return -1;
  if (line.includes('\t') || line.includes('|')) return -1;
  const key = labelKey(line.replace(MARKUP, ''));
  if (key.length > 40) return -1;
  const index = '一二三四五六'.indexOf(m[1]!);
  return SECTION_HEADINGS[index]!.test(key) ? index : -1;
}

/** Line index of each section heading 一…六 (undefined when missing), found in order. */
export function findHeadings(lines: readonly string[], noise: readonly boolean[], from: number): (number | undefined)[] {
  const found: (number | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined];
  const candidates: { line: number; index: number }[] = [];
  for (let i = from; i < lines.length; i++) {
    if (noise[i]) continue;
    const line = lines[i]!;
    if (line.length > 200) continue;
    const index = headingIndex(line);
    if (index >= 0) candidates.push({ line: i, index });
  }
  // A table of contents lists the headings on consecutive lines; the real ones have text between.
  const toc = new Set<number>();
  for (let c = 0; c < candidates.length; c++) {
    let end = c;
    while (end + 1 < candidates.length && candidates[end + 1]!.index === candidates[end]!.index + 1
      && onlyBlankBetween(lines, candidates[end]!.line, candidates[end + 1]!.line)) end++;
    if (end - c >= 2) for (let k = c; k <= end; k++) toc.add(candidates[k]!.line);
    c = end;
  }
  let last = -1;
  for (const { line, index } of candidates) {
    if (toc.has(line) || found[index] !== undefined || index <= last) continue;
    found[index] = line;
    last = index;
  }
  return found;
}

function onlyBlankBetween(lines: readonly string[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (lines[i]!.trim() !== '') return false;
  return true;
}

export interface Title {
  line: number;
  year: number | null;
  agency: string | null;
  /** True when the year was not in the title but taken from the body. */
  yearFromBody: boolean;
}

const TITLE = /政府信息公开.*(?:年度报告|年报|工作报告)|(?:年度报告|年报).*政府信息公开/;
// `关于2020年政府信息公开工作情况的报告`: short lines ending in 报告 are titles too.
const SHORT_TITLE = /政府信息公开.*报告$/;
const YEAR = /((?:19|20)\d{2})年/;
const TITLE_PARTS = /^(.*?)((?:19|20)\d{2})年度?(.*?)政府信息公开/;
const AGENCY_BEFORE = /^(.*?[^年度\d])政府信息公开/;
const AGENCY_TAIL = /(?:政府|局|委员会|委|办公室|办|中心|院|厅|部|署|所|处|队|会|镇|乡|街道|公司|馆|站|集团)$/;
const AGENCY_TRIM = /^(?:关于|标题:|题目:)+|(?:关于|的|之|[,.:;!?()\-—《》])+$/g;

const CHINESE_YEAR = /([〇零○一二三四五六七八九]{4})(?=年)/g;
const CHINESE_DIGITS: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** `二〇二〇年` → `2020年`, as some titles write the year. */
function chineseYearToDigits(key: string): string {
  return key.replace(CHINESE_YEAR, (year) => [...year].map((c) => CHINESE_DIGITS[c] ?? c).join(''));
}

function cleanAgency(text: string): string | null {
  const t = text.replace(AGENCY_TRIM, '');
  return t.length >= 2 && t.length <= 40 ? t : null;
}

/** The report title (first short line naming 政府信息公开 and a 报告), with agency and year. */
export function findTitle(lines: readonly string[], noise: readonly boolean[], limit: number): Title | null {
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    if (noise[i]) continue;
    const raw = lines[i]!;
    if (raw.length > 150 || raw.includes('\t')) continue;
    const key = chineseYearToDigits(toHalfWidth(labelKey(raw)).replace(MARKUP, ''));
    if (key.length > 70 || !(TITLE.test(key) || (key.length <= 40 && SHORT_TITLE.test(key)))) continue;
    const parts = TITLE_PARTS.exec(key);
    let agency: string | null = null;
    let year: number | null = null;
    if (parts) {
      year = Number(parts[2]);
      agency = cleanAgency(parts[1]!) ?? cleanAgency(parts[3]!);
    } else {
      // `××政府信息公开工作年度报告（2020年度）`: the year after, the agency before.
      const y = YEAR.exec(key);
      if (y) year = Number(y[1]);
      const before = AGENCY_BEFORE.exec(key);
      if (before) agency = cleanAgency(before[1]!);
    }
    if (!agency) {
      // A title broken over two lines: the agency alone on the line above.
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        if (noise[j]) continue;
        const prev = labelKey(lines[j]!).replace(MARKUP, '');
        if (prev === '') continue;
        if (prev.length <= 30 && AGENCY_TAIL.test(prev)) agency = cleanAgency(prev);
        break;
      }
    }
    return { line: i, year, agency, yearFromBody: false };
  }
  return null;
}

/** The first statistics year named in the body (`2020年，我镇…`), for titles without one. */
export function yearFromBody(lines: readonly string[], from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    const m = YEAR.exec(toHalfWidth(lines[i]!));
    if (m) return Number(m[1]);
  }
  return null;
}
