import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';
import type { Database, Dialect } from './schema.ts';

export interface OpenDatabaseOptions {
  /** `postgres://…` selects PostgreSQL; anything else (or nothing) selects SQLite. */
  databaseUrl?: string | undefined;
  /** SQLite: the directory holding `gongkai.db` (default `data/`). */
  dataDir?: string | undefined;
  /** SQLite: an explicit database file (overrides `dataDir`). */
  sqliteFile?: string | undefined;
  /** PostgreSQL: the schema to use (search_path), e.g. for test isolation. Must already exist. */
  schema?: string | undefined;
  /** PostgreSQL: pool size (default 10). */
  poolMax?: number | undefined;
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** SQLite only: absolute path of the database file. */
  sqliteFile?: string;
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = 'data';
export const SQLITE_FILE_NAME = 'gongkai.db';

/** Reads `DATABASE_URL` and `GONGKAI_DATA_DIR` (default `data/`). */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenDatabaseOptions {
  return {
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: env.GONGKAI_DATA_DIR?.trim() || DEFAULT_DATA_DIR,
  };
}

export function isPostgresUrl(url: string | undefined): boolean {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

export function sqliteFileFor(options: OpenDatabaseOptions): string {
  return resolve(options.sqliteFile ?? join(options.dataDir ?? DEFAULT_DATA_DIR, SQLITE_FILE_NAME));
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Prepared statements kept per SQLite connection (the distinct query shapes of the app are far fewer). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The SQLite connection as Kysely sees it, with a cache of prepared statements. Kysely's SQLite
 * driver prepares every query anew, and preparing (parsing and planning the SQL) costs several
 * times what running a small indexed read does; with the cache each distinct SQL text is prepared
 * once. Least recently used out beyond `max`. Safe to share: better-sqlite3 resets a statement
 * after each run()/all() (it holds no lock between queries), SQLite re-prepares a statement
 * itself after a schema change, and the one connection runs one query at a time.
 */
export function cachingStatements(sqlite: SqliteDatabase.Database, max = STATEMENT_CACHE_SIZE): KyselySqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= max) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}

/**
 * Opens the database: PostgreSQL (pg Pool) when `databaseUrl` is `postgres://…`, otherwise the
 * embedded SQLite file (WAL, foreign keys on, busy timeout), creating its directory.
 */
export function openDatabase(options: OpenDatabaseOptions = databaseOptionsFromEnv()): OpenedDatabase {
  if (options.databaseUrl !== undefined && !isPostgresUrl(options.databaseUrl)) {
    throw new Error(`DATABASE_URL 必须以 postgres:// 开头（收到 ${options.databaseUrl.split(':')[0]}:…）`);
  }
  if (options.databaseUrl !== undefined) {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
      throw new Error(`invalid PostgreSQL schema name: ${options.schema}`);
    }
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolMax ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = sqliteFileFor(options);
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // FULL: a committed record survives a power cut of the office PC (NORMAL could lose the last ones).
  sqlite.pragma('synchronous = FULL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  return { db, dialect: 'sqlite', sqliteFile: file, close: () => db.destroy() };
}
