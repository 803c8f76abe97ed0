/**
 * The CLI tests' two databases: SQLite in a temporary GONGKAI_DATA_DIR, and PostgreSQL through
 * DATABASE_URL in a fresh schema (when DIALECTS includes postgres). `open()` gives the test its own
 * connection to the same database, to check what a command wrote.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db/open-database.ts';
import type { OpenedDatabase } from '../../src/db/open-database.ts';
import type { Dialect } from '../../src/db/schema.ts';
import { dialectsUnderTest, TEST_POSTGRES_URL } from '../support/databases.ts';

export interface CliDatabase {
  dialect: Dialect;
  /** Environment for the child process. */
  env: Record<string, string>;
  /** A scratch directory for input files. */
  work: string;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  open(): OpenedDatabase;
}

export function cliDatabases(prefix: string): CliDatabase[] {
  return dialectsUnderTest().map((dialect): CliDatabase => {
    const work = mkdtempSync(join(tmpdir(), `${prefix}-${dialect}-`));
    if (dialect === 'sqlite') {
      const dataDir = join(work, 'data');
      return {
        dialect, work, env: { GONGKAI_DATA_DIR: dataDir },
        setUp: async () => undefined,
        tearDown: async () => rmSync(work, { recursive: true, force: true }),
        open: () => openDatabase({ dataDir }),
      };
    }
    const schema = `gk_cli_${randomBytes(5).toString('hex')}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    return {
      dialect, work, env: { DATABASE_URL: `${TEST_POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` },
      setUp: () => admin(`create schema ${schema}`),
      tearDown: async () => {
        await admin(`drop schema if exists ${schema} cascade`);
        rmSync(work, { recursive: true, force: true });
      },
      open: () => openDatabase({ databaseUrl: TEST_POSTGRES_URL, schema, poolMax: 2 }),
    };
  });
}
