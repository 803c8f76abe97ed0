/**
 * Writing many items at once, in the caller's transaction: batched INSERTs, 索引号 handed out in
 * blocks from the organisation's counter (one counter update per year, not per item), the review
 * trail, and the search index filled in bulk. Used by `items import` and the demo.
 */
import { sql } from 'kysely';
import type { Insertable, Transaction } from 'kysely';
import { newId } from '../../../db/ids.ts';
import type { Database } from '../../../db/schema.ts';
import type { InformationItemsTable } from '../../../db/schema-publishing.ts';
import type { CommandContext, Organisation } from '../../accounts/index.ts';
import { bodyHtmlFrom } from '../commands/items.ts';
import { countsPerYear, formatIndexNumber, nextSerial } from '../index-number.ts';
import { scanItemText } from '../privacy-port.ts';
import type { LocatedFinding, PrivacyKind } from '../privacy-port.ts';
import { itemUrl } from '../publication.ts';
import { touchPortal } from '../portal-generation.ts';
import { actorId, actorName, loadSettings } from '../repository.ts';
import { bodyText } from '../sanitize.ts';
import { compactIndexAfter, indexDocuments } from '../search/index.ts';
import type { SearchDocument } from '../search/index.ts';
import { isPostgres } from '../search/repository.ts';
import type { ReviewDecision } from '../vocabulary.ts';
import type { ImportedItemRow } from './item-rows.ts';

/** Rows per INSERT: 28 columns × 400 stays well inside both databases' parameter limits. */
const BATCH = 400;

export interface WrittenItems {
  ids: string[];
  published: number;
  drafts: number;
  /** Privacy findings per row (reported, not blocking: the items were public already). */
  findings: { line: number; title: string; findings: LocatedFinding[] }[];
  /** Rows held back as drafts for their personal data (`holdPersonalData`), in file order. */
  held: { line: number; title: string; kinds: PrivacyKind[] }[];
}

export interface WriteItemsOptions {
  /** Publish as of each row's publishedOn; otherwise drafts. */
  publish: boolean;
  /** What the review trail records for a published item: 导入发布 for an import. */
  decision: Extract<ReviewDecision, 'imported' | 'published'>;
  /**
   * With `publish`: a row whose title or body has privacy findings becomes a draft (no 索引号)
   * instead, so it goes through 保密审查 before it is public.
   */
  holdPersonalData?: boolean;
}

export async function writeItems(trx: Transaction<Database>, ctx: CommandContext, organisation: Organisation, rows: readonly ImportedItemRow[], options: WriteItemsOptions): Promise<WrittenItems> {
  const now = ctx.clock.now().toISOString();
  const findings: WrittenItems['findings'] = [];
  const held: WrittenItems['held'] = [];
  const bodies = rows.map((row) => bodyHtmlFrom(row.body));
  const heldRows = new Set<number>();
  const publishes = rows.map((row, i) => {
    const found = scanItemText(row.title, bodies[i]!);
    if (found.length > 0) findings.push({ line: row.line, title: row.title, findings: found });
    const publish = options.publish && row.publishedOn !== null;
    if (publish && found.length > 0 && options.holdPersonalData) {
      held.push({ line: row.line, title: row.title, kinds: [...new Set(found.map((f) => f.kind))] });
      heldRows.add(i);
      return false;
    }
    return publish;
  });
  // Held rows take no 索引号: numbers are never reused, so none is spent on a draft.
  const indexNumbers = await allocateIndexNumbers(trx, organisation, rows, publishes);
  const itemOf = (row: ImportedItemRow, i: number): Insertable<InformationItemsTable> => {
    const bodyHtml = bodies[i]!;
    const published = publishes[i]!;
    return {
      id: newId(),
      organisation_id: organisation.id,
      column_id: row.column.id,
      title: row.title,
      body_html: bodyHtml,
      index_number: published ? indexNumbers.get(i)! : null,
      issuer: organisation.name,
      topic: '',
      doc_number: row.docNumber,
      made_on: row.madeOn,
      formed_on: row.madeOn ?? row.publishedOn ?? now.slice(0, 10),
      published_on: published ? row.publishedOn : null,
      scheduled_on: null,
      document_kind: row.documentKind,
      validity: row.validity,
      effective_on: null,
      repealed_on: null,
      expired_on: null,
      keywords: row.keywords,
      status: published ? 'published' : 'draft',
      author_user_id: actorId(ctx.actor),
      rejection_reason: '',
      withdrawn_reason: '',
      withdrawn_on: null,
      imported: 1,
      created_at: now,
      updated_at: now,
      version: 1,
    };
  };
  const opinion = (i: number) => (options.decision !== 'imported' ? '' : heldRows.has(i) ? '批量导入（含个人信息，暂缓发布）' : '批量导入');
  const columnNames = new Map(rows.map((row) => [row.column.id, row.column.name]));
  const ids: string[] = [];
  let publishedCount = 0;
  await withLargerSqliteCache(trx, async () => {
    // Batch by batch: items, their trail and their search rows written together, so only one
    // batch of built rows is alive at a time (a 100,000-row file otherwise spends its time in GC).
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH).map((row, k) => itemOf(row, i + k));
      await trx.insertInto('information_items').values(batch).execute();
      await trx.insertInto('item_reviews').values(batch.map((item, k) => ({
        id: newId(), item_id: item.id!, seq: 1, step: item.status === 'published' ? 'publish' : 'draft',
        decision: item.status === 'published' ? options.decision : 'created', user_id: actorId(ctx.actor), user_name: actorName(ctx.actor),
        opinion: opinion(i + k), occurred_at: now,
      }))).execute();
      const published = batch.filter((item) => item.status === 'published');
      await indexDocuments(trx, published.map((item): SearchDocument => ({
        id: item.id!, organisationId: organisation.id, organisationCode: organisation.code, organisationName: organisation.name,
        columnId: item.column_id, columnName: columnNames.get(item.column_id) ?? null,
        title: item.title, text: bodyText(item.body_html), indexNumber: item.index_number ?? '', url: itemUrl(organisation.code, item.id!),
        publishedOn: item.published_on!, validity: item.validity || null,
      })));
      publishedCount += published.length;
      for (const item of batch) ids.push(item.id!);
    }
    // Batch by batch the index gathers many segments; a large import merges them (search/repository.ts).
    await compactIndexAfter(trx, publishedCount);
  });
  if (publishedCount > 0) await touchPortal(trx, organisation.id);
  return { ids, published: publishedCount, drafts: rows.length - publishedCount, findings, held };
}

