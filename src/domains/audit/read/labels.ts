/**
 * Label matchers for the national tables, written against `labelKey` (half-width punctuation, no
 * spaces, no quotes). Each accepts the variants seen in real reports: numbering written or left
 * out, the group label glued in front (HTML scrapes), 法律法规 / 法律行政法规, 规范性文件 /
 * 行政规范性文件. Order-sensitive reading (labels are searched from the previous row on) keeps
 * short labels such as `3.其他` unambiguous.
 */
import type { ReportFormat } from '../../reports/model.ts';
import { ACTIVE_BLOCKS, APPLICATION_ROWS } from '../../reports/layout.ts';

const NUM = '(?:\\d+\\.|\\(\\d+\\))?';
const G3 = '(?:\\(三\\)不予公开)?';
const G4 = '(?:\\(四\\)无法提供)?';
const G5 = '(?:\\(五\\)不予处理)?';
const G6 = '(?:\\(六\\)其他处理)?';
const RESULT = '(?:三、?本年度办理结果)?';

const common: Record<string, string> = {
  newReceived: '^(?:一、?)?本年新收',
  carriedOver: '^(?:二、?)?上年结转',
  granted: `^${RESULT}\\(一\\)予以公开`,
  partial: `^${RESULT}\\(二\\)部分公开`,
  'withheld.stateSecret': `^${G3}${NUM}属于国家秘密`,
  'withheld.lawProhibited': `^${G3}${NUM}其他法律(?:行政)?法规禁止公开`,
  'withheld.threeSecurityOneStability': `^${G3}${NUM}危及三安全一稳定`,
  'withheld.thirdPartyRights': `^${G3}${NUM}保护第三方合法权益`,
  'withheld.internalAffairs': `^${G3}${NUM}属于三类内部事务`,
  'withheld.processInfo': `^${G3}${NUM}属于四类过程性`,
  'withheld.enforcementFile': `^${G3}${NUM}属于行政执法案卷`,
  'withheld.administrativeQuery': `^${G3}${NUM}属于行政查询事项`,
  'unavailable.notHeld': `^${G4}${NUM}本机关不掌握`,
  'unavailable.needsCreation': `^${G4}${NUM}没有现成信息`,
  'unavailable.stillUnclear': `^${G4}${NUM}补正后申请内容仍不明确`,
  'notProcessed.petition': `^${G5}${NUM}信访举报投诉`,
  'notProcessed.duplicate': `^${G5}${NUM}重复申请`,
  'notProcessed.publication': `^${G5}${NUM}要求提供公开出版物`,
  'notProcessed.excessive': `^${G5}${NUM}无正当理由大量反复申请`,
  'notProcessed.confirmation': `^${G5}${NUM}要求行政机关确认`,
  total: '^\\(七\\)总计',
  carriedForward: '^(?:四、?)?结转下年度',
  other: '^\\(六\\)其他处理',
  'other.noCorrection': `^${G6}${NUM}申请人无正当理由逾期不补正`,
  'other.feeUnpaid': `^${G6}${NUM}申请人逾期未按收费通知`,
  'other.other': `^${G6}(?:\\d+\\.|\\(\\d+\\))其他(?:处理)?$`,
};

/** Group labels (merged cells) that are not data rows. */
const GROUP_LABELS = [
  /^三、?本年度办理结果$/, /^\(三\)不予公开$/, /^\(四\)无法提供$/, /^\(五\)不予处理$/, /^\(六\)其他处理$/,
  /^信息内容/, /^第二十条/, /^申请人情况/, /^自然人/, /^法人或其他组织/, /^行政复议/, /^行政诉讼/,
];

export interface RowMatcher {
  key: string;
  pattern: RegExp;
}

function applicationMatchers(format: ReportFormat): RowMatcher[] {
  return APPLICATION_ROWS[format].map((row) => ({ key: row.key, pattern: new RegExp(common[row.key]!) }));
}

export const APPLICATION_MATCHERS: Record<ReportFormat, readonly RowMatcher[]> = {
  '2019': applicationMatchers('2019'),
  '2021': applicationMatchers('2021'),
};

