import type { Kysely } from 'kysely';

/**
 * What the portal shows of an organisation (its published items, their pages, its catalog) is
 * rendered once and kept by each app instance; `publishing_generations` says when to render again.
 * Every command that changes what the portal shows of an organisation (publication, withdrawal,
 * 废止, import, a catalog edit) adds one to its row in the same transaction, so any instance
 * sharing the database sees the change on its next request (one primary-key read).
 *
 * The catalog page counts an organisation's published items per column: with the column in the
 * index the count reads the index alone (30,000 items of one organisation: 1–2 s on a busy machine
 * through the (organisation, status) index and the rows, a tenth of that from this one).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publishing_generations')
    .addColumn('organisation_id', 'varchar(64)', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('generation', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('information_items_org_column_idx').on('information_items').columns(['organisation_id', 'status', 'column_id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('information_items_org_column_idx').execute();
  await db.schema.dropTable('publishing_generations').execute();
}
