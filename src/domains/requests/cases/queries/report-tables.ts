/**
 * Tables 三 and 四 of one organisation's annual report, counted from its cases and its appeals
 * register. The database groups the cases that matter for the year into a few
 * classes (applicant type × outcome × where the receipt and closure dates fall), and the pure
 * counter (../../counting) turns those into the table, so the SQL path and the property-tested
 * path are the same code.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../../../db/schema.ts';
import type { AnnualReport, AppealsTable, ReportFormat } from '../../../reports/index.ts';
import { APPLICATION_ROWS, blankReport, formatForYear } from '../../../reports/index.ts';
import type { CountableCase, ApplicationsTable } from '../../counting/index.ts';
import { countApplicationsTable, isCaseBehindCell, parseApplicationCellId } from '../../counting/index.ts';
import type { Outcome } from '../../outcomes/index.ts';
import { computeAppealsTable } from '../../registers/index.ts';
import { applicationError } from '../errors.ts';
import type { ApplicantType } from '../vocabulary.ts';

export interface ApplicationTables {
  year: number;
  format: ReportFormat;
  /** Table 三 in the year's format (gongkai.annual-report/1 `applications`). */
  applications: ApplicationsTable;
  /** Table 四 (`appeals`) from the appeals register: cases filed in the year, result as of its end. */
  appeals: AppealsTable;
}

/**
 * Cases relevant to year Y, grouped: receipt and closure dates are replaced by representatives of
 * their class (before Y / in Y / after Y), which is all the counting rules look at.
 *
 * One row per applicant type × outcome with a count per class (FILTER), read inside
 * application_cases_counting_idx: grouping by the class expressions instead made the database
 * sort every case of the organisation (seconds at 100,000 cases). A closure dated before the
 * receipt is no closure, as in rowsOfCase, so both paths count the same.
 */
export async function countableCaseClasses(db: Kysely<Database>, organisationIds: readonly string[], year: number): Promise<(CountableCase & { weight: number })[]> {
  // The counting rules do not look at the organisation: grouped without it (a county's 500
  // organisations would otherwise come back as 500 sets of classes to merge here).
  const merged = new Map<string, CountableCase & { weight: number }>();
  for (let i = 0; i < organisationIds.length; i += CHUNK) {
    for (const { organisationId: _, ...row } of await caseClassRows(db, organisationIds.slice(i, i + CHUNK), year, false)) {
      const key = `${row.applicantType}|${row.outcome}|${row.receivedOn}|${row.closedOn}`;
      const entry = merged.get(key);
      if (entry) entry.weight += row.weight;
      else merged.set(key, row);
    }
  }
  return [...merged.values()];
}

/** The same classes, per organisation (an organisation without cases is absent). */
export async function countableCaseClassesByOrganisation(db: Kysely<Database>, organisationIds: readonly string[], year: number): Promise<Map<string, (CountableCase & { weight: number })[]>> {
  const map = new Map<string, (CountableCase & { weight: number })[]>();
  for (let i = 0; i < organisationIds.length; i += CHUNK) {
    for (const { organisationId, ...row } of await caseClassRows(db, organisationIds.slice(i, i + CHUNK), year, true)) {
      const list = map.get(organisationId) ?? [];
      list.push(row);
      map.set(organisationId, list);
    }
  }
  return map;
}

/** Bound parameters per IN list: PostgreSQL and SQLite both cap them. */
const CHUNK = 1000;

