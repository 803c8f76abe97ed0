import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { Actor, Organisation } from '../../accounts/index.ts';
import { organisationFor, reportFor, toRecord } from '../repository.ts';
import type { AnnualReportRecord } from '../types.ts';

type Db = Kysely<Database>;

/** Every revision of an organisation's reports, newest year and revision first (console). */
export async function listReportsForOrganisation(db: Db, actor: Actor, organisationId: string): Promise<{ organisation: Organisation; reports: AnnualReportRecord[] }> {
  const organisation = await organisationFor(db, actor, organisationId, 'annual_report.view');
  const rows = await db.selectFrom('annual_reports').selectAll().where('organisation_id', '=', organisation.id)
    .orderBy('year', 'desc').orderBy('revision', 'desc').execute();
  return { organisation, reports: rows.map(toRecord) };
}

/** One revision, for someone who may view it (404 otherwise). */
export async function getReportForActor(db: Db, actor: Actor, reportId: string): Promise<{ record: AnnualReportRecord; organisation: Organisation }> {
  return reportFor(db, actor, reportId, 'annual_report.view');
}

/** Published and superseded revisions of an organisation (portal: anonymous, public data). */
export async function listPublicReports(db: Db, organisationId: string): Promise<AnnualReportRecord[]> {
  const rows = await db.selectFrom('annual_reports').selectAll().where('organisation_id', '=', organisationId)
    .where('status', 'in', ['published', 'superseded']).orderBy('year', 'desc').orderBy('revision', 'desc').execute();
  return rows.map(toRecord);
}
