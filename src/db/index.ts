/**
 * Storage: the Database interface, opening SQLite or PostgreSQL, migrations, transactions, the
 * optimistic `version` helper and the event log.
 */
export type { Database, Dialect, OrganisationsTable, UsersTable, RoleAssignmentsTable, SessionsTable, EventsTable } from './schema.ts';
export {
  openDatabase,
  databaseOptionsFromEnv,
  isPostgresUrl,
  sqliteFileFor,
  DEFAULT_DATA_DIR,
  SQLITE_FILE_NAME,
} from './open-database.ts';
export type { OpenDatabaseOptions, OpenedDatabase } from './open-database.ts';
export { migrateToLatest, pendingMigrations, MigrationFailed, MIGRATIONS } from './migrations/index.ts';
export { inTransaction } from './transaction.ts';
export { updateVersioned, conflictError, CONFLICT_MESSAGE } from './optimistic.ts';
export type { VersionedTable } from './optimistic.ts';
export { recordEvent } from './events.ts';
export type { NewEvent } from './events.ts';
export { newId } from './ids.ts';
export { isUniqueViolation } from './errors.ts';
export { backupSqlite, restoreSqlite, inspectSqliteBackup, BackupError } from './sqlite-backup.ts';
export type { BackupInspection, RestoreResult } from './sqlite-backup.ts';
