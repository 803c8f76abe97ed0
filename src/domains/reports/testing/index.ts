/**
 * Report generators for tests and benchmarks: arithmetically consistent reports of both formats
 * (checkReport finds nothing), optionally with blank cells that keep them so — a blank part stands
 * for 0, and a total is left blank only when all its parts are blank too.
 */
import fc from 'fast-check';
import type { AnnualReport, Cell, ReportFormat } from '../model.ts';
import { APPEAL_GROUPS, APPEAL_PART_COLUMNS, APPLICANT_PART_COLUMNS, formatForYear } from '../model.ts';
import { ACTIVE_BLOCKS, APPLICATION_ROWS, applicationRow, blankReport } from '../layout.ts';

export { seedReport, SEED_AGENCY, SEED_NARRATIVE, SEED_YEAR } from './seed.ts';
export { setCell, setCells } from './set-cell.ts';
export { zeroReport } from './zero-report.ts';
export { consistentNarrative } from './narrative.ts';

export interface RandomReportOptions {
  /** Table format; by default picked at random, with a year that fits it. */
  format?: ReportFormat;
  /** Statistics year; by default one that fits the format (2019–2020 or 2021–2025). */
  year?: number;
  agency?: string;
  /** Probability (0..1) that a cell whose value is 0 is left blank (null) instead; default 0. */
  blankRate?: number;
  /**
   * `typical` (default): mostly 0, often 1–9, rarely up to 310. `sparse`: almost all 0, the rest 1–3,
   * so that most reports have every table 三/四 cell, totals included, under 10 (a small office's year).
   */
  counts?: 'typical' | 'sparse';
}

/** A deterministic PRNG (mulberry32) for benchmarks: same seed, same corpus. Returns [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCIES = ['水寨镇人民政府', '某县教育局', '某市生态环境局', '某区人民政府办公室', '某省自然资源厅', '某县卫生健康委员会', '某街道办事处'];

/** An arithmetically consistent report: checkReport(report) returns []. */
export function randomReport(rng: () => number, options: RandomReportOptions = {}): AnnualReport {
  const int = (max: number) => Math.floor(rng() * (max + 1));
  /** Mostly 0, as in real tables; sometimes a small count, rarely a large one. */
  const count = options.counts === 'sparse'
    ? () => (rng() < 0.98 ? 0 : 1 + int(2))
    : () => { const x = rng(); return x < 0.65 ? 0 : x < 0.98 ? 1 + int(9) : 10 + int(300); };
  const format = options.format ?? (options.year !== undefined ? formatForYear(options.year) : rng() < 0.5 ? '2019' : '2021');
  const year = options.year ?? (format === '2019' ? 2019 + int(1) : 2021 + int(4));
  const report = blankReport(format, year, options.agency ?? AGENCIES[int(AGENCIES.length - 1)]!);
  fillApplications(report, count, int);
  for (const group of APPEAL_GROUPS) {
    const row = report.appeals[group];
    for (const c of APPEAL_PART_COLUMNS) row[c] = count();
    row.total = APPEAL_PART_COLUMNS.reduce((s, c) => s + (row[c] ?? 0), 0);
  }
  fillActive(report, count, int, rng);
  if (options.blankRate) blankZeros(report, options.blankRate, rng);
  return report;
}

function fillApplications(report: AnnualReport, count: () => number, int: (max: number) => number): void {
  const defs = APPLICATION_ROWS[report.format];
  const row = (key: string) => applicationRow(report, key);
  for (const c of APPLICANT_PART_COLUMNS) {
    let outcomes = 0;
    for (const def of defs.filter((d) => d.role === 'outcome')) {
      const n = count();
      row(def.key)[c] = n;
      outcomes += n;
    }
    const forward = count();
    // 第一项 + 第二项 = 第三项 + 第四项, with the carried-over part never above what was handled.
    const carried = Math.min(int(3) === 0 ? count() : 0, outcomes + forward);
    row('total')[c] = outcomes;
    row('carriedForward')[c] = forward;
    row('carriedOver')[c] = carried;
    row('newReceived')[c] = outcomes + forward - carried;
  }
  for (const def of defs) {
    const r = row(def.key);
    r.total = APPLICANT_PART_COLUMNS.reduce((s, c) => s + (r[c] ?? 0), 0);
  }
}

function fillActive(report: AnnualReport, count: () => number, int: (max: number) => number, rng: () => number): void {
  const active = report.active as unknown as Record<string, Record<string, Cell>>;
  for (const block of ACTIVE_BLOCKS[report.format]) {
    for (const row of block.rows) {
      for (const { field } of row.columns) {
        active[row.key]![field] = field === 'amount' ? Math.round(rng() * 1e4 * (int(1) ? 1 : 100)) / 1e4
          : field === 'change' ? signed(count(), rng)
            : count();
      }
    }
  }
  // AR-10: 本年新公开数量 ≤ 对外公开总数量 (2019 table 二 （一）).
  for (const key of ['regulations', 'normativeDocuments']) {
    const row = active[key]!;
    if ('published' in row) row.totalPublic = (row.published ?? 0) + (row.totalPublic ?? 0);
  }
}

/** A decrease is written negative (“-8”); never -0, which would not survive a round trip as 0. */
function signed(n: number, rng: () => number): number {
  return n !== 0 && rng() < 0.3 ? -n : n;
}

/** Blanks 0-valued part cells, and a total only when all its parts are blank (no T3/T4-BLANK-TOTAL). */
function blankZeros(report: AnnualReport, rate: number, rng: () => number): void {
  const active = report.active as unknown as Record<string, Record<string, Cell>>;
  for (const row of Object.values(active)) {
    for (const field of Object.keys(row)) if (row[field] === 0 && rng() < rate) row[field] = null;
  }
  const rows = APPLICATION_ROWS[report.format].map((d) => ({ def: d, row: applicationRow(report, d.key) }));
  for (const { def, row } of rows) {
    if (def.role === 'total') continue;
    for (const c of APPLICANT_PART_COLUMNS) if (row[c] === 0 && rng() < rate) row[c] = null;
  }
  const allBlank = (cells: Cell[]) => cells.every((v) => v === null);
  const totalRow = applicationRow(report, 'total');
  for (const c of APPLICANT_PART_COLUMNS) {
    const outcomes = rows.filter((r) => r.def.role === 'outcome').map((r) => r.row[c]);
    if (allBlank(outcomes) && rng() < rate) totalRow[c] = null;
  }
  // Rows in printed order, so the outcome rows' totals are settled before （七）总计's own total.
  for (const { def, row } of rows) {
    const columnParts = def.role === 'total' ? rows.filter((r) => r.def.role === 'outcome').map((r) => r.row.total) : [];
    if (allBlank([...APPLICANT_PART_COLUMNS.map((c) => row[c]), ...columnParts]) && rng() < rate) row.total = null;
  }
  for (const group of APPEAL_GROUPS) {
    const row = report.appeals[group];
    for (const c of APPEAL_PART_COLUMNS) if (row[c] === 0 && rng() < rate) row[c] = null;
    if (allBlank(APPEAL_PART_COLUMNS.map((c) => row[c])) && rng() < rate) row.total = null;
  }
}

/** fast-check arbitrary of consistent reports (seed-driven; shrinking is by seed only). */
export function reportArbitrary(options: RandomReportOptions = {}): fc.Arbitrary<AnnualReport> {
  return fc.noBias(fc.integer()).map((seed) => randomReport(seededRandom(seed), options));
}
