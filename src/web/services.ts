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
import { listenForChanges } from '../db/change-listener.ts';
import { PORTAL_STAMP_CHANNEL } from '../db/migrations/2026-12-02-stamp-notify-pg.ts';
import { notifiedStamps, perRequestStamps } from './portal/portal-stamps.ts';
import type { PortalStamps } from './portal/portal-stamps.ts';

/** Everything the web layer needs from the outside world, assembled once (composition root). */
export interface Services {
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
  /** Attachment bytes under their SHA-256 (`<dataDir>/files`). */
  files: FileStore;
  /** The portal's organisation stamps (portal/portal-stamps.ts): per request, or kept while PostgreSQL notifies. */
  portalStamps: PortalStamps;
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
  portalStamps: PortalStamps = perRequestStamps(db),
): Services {
  return {
    db,
    dialect,
    clock,
    files,
    portalStamps,
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
  const files = fileStore(path.join(config.dataDir, 'files'));
  if (opened.dialect === 'postgres' && config.databaseUrl) {
    // Several app servers may share the database: the stamps are kept while PostgreSQL notifies changes.
    const listener = listenForChanges({ databaseUrl: config.databaseUrl, channel: PORTAL_STAMP_CHANNEL, onError: logListenerError });
    const close = async () => {
      await listener.close();
      await opened.close();
    };
    return servicesFor(opened.db, opened.dialect, clock, close, files, notifiedStamps(opened.db, listener));
  }
  return servicesFor(opened.db, opened.dialect, clock, () => opened.close(), files);
}

function logListenerError(error: unknown): void {
  console.error(`门户缓存的数据库通知连接中断，暂改为每次请求读取 (portal stamp listener lost, reading per request): ${error instanceof Error ? error.message : String(error)}`);
}
