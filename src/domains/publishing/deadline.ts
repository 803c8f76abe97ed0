import { addWorkdays, compareDates, workdaysBetween } from '../calendar/index.ts';
import type { CalendarDate } from '../calendar/index.ts';
import { DUE_SOON_WORKDAYS, PUBLICATION_WORKDAYS } from './vocabulary.ts';

/**
 * 条例第二十六条: proactive information is published within 20 working days from the date it is
 * formed or changed (day 1 = the first working day after that date, domain reference §1.8).
 */
export type DeadlineState = 'on_time' | 'due_soon' | 'overdue' | 'published_on_time' | 'published_late';

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  on_time: '未到期',
  due_soon: '即将到期',
  overdue: '已超期',
  published_on_time: '按期发布',
  published_late: '超期发布',
};

export interface PublicationDeadline {
  dueOn: CalendarDate;
  state: DeadlineState;
  /** Working days left after today (negative: overdue by that many). */
  workdaysLeft: number;
  /** The count ran through a year without a published holiday calendar. */
  provisional: boolean;
}

export function publicationDeadline(formedOn: CalendarDate, today: CalendarDate, publishedOn: CalendarDate | null = null): PublicationDeadline {
  const due = addWorkdays(formedOn, PUBLICATION_WORKDAYS);
  const left = workdaysBetween(today, due.date);
  const provisional = due.provisional || left.provisional;
  if (publishedOn !== null) {
    const late = compareDates(publishedOn, due.date) > 0;
    return { dueOn: due.date, state: late ? 'published_late' : 'published_on_time', workdaysLeft: left.count, provisional };
  }
  const state: DeadlineState = compareDates(today, due.date) > 0 ? 'overdue' : left.count <= DUE_SOON_WORKDAYS ? 'due_soon' : 'on_time';
  return { dueOn: due.date, state, workdaysLeft: left.count, provisional };
}
