import { Migrator, PostgresAdapter, sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider, MigrationResultSet } from 'kysely';
import type { Database } from '../schema.ts';
import * as accounts from './2026-11-28-accounts.ts';
import * as annualReports from './2026-12-01-annual-reports.ts';
import * as applications from './2026-12-01-applications.ts';
import * as publishing from './2026-12-01-publishing.ts';
import * as registers from './2026-12-01-registers.ts';
import * as search from './2026-12-01-search.ts';
import * as appWeb from './2026-12-02-app-web.ts';
import * as hardening from './2026-12-02-hardening.ts';
import * as portal from './2026-12-02-portal.ts';
import * as portalPages from './2026-12-02-portal-pages.ts';
import * as requestsOversight from './2026-12-02-requests-oversight.ts';
import * as searchTitles from './2026-12-02-search-titles.ts';
import * as searchTitlesPg from './2026-12-02-search-titles-pg.ts';
import * as stampNotifyPg from './2026-12-02-stamp-notify-pg.ts';
import * as titleOrderPg from './2026-12-02-title-order-pg.ts';

/**
 * Every migration, by dated name, listed statically (no file-system globbing, so it works under
 * tsx and in any bundle). Add new migrations at the end; never edit one that has shipped.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28-accounts': accounts,
  '2026-12-01-annual-reports': annualReports,
  '2026-12-01-applications': applications,
  '2026-12-01-publishing': publishing,
  '2026-12-01-registers': registers,
  '2026-12-01-search': search,
  '2026-12-02-app-web': appWeb,
  '2026-12-02-hardening': hardening,
  '2026-12-02-portal': portal,
  '2026-12-02-portal-pages': portalPages,
  '2026-12-02-requests-oversight': requestsOversight,
  '2026-12-02-search-titles': searchTitles,
  '2026-12-02-search-titles-pg': searchTitlesPg,
  '2026-12-02-stamp-notify-pg': stampNotifyPg,
  '2026-12-02-title-order-pg': titleOrderPg,
};

const staticProvider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * On PostgreSQL the migration bookkeeping tables live in the current schema (search_path), named
 * explicitly: Kysely otherwise finds another schema's `kysely_migration` and skips creating its own.
 */
export async function migrator(db: Kysely<Database>): Promise<Migrator> {
  let migrationTableSchema: string | undefined;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  return new Migrator({ db, provider: staticProvider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
}

export class MigrationFailed extends Error {
  constructor(
    readonly migrationName: string | undefined,
    cause: unknown,
  ) {
    super(`数据库迁移失败${migrationName ? `（${migrationName}）` : ''}：${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'MigrationFailed';
  }
}

/** Runs every pending migration; returns the names applied now. Throws MigrationFailed. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const { error, results }: MigrationResultSet = await (await migrator(db)).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new MigrationFailed(failed?.migrationName, error);
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** Names of the migrations not yet applied (all of them on an empty database). */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const all = await (await migrator(db)).getMigrations();
  return all.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
}
