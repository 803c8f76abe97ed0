/**
 * One test suite across databases (as Kysely's own suite does): `describeEachDialect` runs a suite
 * once per dialect in DIALECTS (default `sqlite,postgres`), each on a fresh, migrated database:
 * - sqlite: a file in a new temporary directory;
 * - postgres: a new schema `gk_<random>` on TEST_DATABASE_URL (default
 *   postgres://postgres@127.0.0.1:5432/test), dropped at the end, so parallel files never collide.
 * PostgreSQL unreachable while DIALECTS includes it: the suite fails loudly, it is not skipped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe } from 'vitest';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import type { OpenedDatabase } from '../../src/db/open-database.ts';
import type { Database, Dialect } from '../../src/db/schema.ts';

export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function dialectsUnderTest(): Dialect[] {
  const raw = (process.env.DIALECTS ?? 'sqlite,postgres').split(',').map((d) => d.trim()).filter(Boolean);
  for (const dialect of raw) {
    if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error(`DIALECTS: unknown dialect "${dialect}" (use sqlite,postgres)`);
  }
  return raw as Dialect[];
}

export interface TestDatabase {
  readonly dialect: Dialect;
  /** Valid inside tests and hooks (set in beforeAll). */
  readonly db: Kysely<Database>;
  /** SQLite: the database file; PostgreSQL: the schema name. */
  readonly location: string;
}

/** Opens a fresh database of `dialect`, migrated unless `migrate: false`. Call `dispose()` at the end. */
export async function createTestDatabase(dialect: Dialect, options: { migrate?: boolean } = {}): Promise<TestDatabase & { dispose(): Promise<void> }> {
  let opened: OpenedDatabase;
  let location: string;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-test-'));
    location = join(dir, 'test.db');
    opened = openDatabase({ sqliteFile: location });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    location = `gk_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 5000 });
    try {
      await admin.connect();
      await admin.query(`create schema ${location}`);
    } catch (error) {
      throw new Error(
        `PostgreSQL is not reachable at ${TEST_POSTGRES_URL} (${error instanceof Error ? error.message : String(error)}). ` +
          'The storage tests run on both databases; start PostgreSQL, or set DIALECTS=sqlite to run SQLite only.',
        { cause: error },
      );
    } finally {
      await admin.end().catch(() => undefined);
    }
    opened = openDatabase({ databaseUrl: TEST_POSTGRES_URL, schema: location, poolMax: 4 });
    cleanup = async () => {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema if exists ${location} cascade`);
      await client.end();
    };
  }
  if (options.migrate !== false) await migrateToLatest(opened.db);
  return {
    dialect,
    db: opened.db,
    location,
    async dispose() {
      await opened.close();
      await cleanup();
    },
  };
}

/** `describe(name [dialect])` once per dialect under test, with a fresh migrated database each. */
export function describeEachDialect(name: string, fn: (t: TestDatabase) => void, options: { migrate?: boolean } = {}): void {
  for (const dialect of dialectsUnderTest()) {
    describe(`${name} [${dialect}]`, () => {
      let current: (TestDatabase & { dispose(): Promise<void> }) | undefined;
      const handle: TestDatabase = {
        dialect,
        get db() {
          if (!current) throw new Error('test database not open yet (use it inside tests or hooks)');
          return current.db;
        },
        get location() {
          return current?.location ?? '';
        },
      };
      beforeAll(async () => {
        current = await createTestDatabase(dialect, options);
      });
      afterAll(async () => {
        await current?.dispose();
      });
      fn(handle);
    });
  }
}
