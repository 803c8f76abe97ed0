import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_IDLE_TIMEOUT_MS } from '../../src/domains/accounts/index.ts';
import type { Organisation } from '../../src/domains/accounts/index.ts';
import { ROLE_CARDS } from '../../src/web/admin/dashboard-cards.ts';
import { describeEachDialect } from '../support/databases.ts';
import { buildCounty, buildUser, TEST_PASSWORD } from '../support/accounts-factories.ts';
import type { RunningServer } from './support/server.ts';
import { Client, csrfTokenIn, movableClock, startServer, visibleText } from './support/server.ts';

describeEachDialect('web: signing in and out', (t) => {
  const clock = movableClock();
  let server: RunningServer;
  let county: Organisation;

  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, clock);
    ({ county } = await buildCounty(t.db));
  });
  afterAll(async () => server?.close());

  it('an anonymous visit to the console goes to the sign-in page, which has a form with a CSRF token', async () => {
    const client = new Client(server.baseUrl);
    const dashboard = await client.get('/admin');
    expect(dashboard.status).toBe(303);
    expect(dashboard.location).toBe('/admin/sign-in?next=%2Fadmin');
    const page = await client.get(dashboard.location!);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="zh-CN"');
    expect(page.text).toContain('<label class="label" for="field-username">用户名</label>');
    expect(csrfTokenIn(page.text)).toMatch(/.{20,}/);
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('signs in, shows the roles held and a card per role with somewhere to go (none for a domain not built), and signs out', async () => {
    const user = await buildUser(t.db, [
      { organisation: county, role: 'sysadmin' },
      { organisation: county, role: 'publisher' },
    ]);
    const client = new Client(server.baseUrl);
    const signedIn = await client.signIn(user.username, TEST_PASSWORD);
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe('/admin');
    const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith('gk_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/);

    const dashboard = await client.get('/admin');
    expect(dashboard.status).toBe(200);
    const text = visibleText(dashboard.text);
    expect(text).toContain('工作台');
    expect(text).toContain('用户与机构');
    expect(text).toContain('系统管理员 测试县人民政府');
    expect(text).toContain('信息发布员 测试县人民政府');
    const withLinks = (['sysadmin', 'publisher'] as const).filter((role) => ROLE_CARDS[role].links.length > 0);
    // …plus the 主动公开 20-working-day card (条例第二十六条), shown to whoever publishes.
    expect(dashboard.text.match(/class="card"/g)?.length ?? 0).toBe(withLinks.length + 1);
    expect(text).toContain('发布时限');
    expect(text).toContain('退出登录');

    const signedOut = await client.post('/admin/sign-out', { _csrf: csrfTokenIn(dashboard.text) });
    expect(signedOut.status).toBe(303);
    expect(signedOut.location).toBe('/admin/sign-in?done=signed-out');
    expect(client.cookies.has('gk_session')).toBe(false);
    expect(visibleText((await client.get(signedOut.location!)).text)).toContain('您已安全退出。');
    expect((await client.get('/admin')).status).toBe(303);
  });

  it('returns to the console page first asked for', async () => {
    const user = await buildUser(t.db, [{ organisation: county, role: 'sysadmin' }]);
    const client = new Client(server.baseUrl);
    const asked = await client.get('/admin/organisations');
    const page = await client.get(asked.location!);
    const signedIn = await client.post('/admin/sign-in', { _csrf: csrfTokenIn(page.text), next: '/admin/organisations', username: user.username, password: TEST_PASSWORD });
    expect(signedIn.location).toBe('/admin/organisations');
    const fresh = new Client(server.baseUrl);
    const freshPage = await fresh.get('/admin/sign-in');
    const offsite = await fresh.post('/admin/sign-in', { _csrf: csrfTokenIn(freshPage.text), next: '//evil.example/', username: user.username, password: TEST_PASSWORD });
    expect(offsite.location).toBe('/admin');
  });

  it('a wrong password re-renders the form with 401 and the message, and no session', async () => {
    const user = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    const client = new Client(server.baseUrl);
    const response = await client.signIn(user.username, 'not-the-password-1');
    expect(response.status).toBe(401);
    expect(response.text).toContain('<title>错误：登录');
    expect(response.text).toContain('href="#field-password"');
    expect(visibleText(response.text)).toContain('用户名或密码不正确');
    expect(response.text).toContain(`value="${user.username}"`);
    expect(response.text).not.toContain('not-the-password-1');
    expect(client.cookies.has('gk_session')).toBe(false);
  });

  it('empty fields give 422 with a message beside each field', async () => {
    const client = new Client(server.baseUrl);
    const response = await client.signIn('', '');
    expect(response.status).toBe(422);
    expect(response.text).toContain('href="#field-username"');
    expect(response.text).toContain('href="#field-password"');
    expect(response.text).toContain('id="field-username-error"');
    expect(visibleText(response.text)).toContain('请填写用户名');
    expect(visibleText(response.text)).toContain('请填写密码');
  });

  it('an expired session sends the person to sign in again, with a message, and clears the cookie', async () => {
    const user = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    const client = new Client(server.baseUrl);
    await client.signIn(user.username, TEST_PASSWORD);
    expect((await client.get('/admin')).status).toBe(200);
    clock.advance(SESSION_IDLE_TIMEOUT_MS + 1000);
    const expired = await client.get('/admin/password');
    expect(expired.status).toBe(303);
    expect(expired.location).toBe('/admin/sign-in?done=expired&next=%2Fadmin%2Fpassword');
    expect(client.cookies.has('gk_session')).toBe(false);
    const page = await client.get(expired.location!);
    expect(visibleText(page.text)).toContain('您的登录已过期，请重新登录。');
  });

  it('a form posted without its CSRF token is refused with 403 and a readable page', async () => {
    const user = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    const client = new Client(server.baseUrl);
    await client.get('/admin/sign-in');
    const response = await client.post('/admin/sign-in', { username: user.username, password: TEST_PASSWORD });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(visibleText(response.text)).toContain('表单已失效');
    expect(client.cookies.has('gk_session')).toBe(false);
    const forged = await client.post('/admin/sign-in', { _csrf: 'forged-token', username: user.username, password: TEST_PASSWORD });
    expect(forged.status).toBe(403);
    // A token from another browser (another secret cookie) does not work either.
    const other = new Client(server.baseUrl);
    const token = csrfTokenIn((await other.get('/admin/sign-in')).text);
    expect((await client.post('/admin/sign-in', { _csrf: token, username: user.username, password: TEST_PASSWORD })).status).toBe(403);
  });

  it('an oversized body is refused with 413 and a readable page', async () => {
    const client = new Client(server.baseUrl);
    const response = await client.post('/admin/sign-in', { username: 'x', password: 'y'.repeat(20 * 1024) });
    expect(response.status).toBe(413);
    expect(visibleText(response.text)).toContain('提交的内容过大');
  });

  it('logs carry no passwords, session tokens, cookies or form bodies', async () => {
    const user = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    const client = new Client(server.baseUrl);
    await client.signIn(user.username, TEST_PASSWORD);
    await new Client(server.baseUrl).signIn(user.username, 'another-wrong-9');
    await client.get('/admin');
    const logs = server.logs.join('\n');
    expect(logs).toContain('"path":"/admin/sign-in"');
    expect(logs).not.toContain(TEST_PASSWORD);
    expect(logs).not.toContain('another-wrong-9');
    expect(logs).not.toContain(client.cookies.get('gk_session')!);
    expect(logs).not.toContain(user.username);
    expect(logs).not.toMatch(/remoteAddress|remotePort|"cookie"/);
  });
});

describeEachDialect('web: sign-in rate limit', (t) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, movableClock(), { signInRateLimit: 3 });
  });
  afterAll(async () => server?.close());

  it('answers 429 with a readable page past the limit', async () => {
    const client = new Client(server.baseUrl);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.signIn(`nobody${i}`, 'whatever-1')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await client.signIn('nobody', 'whatever-1');
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect(visibleText(limited.text)).toContain('操作过于频繁');
  });
});

describe('web: support', () => {
  it('visibleText strips tags', () => {
    expect(visibleText('<p>a <b>b</b></p>')).toBe('a b');
  });
});
