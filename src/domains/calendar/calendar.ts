/**
 * The working-day calendar (工作日): Monday–Friday, minus the statutory holiday days (放假),
 * plus the weekend days declared working days (调休上班), as set each year by the State Council
 * notice. Built by a pure function from year files; a year without a file falls back to
 * Monday–Friday and every answer that touches it is flagged provisional.
 *
 * Counting rule (domain reference §1.8): "自…之日起N个工作日内" — the start day is not counted
 * (期间开始的日，不计算在期间内: 民事诉讼法第八十五条, applied to administrative periods by
 * 行政复议法第八十八条 and 行政诉讼法第一百零一条). Day 1 is the first working day after the trigger.
 */
import { z } from 'zod';
import { DomainError } from '../shared/errors.ts';
import type { CalendarDate } from './calendar-date.ts';
import { addDays, calendarDate, isWeekend, toDayNumber, fromDayNumber, yearOf } from './calendar-date.ts';
import type { EffectiveHoliday, YearFile } from './year-file.ts';
import { effectiveHolidays, yearFileSchema } from './year-file.ts';
import { BUILTIN_YEAR_FILES } from './builtin.ts';

export const DAY_KINDS = ['workday', 'weekend', 'holiday', 'adjustedWorkday'] as const;
/** workday 工作日 · weekend 周末休息 · holiday 法定节假日放假（含调休休息）· adjustedWorkday 调休上班. */
export type DayKind = (typeof DAY_KINDS)[number];

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  workday: '工作日',
  weekend: '周末休息',
  holiday: '节假日放假',
  adjustedWorkday: '调休上班',
};

export interface DayInfo {
  date: CalendarDate;
  kind: DayKind;
  isWorkday: boolean;
  /** The holiday this day belongs to (for holiday and adjustedWorkday days). */
  holiday: string | null;
  /** True when the day's year has no published calendar and Monday–Friday was assumed. */
  provisional: boolean;
}

/** A date reached by counting working days, and whether any day counted was provisional. */
export interface WorkingDay {
  date: CalendarDate;
  /** True if the count ran through a year with no loaded calendar (Monday–Friday assumed). */
  provisional: boolean;
  /** The years without data the count touched, ascending. */
  provisionalYears: number[];
}

export interface WorkdayCount {
  count: number;
  provisional: boolean;
  provisionalYears: number[];
}

export interface Calendar {
  /** Years with loaded data, ascending. */
  readonly years: readonly number[];
  isProvisional(date: CalendarDate): boolean;
  isWorkday(date: CalendarDate): boolean;
  dayInfo(date: CalendarDate): DayInfo;
  /**
   * The n-th working day after `start` (start not counted). n = 0 returns `start` itself.
   * A negative n counts backwards: the |n|-th working day before `start`.
   */
  addWorkdays(start: CalendarDate, n: number): WorkingDay;
  /**
   * Working days in (from, to]: after `from`, up to and including `to`; so
   * `workdaysBetween(d, addWorkdays(d, n).date).count === n`. Negative when `to` is before `from`.
   */
  workdaysBetween(from: CalendarDate, to: CalendarDate): WorkdayCount;
  /** Working days from 1 January to 31 December of `year`. */
  workdaysInYear(year: number): WorkdayCount;
  /** The holidays of `year` as in force (after amendments); empty for a year without data. */
  holidays(year: number): readonly EffectiveHoliday[];
  /** The validated year file for `year`, if loaded. */
  yearFile(year: number): YearFile | undefined;
}

/** Largest |n| accepted by addWorkdays: about 400 years of working days. */
export const MAX_WORKDAYS = 100_000;

/**
 * Builds a calendar from the built-in year files (2019–2026) and `extraYearFiles`, which replace a
 * built-in year with the same `year` (a correction) or add a new one. Each extra file is validated;
 * an invalid one throws `calendar.invalid_year_file` with the problems in Chinese.
 */
export function loadCalendar(extraYearFiles: readonly unknown[] = [], options: { builtin?: boolean } = {}): Calendar {
  const files = new Map<number, YearFile>();
  if (options.builtin !== false) {
    for (const raw of BUILTIN_YEAR_FILES) {
      const f = parseYearFile(raw);
      files.set(f.year, f);
    }
  }
  for (const raw of extraYearFiles) {
    const f = parseYearFile(raw);
    files.set(f.year, f);
  }
  return buildCalendar(files);
}

