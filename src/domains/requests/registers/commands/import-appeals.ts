import type { Kysely } from 'kysely';
import { newId } from '../../../../db/ids.ts';
import { updateVersioned } from '../../../../db/optimistic.ts';
import type { Database } from '../../../../db/schema.ts';
import { inTransaction } from '../../../../db/transaction.ts';
import type { CommandContext } from '../../../accounts/index.ts';
import { todayInShanghai } from '../../../calendar/index.ts';
import { organisationForRegister } from '../access.ts';
import { ImportRefused } from '../errors.ts';
import { recordRegisterEvent } from '../events.ts';
import { readAppealRows } from '../import/appeal-rows.ts';
import { readTableFile, UnreadableTable } from '../import/table-file.ts';
import { appealColumns } from './record-appeal.ts';

export interface ImportAppealsInput {
  organisationId: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface ImportSummary {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * 导入行政复议、行政诉讼台账 (CSV, XLSX, JSON Lines). All or nothing: any bad row refuses the whole
 * file (ImportRefused lists every line and reason) and nothing is written. A row already imported
 * (same type, 经复议, 立案日期, 关联申请编号 and occurrence) is updated when its result, 结案日期,
 * 案号 or 备注 changed and left alone otherwise, so importing the same file again changes nothing.
 * Rows imported before and absent from the file are kept.
 */
export async function importAppeals(db: Kysely<Database>, ctx: CommandContext, input: ImportAppealsInput): Promise<ImportSummary> {
  let table;
  try {
    table = await readTableFile(input.fileName, input.bytes);
  } catch (error) {
    if (error instanceof UnreadableTable) throw new ImportRefused([{ line: error.line, message: error.message }]);
    throw error;
  }
  const { rows, problems } = readAppealRows(table, todayInShanghai(ctx.clock));
  if (problems.length > 0) throw new ImportRefused(problems);
  return inTransaction(db, async (trx) => {
    const organisation = await organisationForRegister(trx, ctx.actor, input.organisationId, 'register.manage');
    const existing = new Map(
      (await trx.selectFrom('appeals').selectAll().where('organisation_id', '=', organisation.id).where('import_key', 'is not', null).execute()).map((row) => [row.import_key!, row]),
    );
    const now = ctx.clock.now().toISOString();
    const summary: ImportSummary = { rows: rows.length, inserted: 0, updated: 0, unchanged: 0 };
    for (const row of rows) {
      const columns = appealColumns(row.facts);
      const before = existing.get(row.importKey);
      if (!before) {
        await trx.insertInto('appeals').values({ id: newId(), organisation_id: organisation.id, ...columns, import_key: row.importKey, created_at: now, updated_at: now, version: 1 }).execute();
        summary.inserted++;
      } else if (before.result !== columns.result || before.closed_on !== columns.closed_on || before.case_number !== columns.case_number || before.note !== columns.note) {
        await updateVersioned(trx, 'appeals', before.id, Number(before.version), {
          result: columns.result, closed_on: columns.closed_on, case_number: columns.case_number, note: columns.note, updated_at: now,
        });
        summary.updated++;
      } else {
        summary.unchanged++;
      }
    }
    if (summary.inserted + summary.updated > 0) {
      await recordRegisterEvent(trx, ctx, {
        name: 'appeals.imported', subjectType: 'organisation', subjectId: organisation.id, organisationId: organisation.id,
        data: { fileName: input.fileName, ...summary },
      });
    }
    return summary;
  });
}
