import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { blankReport, formatForYear } from '../reports/index.ts';
import type { Active2019, Active2021, Cell } from '../reports/index.ts';
import { listOrganisationsByIds } from '../accounts/index.ts';
import { ITEM_ROWS, loadStatistics } from './commands/statistics.ts';
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

/**
 * Each item-derived cell as a condition on information_items, so a count and its drill-down list
 * are the same query. Only published documents count (a withdrawn page was not a valid disclosure).
 */
function cellQuery(db: Db, organisationId: string, year: number, row: ItemRowKey, field: string) {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const base = db.selectFrom('information_items').where('organisation_id', '=', organisationId).where('document_kind', '=', KIND_OF[row]).where('status', '=', 'published');
  switch (field) {
    case 'issued':
    case 'made':
      return base.where(madeOn, '>=', start).where(madeOn, '<=', end);
    case 'published':
      return base.where('published_on', '>=', start).where('published_on', '<=', end);
    case 'totalPublic':
      return base.where('published_on', '<=', end);
    case 'repealed':
      return base.where('validity', '=', 'repealed').where('repealed_on', '>=', start).where('repealed_on', '<=', end);
    case 'inForce':
      // In force at the end of the year: made by then, and not repealed or expired by then.
      return base
        .where(madeOn, '<=', end)
        .where((eb) => eb.or([eb('validity', '=', 'valid'), eb.and([eb('validity', '=', 'repealed'), eb('repealed_on', '>', end)]), eb.and([eb('validity', '=', 'expired'), eb('expired_on', '>', end)])]));
    default:
      return undefined;
  }
}

function splitCell(cellId: string): { row: string; field: string } | undefined {
  const parts = cellId.replace(/^active\./, '').split('.');
  return parts.length === 2 ? { row: parts[0]!, field: parts[1]! } : undefined;
}

export async function publishingFactsForYear(db: Kysely<Database>, organisationId: string, year: number): Promise<PublishingFacts> {
  const format = formatForYear(year);
  const active = blankReport(format, year).active as unknown as Record<string, Record<string, Cell>>;
  const statistics = await loadStatistics(db, organisationId, year);
  for (const [rowKey, row] of Object.entries(active)) {
    for (const field of Object.keys(row)) {
      if ((ITEM_ROWS as readonly string[]).includes(rowKey)) {
        const query = cellQuery(db, organisationId, year, rowKey as ItemRowKey, field);
        const result = query ? await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst() : undefined;
        row[field] = result ? Number(result.n) : null;
      } else {
        row[field] = statistics.values[`${rowKey}.${field}`] ?? null;
      }
    }
  }
  const byColumn = await db
    .selectFrom('information_items')
    .innerJoin('catalog_columns', 'catalog_columns.id', 'information_items.column_id')
    .select(['catalog_columns.name as column', 'catalog_columns.position as position', (eb) => eb.fn.countAll<number>().as('n')])
    .where('information_items.organisation_id', '=', organisationId)
    .where('information_items.status', '=', 'published')
    .where('information_items.published_on', '>=', `${year}-01-01`)
    .where('information_items.published_on', '<=', `${year}-12-31`)
    .groupBy(['catalog_columns.name', 'catalog_columns.position'])
    .orderBy('catalog_columns.position')
    .execute();
  const itemsByColumn = byColumn.map((row) => ({ column: row.column, published: Number(row.n) }));
  return {
    table2: active as unknown as Active2019 | Active2021,
    itemsByColumn,
    itemsPublished: itemsByColumn.reduce((sum, row) => sum + row.published, 0),
  };
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
