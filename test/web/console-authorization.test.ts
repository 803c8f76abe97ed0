import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Organisation, UserSummary } from '../../src/domains/accounts/index.ts';
import { describeEachDialect } from '../support/databases.ts';
import { buildCounty, buildUser, TEST_PASSWORD, uniqueSuffix } from '../support/accounts-factories.ts';
import type { RunningServer } from './support/server.ts';
import { Client, csrfTokenIn, movableClock, startServer, visibleText } from './support/server.ts';

/** Every console route, with a sample path. Ids are filled in per test. */
const CONSOLE_ROUTES = [
  ['GET', '/admin'],
  ['GET', '/admin/password'],
  ['POST', '/admin/password'],
  ['GET', '/admin/users'],
  ['GET', '/admin/users/new'],
  ['POST', '/admin/users'],
  ['GET', '/admin/users/:id'],
  ['POST', '/admin/users/:id/roles'],
  ['POST', '/admin/users/:id/roles/revoke'],
  ['POST', '/admin/users/:id/disable'],
  ['POST', '/admin/users/:id/enable'],
  ['POST', '/admin/users/:id/reset-password'],
  ['GET', '/admin/organisations'],
  ['GET', '/admin/organisations/new'],
  ['POST', '/admin/organisations'],
  ['GET', '/admin/organisations/:id'],
  ['POST', '/admin/organisations/:id'],
] as const;

