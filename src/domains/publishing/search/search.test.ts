import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/databases.ts';
import { COUNT_CAP, indexDocument, indexDocuments, rebuildIndex, removeDocument, searchDocuments } from './index.ts';
import type { SearchDocument } from './index.ts';
import { TITLE_INDEX_BYTES } from '../../../db/migrations/2026-12-02-title-order-pg.ts';

let seq = 0;
function doc(title: string, text: string, over: Partial<SearchDocument> = {}): SearchDocument {
  seq++;
  return {
    id: `doc-${seq}`,
    organisationId: 'org-1',
    organisationCode: 'shuizhai',
    organisationName: '水寨镇人民政府',
    columnId: null,
    columnName: null,
    title,
    text,
    indexNumber: `114103290000000001/2026-${String(seq).padStart(5, '0')}`,
    url: `/o/shuizhai/items/${seq}`,
    publishedOn: '2026-03-01',
    validity: null,
    ...over,
  };
}

const titles = async (r: Promise<{ items: { title: string }[] }>) => (await r).items.map((i) => i.title);

describeEachDialect('search', (t) => {
  const d = {
    budget: doc('水寨镇2025年财政预算公开', '根据《预算法》，现将本镇2025年度财政预算情况公开如下。', { publishedOn: '2026-01-10' }),
    notice: doc('关于征地补偿标准的公告', '依法公开征地补偿标准，财政资金按时拨付。', { publishedOn: '2026-02-01', organisationCode: 'yichuan', columnId: 'col-a' }),
    english: doc('Open Data 开放数据', 'The county publishes OPEN data sets；Ｆｕｌｌ ｗｉｄｔｈ text.', { publishedOn: '2025-12-01' }),
    split: doc('政府。信息', '无关正文', { publishedOn: '2025-11-01' }),
    town: doc('镇', '单字标题', { publishedOn: '2025-10-01', validity: '有效' }),
  };

  beforeAll(async () => {
    await indexDocuments(t.db, Object.values(d));
  });

  it('finds 2-, 3- and 4-character words, title hits first then newer', async () => {
    expect(await titles(searchDocuments(t.db, { q: '公开' }))).toEqual([d.budget.title, d.notice.title]);
    expect(await titles(searchDocuments(t.db, { q: '财政' }))).toEqual([d.budget.title, d.notice.title]);
    expect(await titles(searchDocuments(t.db, { q: '水寨镇' }))).toEqual([d.budget.title]);
    expect(await titles(searchDocuments(t.db, { q: '补偿标准' }))).toEqual([d.notice.title]);
    expect(await titles(searchDocuments(t.db, { q: '政府信息' }))).toEqual([]);
  });

  it('mixed Chinese and digits, latin words ignoring case and width, several words', async () => {
    expect(await titles(searchDocuments(t.db, { q: '2025年' }))).toEqual([d.budget.title]);
    expect(await titles(searchDocuments(t.db, { q: 'open data' }))).toEqual([d.english.title]);
    expect(await titles(searchDocuments(t.db, { q: 'ＦＵＬＬ' }))).toEqual([d.english.title]);
    expect(await titles(searchDocuments(t.db, { q: '财政 征地' }))).toEqual([d.notice.title]);
    expect(await titles(searchDocuments(t.db, { q: '镇' }))).toEqual([d.budget.title, d.town.title]);
  });

  it('operators typed by a user are plain text', async () => {
    for (const q of ['"', '*', 'OR', 'NEAR(', "'; drop table search_documents; --", '-x', 'title:公开', '公开 OR 财政', '{title}', '^公开']) {
      const result = await searchDocuments(t.db, { q });
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
    expect((await searchDocuments(t.db, { q: '公开 OR 财政' })).total).toBe(0);
    expect(await titles(searchDocuments(t.db, { q: '"公开"' }))).toEqual([d.budget.title, d.notice.title]);
  });

  it('filters, paging and total, upsert and removal', async () => {
    expect(await titles(searchDocuments(t.db, { q: '公开', org: 'yichuan' }))).toEqual([d.notice.title]);
    expect(await titles(searchDocuments(t.db, { q: '公开', column: 'col-a' }))).toEqual([d.notice.title]);
    expect(await titles(searchDocuments(t.db, { q: '公开', from: '2026-01-11' }))).toEqual([d.notice.title]);
    expect(await titles(searchDocuments(t.db, { q: '镇', validity: '有效' }))).toEqual([d.town.title]);
    const p2 = await searchDocuments(t.db, { q: '公开', page: 2, pageSize: 1 });
    expect(p2).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(p2.items.map((i) => i.title)).toEqual([d.notice.title]);
    await indexDocument(t.db, { ...d.notice, title: '关于征地补偿的公告（已更正）' });
    expect(await titles(searchDocuments(t.db, { q: '更正' }))).toEqual(['关于征地补偿的公告（已更正）']);
    await removeDocument(t.db, d.notice.id);
    expect(await titles(searchDocuments(t.db, { q: '公开' }))).toEqual([d.budget.title]);
    async function* all() {
      yield* Object.values(d);
    }
    expect(await rebuildIndex(t.db, all())).toBe(5);
    expect((await searchDocuments(t.db, { q: '公开' })).total).toBe(2);
  });

  it('pages follow one order, title matches then the others, each newest first, across the boundary', async () => {
    const mixed = Array.from({ length: 11 }, (_, i) =>
      doc(i % 3 === 0 ? `分页次序${i}号` : `其他文件${i}`, i % 3 === 0 ? '正文' : `正文提到分页次序（第${i}份）`, { publishedOn: `2021-03-${String(10 + i).padStart(2, '0')}` }),
    );
    await indexDocuments(t.db, mixed);
    const inTitle = mixed.filter((_, i) => i % 3 === 0).reverse();
    const inBody = mixed.filter((_, i) => i % 3 !== 0).reverse();
    const ids = (docs: SearchDocument[]) => docs.map((x) => x.id);
    // 正文 is in no title: no title tier, every item newest first. `次序（第` (punctuation inside: confirmed by the text) only in the bodies.
    const cases: [string, string[]][] = [
      ['分页次序', ids([...inTitle, ...inBody])],
      ['分页次序 正文', ids([...mixed].reverse())],
      ['次序（第', ids(inBody)],
    ];
    for (const [q, expected] of cases) {
      const seen: string[] = [];
      for (let page = 1; page <= 5; page++) {
        const result = await searchDocuments(t.db, { q, page, pageSize: 3, to: '2021-12-31' });
        expect(result.total, q).toBe(expected.length);
        seen.push(...result.items.map((i) => i.id));
      }
      expect(seen, q).toEqual(expected);
    }
  });

  it('snippets are escaped with the words in <mark>', async () => {
    const [hit] = (await searchDocuments(t.db, { q: '征地' })).items;
    expect(hit!.snippet).toContain('<mark>征地</mark>');
    expect(hit!.titleHtml).toBe('关于<mark>征地</mark>补偿标准的公告');
  });

  it('3-character and odd-length words (a lone last character after others is confirmed by the text) find exactly their items', async () => {
    const o = {
      day: doc('公示期7个工作日', '无', { publishedOn: '2023-05-05' }),
      dayMore: doc('通知', '公示期为七个工作日程安排另行通知。', { publishedOn: '2023-05-04' }),
      dayApart: doc('工作。日程', '工作人员日常值班。', { publishedOn: '2023-05-03' }),
      dayAlone: doc('日', '工作', { publishedOn: '2023-05-02' }),
      year: doc('2019年度决算', '无', { publishedOn: '2023-05-01' }),
      yearEnd: doc('统计', '截至2019年', { publishedOn: '2023-04-30' }),
      yearSpaced: doc('统计二', '截至 2019 年底', { publishedOn: '2023-04-29' }),
      yearApart: doc('统计三', '2019。年底；20191年；2019 号', { publishedOn: '2023-04-28' }),
      number: doc('第7号令', '无', { publishedOn: '2023-04-27' }),
      numberApart: doc('第17号令', '第8、号', { publishedOn: '2023-04-26' }),
      // Its title holds 7号 as text (not as tokens), its body as tokens: a body match, after 第7号令.
      numberInBody: doc('第27号令', '依据第7号文件', { publishedOn: '2023-05-06' }),
      five: doc('高标准农田建设', '无', { publishedOn: '2023-04-25' }),
      fiveApart: doc('高标准农田', '建设', { publishedOn: '2023-04-24' }),
    };
    await indexDocuments(t.db, Object.values(o));
    const ids = async (q: string, filters: Record<string, string> = {}) => {
      const result = await searchDocuments(t.db, { q, from: '2023-01-01', to: '2023-12-31', ...filters });
      expect(result.totalCapped).toBe(false);
      expect(result.total).toBe(result.items.length);
      return result.items.map((i) => i.id).sort();
    };
    const sorted = (...docs: SearchDocument[]) => docs.map((x) => x.id).sort();
    expect(await ids('工作日')).toEqual(sorted(o.day, o.dayMore));
    expect(await ids('作日程')).toEqual(sorted(o.dayMore));
    expect(await ids('2019年')).toEqual(sorted(o.year, o.yearEnd, o.yearSpaced));
    expect(await ids('2019年', { org: 'shuizhai' })).toEqual(sorted(o.year, o.yearEnd, o.yearSpaced));
    expect(await ids('2019年', { org: 'elsewhere' })).toEqual([]);
    expect(await ids('2019年度')).toEqual(sorted(o.year));
    // 第17号令 holds 7号 as text, but its token is 17: a digit word matches whole digit runs only.
    expect(await ids('7号')).toEqual(sorted(o.number, o.numberInBody));
    expect(await ids('第7号')).toEqual(sorted(o.number, o.numberInBody));
    expect((await searchDocuments(t.db, { q: '7号', from: '2023-01-01' })).items.map((i) => i.id)).toEqual([o.number.id, o.numberInBody.id]);
    expect(await ids('农田建')).toEqual(sorted(o.five));
    expect(await ids('高标准农田建设')).toEqual(sorted(o.five));
    expect(await ids('2019年 工作日')).toEqual([]);
    expect(await ids('2019年 统计')).toEqual(sorted(o.yearEnd, o.yearSpaced));
    // A word of one character is still a prefix: every item with 日 as written.
    expect(await ids('日')).toEqual(sorted(o.day, o.dayMore, o.dayApart, o.dayAlone));
    // Title matches first: the title tier confirms the lone last character in the title.
    expect((await searchDocuments(t.db, { q: '2019年', from: '2023-01-01' })).items[0]!.id).toBe(o.year.id);
  });

  it('every write and delete of the index keeps the title index (SQLite search_title_fts, PostgreSQL search_titles) equal to the titles indexed', async () => {
    /** The items whose title index has the token, and whether every row of the title index is its item's title (as indexed). */
    const titleIndex = async (token: string) => {
      if (t.dialect === 'postgres') {
        const rows = await sql<{ id: string | null }>`select d.id from search_titles s left join search_documents d on d.doc_no = s.doc_no where s.tsv @@ to_tsquery('simple', ${token})`.execute(t.db);
        // Each row: the weight-A part of its item's tsv and the item's filter columns, one per item.
        const { rows: wrong } = await sql<{ n: string }>`select count(*) as n from search_documents d full join search_titles s on s.doc_no = d.doc_no
          where s.doc_no is null or d.doc_no is null or s.tsv <> ts_filter(d.tsv, '{a}') or s.norm_title <> d.norm_title
            or s.organisation_code <> d.organisation_code or s.column_id is distinct from d.column_id or s.validity is distinct from d.validity
            or s.fits_index <> (pg_column_size(s.tsv) + octet_length(s.norm_title) <= ${TITLE_INDEX_BYTES})`.execute(t.db);
        return { ids: rows.rows.map((r) => r.id ?? 'ORPHAN').sort(), consistent: Number(wrong[0]!.n) === 0 };
      }
      const rows = await sql<{ id: string | null }>`select d.id from search_title_fts f left join search_documents d on d.doc_no = f.rowid where search_title_fts match ${`"${token}"`}`.execute(t.db);
      const all = await sql<{ n: number }>`select count(*) as n from search_title_fts`.execute(t.db);
      const documents = await t.db.selectFrom('search_documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return { ids: rows.rows.map((r) => r.id ?? 'ORPHAN').sort(), consistent: Number(all.rows[0]!.n) === Number(documents.n) };
    };
    const expectTitleIndex = async (token: string, docs: SearchDocument[]) => {
      const found = await titleIndex(token);
      expect(found.ids).toEqual(docs.map((x) => x.id).sort());
      expect(found.consistent).toBe(true);
    };
    const a = doc('标题索引甲', '正文', { publishedOn: '2022-06-01' });
    const b = doc('标题索引乙', '正文', { publishedOn: '2022-06-02' });
    // index (one item) and the batch used by import
    await indexDocument(t.db, a);
    await expectTitleIndex('标题', [a]);
    await indexDocuments(t.db, [b, { ...b, title: '标题索引乙二' }]);
    await expectTitleIndex('标题', [a, b]);
    await expectTitleIndex('乙二', [b]);
    // reindex with another title: the old title's tokens are gone
    await indexDocument(t.db, { ...a, title: '改名甲' });
    await expectTitleIndex('标题', [b]);
    await expectTitleIndex('改名', [a]);
    expect((await searchDocuments(t.db, { q: '改名', from: '2022-01-01', to: '2022-12-31' })).items.map((i) => i.id)).toEqual([a.id]);
    // withdraw
    await removeDocument(t.db, b.id);
    await expectTitleIndex('标题', []);
    expect((await searchDocuments(t.db, { q: '标题索引', from: '2022-01-01', to: '2022-12-31' })).total).toBe(0);
    // rebuild: the index holds exactly the rebuilt items
    const c = doc('重建标题丙', '正文', { publishedOn: '2022-06-03', organisationCode: 'yichuan', columnId: 'col-c', validity: '有效' });
    async function* rebuilt() {
      yield a;
      yield c;
    }
    expect(await rebuildIndex(t.db, rebuilt())).toBe(2);
    await expectTitleIndex('标题', [a, c]);
    await expectTitleIndex('改名', []);
    expect((await searchDocuments(t.db, { q: '标题' })).items.map((i) => i.id)).toEqual([c.id, a.id]);
    if (t.dialect === 'postgres') {
      // The planner's statistics are refreshed by the rebuild (reltuples is -1 or stale without).
      for (const table of ['search_documents', 'search_titles']) {
        const { rows } = await sql<{ n: number }>`select reltuples as n from pg_class where oid = ${table}::regclass`.execute(t.db);
        expect(Number(rows[0]!.n), table).toBe(2);
      }
    }
  });

  it('a title longer than a btree entry can hold is indexed by every writer and found in the title tier', async () => {
    // 3,000 distinct characters: PostgreSQL's tsv and norm_title of it are far over the ~2.7 kB a
    // btree entry holds, so it stays out of the covering title index (2026-12-02-title-order-pg).
    const long = (tag: string) => `${tag}超长标题` + Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('') + '长题末尾';
    const one = doc(long('甲'), '正文', { publishedOn: '2021-03-01' });
    const batch = doc(long('乙'), '正文', { publishedOn: '2021-03-02' });
    const short = doc('短标题有长题末尾', '正文', { publishedOn: '2021-02-01' });
    const newerInBody = doc('无关的标题', '正文写着长题末尾', { publishedOn: '2021-04-01' });
    await indexDocument(t.db, one);
    await indexDocuments(t.db, [batch, short, newerInBody]);
    const found = await searchDocuments(t.db, { q: '长题末尾', from: '2021-01-01', to: '2021-12-31' });
    expect(found.items.map((i) => i.id)).toEqual([batch.id, one.id, short.id, newerInBody.id]);
    expect(found.total).toBe(4);
    // Page 2 of one item a page: the merge of the long titles and the short keeps doc_no order.
    expect((await searchDocuments(t.db, { q: '长题末尾', from: '2021-01-01', to: '2021-12-31', page: 2, pageSize: 1 })).items.map((i) => i.id)).toEqual([one.id]);
    expect((await searchDocuments(t.db, { q: '超长标题 长题末尾', from: '2021-01-01', to: '2021-12-31' })).items.map((i) => i.id)).toEqual([batch.id, one.id]);
    if (t.dialect === 'postgres') {
      const { rows } = await sql<{ id: string; fits: boolean }>`select d.id, s.fits_index as fits from search_titles s join search_documents d on d.doc_no = s.doc_no where d.id in (${sql.join([one.id, batch.id, short.id])}) order by d.id`.execute(t.db);
      expect(Object.fromEntries(rows.map((r) => [r.id, r.fits]))).toEqual({ [one.id]: false, [batch.id]: false, [short.id]: true });
    }
    // Rebuilt: the same; withdrawn: gone.
    async function* all() {
      yield* [one, batch, short, newerInBody];
    }
    expect(await rebuildIndex(t.db, all())).toBe(4);
    expect((await searchDocuments(t.db, { q: '长题末尾' })).items.map((i) => i.id)).toEqual([batch.id, one.id, short.id, newerInBody.id]);
    for (const x of [one, batch]) await removeDocument(t.db, x.id);
    expect((await searchDocuments(t.db, { q: '长题末尾' })).items.map((i) => i.id)).toEqual([short.id, newerInBody.id]);
  });

  it('counts up to 1,000 matches and then says "more"; every page up to the last is still served', async () => {
    const many = Array.from({ length: COUNT_CAP + 5 }, (_, i) =>
      doc(i < 5 ? `封顶计数标题${i}` : `第${i}号通知`, `正文含有封顶计数一词（第${i}份）。`, { publishedOn: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}` }),
    );
    await indexDocuments(t.db, many);
    const first = await searchDocuments(t.db, { q: '封顶计数' });
    expect(first).toMatchObject({ total: COUNT_CAP, totalCapped: true, page: 1 });
    expect(first.items.slice(0, 5).map((i) => i.title).sort()).toEqual(['封顶计数标题0', '封顶计数标题1', '封顶计数标题2', '封顶计数标题3', '封顶计数标题4']);
    expect(first.items).toHaveLength(20);
    const fiftieth = await searchDocuments(t.db, { q: '封顶计数', page: 50 });
    expect(fiftieth).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(fiftieth.items).toHaveLength(20);
    const last = await searchDocuments(t.db, { q: '封顶计数', page: 51 });
    expect(last).toMatchObject({ total: COUNT_CAP + 5, totalCapped: false });
    expect(last.items).toHaveLength(5);
    const seen = new Set([...first.items, ...fiftieth.items, ...last.items].map((i) => i.id));
    expect(seen.size).toBe(45);
    // Below the cap the count is exact (filters narrow it).
    expect(await searchDocuments(t.db, { q: '封顶计数', from: '2024-01-28' })).toMatchObject({ total: 35, totalCapped: false });
    expect(await searchDocuments(t.db, { q: '封顶计数 标题' })).toMatchObject({ total: 5, totalCapped: false });
  });
});
