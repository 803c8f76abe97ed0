/**
 * Province-scale records for the annual-report bench: an organisation tree (province → cities →
 * counties → departments and townships) and, for every organisation, a year of records around
 * 2025 (test/support/report-records.ts: items, the statistics form, cases, appeals,
 * consultations). Written in bulk straight into the tables, not through the workflow (which is
 * not what is measured): prepared statements in one transaction on SQLite, multi-row
 * `insert … select * from unnest(…)` on PostgreSQL. Deterministic per organisation index.
 */
import type SqliteDatabase from 'better-sqlite3';
import type pg from 'pg';
import { newId } from '../src/db/ids.ts';
import { randomYearOfRecords, recordsRandom } from '../test/support/report-records.ts';

export interface ProvinceSize {
  organisations: number;
  itemsPerOrganisation: number;
  casesPerOrganisation: number;
  appealsPerOrganisation: number;
  consultationsPerOrganisation: number;
}

export interface GeneratedOrganisation { id: string; code: string; kind: string }

type Value = string | number | null;

interface TableSpec { name: string; columns: [string, 'varchar' | 'integer' | 'text'][] }

const NOW = '2026-01-10T00:00:00.000Z';
const YEAR = 2025;

const TABLES = {
  organisations: { name: 'organisations', columns: [['id', 'varchar'], ['code', 'varchar'], ['name', 'varchar'], ['parent_id', 'varchar'], ['kind', 'varchar'], ['path', 'varchar'], ['created_at', 'varchar'], ['version', 'integer']] },
  catalog_columns: { name: 'catalog_columns', columns: [['id', 'varchar'], ['organisation_id', 'varchar'], ['code', 'varchar'], ['name', 'varchar'], ['position', 'integer'], ['document_kind', 'varchar'], ['created_at', 'varchar'], ['version', 'integer']] },
  information_items: {
    name: 'information_items',
    columns: [['id', 'varchar'], ['organisation_id', 'varchar'], ['column_id', 'varchar'], ['title', 'varchar'], ['body_html', 'text'], ['index_number', 'varchar'], ['issuer', 'varchar'], ['doc_number', 'varchar'],
      ['made_on', 'varchar'], ['formed_on', 'varchar'], ['published_on', 'varchar'], ['document_kind', 'varchar'], ['validity', 'varchar'], ['repealed_on', 'varchar'], ['expired_on', 'varchar'],
      ['status', 'varchar'], ['imported', 'integer'], ['created_at', 'varchar'], ['updated_at', 'varchar'], ['version', 'integer']],
  },
  publishing_statistics: { name: 'publishing_statistics', columns: [['organisation_id', 'varchar'], ['year', 'integer'], ['data', 'text'], ['updated_at', 'varchar'], ['version', 'integer']] },
  application_cases: {
    name: 'application_cases',
    columns: [['id', 'varchar'], ['organisation_id', 'varchar'], ['number', 'varchar'], ['source', 'varchar'], ['status', 'varchar'], ['applicant_type', 'varchar'], ['applicant_name', 'varchar'],
      ['applicant_id_number', 'varchar'], ['applicant_contact', 'varchar'], ['description', 'text'], ['delivery_form', 'varchar'], ['delivery_way', 'varchar'], ['channel', 'varchar'],
      ['arrived_on', 'varchar'], ['received_on', 'varchar'], ['clock_events', 'text'], ['outcome', 'varchar'], ['decided_on', 'varchar'], ['closed_on', 'varchar'],
      ['fee_amount_fen', 'integer'], ['fee_paid_on', 'varchar'], ['created_at', 'varchar'], ['updated_at', 'varchar'], ['version', 'integer']],
  },
  appeals: { name: 'appeals', columns: [['id', 'varchar'], ['organisation_id', 'varchar'], ['kind', 'varchar'], ['after_review', 'integer'], ['filed_on', 'varchar'], ['result', 'varchar'], ['closed_on', 'varchar'], ['created_at', 'varchar'], ['updated_at', 'varchar'], ['version', 'integer']] },
  consultations: { name: 'consultations', columns: [['id', 'varchar'], ['organisation_id', 'varchar'], ['channel', 'varchar'], ['consulted_on', 'varchar'], ['summary', 'varchar'], ['created_at', 'varchar'], ['updated_at', 'varchar'], ['version', 'integer']] },
} satisfies Record<string, TableSpec>;

