import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { blankReport, formatForYear } from '../reports/index.ts';
import type { Active2019, Active2021, Cell } from '../reports/index.ts';
import { listOrganisationsByIds } from '../accounts/index.ts';
import { ITEM_ROWS } from './commands/statistics.ts';
import { itemUrl } from './publication.ts';
import type { Db } from './repository.ts';
import type { DocumentKind } from './vocabulary.ts';

/**
 * The year's facts for the annual report (条例第五十条; table 二 of the national format in force
 * for that year): 第二十条第（一）项 from the items, the other rows from the statistics form.
 */
export interface PublishingFacts {
  table2: Active2019 | Active2021;
  itemsByColumn: { column: string; published: number }[];
  itemsPublished: number;
}

type ItemRowKey = (typeof ITEM_ROWS)[number];
const KIND_OF: Record<ItemRowKey, DocumentKind> = { regulations: 'regulation', normativeDocuments: 'normative' };

/** The date a document counts as made (制发): its 成文日期, else its 发布日期. */
const madeOn = sql<string>`coalesce(made_on, published_on)`;

type ItemsEb = ExpressionBuilder<Database, 'information_items'>;

/** The fields of an item row (`issued`, `published`, …) that the items count (the others are blank). */
const ITEM_FIELDS = ['issued', 'made', 'published', 'totalPublic', 'repealed', 'inForce'] as const;

/**
 * Each item-derived field as a condition on information_items, so a count (summed per
 * organisation) and its drill-down list are the same condition.
 */
function fieldCondition(eb: ItemsEb, year: number, field: string): Expression<SqlBool> | undefined {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  switch (field) {
    case 'issued':
    case 'made':
      return eb.and([eb(madeOn, '>=', start), eb(madeOn, '<=', end)]);
    case 'published':
      return eb.and([eb('information_items.published_on', '>=', start), eb('information_items.published_on', '<=', end)]);
    case 'totalPublic':
      return eb('information_items.published_on', '<=', end);
    case 'repealed':
      return eb.and([eb('information_items.validity', '=', 'repealed'), eb('information_items.repealed_on', '>=', start), eb('information_items.repealed_on', '<=', end)]);
    case 'inForce':
      // In force at the end of the year: made by then, and not repealed or expired by then.
      return eb.and([
        eb(madeOn, '<=', end),
        eb.or([
          eb('information_items.validity', '=', 'valid'),
          eb.and([eb('information_items.validity', '=', 'repealed'), eb('information_items.repealed_on', '>', end)]),
          eb.and([eb('information_items.validity', '=', 'expired'), eb('information_items.expired_on', '>', end)]),
        ]),
      ]);
    default:
      return undefined;
  }
}

/** The items behind one cell: only published documents count (a withdrawn page was not a valid disclosure). */
function cellQuery(db: Db, organisationId: string, year: number, row: ItemRowKey, field: string) {
  if (!(ITEM_FIELDS as readonly string[]).includes(field)) return undefined;
  return db.selectFrom('information_items').where('organisation_id', '=', organisationId).where('document_kind', '=', KIND_OF[row]).where('status', '=', 'published')
    .where((eb) => fieldCondition(eb, year, field)!);
}

function splitCell(cellId: string): { row: string; field: string } | undefined {
  const parts = cellId.replace(/^active\./, '').split('.');
  return parts.length === 2 ? { row: parts[0]!, field: parts[1]! } : undefined;
}

export async function publishingFactsForYear(db: Kysely<Database>, organisationId: string, year: number): Promise<PublishingFacts> {
  return (await publishingFactsForOrganisations(db, [organisationId], year)).get(organisationId)!;
}

/** Bound parameters per IN list: PostgreSQL and SQLite both cap them. */
const CHUNK = 1000;

/**
 * The year's facts of many organisations at once (every organisation of a province in a few
 * queries): per chunk of organisations, one pass over their published items grouped by
 * organisation, column and kind, with every item cell counted as a conditional sum, and their
 * statistics forms. An organisation without records gets its zeros (and blanks from the form).
 */
