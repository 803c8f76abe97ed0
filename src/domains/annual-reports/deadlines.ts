/**
 * Publication deadlines of the annual report, 条例第四十九条: departments of governments at county
 * level and above publish by 31 January; the government-level report is published by 31 March.
 * Townships and subdistricts are not named there; they report as governments by default, and a
 * region may set earlier dates for everything below it (domain-reference §2.9).
 */
import type { OrganisationKind } from '../accounts/index.ts';

export const STATUTORY_DEADLINES = { department: '01-31', government: '03-31' } as const;

export interface DeadlineSetting {
  departmentDue: string;
  governmentDue: string;
}

const GOVERNMENT_KINDS: readonly OrganisationKind[] = ['provincial_government', 'city_government', 'county_government', 'township', 'subdistrict'];

export function isGovernment(kind: OrganisationKind): boolean {
  return GOVERNMENT_KINDS.includes(kind);
}

/** `MM-DD` that exists in every year (02-29 refused: it would not exist three years in four). */
export function isMonthDay(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [month, day] = [Number(match[1]), Number(match[2])];
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1]!;
}

/** The date the report for statistics year `year` is due: in the following year. */
export function dueDate(kind: OrganisationKind, year: number, setting?: DeadlineSetting): string {
  const due = isGovernment(kind)
    ? setting?.governmentDue ?? STATUTORY_DEADLINES.government
    : setting?.departmentDue ?? STATUTORY_DEADLINES.department;
  return `${year + 1}-${due}`;
}
