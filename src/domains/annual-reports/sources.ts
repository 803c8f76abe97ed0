/**
 * Where a generated report's numbers come from: ONE place that wires the annual report to the
 * publishing domain (table 二, items by column), the applications (table 三), the appeals register
 * (table 四) and the consultations register. Swapping a source is one edit here.
 *
 * Until those domains land, `emptySources` counts nothing (every table 0): a report generated
 * from no records. The real functions (see the comment on `recordSources`) replace it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AnnualReport, AppealsTable } from '../reports/index.ts';
import { formatForYear } from '../reports/index.ts';
import { zeroReport } from '../reports/testing/zero-report.ts';

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

/** No records: every count 0, in the year's format. */
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
 * The sources the platform uses. When publishing and applications land:
 *   publishingFacts    → publishingFactsForYear (src/domains/publishing/index.ts)
 *   applicationTables  → computeApplicationTables + applicationFactsForYear (src/domains/requests),
 *                        with table 四 from computeAppealsTable (src/domains/requests/registers)
 *   consultationCounts → consultationCountsForYear (src/domains/requests/registers)
 */
export const recordSources: ReportSources = emptySources;
