/**
 * The report's title and the agency and year it names, in the forms real sites serve: a title line
 * (Markdown emphasis or a Markdown cell's pipes around it, a full-width or Chinese-numeral year), a
 * title split over two lines, short titles (`2022年度城南街道信息公开工作报告`,
 * `某县农业农村局2020年度信息公开报告`), or no title line at all but the opening sentence naming the
 * report (`现公布某市机关事务管理局2021年政府信息公开工作年度报告`). The agency is named only where
 * the text names it: never taken from site navigation, never guessed.
 */
import { labelKey } from './normalize.ts';

export interface Title {
  /** First and last line of the title (a title split over two lines spans both). */
  line: number;
  lastLine: number;
  /** The title as read (comparison key form), for messages. */
  text: string;
  year: number | null;
  agency: string | null;
  /** Agency (and year) taken from a sentence of the body (现公布…年度报告), not from a title line. */
  inText: boolean;
  /** No title line at all: everything came from that sentence. */
  onlyInText: boolean;
}

/** A report title: (政府)信息公开 and 年度报告/年报/工作报告, in either order. */
export const TITLE_SIGN = /信息公开.*(?:年度报告|年报|工作报告)|(?:年度报告|年报).*信息公开/;
// Short lines ending in 报告 are titles too: `关于2020年政府信息公开工作情况的报告`, `…2020年度信息公开报告`.
const SHORT_TITLE = /信息公开.*报告$/;
/** Titles carry no sentence punctuation; a line that does is prose (see SENTENCE_TITLE). */
const SENTENCE = /[,。;!?]/;
const YEAR = /((?:19|20)\d{2})年/;
const TITLE_PARTS = /^(.*?)((?:19|20)\d{2})年度?(.*?)信息公开/;
const AGENCY_BEFORE = /^(.*?[^年度\d])信息公开/;
/** The opening sentence naming the report: `现公布某市机关事务管理局2021年政府信息公开工作年度报告`. */
const SENTENCE_TITLE = /(?:现予以公布|现予公布|现公布|现发布|特发布|现将|予以公布|公布|发布)([^,。;:]*?)((?:19|20)\d{2})年度?([^,。;:]*?)信息公开(?:工作)?(?:年度)?(?:报告|年报)/;
/** Words an agency's name ends with (used where the name is not on the title line itself). */
export const AGENCY_TAIL = /(?:政府|局|委员会|委|办公室|办|中心|院|厅|部|署|所|处|队|会|镇|乡|街道|公司|馆|站|集团)$/;
const AGENCY_TRIM = /^(?:关于|标题:|题目:|[《【[(])+|(?:关于|的|之|[,.:;!?()\-—《》【】[\]])+$/g;
/** Not a name: a self-reference (本机关, 我局) or a word of site navigation. */
const NOT_AN_AGENCY = /^(?:我|本)|^(?:首页|当前位置|政务公开|政府信息公开|信息公开|年度报告|年报|正文)$/;
const MARKUP = /[#*]/g;
const CELL_PIPES = /^\|+|\|+$/g;

const CHINESE_YEAR = /([〇零○一二三四五六七八九]{4})(?=年)/g;
const CHINESE_DIGITS: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** `二〇二〇年` → `2020年`, as some titles write the year. */
function chineseYearToDigits(key: string): string {
  return key.replace(CHINESE_YEAR, (year) => [...year].map((c) => CHINESE_DIGITS[c] ?? c).join(''));
}

/** A line as a title is compared: key form, no Markdown emphasis or cell pipes, digits for the year. */
function titleKey(raw: string): string {
  return chineseYearToDigits(labelKey(raw).replace(MARKUP, '').replace(CELL_PIPES, ''));
}

function cleanAgency(text: string): string | null {
  let t = text.replace(AGENCY_TRIM, '');
  // `发布机构:某县人民政府`: the name is after the label.
  const colon = t.lastIndexOf(':');
  if (colon >= 0) t = t.slice(colon + 1).replace(AGENCY_TRIM, '');
  return t.length >= 2 && t.length <= 40 && !NOT_AN_AGENCY.test(t) ? t : null;
}

/**
 * The name before 信息公开, less the 政府 of 政府信息公开 (`水寨镇人民政府政府信息公开` → 水寨镇人民政府),
 * but not the 政府 of the name itself (`某县人民政府信息公开` → 某县人民政府).
 */
function agencyBeforeInfo(text: string): string | null {
  if (text.endsWith('政府')) {
    const rest = text.slice(0, -2);
    if (rest === '' || AGENCY_TAIL.test(rest.replace(AGENCY_TRIM, ''))) return cleanAgency(rest);
  }
  return cleanAgency(text);
}

function isTitleKey(key: string): boolean {
  if (key.length > 70 || SENTENCE.test(key)) return false;
  return TITLE_SIGN.test(key) || (key.length <= 40 && SHORT_TITLE.test(key));
}

function parseTitle(key: string): { year: number | null; agency: string | null } {
  const parts = TITLE_PARTS.exec(key);
  if (parts) return { year: Number(parts[2]), agency: cleanAgency(parts[1]!) ?? agencyBeforeInfo(parts[3]!) };
  // `××政府信息公开工作年度报告（2020年度）`: the year after, the agency before.
  const y = YEAR.exec(key);
  const before = AGENCY_BEFORE.exec(key);
  return { year: y ? Number(y[1]) : null, agency: before ? agencyBeforeInfo(before[1]!) : null };
}

/** A line of the head that may be half of a title split over two lines (short, not prose, not a title). */
function titleHalf(lines: readonly string[], i: number): string | null {
  const raw = lines[i]!;
  if (raw.length > 80 || raw.includes('\t')) return null;
  const key = titleKey(raw);
  return key !== '' && key.length <= 40 && !SENTENCE.test(key) && !isTitleKey(key) ? key : null;
}

/** The nearest non-blank line within two lines before or after `i`, or -1. */
function neighbour(lines: readonly string[], i: number, step: 1 | -1): number {
  for (let j = i + step, n = 0; j >= 0 && j < lines.length && n < 3; j += step, n++) if (lines[j]!.trim() !== '') return j;
  return -1;
}

function titleAt(lines: readonly string[], i: number): Title | null {
  const raw = lines[i]!;
  if (raw.length > 150 || raw.includes('\t')) return null;
  const key = titleKey(raw);
  if (key === '') return null;
  if (isTitleKey(key)) {
    const title: Title = { line: i, lastLine: i, text: key, ...parseTitle(key), inText: false, onlyInText: false };
    if (title.agency && title.year !== null) return title;
    // Split over two lines, the agency (and year) on the line above: `水寨镇人民政府` / `2020年政府信息公开…`.
    const p = neighbour(lines, i, -1);
    const above = p >= 0 ? titleHalf(lines, p) : null;
    if (above !== null) {
      const joined = parseTitle(above + key);
      if (!title.agency && joined.agency && AGENCY_TAIL.test(joined.agency)) {
        title.agency = joined.agency;
        title.line = p;
        title.text = above + key;
        if (title.year === null) title.year = joined.year;
      }
    }
    return title;
  }
  // Split with the break inside the title: `某县人民政府2021年政府信息公开` / `工作年度报告`.
  const half = titleHalf(lines, i);
  const n = half !== null ? neighbour(lines, i, 1) : -1;
  const rest = n >= 0 ? titleHalf(lines, n) : null;
  if (half === null || rest === null || !isTitleKey(half + rest)) return null;
  return { line: i, lastLine: n, text: half + rest, ...parseTitle(half + rest), inText: false, onlyInText: false };
}

const score = (t: Title): number => (t.agency ? 2 : 0) + (t.year !== null ? 1 : 0);

/**
 * The report title among the first `limit` lines: the first that names agency and year, else the
 * one naming most of them (a navigation line such as `政府信息公开年报` names neither). Where no title
 * line names the agency, the opening sentence naming the report may (SENTENCE_TITLE), up to a few
 * lines past `limit` (the sentence may open section 一).
 */
export function findTitle(lines: readonly string[], limit: number): Title | null {
  let best: Title | null = null;
  const end = Math.min(lines.length, limit);
  for (let i = 0; i < end; i++) {
    const t = titleAt(lines, i);
    if (!t) continue;
    if (!best || score(t) > score(best)) best = t;
    if (t.agency && t.year !== null) return t;
    i = t.lastLine;
  }
  if (best?.agency) return best;
  const sentence = titleInText(lines, Math.min(lines.length, end + 8));
  if (!sentence) return best;
  if (!best) return sentence;
  return { ...best, agency: sentence.agency, year: best.year ?? sentence.year, inText: true };
}

function titleInText(lines: readonly string[], end: number): Title | null {
  for (let i = 0; i < end; i++) {
    const raw = lines[i]!;
    if (raw.length > 1000 || !raw.includes('公')) continue;
    const key = chineseYearToDigits(labelKey(raw));
    const m = SENTENCE_TITLE.exec(key);
    if (!m) continue;
    const named = cleanAgency(m[1]!) ?? agencyBeforeInfo(m[3]!);
    const agency = named && AGENCY_TAIL.test(named) ? named : null;
    if (!agency) continue;
    return { line: i, lastLine: i, text: m[0], year: Number(m[2]), agency, inText: true, onlyInText: true };
  }
  return null;
}

/** The first statistics year named in the body (`2020年，我镇…`), for titles without one. */
export function yearFromBody(lines: readonly string[], from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    const m = YEAR.exec(labelKey(lines[i]!));
    if (m) return Number(m[1]);
  }
  return null;
}
