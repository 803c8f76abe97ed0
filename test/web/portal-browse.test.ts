import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureCatalog } from '../../src/domains/publishing/index.ts';
import type { InformationItem } from '../../src/domains/publishing/index.ts';
import { describeEachDialect } from '../support/databases.ts';
import { buildPublishingWorld, draftItem } from '../support/publishing-factories.ts';
import type { PublishingWorld } from '../support/publishing-factories.ts';
import { draft, publish, withdraw } from '../support/portal-factories.ts';
import type { RunningServer } from './support/server.ts';
import { Client, movableClock, startServer, visibleText } from './support/server.ts';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describeEachDialect('web: portal browsing of published items', (t) => {
  let server: RunningServer;
  let world: PublishingWorld;
  let other: PublishingWorld;
  let normative: InformationItem, withdrawn: InformationItem, withFile: InformationItem, otherDraft: InformationItem;
  const client = () => new Client(server.baseUrl);

  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, movableClock());
    world = await buildPublishingWorld(t.db);
    other = await buildPublishingWorld(t.db);
    normative = await publish(t.db, world, { title: '关于印发《水寨镇村规民约指导意见》的通知', docNumber: '水政〔2026〕7号', madeOn: '2026-11-20', effectiveOn: '2026-12-01', body: '<p>各村：现印发<strong>指导意见</strong>。</p><script>alert(1)</script>' }, { on: '2026-11-21' });
    withFile = await publish(t.db, world, { title: '2026年财政预算公开' }, { on: '2026-11-22', files: server.services.files, attachments: [{ fileName: '预算表（2026）.pdf', bytes: PDF }] });
    withdrawn = await publish(t.db, world, { title: '错误发布的通知' }, { on: '2026-11-23' });
    withdrawn = await withdraw(t.db, world, withdrawn, '内容有误，已另行发布更正后的通知');
    for (let i = 1; i <= 23; i++) await publish(t.db, world, { title: `第${i}号测试公告` }, { on: `2026-10-${String(i).padStart(2, '0')}` });
    otherDraft = await draft(t.db, other, { title: '他机关的草稿' });
    await draftItem(t.db, world, { title: '本机关的草稿' });
  });
  afterAll(async () => server?.close());

  it('the catalog page shows the column tree with counts and links', async () => {
    const page = await client().get(`/o/${world.organisation.code}/proactive`);
    expect(page.status).toBe(200);
    const text = visibleText(page.text);
    for (const name of ['机构职能', '法规文件', '行政规范性文件', '基层政务公开标准目录', '财政预决算']) expect(text).toContain(name);
    expect(page.text).toContain(`href="/o/${world.organisation.code}/columns/xzgfxwj"`);
    expect(text).toContain('行政规范性文件 （25）');
    expect(page.text).toContain('action="/search"');
  });

  it('a column page lists published items newest first, 20 a page, with paging and feeds', async () => {
    const base = `/o/${world.organisation.code}/columns/xzgfxwj`;
    const first = await client().get(base);
    expect(first.status).toBe(200);
    const text = visibleText(first.text);
    expect(text).toContain('共 25 条');
    expect(text.indexOf(withFile.title)).toBeLessThan(text.indexOf(normative.title));
    expect(text).not.toContain(withdrawn.title);
    expect(text).not.toContain('本机关的草稿');
    expect((first.text.match(/<tr>/g) ?? []).length).toBe(21);
    expect(first.text).toContain(`href="${base}?page=2"`);
    expect(first.text).toContain(`<link rel="alternate" type="application/rss+xml"`);
    const second = await client().get(`${base}?page=2`);
    expect((second.text.match(/<tr>/g) ?? []).length).toBe(6);
    expect(visibleText(second.text)).toContain('第1号测试公告');
    expect(visibleText((await client().get(`${base}?page=9`)).text)).toContain('本页没有信息');
    for (const bad of ['0', 'x', '-1', '1.5']) expect((await client().get(`${base}?page=${bad}`)).status, bad).toBe(400);
    expect((await client().get(`/o/${world.organisation.code}/columns/nope`)).status).toBe(404);
  });

  it('the item page shows the metadata table, the sanitized body and the attachments', async () => {
    const page = await client().get(`/o/${world.organisation.code}/items/${normative.id}`);
    expect(page.status).toBe(200);
    const text = visibleText(page.text);
    expect(text).toContain(`索引号 ${normative.indexNumber}`);
    expect(text).toContain(`发布机构 ${world.organisation.name}`);
    expect(text).toContain('主题分类');
    expect(text).toContain('成文日期 2026-11-20');
    expect(text).toContain('发布日期 2026-11-21');
    expect(text).toContain('文号 水政〔2026〕7号');
    expect(text).toContain('有效性 有效（2026-12-01起施行）');
    expect(page.text).toContain('<strong>指导意见</strong>');
    expect(page.text).not.toContain('<script>alert');
    const filePage = await client().get(`/o/${world.organisation.code}/items/${withFile.id}`);
    expect(visibleText(filePage.text)).toContain('附件 预算表（2026）.pdf');
  });

  it('an attachment downloads with its type and an RFC 5987 file name; withdrawn or foreign ones do not', async () => {
    const page = await client().get(`/o/${world.organisation.code}/items/${withFile.id}`);
    const href = /href="(\/o\/[^"]+\/files\/[^"]+)"/.exec(page.text)![1]!;
    const file = await fetch(`${server.baseUrl}${href}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="____2026_.pdf"; filename*=UTF-8''%E9%A2%84%E7%AE%97%E8%A1%A8%EF%BC%882026%EF%BC%89.pdf`);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);
    const etag = file.headers.get('etag')!;
    expect((await fetch(`${server.baseUrl}${href}`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await client().get(href.replace(world.organisation.code, other.organisation.code))).status).toBe(404);
    expect((await client().get(href.replace(/files\/.+$/, 'files/nope'))).status).toBe(404);
  });

  it("a withdrawn item's page says it was withdrawn and why (410), without its content", async () => {
    const page = await client().get(`/o/${world.organisation.code}/items/${withdrawn.id}`);
    expect(page.status).toBe(410);
    const text = visibleText(page.text);
    expect(text).toContain('本信息已撤回');
    expect(text).toContain('撤回理由：内容有误，已另行发布更正后的通知');
    expect(text).toContain('2026-11-29');
    expect(text).not.toContain('正文。');
  });

  it("drafts are never visible: not one's own organisation's, not another's, not under another organisation's code", async () => {
    expect((await client().get(`/o/${other.organisation.code}/items/${otherDraft.id}`)).status).toBe(404);
    expect((await client().get(`/o/${world.organisation.code}/items/${otherDraft.id}`)).status).toBe(404);
    expect((await client().get(`/o/${other.organisation.code}/items/${normative.id}`)).status).toBe(404);
    expect((await client().get(`/o/${world.organisation.code}/items/..%2F..%2Fetc`)).status).toBe(404);
    const empty = await ensureCatalog(t.db, { actor: 'system', clock: movableClock() }, other.organisation.id);
    expect(empty.length).toBeGreaterThan(0);
    expect(visibleText((await client().get(`/o/${other.organisation.code}/columns/xzgfxwj`)).text)).toContain('本栏目暂无公开信息');
  });

  it('RSS and Atom per column: newest published items with absolute links; unknown feeds 404', async () => {
    const base = `/o/${world.organisation.code}/columns/xzgfxwj`;
    const rss = await client().get(`${base}/rss.xml`);
    expect(rss.status).toBe(200);
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(rss.text).toContain('<rss version="2.0"');
    expect(rss.text).toContain(`<link>${server.baseUrl}/o/${world.organisation.code}/items/${withFile.id}</link>`);
    expect((rss.text.match(/<item>/g) ?? []).length).toBe(20);
    expect(rss.text).not.toContain(withdrawn.title);
    expect(rss.text.indexOf(withFile.title)).toBeLessThan(rss.text.indexOf(normative.title));
    const atom = await client().get(`${base}/atom.xml`);
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(atom.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atom.text).toContain('<updated>2026-11-21T16:00:00.000Z</updated>');
    expect((await client().get(`${base}/json.xml`)).status).toBe(404);
    expect((await client().get(`/o/${world.organisation.code}/columns/nope/rss.xml`)).status).toBe(404);
  });

  it('the sitemap indexes pages and published items (not withdrawn ones, not drafts)', async () => {
    const index = await client().get('/sitemap.xml');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(index.text).toContain('<sitemapindex');
    expect(index.text).toContain(`<loc>${server.baseUrl}/sitemaps/pages.xml</loc>`);
    expect(index.text).toContain(`<loc>${server.baseUrl}/sitemaps/items-1.xml</loc>`);
    const pages = await client().get('/sitemaps/pages.xml');
    expect(pages.text).toContain(`<loc>${server.baseUrl}/o/${world.organisation.code}/proactive</loc>`);
    expect(pages.text).toContain(`<loc>${server.baseUrl}/o/${world.organisation.code}/columns/xzgfxwj</loc><lastmod>2026-11-22</lastmod>`);
    const items = await client().get('/sitemaps/items-1.xml');
    expect(items.text).toContain(`<loc>${server.baseUrl}/o/${world.organisation.code}/items/${normative.id}</loc><lastmod>2026-11-21</lastmod>`);
    expect(items.text).not.toContain(withdrawn.id);
    expect(items.text).not.toContain(otherDraft.id);
    expect((await client().get('/sitemaps/items-2.xml')).status).toBe(404);
    expect((await client().get('/sitemaps/other.xml')).status).toBe(404);
    expect((await client().get('/robots.txt')).text).toContain(`Sitemap: ${server.baseUrl}/sitemap.xml`);
  });
});
