/**
 * Where a generated report's numbers come from: ONE place that wires the annual report to the
 * publishing domain (table 二, items by column), the applications (table 三), the appeals register
 * (table 四) and the consultations register. Swapping a source is one edit here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AnnualReport, AppealsTable } from '../reports/index.ts';
import { formatForYear } from '../reports/index.ts';
import { zeroReport } from '../reports/testing/zero-report.ts';
import { publishingFactsForOrganisations } from '../publishing/index.ts';
import { applicationsTablesForOrganisations, feesCollectedForOrganisations } from '../requests/index.ts';
import { appealsTablesForOrganisations, consultationCountsForOrganisations } from '../requests/registers/index.ts';

type Db = Kysely<Database>;

/** Table 二 cells (the `active` part of the report, in the year's format) and the items behind them. */
export interface PublishingFacts {
  table2: AnnualReport['active'];
  itemsByColumn: { column: string; published: number }[];
  itemsPublished: number;
}

/** Tables 三 and 四 counted from the applications and the appeals register; fees for section 六. */
export interface ApplicationTables {
  applications: AnnualReport['applications'];
  appeals: AppealsTable;
  /** 信息处理费 collected in the year (元) and the number of applications that paid one. */
  fees?: { collectedYuan: number; cases: number };
}

export interface ConsultationFacts {
  total: number;
  byChannel: Record<string, number>;
}

/** Everything a generated report is made of, for one organisation. */
export interface GatheredFacts {
  publishing: PublishingFacts;
  tables: ApplicationTables;
  consultations: ConsultationFacts;
}

export interface ReportSources {
  publishingFacts(db: Db, organisationId: string, year: number): Promise<PublishingFacts>;
  applicationTables(db: Db, organisationId: string, year: number): Promise<ApplicationTables>;
  consultationCounts(db: Db, organisationId: string, year: number): Promise<ConsultationFacts>;
  /**
   * The same facts for many organisations at once (a province's reports in a few grouped queries
   * instead of thousands); must equal the three above, one organisation at a time. Optional: a
   * source without it is asked one organisation at a time.
   */
  factsForOrganisations?(db: Db, organisationIds: readonly string[], year: number): Promise<Map<string, GatheredFacts>>;
}

/** The facts of each organisation: in one go when the sources can, else one organisation at a time. */
export async function gatherFacts(sources: ReportSources, db: Db, organisationIds: readonly string[], year: number): Promise<Map<string, GatheredFacts>> {
  if (sources.factsForOrganisations) return sources.factsForOrganisations(db, organisationIds, year);
  const facts = new Map<string, GatheredFacts>();
  for (const id of organisationIds) {
    const [publishing, tables, consultations] = await Promise.all([
      sources.publishingFacts(db, id, year),
      sources.applicationTables(db, id, year),
      sources.consultationCounts(db, id, year),
    ]);
    facts.set(id, { publishing, tables, consultations });
  }
  return facts;
}

/** No records: every count 0, in the year's format (tests of the report's own rules). */
export const emptySources: ReportSources = {
  publishingFacts: async (_db, _organisationId, year) => ({
    table2: zeroReport(formatForYear(year), year, null).active,
    itemsByColumn: [],
    itemsPublished: 0,
  }),
  applicationTables: async (_db, _organisationId, year) => {
    const zero = zeroReport(formatForYear(year), year, null);
    return { applications: zero.applications, appeals: zero.appeals, fees: { collectedYuan: 0, cases: 0 } };
  },
  consultationCounts: async () => ({ total: 0, byChannel: {} }),
};

/**
 * The sources the platform uses: the records themselves, counted per organisation by grouped
 * queries, so one organisation and a whole province take the same path.
 *   publishing     → publishingFactsForOrganisations (items for 第二十条第（一）项, the statistics form for the rest)
 *   applications   → applicationsTablesForOrganisations (cases) + appealsTablesForOrganisations (appeals register) + fees paid
 *   consultations  → consultationCountsForOrganisations (consultations register)
 * Each runs on the caller's connection (a transaction when generating), so a report is counted
 * from one consistent state of the records.
 */
async function recordFacts(db: Db, organisationIds: readonly string[], year: number): Promise<Map<string, GatheredFacts>> {
  // One after another: on SQLite the queries share one connection anyway, and on PostgreSQL a
  // transaction is one connection too.
  const publishing = await publishingFactsForOrganisations(db, organisationIds, year);
  const tables = await applicationTablesFor(db, organisationIds, year);
  const consultations = await consultationCountsForOrganisations(db, organisationIds, year);
  return new Map(organisationIds.map((id) => [id, { publishing: publishing.get(id)!, tables: tables.get(id)!, consultations: consultations.get(id)! }]));
}

async function applicationTablesFor(db: Db, organisationIds: readonly string[], year: number): Promise<Map<string, ApplicationTables>> {
  const applications = await applicationsTablesForOrganisations(db, organisationIds, year);
  const appeals = await appealsTablesForOrganisations(db, organisationIds, year);
  const fees = await feesCollectedForOrganisations(db, organisationIds, year);
  return new Map(organisationIds.map((id) => [id, { applications: applications.get(id)!, appeals: appeals.get(id)!, fees: fees.get(id)! }]));
}

export const recordSources: ReportSources = {
  publishingFacts: async (db, organisationId, year) => (await publishingFactsForOrganisations(db, [organisationId], year)).get(organisationId)!,
  applicationTables: async (db, organisationId, year) => (await applicationTablesFor(db, [organisationId], year)).get(organisationId)!,
  consultationCounts: async (db, organisationId, year) => (await consultationCountsForOrganisations(db, [organisationId], year)).get(organisationId)!,
  factsForOrganisations: recordFacts,
};
