import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Organisations, users, role assignments, sessions and the event log.
 *
 * The CHECK lists are frozen copies of ROLES and ORGANISATION_KINDS as of this migration (a test
 * keeps them equal to the domain's lists); adding a role later takes a new migration.
 */
export const ROLES_AT_2026_11_28 = ['sysadmin', 'publisher', 'reviewer', 'secrecyReviewer', 'caseHandler', 'leader', 'supervisor'] as const;
export const ORGANISATION_KINDS_AT_2026_11_28 = [
  'provincial_government',
  'city_government',
  'county_government',
  'township',
  'subdistrict',
  'department',
  'other',
] as const;

function inList(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}

// Kysely's migration interface takes Kysely<any>: a migration must not depend on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('code', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('parent_id', 'varchar(64)', (c) => c.references('organisations.id'))
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('path', 'varchar(2000)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('organisations_kind_check', inList('kind', ORGANISATION_KINDS_AT_2026_11_28))
    .execute();
  await db.schema.createIndex('organisations_parent_id_idx').on('organisations').column('parent_id').execute();
  await db.schema.createIndex('organisations_path_idx').on('organisations').column('path').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('username', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('display_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('password_hash', 'varchar(300)', (c) => c.notNull())
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'varchar(32)')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('role_assignments')
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('organisation_id', 'varchar(64)', (c) => c.notNull().references('organisations.id'))
    .addColumn('role', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('role_assignments_pk', ['user_id', 'organisation_id', 'role'])
    .addCheckConstraint('role_assignments_role_check', inList('role', ROLES_AT_2026_11_28))
    .execute();
  await db.schema.createIndex('role_assignments_organisation_idx').on('role_assignments').column('organisation_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('last_seen_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)')
    .execute();
  await db.schema.createIndex('sessions_user_id_idx').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires_at_idx').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('occurred_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_user_id', 'varchar(64)')
    .addColumn('organisation_id', 'varchar(64)')
    .addColumn('subject_type', 'varchar(64)', (c) => c.notNull())
    .addColumn('subject_id', 'varchar(64)')
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)')
    .execute();
  await db.schema.createIndex('events_subject_idx').on('events').columns(['subject_type', 'subject_id']).execute();
  await db.schema.createIndex('events_organisation_idx').on('events').columns(['organisation_id', 'occurred_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['events', 'sessions', 'role_assignments', 'users', 'organisations']) {
    await db.schema.dropTable(table).execute();
  }
}
