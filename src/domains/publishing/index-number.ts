import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * 索引号 (《政府信息公开目录系统实施指引（试行）》: 前段码/后段码, unique and permanent). The pattern
 * is per organisation: `{orgCode}` (the organisation's 组织机构代码 or 统一社会信用代码), `{year}`,
 * `{month}` and `{seq:N}` (the serial, zero-padded to N digits). Default `{orgCode}/{year}-{seq:5}`.
 */
const TOKEN = /\{(orgCode|year|month|seq(?::(\d{1,2}))?)\}/g;

export function isValidIndexPattern(pattern: string): boolean {
  const tokens = [...pattern.matchAll(TOKEN)].map((m) => m[1]!.split(':')[0]);
  const rest = pattern.replace(TOKEN, '');
  return tokens.filter((t) => t === 'seq').length === 1 && !/[{}]/.test(rest) && pattern.length <= 100;
}

/** Whether the serial restarts each year (the pattern contains `{year}`). */
export function countsPerYear(pattern: string): boolean {
  return pattern.includes('{year}');
}

export function formatIndexNumber(pattern: string, values: { orgCode: string; publishedOn: string; seq: number }): string {
  return pattern.replace(TOKEN, (_whole, token: string, width?: string) => {
    if (token === 'orgCode') return values.orgCode;
    if (token === 'year') return values.publishedOn.slice(0, 4);
    if (token === 'month') return values.publishedOn.slice(5, 7);
    return String(values.seq).padStart(width ? Number(width) : 1, '0');
  });
}

/**
 * The next serial of an organisation (and year), in the caller's transaction: insert the counter
 * row if missing, then `update … set last_value = last_value + 1 … returning`. On PostgreSQL the
 * update takes the row lock, so concurrent publications queue on it and each gets its own number;
 * on SQLite the write transaction is exclusive. A rolled-back publication gives its number back
 * with the rollback, so no 索引号 is ever handed out twice, and a published one is never reused.
 */
export async function nextSerial(trx: Transaction<Database>, organisationId: string, year: number, count = 1): Promise<number> {
  await trx
    .insertInto('index_counters')
    .values({ organisation_id: organisationId, year, last_value: 0 })
    .onConflict((oc) => oc.columns(['organisation_id', 'year']).doNothing())
    .execute();
  const row = await trx
    .updateTable('index_counters')
    .set({ last_value: sql<number>`last_value + ${count}` })
    .where('organisation_id', '=', organisationId)
    .where('year', '=', year)
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return Number(row.last_value) - count + 1;
}
