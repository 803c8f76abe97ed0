import type { Kysely } from 'kysely';

/**
 * 依申请公开 on the web: the identity documents applicants upload with an application (第二十九条),
 * kept in the database beside the case (base64 text, so one column type serves SQLite and
 * PostgreSQL alike), and the e-mail addresses staff chose for deadline reminders.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('application_files')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(64)', (c) => c.notNull().references('application_cases.id'))
    .addColumn('media_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('application_files_case_idx').on('application_files').column('case_id').execute();
  await db.schema
    .createTable('application_reminder_addresses')
    .addColumn('user_id', 'varchar(64)', (c) => c.primaryKey().references('users.id'))
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    .addColumn('last_sent_on', 'varchar(10)')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('application_reminder_addresses').execute();
  await db.schema.dropTable('application_files').execute();
}
