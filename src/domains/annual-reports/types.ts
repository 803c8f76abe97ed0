import type { AnnualReport, Cell, Finding, ReportFormat } from '../reports/index.ts';

/** Where a report revision stands. `superseded`: a published revision replaced by its correction. */
export const REPORT_STATUSES = ['draft', 'checked', 'published', 'superseded'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  checked: '已校验',
  published: '已发布',
  superseded: '已更正（旧版本）',
};

export const REPORT_SOURCES = ['generated', 'imported'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/**
 * The free text of a report, paragraph lists per section. 一 (overview), 五 (problems) and 六
 * (other) are prefilled from the facts and edited by staff; 二–四 may carry a lead paragraph.
 */
export interface ReportSections {
  overview: string[];
  active: string[];
  applications: string[];
  appeals: string[];
  problems: string[];
  other: string[];
}
export const EDITABLE_SECTIONS = ['overview', 'problems', 'other'] as const;
export type EditableSection = (typeof EDITABLE_SECTIONS)[number];

/** Facts the draft was generated from, kept with the revision (they explain its numbers). */
export interface ReportFacts {
  itemsPublished: number;
  itemsByColumn: { column: string; published: number }[];
  consultations: { total: number; byChannel: Record<string, number> };
  /** 信息处理费 collected in the year, in 元. */
  feesCollectedYuan: number;
  feeCases: number;
}

/** A warning accepted before publication, with the note saying why it stands. */
export interface Acknowledgement {
  rule: string;
  at: string | null;
  note: string;
  byUserId: string | null;
  acknowledgedAt: string;
}

/** One revision of an organisation's report for a year. */
export interface AnnualReportRecord {
  id: string;
  organisationId: string;
  year: number;
  revision: number;
  status: ReportStatus;
  source: ReportSource;
  format: ReportFormat;
  report: AnnualReport;
  sections: ReportSections;
  facts: ReportFacts;
  findings: Finding[];
  acknowledgements: Acknowledgement[];
  checkedAt: string | null;
  lockedOn: string | null;
  generatedAt: string;
  publishedAt: string | null;
  publishedOn: string | null;
  dueOn: string;
  correctionReason: string | null;
  sourceName: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type { Cell };
