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
import { publishingFactsForYear } from '../publishing/index.ts';
import { computeApplicationTables, feesCollectedInYear } from '../requests/index.ts';
import { computeAppealsTable, consultationCountsForYear } from '../requests/registers/index.ts';

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

export interface ReportSources {
  publishingFacts(db: Db, organisationId: string, year: number): Promise<PublishingFacts>;
  applicationTables(db: Db, organisationId: string, year: number): Promise<ApplicationTables>;
  consultationCounts(db: Db, organisationId: string, year: number): Promise<ConsultationFacts>;
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
 * The sources the platform uses: the records themselves.
 *   publishingFacts    → publishingFactsForYear (items for 第二十条第（一）项, the statistics form for the rest)
 *   applicationTables  → computeApplicationTables (cases) + computeAppealsTable (appeals register) + fees paid
 *   consultationCounts → consultationCountsForYear (consultations register)
 * Each runs on the caller's connection (a transaction when generating), so a report is counted
 * from one consistent state of the records.
 */
export const recordSources: ReportSources = {
  publishingFacts: (db, organisationId, year) => publishingFactsForYear(db, organisationId, year),
  applicationTables: async (db, organisationId, year) => {
    const [tables, appeals, fees] = await Promise.all([
      computeApplicationTables(db, organisationId, year),
      computeAppealsTable(db, organisationId, year),
      feesCollectedInYear(db, organisationId, year),
    ]);
    return { applications: tables.applications, appeals, fees };
  },
  consultationCounts: (db, organisationId, year) => consultationCountsForYear(db, organisationId, year),
};
