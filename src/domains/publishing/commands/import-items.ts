/**
 * 导入信息 (issue 7, item 5): an agency brings its existing site's items in from JSON Lines, CSV
 * or XLSX. All or nothing: a bad row refuses the whole file with every line and reason (DomainError
 * `publishing.import_refused`, one field `line-N` per problem) and nothing is written. With
 * `publish`, the items are published as of their 发布日期 (the review trail says 导入发布: they
 * were reviewed where they came from); privacy findings are reported, not blocking. Without it
 * they arrive as drafts for the usual review. With `publish` and `holdPersonalData`, a row whose
 * privacy check finds personal data arrives as a draft instead (no 索引号), listed in `held`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { CommandContext } from '../../accounts/index.ts';
import { todayInShanghai } from '../../calendar/index.ts';
import { DomainError } from '../../shared/errors.ts';
import { readTableFile, UnreadableTable } from '../../shared/table-file.ts';
import type { TableFile } from '../../shared/table-file.ts';
import { PUBLISHING_ERRORS, publishingError } from '../errors.ts';
import { recordPublishingEvent } from '../events.ts';
import { readItemRows } from '../import/item-rows.ts';
import type { ItemRowProblem } from '../import/item-rows.ts';
import { writeItems } from '../import/write-items.ts';
import type { WrittenItems } from '../import/write-items.ts';
import { organisationFor } from '../organisation-access.ts';
import { listColumnRows } from '../repository.ts';
import { ensureCatalog } from './catalog.ts';

export interface ImportItemsInput {
  organisationId: string;
  fileName: string;
  bytes: Uint8Array;
  publish?: boolean;
  /** Only with `publish`: rows with privacy findings are imported as drafts instead. */
  holdPersonalData?: boolean;
}

/** Why `holdPersonalData` without `publish` is refused (the CLI prints it too). */
export const HOLD_NEEDS_PUBLISH = '--hold-personal-data 只能与 --publish 一起使用（不加 --publish 时全部导入为草稿，无需暂缓发布）';

export interface ItemsImportSummary extends WrittenItems {
  rows: number;
}

export function itemsImportRefused(problems: readonly ItemRowProblem[]): DomainError {
  return new DomainError(
    'publishing.import_refused', 'invalid', PUBLISHING_ERRORS['publishing.import_refused'], `items import refused: ${problems.length} problem(s)`,
    problems.map((p) => ({ field: `line-${p.line}`, message: p.message })),
  );
}

export async function importItems(db: Kysely<Database>, ctx: CommandContext, input: ImportItemsInput): Promise<ItemsImportSummary> {
  const publish = input.publish ?? false;
  const holdPersonalData = input.holdPersonalData ?? false;
  if (holdPersonalData && !publish) {
    throw publishingError('publishing.invalid_input', 'invalid', 'holdPersonalData requires publish', [{ field: 'holdPersonalData', message: HOLD_NEEDS_PUBLISH }], HOLD_NEEDS_PUBLISH);
  }
  let table: TableFile;
  try {
    table = await readTableFile(input.fileName, input.bytes);
  } catch (error) {
    if (error instanceof UnreadableTable) throw itemsImportRefused([{ line: error.line, message: error.message }]);
    throw error;
  }
  return inTransaction(db, async (trx) => {
    const organisation = await organisationFor(trx, ctx.actor, input.organisationId, 'item.draft');
    // An organisation importing before anyone opened its catalog gets the standard one (rolled back with a refused file).
    let columns = await listColumnRows(trx, organisation.id);
    if (columns.length === 0) columns = await ensureCatalog(trx, ctx, organisation.id);
    const { rows, problems } = readItemRows(table, columns, { today: todayInShanghai(ctx.clock), publish });
    if (problems.length > 0) throw itemsImportRefused(problems);
    const written = await writeItems(trx, ctx, organisation, rows, { publish, decision: 'imported', holdPersonalData });
    await recordPublishingEvent(trx, ctx, {
      name: 'items.imported', subjectType: 'organisation', subjectId: organisation.id, organisationId: organisation.id,
      data: { fileName: input.fileName, rows: rows.length, published: written.published, drafts: written.drafts, privacyFindings: written.findings.length, held: written.held.length },
    });
    return { rows: rows.length, ...written };
  });
}
