import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOrganisation, SYSTEM } from '../../src/domains/accounts/index.ts';
import type { Organisation, UserSummary } from '../../src/domains/accounts/index.ts';
import { describeEachDialect } from '../support/databases.ts';
import { buildCounty, buildUser, TEST_CLOCK, TEST_PASSWORD, uniqueSuffix } from '../support/accounts-factories.ts';
import { publish } from '../support/portal-factories.ts';
import { buildPublishingWorld } from '../support/publishing-factories.ts';
import type { RunningServer } from './support/server.ts';
import { Client, csrfTokenIn, movableClock, startServer, visibleText } from './support/server.ts';

/** Sends raw bytes (what fetch refuses to send) and returns the raw answer. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let data = '';
    socket.on('data', (chunk) => (data += String(chunk)));
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy());
  });
}

/**
 * The security headers every kind of answer carries, pinned exactly as the app sends them: a
 * change to how they are set (issue 7: computed once at startup instead of per request) must not
 * drop or alter one. Framework errors (a malformed URL) are answered before any hook and carry the
 * baseline set of http/security-headers.ts.
 */
const CSP = "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';form-action 'self';frame-ancestors 'none';base-uri 'self';object-src 'none'";
const PERMISSIONS =
  'accelerometer=(), autoplay=(), camera=(), display-capture=(), fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=()';
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'permissions-policy': PERMISSIONS,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};
/** Behind TLS (secure cookies): HSTS, and CSP upgrades insecure requests. */
const SECURE_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'content-security-policy': `${CSP};upgrade-insecure-requests`,
  'strict-transport-security': 'max-age=15552000',
};
const FRAMEWORK_ERROR_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
  'permissions-policy': PERMISSIONS,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};
/** Headers whose values change from answer to answer (or with the connection): not pinned. */
const VOLATILE = new Set(['date', 'etag', 'last-modified', 'content-length', 'connection', 'keep-alive', 'x-ratelimit-remaining', 'x-ratelimit-reset']);

function pinned(headers: Headers): Record<string, string> {
  const kept: [string, string][] = [];
  headers.forEach((value, name) => {
    if (!VOLATILE.has(name)) kept.push([name, value]);
  });
  return Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b)));
}

