import type { Kysely } from 'kysely';

/**
 * Sign-in throttling (issue 11.2): failures counted per key (`account:<username>` — known or not —
 * and `address:<ip>`), each failure past the free ones blocking the key for a growing delay; the
 * places (addresses) from which each user has signed in before; and `users.locked_at`, a lock that
 * only the owner's correct password from a known place, or an administrator, clears.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_throttles')
    .addColumn('key', 'varchar(200)', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('blocked_until', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_throttles_last_failure_idx').on('sign_in_throttles').column('last_failure_at').execute();

  await db.schema
    .createTable('sign_in_places')
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('ip', 'varchar(64)', (c) => c.notNull())
    .addColumn('last_signed_in_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('sign_in_places_pk', ['user_id', 'ip'])
    .execute();

  await db.schema.alterTable('users').addColumn('locked_at', 'varchar(32)').execute();
  await db.schema.createIndex('events_name_idx').on('events').columns(['name', 'occurred_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_name_idx').execute();
  await db.schema.alterTable('users').dropColumn('locked_at').execute();
  await db.schema.dropTable('sign_in_places').execute();
  await db.schema.dropTable('sign_in_throttles').execute();
}
