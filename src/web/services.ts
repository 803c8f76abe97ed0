import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database, Dialect } from '../db/index.ts';
import { openDatabase } from '../db/index.ts';
import type { Clock } from '../domains/shared/clock.ts';
import { fileStore } from '../domains/publishing/index.ts';
import type { FileStore } from '../domains/publishing/index.ts';
import { systemClock } from '../domains/shared/clock.ts';
import type { Config } from './config.ts';

/** Everything the web layer needs from the outside world, assembled once (composition root). */
export interface Services {
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
  /** Attachment bytes under their SHA-256 (`<dataDir>/files`). */
  files: FileStore;
  /** True when the database answers. */
  isHealthy(): Promise<boolean>;
  /** Releases what the services hold (the database connections). */
  close(): Promise<void>;
}

/** Wraps an open database as Services; tests use it with their own database. */
export function servicesFor(
  db: Kysely<Database>,
  dialect: Dialect,
  clock: Clock = systemClock,
  close: () => Promise<void> = () => db.destroy(),
  files: FileStore = fileStore(path.join(tmpdir(), 'gongkai-files')),
): Services {
  return {
    db,
    dialect,
    clock,
    files,
    async isHealthy() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close,
  };
}

/** Opens the configured database (SQLite file or PostgreSQL) and builds the services on it. */
export function buildServices(config: Config, clock: Clock = systemClock): Services {
  const opened = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  return servicesFor(opened.db, opened.dialect, clock, () => opened.close(), fileStore(path.join(config.dataDir, 'files')));
}
