/**
 * Year-over-year checks across many files with flat memory: of each report only a small carry
 * record is kept (agency, year, format, the 上年结转 and 结转下年度 rows of table 三 and table 二),
 * and the rules (`checkCarryOver`) run on report skeletons rebuilt from two records.
 *
 * Findings belong to the later year's file. When the later year is added first (its file came
 * earlier in the walk), the findings are returned as `late`, for a file already reported.
 */
import { blankReport } from '../reports/layout.ts';
import type { AnnualReport, ApplicantRow, Finding, ReportFormat } from '../reports/model.ts';
import { checkCarryOver } from '../reports/rules/index.ts';

export interface CarryRecord {
  file: string;
  agency: string;
  year: number;
  format: ReportFormat;
  carriedOver: ApplicantRow;
  carriedForward: ApplicantRow;
  active: AnnualReport['active'];
  /** Whether this record was already compared with the previous year's. */
  compared: boolean;
  /** Paths of the kept cells the reader could not read (not blanks: never compared as 0). */
  unread: string[];
}

export interface CarryOutcome {
  /** Findings for the file just added (its previous year was seen before). */
  own: Finding[];
  /** Findings for an earlier-reported file of the next year. */
  late: { file: string; findings: Finding[] } | null;
}

function agencyKey(agency: string): string {
  return agency.replace(/\s+/g, '');
}

/** The small part of a report the carry-over rules need; null if agency or year is unknown. */
export function toCarryRecord(file: string, report: AnnualReport, unread: readonly string[] = []): CarryRecord | null {
  if (report.year === null || report.agency === null || agencyKey(report.agency) === '') return null;
  return {
    file,
    agency: report.agency,
    year: report.year,
    format: report.format,
    carriedOver: { ...report.applications.carriedOver },
    carriedForward: { ...report.applications.carriedForward },
    active: structuredClone(report.active),
    compared: false,
    unread: unread.filter((p) => p.startsWith('applications.carriedOver.') || p.startsWith('applications.carriedForward.')),
  };
}

/** A report with only the record's cells filled (every other cell blank). */
export function skeletonReport(record: CarryRecord): AnnualReport {
  const report = blankReport(record.format, record.year, record.agency);
  report.applications.carriedOver = { ...record.carriedOver };
  report.applications.carriedForward = { ...record.carriedForward };
  (report as { active: AnnualReport['active'] }).active = structuredClone(record.active);
  return report;
}

/** The carry records of every agency seen so far, by agency and year. */
export class CarryOverLedger {
  private readonly records = new Map<string, Map<number, CarryRecord>>();

  /** Number of records kept (for tests and progress). */
  get size(): number {
    let n = 0;
    for (const years of this.records.values()) n += years.size;
    return n;
  }

  /**
   * Add a file's report and compare it with its neighbouring years already seen; `unread` are the
   * cells the reader could not read (AuditResult.unread).
   */
  add(file: string, report: AnnualReport, unread: readonly string[] = []): CarryOutcome {
    const record = toCarryRecord(file, report, unread);
    if (!record) return { own: [], late: null };
    const key = agencyKey(record.agency);
    let years = this.records.get(key);
    if (!years) this.records.set(key, (years = new Map()));
    if (years.has(record.year)) return { own: [], late: null }; // a second file for the same year: keep the first
    years.set(record.year, record);

    let own: Finding[] = [];
    const previous = years.get(record.year - 1);
    if (previous) {
      own = checkCarryOver(skeletonReport(previous), report, { previous: previous.unread, current: record.unread });
      record.compared = true;
    }
    let late: CarryOutcome['late'] = null;
    const next = years.get(record.year + 1);
    if (next && !next.compared) {
      next.compared = true;
      const findings = checkCarryOver(report, skeletonReport(next), { previous: record.unread, current: next.unread });
      if (findings.length > 0) late = { file: next.file, findings };
    }
    return { own, late };
  }
}