describeEachDialect('web: hardening (issue 11: organisations, passwords, errors, console, portal tree, headers)', (t) => {
  let server: RunningServer;
  let county: Organisation, township: Organisation;
  let admin: UserSummary;

  async function as(user: UserSummary, password = TEST_PASSWORD): Promise<Client> {
    const client = new Client(server.baseUrl);
    expect((await client.signIn(user.username, password)).status).toBe(303);
    return client;
  }

  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, movableClock());
    ({ county, township } = await buildCounty(t.db));
    admin = await buildUser(t.db, [{ organisation: county, role: 'sysadmin' }]);
  });
  afterAll(async () => server?.close());

  it('organisations: a government under a township, an invisible name and a twin name are refused with Chinese reasons (422)', async () => {
    const client = await as(admin);
    const code = () => `t-${uniqueSuffix()}`;
    const misplaced = await client.submit('/admin/organisations/new', '/admin/organisations', { parentId: township.id, name: '伊川县人民政府', code: code(), kind: 'county_government' });
    expect(misplaced.status).toBe(422);
    expect(visibleText(misplaced.text)).toContain('乡镇人民政府下不能设立县级人民政府，只能设立：政府工作部门、其他机关单位');
    const invisible = await client.submit('/admin/organisations/new', '/admin/organisations', { parentId: county.id, name: '测试县\u200B统计局', code: code(), kind: 'department' });
    expect(invisible.status).toBe(422);
    expect(visibleText(invisible.text)).toContain('机构名称不能包含控制字符、零宽字符或文字方向控制字符');
    const twin = await client.submit('/admin/organisations/new', '/admin/organisations', { parentId: county.id, name: township.name, code: code(), kind: 'township' });
    expect(twin.status).toBe(422);
    expect(visibleText(twin.text)).toContain('同一上级机关下已有同名机构');
    const village = await client.submit('/admin/organisations/new', '/admin/organisations', { parentId: township.id, name: ' 北村村民委员会 ', code: code(), kind: 'other' });
    expect(village.status).toBe(303);
    expect(visibleText((await client.get('/admin/organisations/new')).text)).toContain('乡镇、街道下只能设工作部门');
  });

  it('passwords: spaces do not count, blank and common passwords are refused, and the form shows the rule', async () => {
    const user = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    const client = await as(user);
    const form = await client.get('/admin/password');
    expect(visibleText(form.text)).toContain('首尾空格不计');
    expect(visibleText(form.text)).toContain('不能是常见密码');
    const cases: [string, string][] = [
      ['a1      ', '密码至少需要8个字符（首尾空格不计）'],
      ['          ', '密码不能为空白'],
      ['password1', '这是最常见的密码之一'],
      [`${user.username}9`, '密码不能包含用户名'],
    ];
    for (const [newPassword, message] of cases) {
      const response = await client.submit('/admin/password', '/admin/password', { currentPassword: TEST_PASSWORD, newPassword, confirmPassword: newPassword });
      expect(response.status, newPassword).toBe(422);
      expect(visibleText(response.text), newPassword).toContain(message);
    }
  });

  it('errors from Fastify itself go through the one handler: Chinese page or problem+json, never echoing the input', async () => {
    const client = new Client(server.baseUrl);
    const marker = 'ECHO-MARKER';
    const long = await client.get(`/o/${marker}${'x'.repeat(400)}`);
    expect(long.status).toBe(414);
    expect(long.headers.get('content-type')).toMatch(/text\/html/);
    expect(visibleText(long.text)).toContain('网址过长');
    expect(long.text).not.toContain(marker);
    const longApi = await client.get(`/api/v1/organisations/${marker}${'x'.repeat(400)}`);
    expect(longApi.status).toBe(414);
    expect(longApi.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(longApi.text)).toMatchObject({ status: 414, code: 'uri_too_long', title: '网址过长' });
    expect(longApi.text).not.toContain(marker);
    const bad = await client.get(`/o/${marker}%zz`);
    expect(bad.status).toBe(400);
    expect(visibleText(bad.text)).toContain('网址有误');
    expect(bad.text).not.toContain(marker);
    const badApi = await client.get(`/api/v1/organisations/${marker}%zz`);
    expect(JSON.parse(badApi.text)).toMatchObject({ status: 400, code: 'bad_url' });
    expect(badApi.text).not.toContain(marker);
    const notFound = await client.get(`/${marker}<script>`);
    expect(notFound.status).toBe(404);
    expect(notFound.text).not.toContain(marker);
    // The HTTP parser's own refusals (no request exists yet): still a Chinese page, nothing echoed.
    const port = Number(new URL(server.baseUrl).port);
    const huge = await rawRequest(port, `GET /${marker}${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(huge).toContain('text/html; charset=utf-8');
    expect(huge).toContain('请求过大');
    expect(huge).not.toContain(marker);
    const garbage = await rawRequest(port, `${marker}\r\n\r\n`);
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(garbage).toContain('请求有误');
    expect(garbage).not.toContain(marker);
    const favicon = await client.get('/favicon.ico');
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('content-type')).toMatch(/icon/);
  });

  it('the console tells the truth about one’s own account: no refused actions offered; the name can be edited', async () => {
    const client = await as(admin);
    const own = await client.get(`/admin/users/${admin.id}`);
    const text = visibleText(own.text);
    expect(text).not.toContain('停用用户');
    expect(text).not.toContain('重置密码');
    expect(own.text).not.toContain(`/admin/users/${admin.id}/roles/revoke`);
    expect(text).toContain('保存姓名');
    const renamed = await client.post(`/admin/users/${admin.id}`, { _csrf: csrfTokenIn(own.text), version: String(admin.version), displayName: ' 王 管理 ' });
    expect(renamed.status).toBe(303);
    expect(renamed.location).toBe(`/admin/users/${admin.id}?done=user-updated`);
    const after = visibleText((await client.get(renamed.location!)).text);
    expect(after).toContain('姓名已保存');
    expect(after).toContain('王 管理');
    const colleague = await buildUser(t.db, [{ organisation: township, role: 'reviewer' }]);
    const other = visibleText((await client.get(`/admin/users/${colleague.id}`)).text);
    expect(other).toContain('停用用户');
    expect(other).toContain('重置密码');
    const bad = await client.submit(`/admin/users/${colleague.id}`, `/admin/users/${colleague.id}`, { version: String(colleague.version), displayName: '\u202E三张' });
    expect(bad.status).toBe(422);
    expect(visibleText(bad.text)).toContain('姓名不能包含控制字符、零宽字符或文字方向控制字符');
  });

  it('the must-change-password page shows no menu', async () => {
    const username = `m${uniqueSuffix()}`;
    const creator = await as(admin);
    await creator.submit('/admin/users/new', '/admin/users', { username, displayName: '新人', organisationId: county.id, role: 'publisher', password: 'Initial-pass-2026' });
    const newcomer = new Client(server.baseUrl);
    expect((await newcomer.signIn(username, 'Initial-pass-2026')).location).toBe('/admin/password?done=must-change');
    const page = await newcomer.get('/admin/password?done=must-change');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('class="console-nav"');
    expect(visibleText(page.text)).toContain('退出登录');
  });

  it('the portal home shows each body under its parent, with the right labels', async () => {
    const { county: c, township: town } = await buildCounty(t.db);
    const system = { actor: SYSTEM, clock: TEST_CLOCK };
    await createOrganisation(t.db, system, { code: `v-${uniqueSuffix()}`, name: '东村村民委员会', kind: 'other', parentId: town.id });
    await createOrganisation(t.db, system, { code: `o-${uniqueSuffix()}`, name: '水寨镇党政综合办公室', kind: 'department', parentId: town.id });
    const home = await new Client(server.baseUrl).get('/');
    expect(home.status).toBe(200);
    // The county's block, and within it the township's own block, which holds the village and the office.
    const countyBlock = home.text.slice(home.text.indexOf(`/o/${c.code}"`));
    const townBlock = countyBlock.slice(countyBlock.indexOf(`/o/${town.code}"`));
    const townEnd = townBlock.indexOf('</li>', townBlock.lastIndexOf('东村村民委员会'));
    const inTown = visibleText(townBlock.slice(0, townEnd));
    expect(inTown).toContain('内设机构和站所 水寨镇党政综合办公室');
    expect(inTown).toContain('其他机关单位 东村村民委员会');
    expect(visibleText(countyBlock.slice(0, countyBlock.indexOf(`/o/${town.code}"`)))).toContain('乡镇人民政府');
    expect(visibleText(home.text)).not.toMatch(/政府部门 东村村民委员会/);
  });

  it('headers: Permissions-Policy, X-Frame-Options DENY like frame-ancestors none; printing shows full link addresses', async () => {
    const client = new Client(server.baseUrl);
    for (const path of ['/', '/admin/sign-in', '/no-such-page', '/api/v1/organisations']) {
      const response = await client.get(path);
      expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
      expect(response.headers.get('permissions-policy'), path).toContain('geolocation=()');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
    const home = await client.get('/');
    expect(home.text).toContain('<link rel="stylesheet" href="/print-origin.css" media="print"/>');
    const origin = await client.get('/print-origin.css');
    expect(origin.headers.get('content-type')).toMatch(/text\/css/);
    expect(origin.text).toContain(`--site-origin: "${server.baseUrl}"`);
    const css = await client.get('/assets/site.css');
    expect(css.text).toContain('content: " (" var(--site-origin, "") attr(href) ")"');
    // A forged Host cannot break out of the CSS string.
    const forged = await rawRequest(Number(new URL(server.baseUrl).port), 'GET /print-origin.css HTTP/1.1\r\nHost: x";}body{display:none\r\nConnection: close\r\n\r\n');
    expect(forged).not.toContain('display:none');
  });

  it('headers: every kind of answer carries exactly today’s security headers (page, 304, JSON, asset, 404, errors, redirect), with and without TLS', async () => {
    const world = await buildPublishingWorld(t.db);
    const item = await publish(t.db, world, { title: '安全响应头测试' }, { on: '2026-11-20' });
    const itemPath = `/o/${world.organisation.code}/items/${item.id}`;
    const secure = await startServer(t.db, t.dialect, movableClock(), { secureCookies: true });
    try {
      for (const [base, security] of [[server.baseUrl, SECURITY_HEADERS], [secure.baseUrl, SECURE_HEADERS]] as const) {
        const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, { redirect: 'manual', ...init });
        const form = { 'content-type': 'application/x-www-form-urlencoded' };
        const page = await get(itemPath);
        const answers: [string, Response, number, Record<string, string>][] = [
          ['portal page', page, 200, { ...security, 'cache-control': 'no-cache', 'content-type': 'text/html; charset=utf-8', vary: 'Cookie' }],
          ['304', await get(itemPath, { headers: { 'if-none-match': page.headers.get('etag')! } }), 304, { ...security, 'cache-control': 'no-cache', vary: 'Cookie' }],
          ['JSON API', await get('/api/v1/organisations'), 200, { ...security, 'content-type': 'application/json; charset=utf-8' }],
          ['static asset', await get('/assets/site.css'), 200, { ...security, 'accept-ranges': 'bytes', 'cache-control': 'public, max-age=3600', 'content-type': 'text/css; charset=utf-8' }],
          ['404 page', await get('/no-such-page'), 404, { ...security, 'content-type': 'text/html; charset=utf-8' }],
          ['404 problem', await get('/api/v1/no-such-thing'), 404, { ...security, 'content-type': 'application/problem+json; charset=utf-8' }],
          ['error (CSRF refusal)', await get('/admin/sign-in', { method: 'POST', headers: form, body: 'username=a' }), 403, { ...security, 'content-type': 'text/html; charset=utf-8', 'x-ratelimit-limit': '1000' }],
          ['error (body too large)', await get('/admin/sign-in', { method: 'POST', headers: form, body: `username=${'a'.repeat(20_000)}` }), 413, { ...security, 'content-type': 'text/html; charset=utf-8', 'x-ratelimit-limit': '1000' }],
          ['framework error', await get('/o/x%zz'), 400, { ...FRAMEWORK_ERROR_HEADERS, 'content-type': 'text/html; charset=utf-8' }],
          ['redirect', await get('/admin'), 303, { ...security, 'cache-control': 'no-store', location: '/admin/sign-in?next=%2Fadmin' }],
        ];
        for (const [kind, response, status, expected] of answers) {
          await response.arrayBuffer();
          expect(response.status, kind).toBe(status);
          expect(pinned(response.headers), `${kind} (${base === secure.baseUrl ? 'TLS' : 'plain'})`).toEqual(pinned(new Headers(expected)));
        }
      }
    } finally {
      await secure.close();
    }
  });
});
