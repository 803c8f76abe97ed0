import type { Kysely } from 'kysely';

/**
 * The portal's column pages list a 栏目's published items by 发布日期 then 索引号, newest first, 20
 * a page: this index gives that order without sorting the column (a column of 10,000 items was
 * sorted whole for every page) and lets deep pages skip entries without reading their rows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('information_items_column_order_idx').on('information_items').columns(['column_id', 'status', 'published_on', 'index_number']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('information_items_column_order_idx').execute();
}
