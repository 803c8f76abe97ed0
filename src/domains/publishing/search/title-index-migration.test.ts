import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/databases.ts';
import { migrator } from '../../../db/migrations/index.ts';
import { sql } from 'kysely';
import { compact, searchDocuments } from './index.ts';
import { facetsOf } from './repository.ts';
import { BOUNDARY, tokenize } from './tokenize.ts';

describeEachDialect(
  'migrations 2026-12-02-search-titles and 2026-12-02-search-titles-pg',
  (t) => {
    it('fills the title index from the items indexed before it', async () => {
      const m = await migrator(t.db);
      const before = await m.migrateTo('2026-12-02-requests-oversight');
      expect(before.error).toBeUndefined();
      // Items indexed by the code of the earlier schema (search_documents and search_fts only).
      const docs = Array.from({ length: 1203 }, (_, i) => ({
        doc_no: 20250101 * 10_000_000 + i,
        id: `m-${i}`,
        title: i % 2 === 0 ? `迁移标题${i}号` : `其他${i}`,
        body: `正文含有迁移标题一词 ${i}`,
        organisation_code: i % 3 === 0 ? 'org-b' : 'org-a',
      }));
      for (let i = 0; i < docs.length; i += 300) {
        const batch = docs.slice(i, i + 300);
        const rows = batch.map((d) => ({
          doc_no: d.doc_no,
          id: d.id,
          organisation_id: 'x',
          organisation_code: d.organisation_code,
          organisation_name: '机关',
          column_id: null,
          column_name: null,
          title: d.title,
          body: d.body,
          index_number: d.id,
          url: `/x/${d.id}`,
          published_on: '2025-01-01',
          validity: null,
          norm_title: compact(d.title),
          norm_body: compact(d.body),
          long_text: 0,
        }));
        if (t.dialect === 'sqlite') {
          await t.db.insertInto('search_documents').values(rows).execute();
          await sql`insert into search_fts(rowid, title, body, facets) values ${sql.join(
            batch.map((d) => sql`(${d.doc_no}, ${tokenize(d.title)}, ${tokenize(d.body)}, ${facetsOf(d.organisation_code, null, null)})`),
          )}`.execute(t.db);
        } else {
          const tsv = (d: (typeof batch)[number]) => sql`setweight(to_tsvector('simple', ${tokenize(d.title) + ' ' + BOUNDARY}), 'A') || setweight(to_tsvector('simple', ${tokenize(d.body)}), 'B')`;
          await t.db
            .withTables<{ search_documents: { tsv: unknown } }>()
            .insertInto('search_documents')
            .values(rows.map((row, i) => ({ ...row, tsv: tsv(batch[i]!) })))
            .execute();
        }
      }
      const after = await m.migrateToLatest();
      expect(after.error).toBeUndefined();
      expect(after.results?.map((r) => r.migrationName)).toContain('2026-12-02-search-titles');
      if (t.dialect === 'sqlite') {
        const { rows } = await sql<{ n: number }>`select count(*) as n from search_title_fts`.execute(t.db);
        expect(Number(rows[0]!.n)).toBe(docs.length);
      } else {
        // 2026-12-02-search-titles-pg: one search_titles row per item, its title part as the writers put it.
        expect(after.results?.map((r) => r.migrationName)).toContain('2026-12-02-search-titles-pg');
        const { rows } = await sql<{ n: string; same: string }>`select count(*) as n, count(*) filter (where s.tsv = setweight(to_tsvector('simple', tokenized.t), 'A')
            and s.norm_title = d.norm_title and s.organisation_code = d.organisation_code) as same
          from search_titles s join search_documents d on d.doc_no = s.doc_no
          join (values ${sql.join(docs.map((d) => sql`(${d.doc_no}::bigint, ${tokenize(d.title) + ' ' + BOUNDARY})`))}) as tokenized(doc_no, t) on tokenized.doc_no = s.doc_no`.execute(t.db);
        expect(Number(rows[0]!.n)).toBe(docs.length);
        expect(Number(rows[0]!.same)).toBe(docs.length);
        // 2026-12-02-title-order-pg: each row says whether it fits the covering index (these short titles all do).
        expect(after.results?.map((r) => r.migrationName)).toContain('2026-12-02-title-order-pg');
        const { rows: fits } = await sql<{ n: string }>`select count(*) as n from search_titles where fits_index`.execute(t.db);
        expect(Number(fits[0]!.n)).toBe(docs.length);
      }
      // The title tier comes from the title index: every title match first, then the body matches.
      const titled = docs.filter((d) => d.title.includes('迁移标题'));
      const result = await searchDocuments(t.db, { q: '迁移标题', pageSize: 50, page: Math.ceil(titled.length / 50) });
      expect(result.total).toBe(1000);
      const lastTitledPage = result.items.map((i) => i.title.includes('迁移标题'));
      expect(lastTitledPage.indexOf(false)).toBe(titled.length % 50);
      const filtered = await searchDocuments(t.db, { q: '迁移标题', org: 'org-b', pageSize: 50 });
      expect(filtered.items.every((i) => i.organisationCode === 'org-b')).toBe(true);
      expect(filtered.items.slice(0, 50).every((i) => i.title.includes('迁移标题'))).toBe(true);
    });
  },
  { migrate: false },
);
