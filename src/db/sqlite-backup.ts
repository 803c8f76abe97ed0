import { copyFileSync, existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.ts';

/**
 * SQLite backup and restore through SQLite's online backup API (better-sqlite3 `.backup()`), which
 * takes a consistent snapshot while the server keeps running and copes with the WAL file.
 */
export class BackupError extends Error {
  override name = 'BackupError';
}

const REQUIRED_TABLES = ['kysely_migration', 'organisations', 'users', 'events'];

/** Copies the live database to `target` (which must not exist). Returns the size in bytes. */
export async function backupSqlite(source: string, target: string): Promise<number> {
  if (!existsSync(source)) throw new BackupError(`数据库文件不存在：${source}（请先运行 gongkai migrate）`);
  const targetPath = resolve(target);
  if (existsSync(targetPath)) throw new BackupError(`目标文件已存在：${targetPath}（为避免覆盖，请换一个文件名）`);
  mkdirSync(dirname(targetPath), { recursive: true });
  const db = new SqliteDatabase(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(targetPath);
  } finally {
    db.close();
  }
  // A backup is one self-contained file: no WAL beside it.
  const copy = new SqliteDatabase(targetPath, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return statSync(targetPath).size;
}

export interface BackupInspection {
  migrations: string[];
  organisations: number;
  users: number;
}

/** Checks that `file` is an intact gongkai database from this version or an older one. */
export function inspectSqliteBackup(file: string, options: { readonly?: boolean } = {}): BackupInspection {
  if (!existsSync(file)) throw new BackupError(`备份文件不存在：${file}`);
  let db: SqliteDatabase.Database;
  try {
    db = new SqliteDatabase(file, { readonly: options.readonly ?? true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`无法打开备份文件：${file}（${(error as Error).message}）`);
  }
  try {
    let integrity: unknown;
    try {
      integrity = db.pragma('integrity_check', { simple: true });
    } catch (error) {
      throw new BackupError(`不是有效的 SQLite 数据库文件：${file}（${(error as Error).message}）`);
    }
    if (integrity !== 'ok') throw new BackupError(`备份文件已损坏（integrity_check：${String(integrity)}）`);
    const tables = new Set((db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const missing = REQUIRED_TABLES.filter((table) => !tables.has(table));
    if (missing.length > 0) throw new BackupError(`不是 gongkai 数据库的备份（缺少数据表：${missing.join('、')}）`);
    const migrations = (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((m) => m.name);
    const unknown = migrations.filter((name) => !(name in MIGRATIONS));
    if (unknown.length > 0) throw new BackupError(`备份来自更新版本的 gongkai（未知的迁移：${unknown.join('、')}），请先升级软件`);
    const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { migrations, organisations: count('organisations'), users: count('users') };
  } finally {
    db.close();
  }
}

export interface RestoreResult extends BackupInspection {
  /** Where the database as it was before the restore was kept (absent when there was none). */
  previousCopy?: string;
  /** Migrations the restored database still needs (`gongkai migrate`). */
  pending: string[];
}

/**
 * Replaces the database at `target` with the backup `source`: validates the backup, refuses while
 * the database seems in use (a `-wal` file exists) unless `force`, keeps a copy of the current
 * database next to it, then writes the backup in through the backup API and checks the result.
 */
export async function restoreSqlite(source: string, target: string, options: { force?: boolean; now?: Date } = {}): Promise<RestoreResult> {
  inspectSqliteBackup(source);
  const targetPath = resolve(target);
  if (existsSync(targetPath) && realpathSync(targetPath) === realpathSync(resolve(source))) {
    throw new BackupError('备份文件就是当前数据库文件，无需恢复');
  }
  if (existsSync(`${targetPath}-wal`) && !options.force) {
    throw new BackupError(
      `数据库似乎正在使用（存在 ${targetPath}-wal）。请先停止 gongkai serve 再恢复；若确认没有程序在使用，可加 --force。`,
    );
  }
  mkdirSync(dirname(targetPath), { recursive: true });
  let previousCopy: string | undefined;
  if (existsSync(targetPath)) {
    const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    previousCopy = `${targetPath}.before-restore-${stamp}`;
    await backupSqlite(targetPath, previousCopy);
  }
  const backup = new SqliteDatabase(resolve(source), { readonly: true, fileMustExist: true });
  try {
    await backup.backup(targetPath);
  } catch (error) {
    if (previousCopy) copyFileSync(previousCopy, targetPath);
    throw new BackupError(`恢复失败，已保留原数据库：${(error as Error).message}`);
  } finally {
    backup.close();
  }
  const restored = inspectSqliteBackup(targetPath, { readonly: false });
  const pending = Object.keys(MIGRATIONS).filter((name) => !restored.migrations.includes(name));
  return { ...restored, pending, ...(previousCopy ? { previousCopy } : {}) };
}
