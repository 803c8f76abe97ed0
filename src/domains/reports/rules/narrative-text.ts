/**
 * Text helpers for the narrative rules: normalisation and the anchor of a statement.
 *
 * Anchor of a narrative finding: `sections.一` … `sections.六`, the section whose heading precedes the
 * statement (a line `一、…总体情况`, `五、…问题…`, etc., also as a Markdown or HTML heading); `narrative` when the text has no such heading
 * before it (e.g. only a paragraph was passed).
 */

const SECTION_KEYWORDS: readonly [string, RegExp][] = [
  ['一', /总体情况|概述/],
  ['二', /主动公开/],
  ['三', /收到和处理|依申请/],
  ['四', /复议|诉讼/],
  ['五', /问题|改进/],
  ['六', /其他需要报告|其他事项/],
];

const CHINESE_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
// A count in Chinese numerals before a counting unit (三件, 十二人次, 一百零五条), not an ordinal (第三件).
const CHINESE_COUNT = /(^|[^第\d零〇一二两三四五六七八九十百千万])([零〇一二两三四五六七八九十百千]{1,8})(?=人次|次|件|条|个|项|人)/g;

/** `十二` → 12, `一百零五` → 105, `三` → 3; NaN if not a plain number below 10000. */
export function chineseNumber(text: string): number {
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in CHINESE_DIGIT) {
      digit = CHINESE_DIGIT[ch]!;
      continue;
    }
    const unit = CHINESE_UNIT[ch];
    if (unit === undefined) return Number.NaN;
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
  }
  return total + (digit < 0 ? 0 : digit);
}

/** Full-width digits to ASCII, thousands separators dropped (1,234 → 1234), Chinese-numeral counts as digits (三件 → 3件). */
export function normalizeNarrative(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(CHINESE_COUNT, (whole, before: string, numeral: string) => {
      const n = chineseNumber(numeral);
      return Number.isFinite(n) ? `${before}${n}` : whole;
    });
}

/** The section anchor for a statement at `index` (see the module comment). */
export function narrativeAnchor(text: string, index: number): string {
  const heading = /(?:^|\n)(?:[ \t\u3000#]|<[^>\n]*>)*([一二三四五六])、([^\n。]{0,40})(?=\n|$)/g;
  let anchor = 'narrative';
  for (let m = heading.exec(text); m && m.index < index; m = heading.exec(text)) {
    const entry = SECTION_KEYWORDS.find(([numeral]) => numeral === m![1]);
    if (entry && entry[1].test(m[2]!)) anchor = `sections.${entry[0]}`;
  }
  return anchor;
}

/**
 * Whether the clause before a match speaks of another year (“2022年收到申请10件”, “上年…”, “去年…”),
 * as in year-over-year comparisons; such figures cannot contradict this year's table.
 */
export function aboutAnotherYear(text: string, index: number, year: number | null): boolean {
  const clause = text.slice(0, index).split(/[，。；！？\n]/).pop() ?? '';
  if (/上年|去年|上一年|前一年|同期/.test(clause)) return true;
  return [...clause.matchAll(/(\d{4})年/g)].some((m) => year !== null && Number(m[1]) !== year);
}