/** Validates one year file; throws `calendar.invalid_year_file` listing every problem in Chinese. */
export function parseYearFile(raw: unknown, source?: string): YearFile {
  const result = yearFileSchema.safeParse(raw, { error: z.locales.zhCN().localeError });
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '（根）'}：${i.message}`);
  const year = typeof raw === 'object' && raw !== null && 'year' in raw ? String((raw as { year: unknown }).year) : '?';
  throw new DomainError(
    'calendar.invalid_year_file',
    'invalid',
    `节假日数据文件${source ? ` ${source}` : ''}（年份 ${year}）有误：\n  ${problems.join('\n  ')}`,
    `invalid calendar year file ${source ?? ''}`,
    result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
  );
}

function buildCalendar(files: Map<number, YearFile>): Calendar {
  const years = [...files.keys()].sort((a, b) => a - b);
  const known = new Set(years);
  const off = new Map<CalendarDate, string>();
  const work = new Map<CalendarDate, string>();
  const holidaysByYear = new Map<number, EffectiveHoliday[]>();
  for (const year of years) {
    const hs = effectiveHolidays(files.get(year)!);
    holidaysByYear.set(year, hs);
    for (const h of hs) {
      h.offDays.forEach((d) => off.set(d, h.name));
      h.work.forEach((d) => work.set(d, h.name));
    }
  }
  // A later year's file may list the end of the previous December (2019's 元旦 starts 2018-12-29):
  // its entries apply to those days whatever year they fall in.

  const isProvisional = (date: CalendarDate) => !known.has(yearOf(date));
  const isWorkday = (date: CalendarDate) => work.has(date) || (!isWeekend(date) && !off.has(date));
  const dayInfo = (date: CalendarDate): DayInfo => {
    const provisional = isProvisional(date);
    const w = work.get(date);
    if (w !== undefined) return { date, kind: 'adjustedWorkday', isWorkday: true, holiday: w, provisional };
    const o = off.get(date);
    if (o !== undefined) return { date, kind: 'holiday', isWorkday: false, holiday: o, provisional };
    const weekend = isWeekend(date);
    return { date, kind: weekend ? 'weekend' : 'workday', isWorkday: !weekend, holiday: null, provisional };
  };

  const touched = (fromDay: number, toDay: number): number[] => {
    const out: number[] = [];
    for (let y = yearOf(fromDayNumber(fromDay)); y <= yearOf(fromDayNumber(toDay)); y++) if (!known.has(y)) out.push(y);
    return out;
  };

  const addWorkdays = (start: CalendarDate, n: number): WorkingDay => {
    checkCount(n);
    const step = n < 0 ? -1 : 1;
    let day = toDayNumber(start);
    let left = Math.abs(n);
    while (left > 0) {
      day += step;
      if (isWorkday(fromDayNumber(day))) left--;
    }
    const date = fromDayNumber(day);
    const a = Math.min(toDayNumber(start) + (n === 0 ? 0 : step), day);
    const b = Math.max(toDayNumber(start) + (n === 0 ? 0 : step), day);
    const provisionalYears = n === 0 ? touched(day, day) : touched(a, b);
    return { date, provisional: provisionalYears.length > 0, provisionalYears };
  };

  const workdaysBetween = (from: CalendarDate, to: CalendarDate): WorkdayCount => {
    const f = toDayNumber(from);
    const t = toDayNumber(to);
    if (f === t) return { count: 0, provisional: isProvisional(from), provisionalYears: touched(f, f) };
    const [lo, hi, sign] = f < t ? [f, t, 1] : [t, f, -1];
    let count = 0;
    for (let d = lo + 1; d <= hi; d++) if (isWorkday(fromDayNumber(d))) count++;
    const provisionalYears = touched(lo + 1, hi);
    return { count: sign * count, provisional: provisionalYears.length > 0, provisionalYears };
  };

  const workdaysInYear = (year: number): WorkdayCount => {
    const first = calendarDate(year, 1, 1);
    return workdaysBetween(addDays(first, -1), calendarDate(year, 12, 31));
  };

  return {
    years,
    isProvisional,
    isWorkday,
    dayInfo,
    addWorkdays,
    workdaysBetween,
    workdaysInYear,
    holidays: (year) => holidaysByYear.get(year) ?? [],
    yearFile: (year) => files.get(year),
  };
}

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n) || Math.abs(n) > MAX_WORKDAYS) {
    throw new DomainError(
      'calendar.invalid_workday_count',
      'invalid',
      `工作日数须为整数且绝对值不超过 ${MAX_WORKDAYS}，收到：${n}`,
      `invalid workday count ${n}`,
    );
  }
}

let builtin: Calendar | undefined;
/** The calendar from the built-in data only (2019–2026). The data never changes at run time. */
export function builtinCalendar(): Calendar {
  return (builtin ??= loadCalendar());
}

/** Whether `date` is a working day (built-in calendar unless one is given). */
export function isWorkday(date: CalendarDate, calendar: Calendar = builtinCalendar()): boolean {
  return calendar.isWorkday(date);
}

/** The n-th working day after `start`, start not counted (built-in calendar unless one is given). */
export function addWorkdays(start: CalendarDate, n: number, calendar: Calendar = builtinCalendar()): WorkingDay {
  return calendar.addWorkdays(start, n);
}

/** Working days in (from, to] (built-in calendar unless one is given). */
export function workdaysBetween(from: CalendarDate, to: CalendarDate, calendar: Calendar = builtinCalendar()): WorkdayCount {
  return calendar.workdaysBetween(from, to);
}
