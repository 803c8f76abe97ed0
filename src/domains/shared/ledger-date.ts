import { isCalendarDate } from '../calendar/index.ts';
import type { CalendarDate } from '../calendar/index.ts';

/**
 * Dates as ledgers (台账) and exported sites write them: 2026-03-05, 2026/3/5, 2026.3.5,
 * 2026年3月5日 → `2026-03-05`. `wellFormed` tells a date that does not exist (2025-02-29) from text
 * that is not a date at all, so the error can say which.
 */
export function normalizeLedgerDate(raw: string): { date: CalendarDate | null; wellFormed: boolean } {
  const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(raw.trim());
  if (!m) return { date: null, wellFormed: false };
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return { date: isCalendarDate(date) ? date : null, wellFormed: true };
}

/**
 * A date cell of an imported row: empty → null (a problem when `required`), otherwise the date or a
 * problem in Chinese naming the column (`what`) and the text as written.
 */
export function ledgerDateCell(raw: string | undefined, what: string, required: boolean, problems: string[]): CalendarDate | null {
  const text = (raw ?? '').trim();
  if (text === '') {
    if (required) problems.push(`${what}为空`);
    return null;
  }
  const { date, wellFormed } = normalizeLedgerDate(text);
  if (!wellFormed) problems.push(`${what}“${text}”格式无法识别（应为 YYYY-MM-DD，例如 2026-03-05）`);
  else if (!date) problems.push(`${what}“${text}”不是存在的日期`);
  return date;
}