const activeLabels: Record<string, string> = {
  regulations: '^规章',
  normativeDocuments: '^(?:行政)?规范性文件',
  licensing: '^行政许可',
  otherServices: '^其他对外管理服务事项',
  punishment: '^行政处罚',
  coercion: '^行政强制',
  fees: '^行政事业性收费',
  procurement: '^政府集中采购',
};

export interface ActiveRowMatcher extends RowMatcher {
  fields: readonly string[];
}

function activeMatchers(format: ReportFormat): ActiveRowMatcher[] {
  return ACTIVE_BLOCKS[format].flatMap((block) =>
    block.rows.map((row) => ({ key: row.key, pattern: new RegExp(activeLabels[row.key]!), fields: row.columns.map((c) => c.field) })),
  );
}

export const ACTIVE_MATCHERS: Record<ReportFormat, readonly ActiveRowMatcher[]> = {
  '2019': activeMatchers('2019'),
  '2021': activeMatchers('2021'),
};

const ALL_LABELS: readonly RegExp[] = [
  ...GROUP_LABELS,
  ...APPLICATION_MATCHERS['2019'].map((m) => m.pattern),
  ...APPLICATION_MATCHERS['2021'].map((m) => m.pattern),
  ...ACTIVE_MATCHERS['2019'].map((m) => m.pattern),
  ...ACTIVE_MATCHERS['2021'].map((m) => m.pattern),
];

/**
 * PDF text of table 三 prints its tall merged labels (三、本年度办理结果, （三）不予公开 …) a
 * character or two per line, so a numbered sub-row may start with such a fragment: `本 2.其他法律…`,
 * `办 4.保护第三方合法权益`, `（五）不 3.要求提供公开出版物`, `三、本 1.属于国家秘密`, `法提供 2.没有现成信息`.
 */
const MERGED_LABEL_FRAGMENT = /^[三、本年度办理结果()一二四五六不予公开无法提供处其他]{1,9}?(?=\d{1,2}\.\D|\([一二三四五六七]\))/;

/** The key without a fragment of a vertically merged label before its numbering; null if none. */
export function withoutMergedFragment(key: string): string | null {
  const m = MERGED_LABEL_FRAGMENT.exec(key);
  return m ? key.slice(m[0].length) : null;
}

/** The key matches the pattern as it is or without a merged-label fragment before it. */
export function matchesLabel(pattern: RegExp, key: string): boolean {
  if (pattern.test(key)) return true;
  const rest = withoutMergedFragment(key);
  return rest !== null && pattern.test(rest);
}

/** True if a text key is some label of the tables (so it is not the wrapped tail of another label). */
export function isKnownLabel(key: string): boolean {
  for (const pattern of ALL_LABELS) if (pattern.test(key)) return true;
  const rest = withoutMergedFragment(key);
  if (rest !== null) for (const pattern of ALL_LABELS) if (pattern.test(rest)) return true;
  return false;
}

/** Words only the 2021 format prints (table 二 headers, table 三 （六） sub-rows). */
export const FORMAT_2021_SIGNS = ['本年制发', '本年废止', '现行有效件数', '本年处理决定数量', '本年收费金额', '逾期不补正', '逾期未按收费通知'];
/** Words only the 2019 format prints. */
export const FORMAT_2019_SIGNS = ['本年新制作', '本年新公开', '对外公开总', '上一年项目', '其他对外管理服务', '政府集中采购', '采购项目数量', '采购总金额'];

/** Section headings 一…六 with the words that identify each (accepting the longer variants). */
export const SECTION_NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;
export const SECTION_HEADINGS: readonly RegExp[] = [
  /^一[、.]?(?:总体情况|概述|基本情况|总体)/,
  /^二[、.]?.*主动公开/,
  /^三[、.]?.*(?:收到和处理|依申请公开|公开申请情况)/,
  /^四[、.]?.*(?:行政复议|行政诉讼)/,
  /^五[、.]?.*(?:问题|改进)/,
  /^六[、.]?.*其他(?:需要报告|事项)/,
];
