/**
 * The annual report (政府信息公开工作年度报告) as data: schema `gongkai.annual-report/1`,
 * exactly as ../shared/spec/annual-report-json.md defines it. Both national table formats:
 * `2019` (国办公开办函〔2019〕60号, used for the 2019 and 2020 reports) and `2021`
 * (国办公开办函〔2021〕30号, used from the 2021 reports on).
 *
 * A cell that is blank in the source is `null`, never silently 0.
 */
export const REPORT_SCHEMA = 'gongkai.annual-report/1' as const;

export const REPORT_FORMATS = ['2019', '2021'] as const;
/** Which national table format a report follows. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The format a report for `year` must follow: 2019 and 2020 → `2019`, 2021 on → `2021`. */
export function formatForYear(year: number): ReportFormat {
  return year <= 2020 ? '2019' : '2021';
}

/** A table cell: a number, or null where the source left it blank. */
export type Cell = number | null;

// ---------------------------------------------------------------- table 三 (applications)

/** Columns of table 三: 自然人, the five kinds of 法人或其他组织, 总计. */
export const APPLICANT_COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];
/** The six applicant columns that add up to 总计. */
export const APPLICANT_PART_COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg'] as const;

/** One row of table 三: a count per applicant column. */
export type ApplicantRow = Record<ApplicantColumn, Cell>;

export const WITHHELD_REASONS = [
  'stateSecret', 'lawProhibited', 'threeSecurityOneStability', 'thirdPartyRights',
  'internalAffairs', 'processInfo', 'enforcementFile', 'administrativeQuery',
] as const;
/** （三）不予公开 sub-rows. */
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

export const UNAVAILABLE_REASONS = ['notHeld', 'needsCreation', 'stillUnclear'] as const;
/** （四）无法提供 sub-rows. */
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

export const NOT_PROCESSED_REASONS = ['petition', 'duplicate', 'publication', 'excessive', 'confirmation'] as const;
/** （五）不予处理 sub-rows. */
export type NotProcessedReason = (typeof NOT_PROCESSED_REASONS)[number];

export const OTHER_2021_REASONS = ['noCorrection', 'feeUnpaid', 'other'] as const;
/** （六）其他处理 sub-rows of the 2021 format (the 2019 format has one row). */
export type Other2021Reason = (typeof OTHER_2021_REASONS)[number];

interface ApplicationsCommon {
  newReceived: ApplicantRow;
  carriedOver: ApplicantRow;
  granted: ApplicantRow;
  partial: ApplicantRow;
  withheld: Record<WithheldReason, ApplicantRow>;
  unavailable: Record<UnavailableReason, ApplicantRow>;
  notProcessed: Record<NotProcessedReason, ApplicantRow>;
  total: ApplicantRow;
  carriedForward: ApplicantRow;
}
export interface Applications2019 extends ApplicationsCommon {
  other: ApplicantRow;
}
export interface Applications2021 extends ApplicationsCommon {
  other: Record<Other2021Reason, ApplicantRow>;
}

// ---------------------------------------------------------------- table 四 (appeals)

export const APPEAL_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
/** 行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉. */
export type AppealGroup = (typeof APPEAL_GROUPS)[number];
export const APPEAL_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type AppealColumn = (typeof APPEAL_COLUMNS)[number];
export const APPEAL_PART_COLUMNS = ['upheld', 'corrected', 'other', 'pending'] as const;
export type AppealRow = Record<AppealColumn, Cell>;
export type AppealsTable = Record<AppealGroup, AppealRow>;

// ---------------------------------------------------------------- table 二 (active)

export interface Active2019 {
  regulations: { made: Cell; published: Cell; totalPublic: Cell };
  normativeDocuments: { made: Cell; published: Cell; totalPublic: Cell };
  licensing: { previous: Cell; change: Cell; decisions: Cell };
  otherServices: { previous: Cell; change: Cell; decisions: Cell };
  punishment: { previous: Cell; change: Cell; decisions: Cell };
  coercion: { previous: Cell; change: Cell; decisions: Cell };
  fees: { previous: Cell; change: Cell };
  procurement: { projects: Cell; amount: Cell };
}
export interface Active2021 {
  regulations: { issued: Cell; repealed: Cell; inForce: Cell };
  normativeDocuments: { issued: Cell; repealed: Cell; inForce: Cell };
  licensing: { decisions: Cell };
  punishment: { decisions: Cell };
  coercion: { decisions: Cell };
  fees: { amount: Cell };
}

// ---------------------------------------------------------------- the report

interface ReportHead {
  schema: typeof REPORT_SCHEMA;
  /** Statistics year, or null if unknown. */
  year: number | null;
  /** Reporting body, or null if unknown. */
  agency: string | null;
  appeals: AppealsTable;
}
export interface AnnualReport2019 extends ReportHead {
  format: '2019';
  active: Active2019;
  applications: Applications2019;
}
export interface AnnualReport2021 extends ReportHead {
  format: '2021';
  active: Active2021;
  applications: Applications2021;
}
/** One 政府信息公开工作年度报告 as data. */
export type AnnualReport = AnnualReport2019 | AnnualReport2021;

// ---------------------------------------------------------------- findings

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Something a rule or the reader found about a report; data, never an exception. */
export interface Finding {
  /** Stable rule id, e.g. `T3-BALANCE`. */
  rule: string;
  severity: Severity;
  /** Anchor cell path (`applications.total.natural`), or a section/document anchor; null if none. */
  at: string | null;
  /** Chinese message naming the cells and numbers. */
  message: string;
}
