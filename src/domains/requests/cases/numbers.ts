/**
 * 申请编号 (receipt numbers). Agencies' ledgers use their own schemes (2025-001, 伊政公开〔2025〕1号),
 * so the accepted form is broad but closed: letters, digits and the brackets and marks such numbers
 * use, 1–64 characters, no spaces. Numbers this system gives are `YSQ` + year + a 5-digit sequence.
 */
import type { Db } from './record.ts';

export const RECEIPT_NUMBER_PATTERN = /^[\p{L}\p{N}〔〕（）()[\]【】\-_.·/#]{1,64}$/u;

export function isReceiptNumber(value: unknown): value is string {
  return typeof value === 'string' && RECEIPT_NUMBER_PATTERN.test(value);
}

/** The next free `YSQyyyyNNNNN` of an organisation (a race ends in the unique index; the caller retries). */
export async function nextReceiptNumber(db: Db, organisationId: string, year: number): Promise<string> {
  const prefix = `YSQ${year}`;
  const last = await db
    .selectFrom('application_cases')
    .select('number')
    .where('organisation_id', '=', organisationId)
    .where('number', 'like', `${prefix}%`)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  const seq = last?.number && /^\d{5,}$/.test(last.number.slice(prefix.length)) ? Number(last.number.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(5, '0')}`;
}