export async function publishingFactsForOrganisations(db: Kysely<Database>, organisationIds: readonly string[], year: number): Promise<Map<string, PublishingFacts>> {
  const format = formatForYear(year);
  const template = blankReport(format, year).active as unknown as Record<string, Record<string, Cell>>;
  const fields = [...new Set(ITEM_ROWS.flatMap((row) => Object.keys(template[row] ?? {})))].filter((f) => (ITEM_FIELDS as readonly string[]).includes(f));
  const groups: { organisation_id: string; column: string; position: number; kind: string; inYear: number; counts: number[] }[] = [];
  const statistics = new Map<string, Record<string, Cell>>();
  for (let i = 0; i < organisationIds.length; i += CHUNK) {
    const ids = organisationIds.slice(i, i + CHUNK);
    // Grouped by column id, the column's name and position looked up once per column (not per item).
    const columns = new Map((await db.selectFrom('catalog_columns').select(['id', 'name', 'position']).where('organisation_id', 'in', ids).execute()).map((c) => [c.id, c]));
    const rows = await db
      .selectFrom('information_items')
      .where('information_items.organisation_id', 'in', ids)
      .where('information_items.status', '=', 'published')
      .select((eb) => [
        'information_items.organisation_id as organisation_id', 'information_items.column_id as column_id', 'information_items.document_kind as kind',
        countWhere(fieldCondition(eb, year, 'published')!).as('in_year'),
        ...fields.map((field, n) => countWhere(fieldCondition(eb, year, field)!).as(`f${n}`)),
      ])
      .groupBy(['information_items.organisation_id', 'information_items.column_id', 'information_items.document_kind'])
      .execute();
    // Normally an item's column is its organisation's; any other is looked up by id.
    const others = [...new Set(rows.map((row) => row.column_id).filter((id) => !columns.has(id)))];
    for (let j = 0; j < others.length; j += CHUNK) {
      for (const c of await db.selectFrom('catalog_columns').select(['id', 'name', 'position']).where('id', 'in', others.slice(j, j + CHUNK)).execute()) columns.set(c.id, c);
    }
    for (const row of rows as unknown as Record<string, unknown>[]) {
      const column = columns.get(String(row.column_id))!;
      groups.push({
        organisation_id: String(row.organisation_id), column: column.name, position: Number(column.position), kind: String(row.kind), inYear: Number(row.in_year),
        counts: fields.map((_, n) => Number(row[`f${n}`])),
      });
    }
    const forms = await db.selectFrom('publishing_statistics').select(['organisation_id', 'data']).where('organisation_id', 'in', ids).where('year', '=', year).execute();
    for (const form of forms) statistics.set(form.organisation_id, JSON.parse(form.data) as Record<string, Cell>);
  }

  const facts = new Map<string, PublishingFacts>();
  const byColumn = new Map<string, Map<string, { column: string; position: number; published: number }>>();
  for (const id of organisationIds) {
    const active = blankReport(format, year).active as unknown as Record<string, Record<string, Cell>>;
    const values = statistics.get(id) ?? {};
    for (const [rowKey, row] of Object.entries(active)) {
      for (const field of Object.keys(row)) {
        if ((ITEM_ROWS as readonly string[]).includes(rowKey)) row[field] = fields.includes(field) ? 0 : null;
        else row[field] = values[`${rowKey}.${field}`] ?? null;
      }
    }
    facts.set(id, { table2: active as unknown as Active2019 | Active2021, itemsByColumn: [], itemsPublished: 0 });
    byColumn.set(id, new Map());
  }
  for (const group of groups) {
    const fact = facts.get(group.organisation_id);
    if (!fact) continue;
    const rowKey = (Object.keys(KIND_OF) as ItemRowKey[]).find((row) => KIND_OF[row] === group.kind);
    const row = rowKey && (fact.table2 as unknown as Record<string, Record<string, Cell>>)[rowKey];
    if (row) fields.forEach((field, n) => { if (field in row) row[field] = (row[field] as number) + group.counts[n]!; });
    if (group.inYear > 0) {
      const columns = byColumn.get(group.organisation_id)!;
      const key = `${group.position}\u0000${group.column}`;
      const entry = columns.get(key) ?? { column: group.column, position: group.position, published: 0 };
      entry.published += group.inYear;
      columns.set(key, entry);
    }
  }
  for (const [id, fact] of facts) {
    const columns = [...byColumn.get(id)!.values()].sort((a, b) => a.position - b.position || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
    fact.itemsByColumn = columns.map((c) => ({ column: c.column, published: c.published }));
    fact.itemsPublished = columns.reduce((sum, c) => sum + c.published, 0);
  }
  return facts;
}

/** How many rows of the group meet `condition` (0 when none). */
function countWhere(condition: Expression<SqlBool>) {
  return sql<number>`sum(case when ${condition} then 1 else 0 end)`;
}

export interface CellItem {
  id: string;
  title: string;
  indexNumber: string | null;
  docNumber: string;
  madeOn: string | null;
  publishedOn: string | null;
  validity: string;
  url: string;
}

/**
 * The items behind one table 二 cell (`active.normativeDocuments.issued` or
 * `normativeDocuments.issued`), for drill-down. Cells from the statistics form have no items: [].
 */
export async function listItemsBehindCell(db: Kysely<Database>, organisationId: string, year: number, cellId: string): Promise<CellItem[]> {
  const cell = splitCell(cellId);
  if (!cell || !(ITEM_ROWS as readonly string[]).includes(cell.row)) return [];
  const query = cellQuery(db, organisationId, year, cell.row as ItemRowKey, cell.field);
  if (!query) return [];
  const [organisation] = await listOrganisationsByIds(db, [organisationId]);
  const rows = await query.select(['id', 'title', 'index_number', 'doc_number', 'made_on', 'published_on', 'validity']).orderBy('published_on').orderBy('index_number').execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    indexNumber: row.index_number,
    docNumber: row.doc_number,
    madeOn: row.made_on,
    publishedOn: row.published_on,
    validity: row.validity,
    url: itemUrl(organisation?.code ?? '', row.id),
  }));
}
