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

/** Full-width digits to ASCII and thousands separators dropped (1,234 → 1234). */
export function normalizeNarrative(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
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
