import type { RouteOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repealItem } from '../../src/domains/publishing/index.ts';
import { COUNT_CAP, indexDocuments } from '../../src/domains/publishing/search/index.ts';
import type { InformationItem } from '../../src/domains/publishing/index.ts';
import { fixedClock } from '../../src/domains/shared/clock.ts';
import { describeEachDialect } from '../support/databases.ts';
import { buildPublishingWorld } from '../support/publishing-factories.ts';
import type { PublishingWorld } from '../support/publishing-factories.ts';
import { draft, publish, withdraw } from '../support/portal-factories.ts';
import type { RunningServer } from './support/server.ts';
import { Client, movableClock, startServer, visibleText } from './support/server.ts';

interface SearchJson {
  total: number;
  totalCapped?: true;
  page: number;
  items: { title: string; url: string; indexNumber: string; organisation: string; publishedOn: string; snippet: string }[];
}

describeEachDialect('web: portal search and the JSON search API', (t) => {
  let server: RunningServer;
  let town: PublishingWorld, county: PublishingWorld;
  let budget: InformationItem, land: InformationItem, rules: InformationItem, repealed: InformationItem, withdrawn: InformationItem;
  const routes: string[] = [];
  const client = () => new Client(server.baseUrl);
  const api = async (query: string): Promise<SearchJson> => {
    const response = await client().get(`/api/v1/search?${query}`);
    expect(response.status, query).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return JSON.parse(response.text) as SearchJson;
  };
  const titles = async (q: string, filters = '') => (await api(`q=${encodeURIComponent(q)}${filters}`)).items.map((i) => i.title);

  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, movableClock(), { onRoute: (route: RouteOptions) => void routes.push(`${String(route.method)} ${route.url}`) });
    town = await buildPublishingWorld(t.db);
    county = await buildPublishingWorld(t.db);
    const other = town.columns.find((c) => c.code === 'czzj')!;
    budget = await publish(t.db, town, { title: '水寨镇2026年财政预算公开', columnId: other.id, body: '<p>根据《预算法》，现将本镇2026年度财政预算情况公开如下。联系电话见附表。</p>' }, { on: '2026-03-10' });
    land = await publish(t.db, town, { title: '关于征地补偿标准的公告', body: '<p>依法公开征地补偿标准，财政资金按时拨付。文号：水政〔2026〕12号。</p>' }, { on: '2026-05-01' });
    rules = await publish(t.db, county, { title: '县政府信息公开工作规则', body: '<p>本规则自公布之日起施行。Open Data 开放数据：ＦＵＬＬ width。</p>', docNumber: '县政〔2026〕1号' }, { on: '2026-06-01' });
    repealed = await publish(t.db, county, { title: '旧的补偿办法', body: '<p>已不再适用的征地补偿办法。</p>' }, { on: '2025-01-15' });
    repealed = await repealItem(t.db, { actor: county.clerk, clock: fixedClock('2026-07-01T02:00:00Z') }, repealed.id, repealed.version, { validity: 'repealed', on: '2026-07-01' });
    withdrawn = await publish(t.db, town, { title: '撤回的征地通知' }, { on: '2026-04-01' });
    await withdraw(t.db, town, withdrawn, '发布有误');
    await draft(t.db, county, { title: '草稿：征地补偿秘密方案', body: '<p>征地补偿 水寨镇 财政</p>' });
    await publish(t.db, town, { title: '政府。信息', body: '<p>标点把两个词分开。</p>' }, { on: '2026-02-01' });
    for (let i = 1; i <= 25; i++) await publish(t.db, town, { title: `第${i}期村务公开栏`, body: `<p>本期村务公开内容，编号 ${1000 + i}。</p>` }, { on: `2026-08-${String(i).padStart(2, '0')}` });
  });
  afterAll(async () => server?.close());

  it('finds 2-, 3- and 4-character words, title matches first; nothing without the phrase', async () => {
    expect(await titles('财政')).toEqual([budget.title, land.title]);
    expect(await titles('水寨镇')).toEqual([budget.title]);
    expect(await titles('征地补偿')).toEqual([land.title, repealed.title]);
    expect(await titles('政府信息')).toEqual([rules.title]);
    expect(await titles('补偿 财政')).toEqual([land.title]);
  });

  it('mixed Chinese and digits, latin words ignoring case and width; no results', async () => {
    expect(await titles('2026年')).toEqual([budget.title]);
    expect(await titles('〔2026〕12号')).toEqual([land.title]);
    expect(await titles('编号 1007')).toEqual(['第7期村务公开栏']);
    expect(await titles('open DATA')).toEqual([rules.title]);
    expect(await titles('full')).toEqual([rules.title]);
    expect(await api('q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E8%AF%8D')).toEqual({ total: 0, page: 1, items: [] });
    expect(await api('q=')).toEqual({ total: 0, page: 1, items: [] });
  });

  it('operators and SQL typed by a user are plain text', async () => {
    for (const q of ['"', '*', 'OR', 'NEAR(', "'; drop table search_documents; --", '-财政', 'title:财政', '{title}', '^财政', 'AND', '财政)']) {
      const result = await api(`q=${encodeURIComponent(q)}`);
      expect(result.total, q).toBeGreaterThanOrEqual(0);
    }
    expect((await api(`q=${encodeURIComponent('财政 OR 征地')}`)).total).toBe(0);
    expect(await titles('"财政"')).toEqual([budget.title, land.title]);
    expect(await titles("水寨镇' OR 1=1 --")).toEqual([]);
    expect((await api('q=%E8%B4%A2%E6%94%BF')).total).toBe(2);
  });

  it('withdrawn items and drafts are never found, whoever they belong to', async () => {
    expect(await titles('征地')).toEqual([land.title, repealed.title]);
    expect(await titles('秘密方案')).toEqual([]);
    expect(await titles('撤回')).toEqual([]);
  });

  it('filters: organisation, column, date range, validity', async () => {
    expect(await titles('征地补偿', `&org=${county.organisation.code}`)).toEqual([repealed.title]);
    expect(await titles('财政', `&org=${town.organisation.code}&column=czzj`)).toEqual([budget.title]);
    expect(await titles('财政', `&column=${town.column.id}`)).toEqual([land.title]);
    expect(await titles('财政', '&from=2026-04-01&to=2026-12-31')).toEqual([land.title]);
    expect(await titles('补偿', '&validity=repealed')).toEqual([repealed.title]);
    expect(await titles('补偿', `&validity=${encodeURIComponent('废止')}`)).toEqual([repealed.title]);
  });

  it('pages of 20 with the total counting every match; the contract fields exactly', async () => {
    const first = await api('q=%E6%9D%91%E5%8A%A1');
    expect(first.total).toBe(25);
    expect(first).not.toHaveProperty('totalCapped');
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.title).toBe('第25期村务公开栏');
    const second = await api('q=%E6%9D%91%E5%8A%A1&page=2');
    expect(second).toMatchObject({ total: 25, page: 2 });
    expect(second.items.map((i) => i.title)).toEqual(['第5期村务公开栏', '第4期村务公开栏', '第3期村务公开栏', '第2期村务公开栏', '第1期村务公开栏']);
    const [hit] = (await api('q=%E5%BE%81%E5%9C%B0%E8%A1%A5%E5%81%BF%E6%A0%87%E5%87%86')).items;
    expect(Object.keys(hit!).sort()).toEqual(['indexNumber', 'organisation', 'publishedOn', 'snippet', 'title', 'url']);
    expect(hit).toMatchObject({ title: land.title, url: `/o/${town.organisation.code}/items/${land.id}`, indexNumber: land.indexNumber, organisation: town.organisation.name, publishedOn: '2026-05-01' });
    expect(hit!.snippet).toContain('<mark>征地补偿标准</mark>');
    expect((await client().get(hit!.url)).status).toBe(200);
  });

  it('bad parameters are problem+json in Chinese', async () => {
    const cases: [string, string][] = [
      ['q=a&page=0', 'page'],
      ['q=a&page=x', 'page'],
      ['q=a&page=1001', 'page'],
      ['q=a&from=2026-13-01', 'from'],
      ['q=a&from=2026-05-01&to=2026-04-01', 'from'],
      ['q=a&validity=maybe', 'validity'],
      ['q=a&org=no-such-org', 'org'],
      [`q=a&org=${town.organisation.code}&column=nope`, 'column'],
      ['q=a&q=b', 'q'],
      [`q=${'字'.repeat(101)}`, 'q'],
    ];
    for (const [query, field] of cases) {
      const response = await client().get(`/api/v1/search?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type'), query).toMatch(/^application\/problem\+json/);
      const body = JSON.parse(response.text) as { code: string; title: string; detail: string; errors: { field: string; message: string }[] };
      expect(body.code).toBe('invalid_search');
      expect(body.title).toBe('检索条件有误');
      expect(body.detail, query).toMatch(/[\u4e00-\u9fff]/);
      expect(body.errors.map((e) => e.field), query).toContain(field);
    }
  });

  it('the search page: results with highlighted words, filters kept, paging links, no JavaScript', async () => {
    const page = await client().get(`/search?q=${encodeURIComponent('村务')}&org=${town.organisation.code}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('<script');
    const text = visibleText(page.text);
    expect(text).toContain('共找到 25 条');
    expect(page.text).toContain('第25期<mark>村务</mark>公开栏');
    expect(page.text).toContain(`<option value="${town.organisation.code}" selected`);
    expect(page.text).toContain(`href="/search?q=${encodeURIComponent('村务')}&amp;org=${town.organisation.code}&amp;page=2"`);
    expect(page.text).toContain('name="column"');
    const none = await client().get(`/search?q=${encodeURIComponent('没有这个词')}`);
    expect(visibleText(none.text)).toContain('没有找到包含“没有这个词”的政府信息');
    const escaped = await client().get(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(escaped.status).toBe(200);
    expect(escaped.text).not.toContain('<script>alert(1)');
    const bad = await client().get('/search?q=a&from=2026-02-30');
    expect(bad.status).toBe(400);
    expect(visibleText(bad.text)).toContain('起始日期应为有效日期');
    expect((await client().get('/search')).status).toBe(200);
  });

  it('the organisation filter: only organisations with published items, under their parent, and always the one asked for', async () => {
    const quiet = await buildPublishingWorld(t.db);
    const gone = await publish(t.db, quiet, { title: '撤回后机关无公开信息' }, { on: '2026-04-02' });
    await withdraw(t.db, quiet, gone, '发布有误');
    const parentOf = async (world: PublishingWorld) => t.db.selectFrom('organisations').select(['code', 'name']).where('id', '=', world.organisation.parentId!).executeTakeFirstOrThrow();
    const orgSelect = async (path: string, status = 200) => {
      const page = await client().get(path);
      expect(page.status).toBe(status);
      return /<select[^>]*name="org"[^>]*>([\s\S]*?)<\/select>/.exec(page.text)![1]!;
    };
    /** Each option's code with the group it is in. */
    const options = (select: string) =>
      [...select.matchAll(/<optgroup label="([^"]*)">([\s\S]*?)<\/optgroup>/g)].flatMap(([, label, body]) => [...body!.matchAll(/<option value="([^"]+)"( selected)?/g)].map((m) => ({ group: label, code: m[1], selected: m[2] !== undefined })));
    const all = options(await orgSelect('/search'));
    const townParent = await parentOf(town);
    const countyParent = await parentOf(county);
    expect(all).toEqual(
      expect.arrayContaining([
        { group: townParent.name, code: town.organisation.code, selected: false },
        { group: countyParent.name, code: county.organisation.code, selected: false },
      ]),
    );
    const codes = all.map((o) => o.code);
    // No published item (parents, a withdrawn item only): not offered.
    for (const code of [townParent.code, countyParent.code, quiet.organisation.code]) expect(codes).not.toContain(code);
    expect(new Set(codes).size).toBe(codes.length);
    // Asked for, it is offered and chosen (also when the page comes back with a problem).
    const quietParent = await parentOf(quiet);
    const asked = { group: quietParent.name, code: quiet.organisation.code, selected: true };
    expect(options(await orgSelect(`/search?org=${quiet.organisation.code}`))).toContainEqual(asked);
    expect(options(await orgSelect(`/search?q=x&org=${quiet.organisation.code}`))).toContainEqual(asked);
    expect(options(await orgSelect(`/search?q=x&org=${quiet.organisation.code}&from=2026-02-30`, 400))).toContainEqual(asked);
    // The filter is kept between requests (search-filter-options.ts), and follows a first
    // publication, a withdrawal of the last item and a rename at once (the clock does not move).
    const offered = async () => options(await orgSelect('/search')).find((o) => o.code === quiet.organisation.code);
    const first = await publish(t.db, quiet, { title: '机关的第一条公开信息' }, { on: '2026-04-03' });
    expect(await offered()).toEqual({ group: quietParent.name, code: quiet.organisation.code, selected: false });
    await t.db.updateTable('organisations').set({ name: '改名后的上级机关', version: sql<number>`version + 1` }).where('code', '=', quietParent.code).execute();
    expect(await offered()).toEqual({ group: '改名后的上级机关', code: quiet.organisation.code, selected: false });
    await withdraw(t.db, quiet, first, '发布有误');
    expect(await offered()).toBeUndefined();
  });

  it('/api/v1/openapi.json is an OpenAPI 3.1 document describing every API route', async () => {
    const response = await client().get('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const doc = JSON.parse(response.text) as { openapi: string; paths: Record<string, Record<string, unknown>>; servers: { url: string }[] };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0]!.url).toBe('/api/v1');
    const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} /api/v1${path.replace(/\{(\w+)\}/g, ':$1')}`));
    const apiRoutes = routes.filter((r) => r.startsWith('GET /api/v1') || r.startsWith('POST /api/v1'));
    expect(apiRoutes.length).toBeGreaterThan(3);
    for (const route of apiRoutes) expect(described, route).toContain(route);
  });

  it('a word in more than 1,000 items: the count stops at 1000 (“1000+ 条”) and the pages go on', async () => {
    const word = '计数上限词';
    await indexDocuments(
      t.db,
      Array.from({ length: COUNT_CAP + 30 }, (_, i) => ({
        id: `capped-${i}`, organisationId: town.organisation.id, organisationCode: town.organisation.code, organisationName: town.organisation.name,
        columnId: null, columnName: null, title: `第${i}份${word}通知`, text: '正文', indexNumber: `capped/${i}`, url: `/o/${town.organisation.code}/items/capped-${i}`,
        publishedOn: '2025-06-01', validity: null,
      })),
    );
    const json = await api(`q=${encodeURIComponent(word)}`);
    expect(json).toMatchObject({ total: COUNT_CAP, totalCapped: true, page: 1 });
    expect(json.items).toHaveLength(20);
    const page = await client().get(`/search?q=${encodeURIComponent(word)}`);
    expect(visibleText(page.text)).toContain('共找到 1000+ 条');
    expect(page.text).toContain(`&amp;page=50"`);
    const fiftieth = await client().get(`/search?q=${encodeURIComponent(word)}&page=50`);
    expect(fiftieth.text).toContain(`&amp;page=51"`);
    const last = await api(`q=${encodeURIComponent(word)}&page=52`);
    expect(last).toMatchObject({ total: COUNT_CAP + 30 });
    expect(last).not.toHaveProperty('totalCapped');
    expect(last.items).toHaveLength(10);
  });
});
