import { sql } from 'kysely';
import type { Kysely, Transaction, Updateable } from 'kysely';
import { DomainError } from '../domains/shared/errors.ts';
import type { Database } from './schema.ts';

export const CONFLICT_MESSAGE = '该记录已被他人修改，请刷新后重试';

/** Tables with an optimistic `version` column. */
export type VersionedTable = {
  [T in keyof Database]: Database[T] extends { id: string; version: number } ? T : never;
}[keyof Database];

export function conflictError(table: string, id: string): DomainError {
  return new DomainError('conflict', 'conflict', CONFLICT_MESSAGE, `${table} ${id}: version changed or row missing`);
}

/**
 * `update <table> set …, version = version + 1 where id = ? and version = ?`; no row updated means
 * someone else changed (or deleted) the record: DomainError('conflict'). Returns the new version.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  id: string,
  expectedVersion: number,
  values: Omit<Updateable<Database[T]>, 'id' | 'version'>,
): Promise<number> {
  // The generic table makes Kysely's column types unresolvable; the signature above keeps callers typed.
  const loose = db as unknown as Kysely<{ versioned: { id: string; version: number } }>;
  const result = await loose
    .updateTable(table as unknown as 'versioned')
    .set({ ...(values as { version?: never }), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw conflictError(table, id);
  return expectedVersion + 1;
}
