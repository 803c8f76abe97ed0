import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/** Annual reports (revisions) and regional publication deadlines. Frozen vocabularies below. */
export const REPORT_STATUSES_AT_2026_12_01 = ['draft', 'checked', 'published', 'superseded'] as const;
export const REPORT_SOURCES_AT_2026_12_01 = ['generated', 'imported'] as const;

function inList(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('annual_reports')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('organisation_id', 'varchar(64)', (c) => c.notNull().references('organisations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('source', 'varchar(16)', (c) => c.notNull())
    .addColumn('format', 'varchar(8)', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('acknowledgements', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'varchar(32)')
    .addColumn('locked_on', 'varchar(10)')
    .addColumn('generated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('published_at', 'varchar(32)')
    .addColumn('published_on', 'varchar(10)')
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('correction_reason', 'text')
    .addColumn('source_name', 'varchar(1000)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('annual_reports_revision_unique', ['organisation_id', 'year', 'revision'])
    .addCheckConstraint('annual_reports_status_check', inList('status', REPORT_STATUSES_AT_2026_12_01))
    .addCheckConstraint('annual_reports_source_check', inList('source', REPORT_SOURCES_AT_2026_12_01))
    .execute();
  await db.schema.createIndex('annual_reports_year_status_idx').on('annual_reports').columns(['year', 'status']).execute();

  await db.schema
    .createTable('annual_report_deadlines')
    .addColumn('organisation_id', 'varchar(64)', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('department_due', 'varchar(5)', (c) => c.notNull())
    .addColumn('government_due', 'varchar(5)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('annual_report_deadlines').execute();
  await db.schema.dropTable('annual_reports').execute();
}
