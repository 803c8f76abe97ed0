import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Organisation } from '../../src/domains/accounts/index.ts';
import { describeEachDialect } from '../support/databases.ts';
import { buildCounty } from '../support/accounts-factories.ts';
import type { RunningServer } from './support/server.ts';
import { Client, movableClock, startServer, visibleText } from './support/server.ts';

describeEachDialect('web: public portal', (t) => {
  let server: RunningServer;
  let county: Organisation, township: Organisation, department: Organisation;
  const clock = movableClock();

  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, clock);
    ({ county, township, department } = await buildCounty(t.db));
  });
  afterAll(async () => server?.close());

  it('the home page lists the organisations as a tree: county, then its townships and its working departments', async () => {
    const home = await new Client(server.baseUrl).get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.text).toMatch(/^<!doctype html><html lang="zh-CN">/);
    expect(home.text).toContain('<h1>政府信息公开</h1>');
    expect(home.text).toContain(`<a href="/o/${county.code}">${county.name}</a>`);
    const text = visibleText(home.text);
    const at = (s: string) => text.indexOf(s);
    expect(at(county.name)).toBeLessThan(at('乡镇人民政府'));
    expect(at('乡镇人民政府')).toBeLessThan(at(township.name));
    expect(at(township.name)).toBeLessThan(at('政府工作部门'));
    expect(at('政府工作部门')).toBeLessThan(at(department.name));
    expect(home.text).toContain('class="skip-link" href="#main"');
    expect(home.headers.get('set-cookie')).toBeNull();
  });

  it('the home page shows a new or renamed organisation within a second; unchanged pages revalidate with 304', async () => {
    const client = new Client(server.baseUrl);
    const before = await client.get('/');
    const etag = before.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${server.baseUrl}/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const { buildOrganisation } = await import('../support/accounts-factories.ts');
    const added = await buildOrganisation(t.db, { parent: county, kind: 'township', name: '新设镇人民政府' });
    clock.advance(1000);
    const after = await client.get('/');
    expect(after.text).toContain('新设镇人民政府');
    expect(after.headers.get('etag')).not.toBe(etag);
    await t.db.updateTable('organisations').set((eb) => ({ name: '更名镇人民政府', version: eb('version', '+', 1) })).where('id', '=', added.id).execute();
    clock.advance(1000);
    expect((await client.get('/')).text).toContain('更名镇人民政府');
  });

  it("an organisation's page shows its sections; each section page exists; 机构概况 shows the hierarchy", async () => {
    const client = new Client(server.baseUrl);
    const page = await client.get(`/o/${county.code}`);
    expect(page.status).toBe(200);
    const text = visibleText(page.text);
    for (const section of ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开', '机构概况']) expect(text).toContain(section);
    expect(visibleText((await client.get(`/o/${county.code}/proactive`)).text)).toContain('本机关尚未建立主动公开目录');
    // 政府信息公开年报 is built (test/web/annual-reports.test.ts): a column with no report yet.
    expect(visibleText((await client.get(`/o/${county.code}/annual-reports`)).text)).toContain('本机关尚未在本平台发布年度报告');
    for (const slug of ['guide', 'rules']) {
      const section = await client.get(`/o/${county.code}/${slug}`);
      expect(section.status, slug).toBe(200);
      expect(visibleText(section.text), slug).toContain('本栏目正在建设中');
    }
    const onRequest = visibleText((await client.get(`/o/${county.code}/on-request`)).text);
    expect(onRequest).toContain('在线申请');
    expect(onRequest).toContain('查询办理进度');
    const about = visibleText((await client.get(`/o/${county.code}/about`)).text);
    expect(about).toContain(township.name);
    expect(about).toContain(department.name);
    const townAbout = visibleText((await client.get(`/o/${township.code}/about`)).text);
    expect(townAbout).toContain(`上级机关 ${county.name}`);
  });

  it('an unknown organisation or section is a 404 page in Chinese', async () => {
    const client = new Client(server.baseUrl);
    for (const path of ['/o/no-such-code', `/o/${county.code}/no-such-section`, '/no/such/page', '/o/%E4%BC%8A%E5%B7%9D']) {
      const response = await client.get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/text\/html/);
      expect(visibleText(response.text), path).toMatch(/找不到/);
    }
  });

  it('the large-type toggle sets a cookie, comes back, and the page is then in large type', async () => {
    const client = new Client(server.baseUrl);
    const page = await client.get(`/o/${county.code}`);
    const href = /class="display-toggle" href="([^"]+)"/.exec(page.text)![1]!.replace(/&amp;/g, '&');
    expect(href).toBe(`/display/large?back=%2Fo%2F${county.code}`);
    const toggled = await client.get(href);
    expect(toggled.status).toBe(303);
    expect(toggled.location).toBe(`/o/${county.code}`);
    const large = await client.get(`/o/${county.code}`);
    expect(large.text).toContain('<html lang="zh-CN" class="large-type">');
    expect(visibleText(large.text)).toContain('标准版');
    await client.get('/display/standard?back=/');
    expect((await client.get('/')).text).not.toContain('large-type');
    expect((await client.get('/display/large?back=//evil.example')).location).toBe('/');
  });

  it('sends security headers: a CSP allowing only this site, no framing, no sniffing', async () => {
    const home = await new Client(server.baseUrl).get('/');
    const csp = home.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    // The same refusal as CSP frame-ancestors 'none', for browsers that only know this header.
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    expect(home.headers.get('strict-transport-security')).toBeNull();
  });

  it('serves the stylesheet, with print styles and the large-type mode', async () => {
    const css = await new Client(server.baseUrl).get('/assets/site.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect(css.text).toContain('@media print');
    expect(css.text).toContain('html.large-type');
  });

  it('/healthz checks the database', async () => {
    const health = await new Client(server.baseUrl).get('/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({ status: 'ok', database: 'ok' });
  });

  it('the API lists organisations as JSON and answers unknown ones with problem+json', async () => {
    const client = new Client(server.baseUrl);
    const list = JSON.parse((await client.get('/api/v1/organisations')).text) as { organisations: { code: string; parentCode: string | null }[] };
    expect(list.organisations).toContainEqual(expect.objectContaining({ code: township.code, parentCode: county.code }));
    const one = await client.get(`/api/v1/organisations/${department.code}`);
    expect(JSON.parse(one.text)).toMatchObject({ code: department.code, name: department.name, kindLabel: '政府工作部门', parentCode: county.code });
    const missing = await client.get('/api/v1/organisations/nope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(missing.text)).toMatchObject({ status: 404, code: 'not_found', type: 'urn:gongkai:problem:not_found' });
    const unknownRoute = await client.get('/api/v1/nothing-here');
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('escapes what organisations are called', async () => {
    const { buildOrganisation } = await import('../support/accounts-factories.ts');
    const tricky = await buildOrganisation(t.db, { parent: county, kind: 'department', name: '<script>alert(1)</script>局' });
    const page = await new Client(server.baseUrl).get(`/o/${tricky.code}`);
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expect(page.text).toContain('&lt;script>alert(1)&lt;/script>局');
  });
});