/** Pages SQLite may keep in memory while a large import runs (KiB, as a negative cache_size). */
const IMPORT_CACHE_KIB = 65_536;

/**
 * Runs `fn` with SQLite's page cache raised from its default 2 MiB to 64 MiB, then put back: the
 * items, their indexes and the FTS5 index of a large import no longer spill dirty pages to the
 * WAL again and again inside the one transaction (a quarter of the CPU at 20,000 rows).
 * PostgreSQL is left as it is.
 */
async function withLargerSqliteCache(trx: Transaction<Database>, fn: () => Promise<void>): Promise<void> {
  if (isPostgres(trx)) return fn();
  const before = await sql<{ cache_size: number }>`pragma cache_size`.execute(trx);
  const previous = Number(before.rows[0]?.cache_size ?? -2000);
  if (previous < 0 && -previous >= IMPORT_CACHE_KIB) return fn();
  await sql.raw(`pragma cache_size = -${IMPORT_CACHE_KIB}`).execute(trx);
  try {
    await fn();
  } finally {
    await sql.raw(`pragma cache_size = ${Math.trunc(previous)}`).execute(trx);
  }
}

/**
 * 索引号 for the rows to publish (`publishes[i]`, which implies a publishedOn), in order of publication date then line, from the organisation's
 * counter: one block per year of the pattern (`{year}`), so concurrent publication still gets
 * numbers of its own (see nextSerial).
 */
async function allocateIndexNumbers(trx: Transaction<Database>, organisation: Organisation, rows: readonly ImportedItemRow[], publishes: readonly boolean[]): Promise<Map<number, string>> {
  if (!publishes.includes(true)) return new Map();
  const settings = await loadSettings(trx, organisation.id);
  const perYear = countsPerYear(settings.indexPattern);
  const order = rows.map((row, i) => ({ row, i })).filter(({ i }) => publishes[i])
    .sort((a, b) => a.row.publishedOn!.localeCompare(b.row.publishedOn!) || a.row.line - b.row.line);
  const byYear = new Map<number, typeof order>();
  for (const entry of order) {
    const year = perYear ? Number(entry.row.publishedOn!.slice(0, 4)) : 0;
    const entries = byYear.get(year);
    if (entries) entries.push(entry);
    else byYear.set(year, [entry]);
  }
  const numbers = new Map<number, string>();
  for (const [year, entries] of byYear) {
    const first = await nextSerial(trx, organisation.id, year, entries.length);
    entries.forEach(({ row, i }, k) => {
      numbers.set(i, formatIndexNumber(settings.indexPattern, { orgCode: settings.indexCode || organisation.code, publishedOn: row.publishedOn!, seq: first + k }));
    });
  }
  return numbers;
}
