/** Plain-Chinese description of what lies between two dates: holidays passed, 调休 days counted. */
import type { Calendar } from './calendar.ts';
import type { CalendarDate } from './calendar-date.ts';
import { addDays, describeDate } from './calendar-date.ts';

export interface SpanNotes {
  /** Holidays with days off inside (from, to], with the first and last such day. */
  holidays: { name: string; from: CalendarDate; to: CalendarDate; days: number }[];
  /** 调休上班日 inside (from, to] (counted as working days). */
  adjustedWorkdays: { date: CalendarDate; holiday: string }[];
  /** Years inside the span without data (Monday–Friday assumed). */
  provisionalYears: number[];
}

export function spanNotes(calendar: Calendar, from: CalendarDate, to: CalendarDate): SpanNotes {
  const notes: SpanNotes = { holidays: [], adjustedWorkdays: [], provisionalYears: [] };
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const info = calendar.dayInfo(d);
    const year = Number(d.slice(0, 4));
    if (info.provisional && !notes.provisionalYears.includes(year)) notes.provisionalYears.push(year);
    if (info.kind === 'holiday') {
      const last = notes.holidays[notes.holidays.length - 1];
      if (last && last.name === info.holiday && addDays(last.to, 1) === d) {
        last.to = d;
        last.days++;
      } else notes.holidays.push({ name: info.holiday!, from: d, to: d, days: 1 });
    } else if (info.kind === 'adjustedWorkday') notes.adjustedWorkdays.push({ date: d, holiday: info.holiday! });
  }
  return notes;
}

/** `途经春节放假（2026-02-15 至 2026-02-23，9天，不计入）；2026-02-28（星期六）调休上班，计入。` or ''. */
export function describeSpan(calendar: Calendar, from: CalendarDate, to: CalendarDate): string {
  const n = spanNotes(calendar, from, to);
  const parts: string[] = [];
  for (const h of n.holidays) {
    parts.push(h.from === h.to ? `${h.name}放假 ${h.from}（不计入）` : `${h.name}放假 ${h.from} 至 ${h.to}（${h.days}天，不计入）`);
  }
  for (const w of n.adjustedWorkdays) parts.push(`${describeDate(w.date)}${w.holiday}调休上班（计入）`);
  const text = parts.length ? `途经${parts.join('；')}。` : '';
  const warn = n.provisionalYears.length
    ? `其中 ${n.provisionalYears.join('、')} 年的节假日安排尚未载入，暂按周一至周五计算，结果为临时结果。`
    : '';
  return text + warn;
}
