import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/databases.ts';
import type { Db } from './repository.ts';
import { COMPACT_AFTER, compactIndexAfter, indexDocument, indexDocuments, rebuildIndex, searchDocuments } from './index.ts';
import type { SearchDocument } from './index.ts';

function doc(i: number): SearchDocument {
  return {
    id: `c-${i}`,
    organisationId: 'org-1',
    organisationCode: 'shuizhai',
    organisationName: '水寨镇人民政府',
    columnId: null,
    columnName: null,
    title: i % 3 === 0 ? `合并索引标题${i}` : `通知${i}`,
    text: `正文含有合并索引一词（第${i}份）。`,
    indexNumber: `shuizhai/2024-${String(i).padStart(5, '0')}`,
    url: `/o/shuizhai/items/c-${i}`,
    publishedOn: `2024-02-${String(1 + (i % 28)).padStart(2, '0')}`,
    validity: null,
  };
}

/** SQLite: the segments of each FTS5 index (every index write of its own transaction adds one). */
async function segments(db: Db): Promise<{ all: number; titles: number }> {
  const count = async (table: string) => Number((await sql<{ n: number }>`select count(distinct segid) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n);
  return { all: await count('search_fts_idx'), titles: await count('search_title_fts_idx') };
}

describeEachDialect('search index compaction', (t) => {
  it('a bulk write (a large batch, an import, a rebuild) leaves each SQLite FTS5 index in one segment; results are unchanged', async () => {
    const search = async () => {
      const result = await searchDocuments(t.db, { q: '合并索引', page: 2 });
      return { total: result.total, ids: result.items.map((i) => i.id) };
    };
    // Written in pieces, as publications and an import's batches are: a segment each.
    for (let i = 0; i < 6; i++) await indexDocument(t.db, doc(i));
    await indexDocuments(t.db, Array.from({ length: 40 }, (_, i) => doc(6 + i)));
    const before = await search();
    expect(before.total).toBe(46);
    if (t.dialect === 'sqlite') expect((await segments(t.db)).all).toBeGreaterThan(1);
    // Below the threshold nothing is rewritten.
    await compactIndexAfter(t.db, COMPACT_AFTER - 1);
    if (t.dialect === 'sqlite') expect((await segments(t.db)).all).toBeGreaterThan(1);
    await compactIndexAfter(t.db, COMPACT_AFTER);
    if (t.dialect === 'sqlite') expect(await segments(t.db)).toEqual({ all: 1, titles: 1 });
    expect(await search()).toEqual(before);

    // A single write of COMPACT_AFTER items, and a rebuild, compact by themselves.
    await indexDocument(t.db, doc(0));
    await indexDocuments(t.db, Array.from({ length: COMPACT_AFTER }, (_, i) => doc(100 + i)));
    if (t.dialect === 'sqlite') expect(await segments(t.db)).toEqual({ all: 1, titles: 1 });
    await indexDocument(t.db, doc(1));
    async function* some() {
      for (let i = 0; i < 46; i++) yield doc(i);
    }
    expect(await rebuildIndex(t.db, some())).toBe(46);
    if (t.dialect === 'sqlite') expect(await segments(t.db)).toEqual({ all: 1, titles: 1 });
    expect(await search()).toEqual(before);
  });
});
