import { PostgresAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

/** The channel on which PostgreSQL says "a portal stamp changed"; the payload is the tables' schema. */
export const PORTAL_STAMP_CHANNEL = 'gongkai_portal_stamp';

/**
 * PostgreSQL: every statement that writes `publishing_generations` or `organisations` (the two
 * tables the portal stamp is read from, see publishing/portal-generation.ts) sends a NOTIFY on
 * PORTAL_STAMP_CHANNEL, delivered when its transaction commits (and never when it rolls back).
 * Each app instance listens and keeps the stamps in memory between notifications instead of
 * reading one per portal request (web/portal/portal-stamps.ts). A trigger rather than a call in
 * each writer: a writer added later (or an UPDATE typed by an operator) cannot forget it.
 * Statement-level: one notification per statement, and PostgreSQL folds identical ones in a
 * transaction into one. The payload is the schema, so instances on other schemas of the same
 * database (tests, a staging copy) ignore it.
 * SQLite: nothing (one process; it reads the stamp per request).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`create function portal_stamp_changed() returns trigger language plpgsql as $$
    begin
      perform pg_notify(${sql.lit(PORTAL_STAMP_CHANNEL)}, tg_table_schema);
      return null;
    end $$`.execute(db);
  for (const table of ['publishing_generations', 'organisations']) {
    await sql`create trigger ${sql.id(`${table}_stamp_notify`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function portal_stamp_changed()`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const table of ['publishing_generations', 'organisations']) {
    await sql`drop trigger if exists ${sql.id(`${table}_stamp_notify`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop function if exists portal_stamp_changed()`.execute(db);
}