/** With `perOrganisation` false, the rows of all the organisations together (organisationId ''). */
async function caseClassRows(db: Kysely<Database>, organisationIds: readonly string[], year: number, perOrganisation: boolean): Promise<(CountableCase & { weight: number; organisationId: string })[]> {
  if (organisationIds.length === 0) return [];
  if (!Number.isInteger(year)) throw new Error(`year must be an integer, got ${year}`);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const receivedBefore = sql<boolean>`received_on < ${start}`;
  const receivedIn = sql<boolean>`received_on >= ${start}`;
  const closes = sql<boolean>`closed_on is not null and closed_on >= received_on`;
  const notClosed = sql<boolean>`(closed_on is null or closed_on < received_on)`;
  const closedIn = sql<boolean>`${closes} and closed_on <= ${end}`;
  const closedAfter = sql<boolean>`${closes} and closed_on > ${end}`;
  const classes = [
    { key: 'bo', received: receivedBefore, closed: notClosed, receivedOn: `${year - 1}-12-31`, closedOn: null },
    { key: 'bi', received: receivedBefore, closed: closedIn, receivedOn: `${year - 1}-12-31`, closedOn: end },
    { key: 'ba', received: receivedBefore, closed: closedAfter, receivedOn: `${year - 1}-12-31`, closedOn: `${year + 1}-01-01` },
    { key: 'io', received: receivedIn, closed: notClosed, receivedOn: start, closedOn: null },
    { key: 'ii', received: receivedIn, closed: closedIn, receivedOn: start, closedOn: end },
    { key: 'ia', received: receivedIn, closed: closedAfter, receivedOn: start, closedOn: `${year + 1}-01-01` },
  ] as const;
  const rows = await db.selectFrom('application_cases')
    .where('organisation_id', 'in', [...organisationIds])
    .where('received_on', 'is not', null)
    .where('received_on', '<=', end)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>=', start), eb('closed_on', '<', eb.ref('received_on'))]))
    .select(['applicant_type', 'outcome', ...classes.map((k) => sql<number>`count(*) filter (where ${k.received} and ${k.closed})`.as(k.key))])
    .$if(perOrganisation, (q) => q.select('organisation_id').groupBy('organisation_id'))
    .groupBy(['applicant_type', 'outcome'])
    .execute();
  return rows.flatMap((r) => classes
    .map((k) => ({
      organisationId: perOrganisation ? (r as { organisation_id?: string }).organisation_id ?? '' : '',
      applicantType: r.applicant_type as ApplicantType, outcome: r.outcome as Outcome | null, receivedOn: k.receivedOn, closedOn: k.closedOn,
      weight: Number((r as Record<string, unknown>)[k.key]),
    }))
    .filter((c) => c.weight > 0));
}

/**
 * Table 三 of many organisations at once (one grouped query per chunk of organisations), each
 * exactly what computeApplicationTables counts for it alone.
 */
export async function applicationsTablesForOrganisations(db: Kysely<Database>, organisationIds: readonly string[], year: number): Promise<Map<string, ApplicationsTable>> {
  const format = formatForYear(year);
  const classes = await countableCaseClassesByOrganisation(db, organisationIds, year);
  return new Map(organisationIds.map((id) => [id, countApplicationsTable(classes.get(id) ?? [], year, format)]));
}

export async function computeApplicationTables(db: Kysely<Database>, organisationId: string, year: number): Promise<ApplicationTables> {
  const format = formatForYear(year);
  const classes = await countableCaseClasses(db, [organisationId], year);
  const appeals = await computeAppealsTable(db, organisationId, year);
  return { year, format, applications: countApplicationsTable(classes, year, format), appeals };
}

/**
 * Tables 三 and 四 as a `gongkai.annual-report/1` document of the year's format: `applications`
 * and `appeals` filled, `active` (table 二) left blank (null), as this count does not make it.
 */
export async function reportTablesDocument(db: Kysely<Database>, organisation: { id: string; name: string }, year: number): Promise<AnnualReport> {
  const tables = await computeApplicationTables(db, organisation.id, year);
  const report = blankReport(tables.format, year, organisation.name);
  return { ...report, applications: tables.applications, appeals: tables.appeals } as AnnualReport;
}

export interface ApplicationFacts {
  /** 本年新收. */
  received: number;
  /** Closed in the year (（七）总计). */
  closed: number;
  /** 上年结转. */
  carriedOver: number;
  /** 结转下年度. */
  carriedForward: number;
  /** Every outcome row of the year's format with its count (総計 column), in printed order. */
  byOutcome: { row: string; label: string; count: number }[];
  /** 信息处理费 paid in the year, in 元. */
  feesCollected: number;
}

