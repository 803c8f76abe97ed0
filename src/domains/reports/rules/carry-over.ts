/**
 * Year-over-year rules between two reports of the same agency for consecutive years; warnings only,
 * because mergers, reorganisations and transfers of documents break them.
 * - T3-CARRY-OVER (AR-05): this year's 二、上年结转 per column = last year's 四、结转下年度继续办理.
 *   Both rows exist in both formats, so it holds across the 2020→2021 format change.
 * - T2-IN-FORCE (AR-08, 2021 format both years): 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y)
 *   − 本年废止件数(Y), for 规章 and 行政规范性文件.
 * - T2-PREVIOUS-ITEMS (2019 format both years, i.e. the 2019→2020 reports): 上一年项目数量(Y) =
 *   上一年项目数量(Y−1) + 本年增/减(Y−1), for 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 and
 *   行政事业性收费: last year's count of items changed by last year's 增/减 is this year's 上一年.
 */
import type { AnnualReport, Finding } from '../model.ts';
import { APPLICANT_COLUMNS } from '../model.ts';
import type { UnknownCells } from './cells.ts';
import { columnLabel, formatNumber, isFilled, knownApplicationCell } from './cells.ts';

/** Cells of either year the reader could not read (see `CheckOptions.unknownCells`). */
export interface CarryOverUnknown {
  previous?: UnknownCells;
  current?: UnknownCells;
}

/** Same agency, consecutive years; unknown agency or year means the rules cannot apply. */
export function isPreviousYearOfSameAgency(previous: AnnualReport, current: AnnualReport): boolean {
  if (previous.year === null || current.year === null || current.year !== previous.year + 1) return false;
  if (previous.agency === null || current.agency === null) return false;
  return normalizeAgency(previous.agency) === normalizeAgency(current.agency);
}

function normalizeAgency(agency: string): string {
  return agency.replace(/\s+/g, '');
}

export function checkT3CarryOver(previous: AnnualReport, current: AnnualReport, unknown: CarryOverUnknown = {}): Finding[] {
  if (!isPreviousYearOfSameAgency(previous, current)) return [];
  const findings: Finding[] = [];
  const none: UnknownCells = new Set();
  // Blank cells count as in the sum rules, so a column blank in both years is 0 = 0; a cell the
  // reader could not read is no blank, and its column is not compared.
  for (const column of APPLICANT_COLUMNS) {
    const now = knownApplicationCell(current, 'carriedOver', column, unknown.current ?? none);
    const before = knownApplicationCell(previous, 'carriedForward', column, unknown.previous ?? none);
    if (now === null || before === null) continue;
    if (Math.abs(now - before) > 1e-9) {
      findings.push({
        rule: 'T3-CARRY-OVER',
        severity: 'warning',
        at: `applications.carriedOver.${column}`,
        message: `${columnLabel(column)}列：${current.year}年“二、上年结转政府信息公开申请数量”（${formatNumber(now)}）不等于${previous.year}年“四、结转下年度继续办理”（${formatNumber(before)}）`,
      });
    }
  }
  return findings;
}

export function checkT2InForce(previous: AnnualReport, current: AnnualReport): Finding[] {
  if (!isPreviousYearOfSameAgency(previous, current)) return [];
  if (previous.format !== '2021' || current.format !== '2021') return [];
  const findings: Finding[] = [];
  for (const [key, label] of [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']] as const) {
    const before = previous.active?.[key]?.inForce;
    const row = current.active?.[key];
    if (!row || !isFilled(before) || !isFilled(row.inForce) || !isFilled(row.issued) || !isFilled(row.repealed)) continue;
    const expected = before + row.issued - row.repealed;
    if (expected !== row.inForce) {
      findings.push({
        rule: 'T2-IN-FORCE',
        severity: 'warning',
        at: `active.${key}.inForce`,
        message: `${label}：现行有效件数（${row.inForce}）不等于上年现行有效件数（${before}）加本年制发（${row.issued}）减本年废止（${row.repealed}）即${expected}`,
      });
    }
  }
  return findings;
}

const PREVIOUS_ITEM_ROWS = [
  ['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项'], ['punishment', '行政处罚'], ['coercion', '行政强制'], ['fees', '行政事业性收费'],
] as const;

export function checkT2PreviousItems(previous: AnnualReport, current: AnnualReport): Finding[] {
  if (!isPreviousYearOfSameAgency(previous, current)) return [];
  if (previous.format !== '2019' || current.format !== '2019') return [];
  const findings: Finding[] = [];
  for (const [key, label] of PREVIOUS_ITEM_ROWS) {
    const before = previous.active[key];
    const now = current.active[key].previous;
    // Filled cells only: a blank or unread cell (null) never takes part.
    if (!isFilled(before.previous) || !isFilled(before.change) || !isFilled(now)) continue;
    const expected = before.previous + before.change;
    if (Math.abs(expected - now) > 1e-9) {
      findings.push({
        rule: 'T2-PREVIOUS-ITEMS',
        severity: 'warning',
        at: `active.${key}.previous`,
        message: `${label}：${current.year}年“上一年项目数量”（${formatNumber(now)}）不等于${previous.year}年报告的上一年项目数量（${formatNumber(before.previous)}）加本年增/减（${formatNumber(before.change)}）即${formatNumber(expected)}`,
      });
    }
  }
  return findings;
}
