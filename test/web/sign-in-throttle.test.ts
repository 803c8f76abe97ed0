import { afterAll, beforeAll, expect, it } from 'vitest';
import { LOCK_AFTER_FAILURES, THROTTLE_POLICIES } from '../../src/domains/accounts/index.ts';
import type { Organisation } from '../../src/domains/accounts/index.ts';
import { describeEachDialect } from '../support/databases.ts';
import { buildCounty, buildUser, TEST_PASSWORD, uniqueSuffix } from '../support/accounts-factories.ts';
import type { RunningServer } from './support/server.ts';
import { Client, csrfTokenIn, movableClock, startServer, visibleText } from './support/server.ts';

/** A page as the person reads it, with what differs by request (token, the name typed) taken out. */
function comparable(html: string, username: string): string {
  return html.replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf" value=""').replaceAll(username, '<name>');
}

let addressCounter = 0;
/** A client behind the trusted local proxy, at an address of its own (per-address throttles stay apart). */
function clientAt(baseUrl: string, address = `198.51.100.${++addressCounter}`): Client {
  const client = new Client(baseUrl);
  client.headers['x-forwarded-for'] = address;
  return client;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describeEachDialect('web: sign-in answers alike for real and unknown accounts, throttles, and locks', (t) => {
  const clock = movableClock();
  let server: RunningServer;
  let county: Organisation;

  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, clock, { trustProxy: ['127.0.0.1'] });
    ({ county } = await buildCounty(t.db));
  });
  afterAll(async () => server?.close());

  it('a wrong password for a real account and any password for an unknown one: same status, same page', async () => {
    const user = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    const unknown = `nobody${uniqueSuffix()}`;
    const real = await clientAt(server.baseUrl).signIn(user.username, 'wrong-password-1');
    const none = await clientAt(server.baseUrl).signIn(unknown, 'wrong-password-1');
    expect(real.status).toBe(401);
    expect(none.status).toBe(401);
    expect(comparable(real.text, user.username)).toBe(comparable(none.text, unknown));
    expect(visibleText(real.text)).toContain('用户名或密码不正确');
  });

  it('takes the same order of time for a real and an unknown account', async () => {
    const users = await Promise.all([0, 1, 2, 3, 4].map(() => buildUser(t.db, [{ organisation: county, role: 'publisher' }])));
    const timed = async (username: string) => {
      const client = clientAt(server.baseUrl);
      const page = await client.get('/admin/sign-in');
      const started = performance.now();
      const response = await client.post('/admin/sign-in', { _csrf: csrfTokenIn(page.text), username, password: 'wrong-password-1' });
      expect(response.status).toBe(401);
      return performance.now() - started;
    };
    await timed(`warmup${uniqueSuffix()}`);
    const real: number[] = [];
    const unknown: number[] = [];
    for (const user of users) {
      real.push(await timed(user.username));
      unknown.push(await timed(`nobody${uniqueSuffix()}`));
    }
    const ratio = median(unknown) / median(real);
    // Both run scrypt (~tens of ms); without the dummy hash an unknown name would answer in ~1 ms.
    expect(ratio).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
  });

  it('throttles a name after a few failures with a growing wait, the same for real and unknown names (429, same page, Retry-After)', async () => {
    const user = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    const unknown = `nobody${uniqueSuffix()}`;
    const pages: Record<string, { statuses: number[]; last: string; retryAfter: string | null }> = {};
    for (const name of [user.username, unknown]) {
      const statuses: number[] = [];
      let last = '';
      let retryAfter: string | null = null;
      for (let i = 0; i <= THROTTLE_POLICIES.account.freeFailures + 1; i++) {
        const response = await clientAt(server.baseUrl).signIn(name, `wrong-password-${i}`);
        statuses.push(response.status);
        last = comparable(response.text, name);
        retryAfter = response.headers.get('retry-after');
      }
      pages[name] = { statuses, last, retryAfter };
    }
    expect(pages[user.username]).toEqual(pages[unknown]);
    expect(pages[unknown]!.statuses).toEqual([401, 401, 401, 401, 429]);
    expect(pages[unknown]!.retryAfter).toBe('1');
    expect(visibleText(pages[unknown]!.last)).toContain('登录尝试过于频繁，请1秒后再试');
    // Even the right password waits; after the wait it works.
    expect((await clientAt(server.baseUrl).signIn(user.username, TEST_PASSWORD)).status).toBe(429);
    clock.advance(1_000);
    expect((await clientAt(server.baseUrl).signIn(user.username, TEST_PASSWORD)).status).toBe(303);
  });

  it('holds back one address trying many names; other addresses are not affected', async () => {
    const address = '203.0.113.77';
    const statuses: number[] = [];
    for (let i = 0; i <= THROTTLE_POLICIES.address.freeFailures + 1; i++) {
      statuses.push((await clientAt(server.baseUrl, address).signIn(`spray${uniqueSuffix()}`, 'Password123')).status);
    }
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const user = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    expect((await clientAt(server.baseUrl, address).signIn(user.username, TEST_PASSWORD)).status).toBe(429);
    expect((await clientAt(server.baseUrl).signIn(user.username, TEST_PASSWORD)).status).toBe(303);
  });

  it('nobody can lock the owner out: after many failures the owner still signs in from a known place; elsewhere the right password meets the lock (423) until an administrator unlocks; all is in the sign-in log', async () => {
    const user = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    const admin = await buildUser(t.db, [{ organisation: county, role: 'sysadmin' }]);
    const home = '192.0.2.44';
    expect((await clientAt(server.baseUrl, home).signIn(user.username, TEST_PASSWORD)).status).toBe(303);
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) {
      clock.advance(16 * 60_000);
      expect((await clientAt(server.baseUrl).signIn(user.username, `attacker-guess-${i}`)).status).toBe(401);
    }
    // The owner at home is neither delayed nor locked out; anyone else waits.
    expect((await clientAt(server.baseUrl).signIn(user.username, `attacker-guess-x`)).status).toBe(429);
    expect((await clientAt(server.baseUrl, home).signIn(user.username, TEST_PASSWORD)).status).toBe(303);

    // Locked again, and the right password from a new place meets the lock.
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) {
      await clientAt(server.baseUrl).signIn(user.username, `attacker-guess-${i}`);
      clock.advance(16 * 60_000);
    }
    const away = await clientAt(server.baseUrl).signIn(user.username, TEST_PASSWORD);
    expect(away.status).toBe(423);
    expect(visibleText(away.text)).toContain('该账户因多次登录失败已被锁定');

    // The administrator sees it all and unlocks.
    const adminClient = clientAt(server.baseUrl, '192.0.2.45');
    expect((await adminClient.signIn(admin.username, TEST_PASSWORD)).status).toBe(303);
    const log = visibleText((await adminClient.get('/admin/sign-in-events')).text);
    expect(log).toContain('账户被锁定');
    expect(log).toContain('密码错误');
    expect(log).toContain('账户已锁定（非常用地点）');
    expect(log).toContain('192.0.2.44');
    const userPage = await adminClient.get(`/admin/users/${user.id}`);
    expect(visibleText(userPage.text)).toContain('已锁定');
    const unlocked = await adminClient.post(`/admin/users/${user.id}/unlock`, { _csrf: csrfTokenIn(userPage.text) });
    expect(unlocked.status).toBe(303);
    expect((await clientAt(server.baseUrl).signIn(user.username, TEST_PASSWORD)).status).toBe(303);
  });

  it('the sign-in log is for administrators only', async () => {
    const publisher = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    const client = clientAt(server.baseUrl);
    await client.signIn(publisher.username, TEST_PASSWORD);
    const page = await client.get('/admin/sign-in-events');
    expect(page.status).toBe(403);
    expect(visibleText((await client.get('/admin')).text)).not.toContain('登录记录');
  });
});