/** The year's application figures for the narrative (sections 一 and 六) of the report. */
export async function applicationFactsForYear(db: Kysely<Database>, organisationId: string, year: number): Promise<ApplicationFacts> {
  const { applications, format } = await computeApplicationTables(db, organisationId, year);
  const cell = (key: string) => {
    let node: unknown = applications;
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    return Number((node as { total: number }).total);
  };
  const fees = await db.selectFrom('application_cases')
    .where('organisation_id', '=', organisationId)
    .where('fee_paid_on', '>=', `${year}-01-01`).where('fee_paid_on', '<=', `${year}-12-31`)
    .select((eb) => eb.fn.sum<number>('fee_amount_fen').as('fen')).executeTakeFirst();
  return {
    received: cell('newReceived'),
    closed: cell('total'),
    carriedOver: cell('carriedOver'),
    carriedForward: cell('carriedForward'),
    byOutcome: APPLICATION_ROWS[format].filter((r) => r.role === 'outcome').map((r) => ({ row: r.key, label: r.label, count: cell(r.key) })),
    feesCollected: Number(fees?.fen ?? 0) / 100,
  };
}

/**
 * 信息处理费 paid in the year (元) and the number of applications that paid it: for section 六 of
 * the annual report (收取信息处理费的情况).
 */
export async function feesCollectedInYear(db: Kysely<Database>, organisationId: string, year: number): Promise<{ collectedYuan: number; cases: number }> {
  return (await feesCollectedForOrganisations(db, [organisationId], year)).get(organisationId)!;
}

/** The same for many organisations at once (0 for those that collected none). */
export async function feesCollectedForOrganisations(db: Kysely<Database>, organisationIds: readonly string[], year: number): Promise<Map<string, { collectedYuan: number; cases: number }>> {
  const fees = new Map(organisationIds.map((id) => [id, { collectedYuan: 0, cases: 0 }]));
  for (let i = 0; i < organisationIds.length; i += CHUNK) {
    const rows = await db.selectFrom('application_cases')
      .where('organisation_id', 'in', organisationIds.slice(i, i + CHUNK))
      .where('fee_paid_on', '>=', `${year}-01-01`).where('fee_paid_on', '<=', `${year}-12-31`)
      .where('fee_amount_fen', '>', 0)
      .select((eb) => ['organisation_id', eb.fn.sum<number>('fee_amount_fen').as('fen'), eb.fn.countAll<number>().as('n')])
      .groupBy('organisation_id')
      .execute();
    for (const row of rows) fees.set(row.organisation_id, { collectedYuan: Number(row.fen ?? 0) / 100, cases: Number(row.n ?? 0) });
  }
  return fees;
}

export interface CaseBehindCell {
  id: string;
  number: string | null;
  applicantType: ApplicantType;
  receivedOn: string;
  closedOn: string | null;
  outcome: Outcome | null;
}

/** The cases counted in one cell (`applications.<row>.<column>`) of table 三 for the year. */
export async function listCasesBehindCell(db: Kysely<Database>, organisationId: string, year: number, cellId: string): Promise<CaseBehindCell[]> {
  const format = formatForYear(year);
  const cell = parseApplicationCellId(cellId, format);
  if (!cell) throw applicationError('applications.invalid_input', `unknown cell ${cellId}`, [{ field: 'cellId', message: `表三没有单元格“${cellId}”` }]);
  const rows = await db.selectFrom('application_cases')
    .select(['id', 'number', 'applicant_type', 'received_on', 'closed_on', 'outcome'])
    .where('organisation_id', '=', organisationId)
    .where('received_on', 'is not', null)
    .where('received_on', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>=', `${year}-01-01`)]))
    .orderBy('received_on').orderBy('number')
    .execute();
  return rows
    .map((r) => ({ id: r.id, number: r.number, applicantType: r.applicant_type as ApplicantType, receivedOn: r.received_on!, closedOn: r.closed_on, outcome: r.outcome as Outcome | null }))
    .filter((c) => isCaseBehindCell(c, year, cell, format));
}
