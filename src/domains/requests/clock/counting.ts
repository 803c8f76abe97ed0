/** Counting working days with pauses left out (第三十三条第三款: consultation time is not counted). */
import type { Calendar, CalendarDate } from '../../calendar/index.ts';
import { addDays } from '../../calendar/index.ts';

/**
 * A pause as counting needs it: working days in (from, to ?? limit] are not counted. A pause with
 * neither `to` nor `limit` (an open consultation of an agency that has no answer period) has no end yet.
 */
export interface PauseSpan {
  from: CalendarDate;
  to: CalendarDate | null;
  limit: CalendarDate | null;
}

/**
 * The `limit`-th counted working day after `base`, skipping working days inside pauses (from, to];
 * null if the count runs into a pause that has no end yet.
 */
export function countForward(calendar: Calendar, base: CalendarDate, limit: number, pauses: readonly PauseSpan[]): { date: CalendarDate | null; provisional: boolean } {
  let day = base;
  let counted = 0;
  let provisional = false;
  while (counted < limit) {
    day = addDays(day, 1);
    if (pauses.some((p) => isEndless(p) && day > p.from)) return { date: null, provisional };
    if (calendar.isWorkday(day) && !inPause(day, pauses)) counted++;
    provisional ||= calendar.isProvisional(day);
  }
  return { date: day, provisional };
}

/** Counted working days in (from, to], negative if to < from. */
export function countBetween(calendar: Calendar, from: CalendarDate, to: CalendarDate, pauses: readonly PauseSpan[]): { count: number; provisional: boolean } {
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  let provisional = false;
  for (let d = addDays(lo, 1); d <= hi; d = addDays(d, 1)) {
    if (calendar.isWorkday(d) && !inPause(d, pauses)) count++;
    provisional ||= calendar.isProvisional(d);
  }
  return { count: sign * count, provisional };
}

export function inPause(day: CalendarDate, pauses: readonly PauseSpan[]): boolean {
  return pauses.some((p) => day > p.from && (isEndless(p) || day <= (p.to ?? p.limit)!));
}

function isEndless(p: PauseSpan): boolean {
  return p.to === null && p.limit === null;
}
