/**
 * The document around the tables: page footers, viewer prefixes and site navigation to drop, and
 * the six section headings (the title: title.ts).
 */
import { stripBreadcrumb } from './breadcrumb.ts';
import { labelKey } from './normalize.ts';
import { SECTION_HEADINGS } from './labels.ts';

const LINE_BREAK = /\r\n|\r|\n|\f|\u2028|\u2029|\u0085/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

// A document viewer's page prefix on each page's text: `Page 2 - 二、主动公开政府信息情况`.
const VIEWER_PREFIX = /^\s*page\s*\d+\s*(?:of\s*\d+\s*)?[-–—:：|]\s*/i;

/**
 * The lines of the text as the reader takes them: viewer prefixes dropped, a breadcrumb glued to
 * the title (`首页/ 政府信息公开 / 年报 / 某县2022年…报告`) split off the title, then page furniture
 * and site navigation dropped so that they can neither split a table nor add numbers.
 */
export function contentLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of splitLines(text)) {
    const line = raw.length > 0 && VIEWER_PREFIX.test(raw) ? raw.replace(VIEWER_PREFIX, '') : raw;
    for (const part of line.length <= 300 ? stripBreadcrumb(line) : [line]) if (!isNoiseLine(part)) out.push(part);
  }
  return out;
}

// Page footers and headers left by PDF extraction (`第 3 页 共 5 页`, `- 3 -`, `3/5`).
const PAGE_FOOTER = /^(?:第\d+页(?:[,/]?共\d+页)?|共\d+页第\d+页|[-—–]\d+[-—–]|\d+\/\d+|page\d+(?:of\d+)?)$/i;
// Site chrome scraped with the page: breadcrumbs, publication metadata, sharing and print links.
const NAVIGATION = /(?:当前位置|您的位置|首页[>›»/]|[>›»/]首页|发布时间:|发布日期:|浏览次数|访问次数|点击数:|来源:|字号[:：]?|【大中小】|字体:|打印本页|关闭窗口|分享到|扫一扫|上一篇|下一篇|版权所有|ICP备|网站标识码|网站地图|联系我们|主办单位:|承办单位:|技术支持)/i;

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
