import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AnnualReportsTable } from '../../db/schema-annual-reports.ts';
import type { Initiator, Organisation, OrganisationKind } from '../accounts/index.ts';
import type { AnnualReport, ReportFormat } from '../reports/index.ts';
import { reportForbidden, reportNotFound } from './errors.ts';
import type { AnnualReportAction } from './policy.ts';
import { canReport } from './policy.ts';
import type { DeadlineSetting } from './deadlines.ts';
import type { AnnualReportRecord, ReportSource, ReportStatus } from './types.ts';

export type Db = Kysely<Database> | Transaction<Database>;

export function toRecord(row: Selectable<AnnualReportsTable>): AnnualReportRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    year: Number(row.year),
    revision: Number(row.revision),
    status: row.status as ReportStatus,
    source: row.source as ReportSource,
    format: row.format as ReportFormat,
    report: JSON.parse(row.report) as AnnualReport,
    sections: JSON.parse(row.sections) as AnnualReportRecord['sections'],
    facts: JSON.parse(row.facts) as AnnualReportRecord['facts'],
    findings: JSON.parse(row.findings) as AnnualReportRecord['findings'],
    acknowledgements: JSON.parse(row.acknowledgements) as AnnualReportRecord['acknowledgements'],
    checkedAt: row.checked_at,
    lockedOn: row.locked_on,
    generatedAt: row.generated_at,
    publishedAt: row.published_at,
    publishedOn: row.published_on,
    dueOn: row.due_on,
    correctionReason: row.correction_reason,
    sourceName: row.source_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export async function findOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && {
    id: row.id, code: row.code, name: row.name, parentId: row.parent_id, kind: row.kind as OrganisationKind,
    path: row.path, createdAt: row.created_at, version: Number(row.version),
  };
}

/** The organisation, if the initiator may act on its reports: 404 when unseen, 403 when seen but not allowed. */
export async function organisationFor(db: Db, initiator: Initiator, organisationId: string, action: AnnualReportAction): Promise<Organisation> {
  const organisation = await findOrganisation(db, organisationId);
  if (!organisation || !canReport(initiator, 'annual_report.view', { organisationPath: organisation.path })) throw reportNotFound(organisationId);
  if (!canReport(initiator, action, { organisationPath: organisation.path })) throw reportForbidden(`${action} on organisation ${organisationId}`);
  return organisation;
}

/** A report revision and its organisation, authorized for `action`. */
export async function reportFor(db: Db, initiator: Initiator, reportId: string, action: AnnualReportAction): Promise<{ record: AnnualReportRecord; organisation: Organisation }> {
  const row = await db.selectFrom('annual_reports').selectAll().where('id', '=', reportId).executeTakeFirst();
  if (!row) throw reportNotFound(reportId);
  const organisation = await organisationFor(db, initiator, row.organisation_id, action).catch((error: unknown) => {
    throw (error as { code?: string }).code === 'annual_reports.not_found' ? reportNotFound(reportId) : error;
  });
  return { record: toRecord(row), organisation };
}

/** Every revision of one organisation's report for a year, newest first. */
export async function revisionsOf(db: Db, organisationId: string, year: number): Promise<AnnualReportRecord[]> {
  const rows = await db.selectFrom('annual_reports').selectAll()
    .where('organisation_id', '=', organisationId).where('year', '=', year)
    .orderBy('revision', 'desc').execute();
  return rows.map(toRecord);
}

/** The published revision of an organisation's report for a year, if any. */
export async function publishedRevision(db: Db, organisationId: string, year: number): Promise<AnnualReportRecord | undefined> {
  const row = await db.selectFrom('annual_reports').selectAll()
    .where('organisation_id', '=', organisationId).where('year', '=', year).where('status', '=', 'published')
    .executeTakeFirst();
  return row && toRecord(row);
}

/** The regional deadline setting nearest above (or at) the organisation, if any. */
export async function deadlineSettingFor(db: Db, organisation: Organisation): Promise<DeadlineSetting | undefined> {
  const ids = organisation.path.split('/').filter(Boolean);
  const rows = await db.selectFrom('annual_report_deadlines').selectAll().where('organisation_id', 'in', ids).execute();
  return nearestDeadlineSetting(rows, organisation);
}

type DeadlineRow = Selectable<Database['annual_report_deadlines']>;

/** Every regional deadline setting (a handful: one per region that changed the statutory dates). */
export async function deadlineSettings(db: Db): Promise<DeadlineRow[]> {
  return db.selectFrom('annual_report_deadlines').selectAll().execute();
}

/** Of `rows`, the setting nearest above (or at) the organisation, if any. */
export function nearestDeadlineSetting(rows: readonly DeadlineRow[], organisation: Organisation): DeadlineSetting | undefined {
  const byId = new Map(rows.map((r) => [r.organisation_id, r]));
  for (const id of organisation.path.split('/').filter(Boolean).reverse()) {
    const row = byId.get(id);
    if (row) return { departmentDue: row.department_due, governmentDue: row.government_due };
  }
  return undefined;
}

/** Bound parameters per IN list: PostgreSQL and SQLite both cap them. */
const CHUNK = 1000;

/** Many organisations, in the order asked, if the initiator may act on the reports of every one (as organisationFor). */
export async function organisationsFor(db: Db, initiator: Initiator, organisationIds: readonly string[], action: AnnualReportAction): Promise<Organisation[]> {
  const found = new Map<string, Organisation>();
  for (let i = 0; i < organisationIds.length; i += CHUNK) {
    const rows = await db.selectFrom('organisations').selectAll().where('id', 'in', organisationIds.slice(i, i + CHUNK)).execute();
    for (const row of rows) {
      found.set(row.id, { id: row.id, code: row.code, name: row.name, parentId: row.parent_id, kind: row.kind as OrganisationKind, path: row.path, createdAt: row.created_at, version: Number(row.version) });
    }
  }
  return organisationIds.map((id) => {
    const organisation = found.get(id);
    if (!organisation || !canReport(initiator, 'annual_report.view', { organisationPath: organisation.path })) throw reportNotFound(id);
    if (!canReport(initiator, action, { organisationPath: organisation.path })) throw reportForbidden(`${action} on organisation ${id}`);
    return organisation;
  });
}

/** The newest revision of each organisation's report for a year (absent when there is none). */
export async function currentRevisions(db: Db, organisationIds: readonly string[], year: number): Promise<Map<string, AnnualReportRecord>> {
  const current = new Map<string, AnnualReportRecord>();
  for (let i = 0; i < organisationIds.length; i += CHUNK) {
    const rows = await db.selectFrom('annual_reports').selectAll()
      .where('organisation_id', 'in', organisationIds.slice(i, i + CHUNK)).where('year', '=', year)
      .orderBy('revision', 'desc').execute();
    for (const row of rows) if (!current.has(row.organisation_id)) current.set(row.organisation_id, toRecord(row));
  }
  return current;
}
