import type { Initiator } from '../../../accounts/index.ts';
import { authorizeRecord, organisationForRegister } from '../access.ts';
import { countAppealsTable, isBehindCell, parseAppealCellId } from '../appeals-table.ts';
import type { CountedAppealsTable } from '../appeals-table.ts';
import { appealNotFound, invalidInput } from '../errors.ts';
import type { RegisterAction } from '../policy.ts';
import type { Db } from '../repository.ts';
import { isPlausibleId, toAppeal } from '../repository.ts';
import type { Appeal } from '../types.ts';

export async function getAppealForActor(db: Db, actor: Initiator, id: string, action: RegisterAction = 'register.view'): Promise<Appeal> {
  const row = isPlausibleId(id) ? await db.selectFrom('appeals').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  if (!row) throw appealNotFound(String(id));
  await authorizeRecord(db, actor, row.organisation_id, action, () => appealNotFound(id));
  return toAppeal(row);
}

/** Cases of one organisation filed in `year`, oldest first (as table 四 counts them). */
async function appealsFiledIn(db: Db, organisationId: string, year: number): Promise<Appeal[]> {
  const rows = await db
    .selectFrom('appeals')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('filed_on', '>=', `${year}-01-01`)
    .where('filed_on', '<=', `${year}-12-31`)
    .orderBy('filed_on')
    .orderBy('created_at')
    .execute();
  return rows.map(toAppeal);
}

/**
 * The register for the console: cases filed in `year`, plus those filed earlier and still open
 * at the start of it or closed in it, so a handler sees what is on their desk that year.
 */
export async function listAppeals(db: Db, actor: Initiator, organisationId: string, year: number): Promise<Appeal[]> {
  await organisationForRegister(db, actor, organisationId, 'register.view');
  const rows = await db
    .selectFrom('appeals')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('filed_on', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('filed_on', '>=', `${year}-01-01`), eb('closed_on', 'is', null), eb('closed_on', '>=', `${year}-01-01`)]))
    .orderBy('filed_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toAppeal);
}

/**
 * Table 四 of `year` for one organisation, counted from its register (see countAppealsTable). No
 * actor: the report generator calls it for an organisation it has already authorized.
 */
export async function computeAppealsTable(db: Db, organisationId: string, year: number): Promise<CountedAppealsTable> {
  return countAppealsTable(await appealsFiledIn(db, organisationId, year), year);
}

/** Table 四 of many organisations at once (one query per chunk of organisations), each as computeAppealsTable counts it. */
export async function appealsTablesForOrganisations(db: Db, organisationIds: readonly string[], year: number): Promise<Map<string, CountedAppealsTable>> {
  const filed = new Map<string, Appeal[]>(organisationIds.map((id) => [id, []]));
  // Bound parameters per IN list: PostgreSQL and SQLite both cap them.
  for (let i = 0; i < organisationIds.length; i += 1000) {
    const rows = await db.selectFrom('appeals').selectAll()
      .where('organisation_id', 'in', organisationIds.slice(i, i + 1000))
      .where('filed_on', '>=', `${year}-01-01`)
      .where('filed_on', '<=', `${year}-12-31`)
      .execute();
    for (const row of rows) filed.get(row.organisation_id)?.push(toAppeal(row));
  }
  return new Map([...filed].map(([id, appeals]) => [id, countAppealsTable(appeals, year)]));
}

/** The cases counted in one cell of table 四 (`appeals.review.upheld`, `appeals.litigationDirect.total`…). */
export async function listAppealsBehindCell(db: Db, organisationId: string, year: number, cellId: string): Promise<Appeal[]> {
  const cell = parseAppealCellId(cellId);
  if (!cell) throw invalidInput([{ field: 'cellId', message: `表四没有单元格“${cellId}”（格式 appeals.<review|litigationDirect|litigationAfterReview>.<upheld|corrected|other|pending|total>）` }]);
  return (await appealsFiledIn(db, organisationId, year)).filter((appeal) => isBehindCell(appeal, year, cell));
}
