/**
 * Site navigation glued to a report's title (`首页 > 政府信息公开 > 年报某县2022年政府信息公开
 * 工作年度报告`, `首页/ 政府信息公开 / … / 正文`): the crumbs apart from the title, so that the
 * title line names the agency and nothing of the site.
 */
import { TITLE_SIGN } from './title.ts';

/** Separators between crumbs. */
const CRUMB_SEPARATOR = /\s*(?:>|›|»|＞|\/|／|→)\s*/g;
const SITE_MARK = /首页|当前位置|您的位置|您现在的位置|所在位置/;
/** Words a last crumb is made of before the title starts. */
const CRUMB_WORDS = /^(?:正文|详情|内容|文章|信息|年报|年度报告|工作年报|信息公开年报|政府信息公开年报|政府信息公开年度报告|政府信息公开工作年度报告|年度工作报告)+/;

/**
 * A line of crumbs and a title → [crumbs, title]; a line that is not so → [line]. The title is the
 * text after the last separator, less the words crumbs are made of (正文, 年报 …), and only where
 * it still reads as a report title.
 */
export function stripBreadcrumb(line: string): string[] {
  if (!SITE_MARK.test(line)) return [line];
  CRUMB_SEPARATOR.lastIndex = 0;
  let lastEnd = -1;
  let lastStart = -1;
  for (let m = CRUMB_SEPARATOR.exec(line); m; m = CRUMB_SEPARATOR.exec(line)) {
    lastStart = m.index;
    lastEnd = m.index + m[0].length;
    if (m[0].length === 0) CRUMB_SEPARATOR.lastIndex++;
  }
  if (lastEnd < 0) return [line];
  const tail = line.slice(lastEnd);
  const title = tail.replace(CRUMB_WORDS, '').trim();
  if (!TITLE_SIGN.test(title) || title.length < 8) return [line];
  const crumbs = line.slice(0, lastStart) + line.slice(lastStart, lastEnd) + tail.slice(0, tail.length - title.length);
  return [crumbs.trim(), title];
}