type TableName = keyof typeof TABLES;

/** Where rows go: one call per row, `finish` flushes and commits. */
export interface RowSink {
  add(table: TableName, row: Value[]): Promise<void> | void;
  finish(): Promise<void>;
}

const TABLE_NAMES = Object.values(TABLES).map((t) => t.name);

/**
 * SQLite: the secondary indexes of the loaded tables are dropped for the load and built again
 * after it, from their own definitions (building an index by sorting is far faster than millions
 * of random inserts into it); foreign keys and syncing are off during the load.
 */
export function sqliteSink(sqlite: SqliteDatabase.Database): RowSink {
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1000000');
  sqlite.pragma('foreign_keys = OFF');
  const indexes = sqlite.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${TABLE_NAMES.map(() => '?').join(', ')})`)
    .all(...TABLE_NAMES) as { name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`drop index ${index.name}`);
  const statements = new Map<TableName, SqliteDatabase.Statement>();
  for (const [key, spec] of Object.entries(TABLES) as [TableName, TableSpec][]) {
    statements.set(key, sqlite.prepare(`insert into ${spec.name} (${spec.columns.map((c) => c[0]).join(', ')}) values (${spec.columns.map(() => '?').join(', ')})`));
  }
  sqlite.exec('begin');
  return {
    add: (table, row) => void statements.get(table)!.run(...row),
    finish: async () => {
      sqlite.exec('commit');
      for (const index of indexes) sqlite.exec(index.sql);
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('synchronous = FULL');
    },
  };
}

/**
 * PostgreSQL: the same (secondary indexes dropped and rebuilt from pg_indexes; foreign-key
 * triggers off for the session through session_replication_role, which needs a superuser).
 */
export function postgresSink(client: pg.Client, batch = 5000): RowSink {
  let indexes: { indexname: string; indexdef: string }[] = [];
  const buffers = new Map<TableName, Value[][]>();
  const flush = async (table: TableName) => {
    const rows = buffers.get(table);
    if (!rows || rows.length === 0) return;
    buffers.set(table, []);
    const spec: TableSpec = TABLES[table];
    const arrays = spec.columns.map((_, i) => rows.map((r) => r[i]));
    const casts = spec.columns.map(([, type], i) => `$${i + 1}::${type === 'integer' ? 'integer' : 'text'}[]`);
    await client.query(`insert into ${spec.name} (${spec.columns.map((c) => c[0]).join(', ')}) select * from unnest(${casts.join(', ')})`, arrays);
  };
  // Every table in order, parents before children (foreign keys).
  const flushAll = async () => {
    for (const table of Object.keys(TABLES) as TableName[]) await flush(table);
  };
  let begun = false;
  return {
    add: async (table, row) => {
      if (!begun) {
        begun = true;
        await client.query('set synchronous_commit = off');
        await client.query('set session_replication_role = replica');
        await client.query("set maintenance_work_mem = '512MB'");
        indexes = (await client.query<{ indexname: string; indexdef: string }>(
          `select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = any($1)
             and indexname not in (select conname from pg_constraint)`, [TABLE_NAMES])).rows;
        for (const index of indexes) await client.query(`drop index ${index.indexname}`);
      }
      const rows = buffers.get(table) ?? [];
      rows.push(row);
      buffers.set(table, rows);
      if (rows.length >= batch) await flushAll();
    },
    finish: async () => {
      await flushAll();
      for (const index of indexes) await client.query(index.indexdef);
      await client.query('set session_replication_role = origin');
    },
  };
}

/** The tree: 1 province, ~1/280 cities, ~1/30 counties, the rest departments and townships under the counties. */
function organisationTree(count: number): { org: GeneratedOrganisation; name: string; parentIndex: number | null }[] {
  const cities = Math.max(1, Math.round(count / 280));
  const counties = Math.max(1, Math.round(count / 30));
  const tree: { org: GeneratedOrganisation; name: string; parentIndex: number | null }[] = [];
  const add = (kind: string, name: string, parentIndex: number | null) => {
    const index = tree.length;
    tree.push({ org: { id: newId(), code: `p${index}`, kind }, name, parentIndex });
  };
  add('provincial_government', '基准省人民政府', null);
  for (let i = 0; i < cities && tree.length < count; i++) add('city_government', `基准市${i}人民政府`, 0);
  const firstCounty = tree.length;
  for (let i = 0; i < counties && tree.length < count; i++) add('county_government', `基准县${i}人民政府`, 1 + (i % cities));
  const countyCount = tree.length - firstCounty;
  for (let i = 0; tree.length < count; i++) {
    const township = i % 3 === 0;
    add(township ? 'township' : 'department', township ? `基准镇${i}人民政府` : `基准局${i}`, firstCounty + (i % countyCount));
  }
  return tree;
}

/** Writes the tree and every organisation's year of records; returns the organisations (province first). */
export async function generateProvince(sink: RowSink, size: ProvinceSize, progress?: (done: number) => void): Promise<GeneratedOrganisation[]> {
  const tree = organisationTree(size.organisations);
  const paths: string[] = [];
  for (const [index, node] of tree.entries()) {
    paths[index] = `${node.parentIndex === null ? '/' : paths[node.parentIndex]}${node.org.id}/`;
    await sink.add('organisations', [node.org.id, node.org.code, node.name, node.parentIndex === null ? null : tree[node.parentIndex]!.org.id, node.org.kind, paths[index]!, NOW, 1]);
  }
  for (const [index, { org, name }] of tree.entries()) {
    const records = randomYearOfRecords(recordsRandom(7000 + index), YEAR, {
      items: size.itemsPerOrganisation, cases: size.casesPerOrganisation, appeals: size.appealsPerOrganisation, consultations: size.consultationsPerOrganisation,
    });
    const columns = new Map<string, string>();
    for (const [position, column] of [...new Set(records.items.map((i) => i.column))].entries()) {
      const id = newId();
      columns.set(column, id);
      await sink.add('catalog_columns', [id, org.id, `c${position}`, column, position, 'other', NOW, 1]);
    }
    for (const [n, item] of records.items.entries()) {
      await sink.add('information_items', [
        newId(), org.id, columns.get(item.column)!, `文件${n}`, '<p>正文</p>',
        item.status === 'published' || item.status === 'withdrawn' ? `${org.code}/${YEAR}-${n}` : null, name, `文〔${YEAR}〕${n}号`,
        item.madeOn, item.madeOn ?? item.publishedOn ?? `${YEAR}-01-01`, item.publishedOn, item.kind, item.validity, item.repealedOn, item.expiredOn,
        item.status, 1, NOW, NOW, 1,
      ]);
    }
    await sink.add('publishing_statistics', [org.id, YEAR, JSON.stringify(records.statistics), NOW, 1]);
    for (const [n, c] of records.cases.entries()) {
      await sink.add('application_cases', [
        newId(), org.id, `${org.code}-${YEAR}-${n}`, 'staff', c.receivedOn === null ? 'awaitingConfirmation' : c.closedOn ? 'closed' : 'inProgress',
        c.applicantType, '申请人', '', '联系方式', '申请内容', 'paper', 'post', 'inPerson', c.receivedOn ?? `${YEAR}-06-01`, c.receivedOn, '[]',
        c.outcome, c.closedOn, c.closedOn, c.feeFen, c.feePaidOn, NOW, NOW, 1,
      ]);
    }
    for (const a of records.appeals) {
      await sink.add('appeals', [newId(), org.id, a.kind, a.afterReview ? 1 : 0, a.filedOn, a.result, a.closedOn, NOW, NOW, 1]);
    }
    for (const c of records.consultations) await sink.add('consultations', [newId(), org.id, c.channel, c.on, '咨询', NOW, NOW, 1]);
    if (progress && index % 500 === 499) progress(index + 1);
  }
  await sink.finish();
  return tree.map((t) => t.org);
}
