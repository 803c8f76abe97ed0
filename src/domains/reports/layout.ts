/**
 * The official layout of the report tables: every row and column with its exact national label
 * (../shared/spec/domain-reference.md §2.3–2.5), in the order the published tables print them.
 * Renderers, the reader, the rules and the generator all walk these lists.
 */
import type {
  AnnualReport, ApplicantColumn, ApplicantRow, AppealColumn, AppealGroup, Cell, ReportFormat,
} from './model.ts';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS, REPORT_SCHEMA } from './model.ts';

export const SECTION_TITLES = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
] as const;

export const TABLE3_BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export const APPLICANT_COLUMN_LABELS: Record<ApplicantColumn, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legal: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
};

/** What a table 三 row is in the 勾稽关系. */
export type ApplicationRowRole = 'input' | 'outcome' | 'total' | 'carriedForward';

export interface ApplicationRowDefinition {
  /** Dotted key as in the spec (`withheld.stateSecret`); also the path under `applications`. */
  key: string;
  role: ApplicationRowRole;
  /** The group label (（三）不予公开 …) for sub-rows, printed as a merged cell. */
  group?: string;
  /** The row's own label, exactly as the format prints it. */
  label: string;
}

const common = {
  head: [
    { key: 'newReceived', role: 'input', label: '一、本年新收政府信息公开申请数量' },
    { key: 'carriedOver', role: 'input', label: '二、上年结转政府信息公开申请数量' },
    { key: 'granted', role: 'outcome', group: '三、本年度办理结果', label: '（一）予以公开' },
    { key: 'partial', role: 'outcome', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  ],
  withheld: (lawLabel: string): ApplicationRowDefinition[] => [
    { key: 'withheld.stateSecret', role: 'outcome', group: '（三）不予公开', label: '1.属于国家秘密' },
    { key: 'withheld.lawProhibited', role: 'outcome', label: lawLabel },
    { key: 'withheld.threeSecurityOneStability', role: 'outcome', label: '3.危及“三安全一稳定”' },
    { key: 'withheld.thirdPartyRights', role: 'outcome', label: '4.保护第三方合法权益' },
    { key: 'withheld.internalAffairs', role: 'outcome', label: '5.属于三类内部事务信息' },
    { key: 'withheld.processInfo', role: 'outcome', label: '6.属于四类过程性信息' },
    { key: 'withheld.enforcementFile', role: 'outcome', label: '7.属于行政执法案卷' },
    { key: 'withheld.administrativeQuery', role: 'outcome', label: '8.属于行政查询事项' },
  ],
  unavailableAndNotProcessed: [
    { key: 'unavailable.notHeld', role: 'outcome', group: '（四）无法提供', label: '1.本机关不掌握相关政府信息' },
    { key: 'unavailable.needsCreation', role: 'outcome', label: '2.没有现成信息需要另行制作' },
    { key: 'unavailable.stillUnclear', role: 'outcome', label: '3.补正后申请内容仍不明确' },
    { key: 'notProcessed.petition', role: 'outcome', group: '（五）不予处理', label: '1.信访举报投诉类申请' },
    { key: 'notProcessed.duplicate', role: 'outcome', label: '2.重复申请' },
    { key: 'notProcessed.publication', role: 'outcome', label: '3.要求提供公开出版物' },
    { key: 'notProcessed.excessive', role: 'outcome', label: '4.无正当理由大量反复申请' },
    { key: 'notProcessed.confirmation', role: 'outcome', label: '5.要求行政机关确认或重新出具已获取信息' },
  ],
  tail: [
    { key: 'total', role: 'total', label: '（七）总计' },
    { key: 'carriedForward', role: 'carriedForward', label: '四、结转下年度继续办理' },
  ],
} satisfies Record<string, ApplicationRowDefinition[] | ((l: string) => ApplicationRowDefinition[])>;

/** Table 三 rows in printed order, per format. */
export const APPLICATION_ROWS: Record<ReportFormat, readonly ApplicationRowDefinition[]> = {
  '2019': [
    ...common.head,
    ...common.withheld('2.其他法律法规禁止公开'),
    ...common.unavailableAndNotProcessed,
    { key: 'other', role: 'outcome', label: '（六）其他处理' },
    ...common.tail,
  ],
  '2021': [
    ...common.head,
    ...common.withheld('2.其他法律行政法规禁止公开'),
    ...common.unavailableAndNotProcessed,
    { key: 'other.noCorrection', role: 'outcome', group: '（六）其他处理', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
    { key: 'other.feeUnpaid', role: 'outcome', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
    { key: 'other.other', role: 'outcome', label: '3.其他' },
    ...common.tail,
  ],
};

export const APPEAL_GROUP_LABELS: Record<AppealGroup, string> = {
  review: '行政复议',
  litigationDirect: '未经复议直接起诉',
  litigationAfterReview: '复议后起诉',
};
export const APPEAL_COLUMN_LABELS: Record<AppealColumn, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

/** One row of table 二: its key under `active`, label and columns (field key + column label). */
export interface ActiveRowDefinition {
  key: string;
  label: string;
  columns: readonly { field: string; label: string }[];
}
/** A block of table 二, headed by the article of 条例第二十条 it reports on. */
export interface ActiveBlockDefinition {
  header: string;
  rows: readonly ActiveRowDefinition[];
}

const made2019 = [
  { field: 'made', label: '本年新制作数量' },
  { field: 'published', label: '本年新公开数量' },
  { field: 'totalPublic', label: '对外公开总数量' },
];
const items2019 = [
  { field: 'previous', label: '上一年项目数量' },
  { field: 'change', label: '本年增/减' },
  { field: 'decisions', label: '处理决定数量' },
];
const issued2021 = [
  { field: 'issued', label: '本年制发件数' },
  { field: 'repealed', label: '本年废止件数' },
  { field: 'inForce', label: '现行有效件数' },
];
const decisions2021 = [{ field: 'decisions', label: '本年处理决定数量' }];

/** Table 二 blocks in printed order, per format. */
export const ACTIVE_BLOCKS: Record<ReportFormat, readonly ActiveBlockDefinition[]> = {
  '2019': [
    { header: '第二十条第（一）项', rows: [
      { key: 'regulations', label: '规章', columns: made2019 },
      { key: 'normativeDocuments', label: '规范性文件', columns: made2019 },
    ] },
    { header: '第二十条第（五）项', rows: [
      { key: 'licensing', label: '行政许可', columns: items2019 },
      { key: 'otherServices', label: '其他对外管理服务事项', columns: items2019 },
    ] },
    { header: '第二十条第（六）项', rows: [
      { key: 'punishment', label: '行政处罚', columns: items2019 },
      { key: 'coercion', label: '行政强制', columns: items2019 },
    ] },
    { header: '第二十条第（八）项', rows: [
      { key: 'fees', label: '行政事业性收费', columns: items2019.slice(0, 2) },
    ] },
    { header: '第二十条第（九）项', rows: [
      { key: 'procurement', label: '政府集中采购', columns: [
        { field: 'projects', label: '采购项目数量' },
        { field: 'amount', label: '采购总金额（单位：万元，保留4位小数）' },
      ] },
    ] },
  ],
  '2021': [
    { header: '第二十条第（一）项', rows: [
      { key: 'regulations', label: '规章', columns: issued2021 },
      { key: 'normativeDocuments', label: '行政规范性文件', columns: issued2021 },
    ] },
    { header: '第二十条第（五）项', rows: [{ key: 'licensing', label: '行政许可', columns: decisions2021 }] },
    { header: '第二十条第（六）项', rows: [
      { key: 'punishment', label: '行政处罚', columns: decisions2021 },
      { key: 'coercion', label: '行政强制', columns: decisions2021 },
    ] },
    { header: '第二十条第（八）项', rows: [
      { key: 'fees', label: '行政事业性收费', columns: [{ field: 'amount', label: '本年收费金额（单位：万元）' }] },
    ] },
  ],
};

// ---------------------------------------------------------------- access helpers

function blankApplicantRow(): ApplicantRow {
  const row: Record<string, null> = {};
  for (const c of APPLICANT_COLUMNS) row[c] = null;
  return row as ApplicantRow;
}

const PATH_PARTS = new Map<string, readonly string[]>();

/**
 * `key.split('.')`, remembered: the rules look table 三 rows up by dotted key thousands of times
 * per report, and the keys are the layout's own few dozen (the cache stops growing past 1,000).
 */
export function pathParts(key: string): readonly string[] {
  let parts = PATH_PARTS.get(key);
  if (parts === undefined) {
    parts = key.split('.');
    if (PATH_PARTS.size < 1000) PATH_PARTS.set(key, parts);
  }
  return parts;
}

/** A report of the given format with every cell blank (null). */
export function blankReport(format: ReportFormat, year: number | null = null, agency: string | null = null): AnnualReport {
  const applications: Record<string, unknown> = {};
  for (const row of APPLICATION_ROWS[format]) setPath(applications, row.key, blankApplicantRow());
  const active: Record<string, Record<string, Cell>> = {};
  for (const block of ACTIVE_BLOCKS[format]) {
    for (const row of block.rows) active[row.key] = Object.fromEntries(row.columns.map((c) => [c.field, null]));
  }
  const appeals = Object.fromEntries(
    APPEAL_GROUPS.map((g) => [g, Object.fromEntries(APPEAL_COLUMNS.map((c) => [c, null]))]),
  );
  return { schema: REPORT_SCHEMA, format, year, agency, active, applications, appeals } as unknown as AnnualReport;
}

/** The table 三 row under a dotted key (`withheld.stateSecret`). */
export function applicationRow(report: AnnualReport, key: string): ApplicantRow {
  const row = getPath(report.applications, key) as ApplicantRow | undefined;
  if (!row || typeof row !== 'object' || !('total' in row)) throw new Error(`No table 三 row ${key} in format ${report.format}`);
  return row;
}

/** A table 二 cell, or undefined if the format has no such cell. */
export function activeCell(report: AnnualReport, rowKey: string, field: string): Cell | undefined {
  const row = (report.active as unknown as Record<string, Record<string, Cell>>)[rowKey];
  return row ? row[field] : undefined;
}

function getPath(root: unknown, key: string): unknown {
  let node: unknown = root;
  for (const part of pathParts(key)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function setPath(root: Record<string, unknown>, key: string, value: unknown): void {
  const parts = pathParts(key);
  let node = root;
  for (let i = 0; i < parts.length - 1; i++) node = (node[parts[i]!] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}