describeEachDialect('web: console authorization', (t) => {
  let server: RunningServer;
  let county: Organisation, township: Organisation, department: Organisation;
  let countyAdmin: UserSummary, townAdmin: UserSummary, supervisor: UserSummary, countyPublisher: UserSummary;
  let deptUser: UserSummary, townUser: UserSummary;

  async function as(user: UserSummary): Promise<Client> {
    const client = new Client(server.baseUrl);
    const response = await client.signIn(user.username, TEST_PASSWORD);
    expect(response.status).toBe(303);
    return client;
  }

  /** POSTs with a valid CSRF token taken from a page the client may see. */
  async function post(client: Client, path: string, form: Record<string, string> = {}) {
    const token = csrfTokenIn((await client.get('/admin')).text);
    return client.post(path, { _csrf: token, ...form });
  }

  async function countUsers(username: string): Promise<number> {
    const row = await t.db.selectFrom('users').select(sql<number>`count(*)`.as('n')).where('username', '=', username).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, movableClock());
    ({ county, township, department } = await buildCounty(t.db));
    countyAdmin = await buildUser(t.db, [{ organisation: county, role: 'sysadmin' }]);
    townAdmin = await buildUser(t.db, [{ organisation: township, role: 'sysadmin' }]);
    supervisor = await buildUser(t.db, [{ organisation: county, role: 'supervisor' }]);
    countyPublisher = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    deptUser = await buildUser(t.db, [{ organisation: department, role: 'publisher' }]);
    townUser = await buildUser(t.db, [{ organisation: township, role: 'publisher' }]);
  });
  afterAll(async () => server?.close());

  it('the list of console routes is complete, and every one sends an anonymous visitor to sign in', async () => {
    const id = deptUser.id;
    for (const [method, route] of CONSOLE_ROUTES) expect(server.app.hasRoute({ method, url: route }), `${method} ${route}`).toBe(true);
    const anonymous = new Client(server.baseUrl);
    const token = csrfTokenIn((await anonymous.get('/admin/sign-in')).text);
    for (const [method, route] of CONSOLE_ROUTES) {
      const path = route.replace(':id', id);
      const response = method === 'GET' ? await anonymous.get(path) : await anonymous.post(path, { _csrf: token });
      expect(response.status, `${method} ${path}`).toBe(303);
      expect(response.location, `${method} ${path}`).toMatch(/^\/admin\/sign-in\?/);
    }
  });

  it('a township administrator sees only the township: lists are scoped', async () => {
    const client = await as(townAdmin);
    const users = visibleText((await client.get('/admin/users')).text);
    expect(users).toContain(townUser.username);
    expect(users).not.toContain(deptUser.username);
    expect(users).not.toContain(countyAdmin.username);
    const organisations = visibleText((await client.get('/admin/organisations')).text);
    expect(organisations).toContain(township.name);
    expect(organisations).not.toContain(department.name);
    expect(organisations).not.toContain(county.name);
  });

  it('a township administrator gets 404 for every route about a county department, its users included', async () => {
    const client = await as(townAdmin);
    const reads = [
      `/admin/users/${deptUser.id}`,
      `/admin/users/${countyAdmin.id}`,
      `/admin/organisations/${department.id}`,
      `/admin/organisations/${county.id}`,
      `/admin/users?organisation=${department.id}`,
    ];
    for (const path of reads) {
      const response = await client.get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/text\/html/);
    }
    const writes: [string, Record<string, string>][] = [
      [`/admin/users/${deptUser.id}/roles`, { organisationId: township.id, role: 'reviewer' }],
      [`/admin/users/${deptUser.id}/roles/revoke`, { organisationId: department.id, role: 'publisher' }],
      [`/admin/users/${deptUser.id}/disable`, { version: String(deptUser.version) }],
      [`/admin/users/${deptUser.id}/enable`, { version: String(deptUser.version) }],
      [`/admin/users/${deptUser.id}/reset-password`, {}],
      [`/admin/organisations/${department.id}`, { version: '1', name: '改名的教育局', kind: 'department' }],
      [`/admin/users/${townUser.id}/roles`, { organisationId: department.id, role: 'reviewer' }],
    ];
    for (const [path, form] of writes) expect((await post(client, path, form)).status, path).toBe(404);

    const username = `x${uniqueSuffix()}`;
    const created = await post(client, '/admin/users', { username, displayName: '越权', organisationId: department.id, role: 'publisher', password: 'Good-pass-123' });
    expect(created.status).toBe(404);
    expect(await countUsers(username)).toBe(0);
    const organisation = await post(client, '/admin/organisations', { parentId: department.id, name: '越权机构', code: `x-${uniqueSuffix()}`, kind: 'department' });
    expect(organisation.status).toBe(404);
    // The department user was not changed by any of this.
    expect((await as(deptUser)).cookies.has('gk_session')).toBe(true);
  });

  it('a supervisor sees subordinate organisations (not its own) but not the staff pages, and may change nothing: 403', async () => {
    const client = await as(supervisor);
    // Least privilege: the staff pages are for administrators only, as the menu says.
    expect((await client.get('/admin/users')).status).toBe(403);
    expect((await client.get(`/admin/users/${townUser.id}`)).status).toBe(403);
    expect((await client.get(`/admin/organisations/${township.id}`)).status).toBe(200);
    const list = visibleText((await client.get('/admin/organisations')).text);
    expect(list).toContain(township.name);
    expect(list).toContain(department.name);
    expect(list).not.toContain(county.name);
    const forbidden: [string, Record<string, string>][] = [
      [`/admin/users/${townUser.id}/disable`, { version: String(townUser.version) }],
      [`/admin/users/${townUser.id}/reset-password`, {}],
      [`/admin/users/${townUser.id}/roles`, { organisationId: township.id, role: 'reviewer' }],
      [`/admin/users/${townUser.id}/roles/revoke`, { organisationId: township.id, role: 'publisher' }],
      [`/admin/organisations/${township.id}`, { version: '1', name: '改名的镇政府', kind: 'township' }],
    ];
    for (const [path, form] of forbidden) {
      const response = await post(client, path, form);
      expect(response.status, path).toBe(403);
      expect(visibleText(response.text), path).toContain('没有权限');
    }
    expect((await client.get('/admin/users/new')).status).toBe(403);
    expect((await client.get('/admin/organisations/new')).status).toBe(403);
    const refused = await client.get(`/admin/users/${townUser.id}`);
    // A 403 inside the console keeps the console's frame: menu, who is signed in, sign out.
    expect(refused.text).toContain('class="console-nav"');
    expect(visibleText(refused.text)).toContain('退出登录');
    expect(visibleText(refused.text)).not.toContain('重置密码');
  });

  it('a county publisher reaches no page its menu does not show (403 in the console frame)', async () => {
    const client = await as(countyPublisher);
    const nav = visibleText((await client.get('/admin')).text);
    expect(nav).not.toContain('管理用户');
    for (const path of ['/admin/users', '/admin/users/new', `/admin/users/${townUser.id}`, '/admin/organisations', '/admin/organisations/new', '/admin/sign-in-events']) {
      const response = await client.get(path);
      expect(response.status, path).toBe(403);
      expect(response.text, path).toContain('class="console-nav"');
    }
  });

  it('a malformed id is a 404 page, not a server error', async () => {
    const client = await as(countyAdmin);
    for (const path of ['/admin/users/not%20an%20id!', '/admin/users/%27%3B%20drop', `/admin/organisations/${'x'.repeat(150)}`, '/admin/users/..%2F..%2Fetc']) {
      const response = await client.get(path);
      expect(response.status, path).toBe(404);
    }
    expect((await post(client, '/admin/users/not%20an%20id!/disable', { version: 'abc' })).status).toBe(404);
  });

  it('creating a user with bad input re-renders with 422, messages beside the fields, and writes nothing', async () => {
    const client = await as(countyAdmin);
    const username = `new${uniqueSuffix()}`;
    const response = await client.submit('/admin/users/new', '/admin/users', { username, displayName: '', organisationId: '', role: '', password: 'short' });
    expect(response.status).toBe(422);
    expect(response.text).toContain('<title>错误：新建用户');
    for (const field of ['displayName', 'organisationId', 'role', 'password']) {
      expect(response.text, field).toContain(`href="#field-${field}"`);
      expect(response.text, field).toContain(`id="field-${field}-error"`);
    }
    expect(response.text).toContain(`value="${username}"`);
    expect(response.text).not.toContain('value="short"');
    expect(await countUsers(username)).toBe(0);
  });

  it('creates a user, who must change the initial password at first sign-in', async () => {
    const admin = await as(countyAdmin);
    const username = `new${uniqueSuffix()}`;
    const created = await admin.submit('/admin/users/new', '/admin/users', {
      username,
      displayName: '新同事',
      organisationId: township.id,
      role: 'caseHandler',
      password: 'Initial-pass-2026',
    });
    expect(created.status).toBe(303);
    expect(created.location).toMatch(/^\/admin\/users\/[\w-]+\?done=user-created$/);
    const detail = visibleText((await admin.get(created.location!)).text);
    expect(detail).toContain('用户已创建');
    expect(detail).toContain('依申请承办人');
    expect(detail).toContain(township.name);

    const newcomer = new Client(server.baseUrl);
    const signedIn = await newcomer.signIn(username, 'Initial-pass-2026');
    expect(signedIn.location).toBe('/admin/password?done=must-change');
    expect((await newcomer.get('/admin')).location).toBe('/admin/password?done=must-change');
    const changed = await newcomer.submit('/admin/password', '/admin/password', {
      currentPassword: 'Initial-pass-2026',
      newPassword: 'Chosen-pass-2027',
      confirmPassword: 'Chosen-pass-2027',
    });
    expect(changed.location).toBe('/admin?done=password-changed');
    expect(visibleText((await newcomer.get('/admin')).text)).toContain('依申请承办人');
  });

  it('creates an organisation below one the administrator manages; it appears on the portal', async () => {
    const admin = await as(countyAdmin);
    const bad = await admin.submit('/admin/organisations/new', '/admin/organisations', { parentId: county.id, name: '县', code: 'Bad Code!', kind: '' });
    expect(bad.status).toBe(422);
    for (const field of ['name', 'code', 'kind']) expect(bad.text, field).toContain(`href="#field-${field}"`);
    const code = `dept-${uniqueSuffix()}`;
    const created = await admin.submit('/admin/organisations/new', '/admin/organisations', { parentId: county.id, name: '测试县统计局', code, kind: 'department' });
    expect(created.status).toBe(303);
    const portal = await new Client(server.baseUrl).get(`/o/${code}`);
    expect(portal.status).toBe(200);
    expect(visibleText(portal.text)).toContain('测试县统计局');
  });

  it('a stale version is a conflict (409) and changes nothing', async () => {
    const admin = await as(countyAdmin);
    const user = await buildUser(t.db, [{ organisation: township, role: 'reviewer' }]);
    expect((await post(admin, `/admin/users/${user.id}/disable`, { version: String(user.version) })).status).toBe(303);
    const stale = await post(admin, `/admin/users/${user.id}/enable`, { version: String(user.version) });
    expect(stale.status).toBe(409);
    expect(visibleText(stale.text)).toContain('该记录已被他人修改');
    expect(visibleText((await admin.get(`/admin/users/${user.id}`)).text)).toContain('已停用');
  });

  it('/api/v1/me answers the signed-in person as JSON, and problem+json otherwise', async () => {
    const client = await as(townAdmin);
    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(JSON.parse(me.text)).toMatchObject({ username: townAdmin.username, roles: [{ role: 'sysadmin', roleLabel: '系统管理员', organisationId: township.id }] });
    const anonymous = await new Client(server.baseUrl).get('/api/v1/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(anonymous.text)).toMatchObject({ status: 401, code: 'unauthenticated', title: '请先登录' });
  });
});
