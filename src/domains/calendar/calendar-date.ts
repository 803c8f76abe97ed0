/**
 * Plain calendar dates (`YYYY-MM-DD`), as the 条例 counts them: days, not instants.
 *
 * All arithmetic goes through a day number (days since 1970-01-01) computed with `Date.UTC` and
 * read back with the `getUTC*` accessors only, so nothing depends on the machine's time zone.
 * Domains never call `new Date()` for "today": they take it as a parameter.
 */
import { DomainError } from '../shared/errors.ts';

declare const calendarDateBrand: unique symbol;
/** A valid calendar date written `YYYY-MM-DD` (Asia/Shanghai civil date). */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export const WEEKDAY_LABELS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** True if `value` is a real date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Parses a `YYYY-MM-DD` string, or throws `calendar.invalid_date` with a Chinese message. */
export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new DomainError(
      'calendar.invalid_date',
      'invalid',
      `日期无效：“${value}”。请按 YYYY-MM-DD 格式填写真实存在的日期，例如 2026-09-21。`,
      `invalid calendar date ${JSON.stringify(value)}`,
    );
  }
  return value;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (UTC arithmetic; a date has no zone). */
export function toDayNumber(date: CalendarDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(day: number): CalendarDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as CalendarDate;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekend(date: CalendarDate): boolean {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Builds a date from numbers (month 1–12); throws `calendar.invalid_date` if it does not exist. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return parseCalendarDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** `2026-09-21（星期一）`. */
export function describeDate(date: CalendarDate): string {
  return `${date}（${WEEKDAY_LABELS[weekdayOf(date)]}）`;
}

/**
 * Today's date in Asia/Shanghai (UTC+8, no daylight saving) from an injected clock, whatever the
 * machine's zone. Domains take the result as a parameter; they never read the time themselves.
 */
export function todayInShanghai(clock: { now(): Date }): CalendarDate {
  return fromDayNumber(Math.floor((clock.now().getTime() + 8 * 3_600_000) / MS_PER_DAY));
}
