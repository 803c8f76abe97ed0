import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { ACTIVE_BLOCKS, formatForYear } from '../../reports/index.ts';
import type { CommandContext } from '../../accounts/index.ts';
import { invalidInput } from '../errors.ts';
import { recordPublishingEvent } from '../events.ts';
import { organisationFor } from '../organisation-access.ts';
import type { Db } from '../repository.ts';

/** Table 二 rows the items give (第二十条第（一）项); every other row comes from the statistics form. */
export const ITEM_ROWS = ['regulations', 'normativeDocuments'] as const;

/** The statistics form's cells for a year's report format: `licensing.decisions`, `fees.amount`, … */
export function statisticsCells(year: number): { key: string; rowLabel: string; columnLabel: string; decimals: boolean; signed: boolean }[] {
  return ACTIVE_BLOCKS[formatForYear(year)]
    .flatMap((block) => block.rows)
    .filter((row) => !(ITEM_ROWS as readonly string[]).includes(row.key))
    .flatMap((row) =>
      row.columns.map((column) => ({
        key: `${row.key}.${column.field}`,
        rowLabel: row.label,
        columnLabel: column.label,
        decimals: column.field === 'amount',
        signed: column.field === 'change',
      })),
    );
}

export type StatisticsValues = Record<string, number | null>;

export async function loadStatistics(db: Db, organisationId: string, year: number): Promise<{ values: StatisticsValues; version: number }> {
  const row = await db.selectFrom('publishing_statistics').selectAll().where('organisation_id', '=', organisationId).where('year', '=', year).executeTakeFirst();
  return row ? { values: JSON.parse(row.data) as StatisticsValues, version: Number(row.version) } : { values: {}, version: 0 };
}

/**
 * 年度统计表: 行政许可、行政处罚、行政强制 decision counts and the 行政事业性收费 amount (万元) of one
 * organisation and year — what the items cannot give for table 二. Blank stays blank (null).
 */
export async function saveStatistics(db: Kysely<Database>, ctx: CommandContext, organisationId: string, year: number, raw: Record<string, string>): Promise<StatisticsValues> {
  if (!Number.isInteger(year) || year < 2008 || year > 2100) throw invalidInput([{ field: 'year', message: '年度无效' }]);
  const values: StatisticsValues = {};
  const problems: { field: string; message: string }[] = [];
  for (const cell of statisticsCells(year)) {
    const text = (raw[cell.key] ?? '').trim();
    if (text === '') {
      values[cell.key] = null;
      continue;
    }
    const pattern = cell.decimals ? /^\d+(\.\d{1,4})?$/ : cell.signed ? /^-?\d+$/ : /^\d+$/;
    if (!pattern.test(text)) {
      problems.push({ field: cell.key, message: `${cell.rowLabel}「${cell.columnLabel}」应为${cell.decimals ? '不超过4位小数的非负数' : cell.signed ? '整数（减少填负数）' : '非负整数'}` });
      continue;
    }
    values[cell.key] = Number(text);
  }
  if (problems.length > 0) throw invalidInput(problems);
  return inTransaction(db, async (trx) => {
    const organisation = await organisationFor(trx, ctx.actor, organisationId, 'statistics.manage');
    const now = ctx.clock.now().toISOString();
    const existing = await loadStatistics(trx, organisation.id, year);
    if (existing.version === 0) {
      await trx.insertInto('publishing_statistics').values({ organisation_id: organisation.id, year, data: JSON.stringify(values), updated_at: now, version: 1 }).execute();
    } else {
      await trx
        .updateTable('publishing_statistics')
        .set({ data: JSON.stringify(values), updated_at: now })
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .where('organisation_id', '=', organisation.id)
        .where('year', '=', year)
        .execute();
    }
    await recordPublishingEvent(trx, ctx, { name: 'statistics.saved', subjectType: 'organisation', subjectId: organisation.id, organisationId: organisation.id, data: { year, values } });
    return values;
  });
}
