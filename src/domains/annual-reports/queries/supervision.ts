/**
 * The supervisor's view of a year: every organisation below theirs with the state of its report
 * (not started, draft, checked, published, late against its due date), its findings, and the
 * carry-over continuity from the year before; the aggregate of the subordinates with a drill-down
 * from each cell to the organisations behind it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { Initiator, Organisation } from '../../accounts/index.ts';
import { pathStartsWith } from '../../accounts/index.ts';
import type { AnnualReport, Cell, Finding } from '../../reports/index.ts';
import { checkCarryOver, checkReport, formatForYear } from '../../reports/index.ts';
import { sortFindings } from '../../audit/index.ts';
import { cellAt, sumReports } from '../aggregate.ts';
import { dueDate } from '../deadlines.ts';
import { deadlineSettingFor, organisationFor, toRecord } from '../repository.ts';
import type { AnnualReportRecord } from '../types.ts';

type Db = Kysely<Database>;

export const SUPERVISION_STATES = ['notStarted', 'draft', 'checked', 'published', 'late'] as const;
export type SupervisionState = (typeof SUPERVISION_STATES)[number];
export const SUPERVISION_STATE_LABELS: Record<SupervisionState, string> = {
  notStarted: '未开始',
  draft: '草稿',
  checked: '已校验',
  published: '已发布',
  late: '逾期未发布',
};

export interface SupervisionRow {
  organisation: Organisation;
  state: SupervisionState;
  dueOn: string;
  /** Published after the due date. */
  publishedLate: boolean;
  /** The revision that counts: the published one, else the latest. */
  report: AnnualReportRecord | undefined;
  findings: Finding[];
  /** 上年结转 = last year's 结转下年度 (T3-CARRY-OVER), when both years are on the platform. */
  carryOver: { checked: boolean; findings: Finding[] };
}

async function subordinates(db: Db, organisation: Organisation): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').selectAll().where((eb) => pathStartsWith(eb.ref('path'), organisation.path)).where('id', '!=', organisation.id).orderBy('path').execute();
  return rows.map((row) => ({ id: row.id, code: row.code, name: row.name, parentId: row.parent_id, kind: row.kind as Organisation['kind'], path: row.path, createdAt: row.created_at, version: Number(row.version) }));
}

/** The revision that stands for a year: the published one, else the newest. */
function standing(revisions: AnnualReportRecord[]): AnnualReportRecord | undefined {
  return revisions.find((r) => r.status === 'published') ?? revisions.find((r) => r.status !== 'superseded');
}

async function revisionsByOrganisation(db: Db, ids: string[], years: number[]): Promise<Map<string, AnnualReportRecord[]>> {
  const map = new Map<string, AnnualReportRecord[]>();
  if (ids.length === 0) return map;
  // Chunked: PostgreSQL and SQLite both cap bound parameters.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('annual_reports').selectAll().where('organisation_id', 'in', ids.slice(i, i + 500)).where('year', 'in', years)
      .orderBy('revision', 'desc').execute();
    for (const row of rows) {
      const key = `${row.organisation_id}:${row.year}`;
      map.set(key, [...(map.get(key) ?? []), toRecord(row)]);
    }
  }
  return map;
}

export async function supervisionMatrix(db: Db, actor: Initiator, organisationId: string, year: number, today: string): Promise<{ organisation: Organisation; rows: SupervisionRow[] }> {
  const organisation = await organisationFor(db, actor, organisationId, 'annual_report.supervise');
  const orgs = await subordinates(db, organisation);
  const revisions = await revisionsByOrganisation(db, orgs.map((o) => o.id), [year, year - 1]);
  const rows: SupervisionRow[] = [];
  for (const org of orgs) {
    const report = standing(revisions.get(`${org.id}:${year}`) ?? []);
    const previous = standing(revisions.get(`${org.id}:${year - 1}`) ?? []);
    const dueOn = report?.dueOn ?? dueDate(org.kind, year, await deadlineSettingFor(db, org));
    const published = report?.status === 'published';
    const state: SupervisionState = published ? 'published'
      : today > dueOn ? 'late'
        : !report ? 'notStarted' : report.status === 'checked' ? 'checked' : 'draft';
    const carry = report && previous ? checkCarryOver(previous.report, report.report) : [];
    rows.push({
      organisation: org, state, dueOn, report,
      publishedLate: published && report.publishedOn !== null && report.publishedOn > dueOn,
      findings: report ? (report.findings.length > 0 || report.checkedAt ? report.findings : sortFindings(checkReport(report.report))) : [],
      carryOver: { checked: Boolean(report && previous), findings: carry.filter((f) => f.rule === 'T3-CARRY-OVER') },
    });
  }
  return { organisation, rows };
}

export interface AggregateResult {
  organisation: Organisation;
  year: number;
  report: AnnualReport;
  findings: Finding[];
  /** The reports summed: one per subordinate with a report of the year's format. */
  parts: { organisation: Organisation; reportId: string; status: string; report: AnnualReport }[];
  /** Subordinates without a report that could be summed (none, or published in another format). */
  missing: Organisation[];
}

/**
 * 汇总: the sum of the subordinates' reports for a year (published revisions; with
 * `includeUnpublished`, the latest draft where none is published), checked by the same rules.
 */
export async function aggregateReports(db: Db, actor: Initiator, organisationId: string, year: number, options: { includeUnpublished?: boolean } = {}): Promise<AggregateResult> {
  const organisation = await organisationFor(db, actor, organisationId, 'annual_report.supervise');
  const orgs = await subordinates(db, organisation);
  const revisions = await revisionsByOrganisation(db, orgs.map((o) => o.id), [year]);
  const format = formatForYear(year);
  const parts: AggregateResult['parts'] = [];
  const missing: Organisation[] = [];
  for (const org of orgs) {
    const list = revisions.get(`${org.id}:${year}`) ?? [];
    const record = options.includeUnpublished ? standing(list) : list.find((r) => r.status === 'published');
    if (record && record.report.format === format) parts.push({ organisation: org, reportId: record.id, status: record.status, report: record.report });
    else missing.push(org);
  }
  const report = sumReports(parts.map((p) => p.report), format, year, `${organisation.name}（汇总）`);
  return { organisation, year, report, findings: sortFindings(checkReport(report)), parts, missing };
}

/** Drill-down of one aggregate cell: each summed organisation's value. */
export function cellContributions(aggregate: AggregateResult, path: string): { organisation: Organisation; reportId: string; value: Cell | undefined }[] {
  return aggregate.parts.map((p) => ({ organisation: p.organisation, reportId: p.reportId, value: cellAt(p.report, path) }));
}

