import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Organisation, UserSummary } from '../../src/domains/accounts/index.ts';
import { describeEachDialect } from '../support/databases.ts';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../support/accounts-factories.ts';
import type { Response, RunningServer } from './support/server.ts';
import { Client, csrfTokenIn, movableClock, startServer, visibleText } from './support/server.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A refusal by the CSRF check (not by anything else): 403 and the csrf_invalid problem. */
function expectCsrfRefusal(response: Response, what: string): void {
  expect(response.status, what).toBe(403);
  const said = response.headers.get('content-type')?.includes('json') ? JSON.parse(response.text).code : visibleText(response.text);
  expect(said, what).toMatch(/csrf_invalid|表单已失效/);
}

describeEachDialect('web: CSRF tokens are bound to the session', (t) => {
  const routes: { method: string; url: string }[] = [];
  let server: RunningServer;
  let root: Organisation;
  let admin: UserSummary, other: UserSummary;

  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, movableClock(), {
      onRoute: (route: RouteOptions) => {
        for (const method of [route.method].flat()) routes.push({ method, url: route.url });
      },
    });
    root = await buildOrganisation(t.db, { kind: 'county_government' });
    admin = await buildUser(t.db, [{ organisation: root, role: 'sysadmin' }]);
    other = await buildUser(t.db, [{ organisation: root, role: 'publisher' }]);
  });
  afterAll(async () => server?.close());

  /** A browser that kept the token of the anonymous sign-in page, then signed in. */
  async function signedInWithEarlierToken(user: UserSummary) {
    const client = new Client(server.baseUrl);
    const anonymousToken = csrfTokenIn((await client.get('/admin/sign-in')).text);
    const signedIn = await client.post('/admin/sign-in', { _csrf: anonymousToken, username: user.username, password: TEST_PASSWORD });
    expect(signedIn.status).toBe(303);
    return { client, anonymousToken, token: csrfTokenIn((await client.get('/admin')).text) };
  }

  it('an attacker’s cookie and token from the anonymous sign-in page do not work in a signed-in session', async () => {
    const attacker = new Client(server.baseUrl);
    const attackerToken = csrfTokenIn((await attacker.get('/admin/sign-in')).text);
    const attackerCookie = attacker.cookies.get('gk_csrf')!;
    expect(attackerCookie).toBeTruthy();
    const { client: victim } = await signedInWithEarlierToken(admin);
    victim.cookies.set('gk_csrf', attackerCookie); // planted (e.g. from a sibling subdomain)
    const forged = await victim.post('/admin/password', { _csrf: attackerToken, currentPassword: TEST_PASSWORD, newPassword: 'x', confirmPassword: 'x' });
    expectCsrfRefusal(forged, 'planted anonymous cookie + token');
  });

  it('rotates at sign-in and at sign-out; the current session’s token works (header or field)', async () => {
    const { client, anonymousToken, token } = await signedInWithEarlierToken(other);
    expect(token).not.toBe(anonymousToken);
    expectCsrfRefusal(await client.post('/admin/sign-out', { _csrf: anonymousToken }), 'pre-sign-in token');
    const viaHeader = await client.request('POST', '/admin/password', 'currentPassword=&newPassword=&confirmPassword=');
    expectCsrfRefusal(viaHeader, 'no token at all');
    client.headers['x-csrf-token'] = token;
    expect((await client.request('POST', '/admin/password', 'currentPassword=&newPassword=a&confirmPassword=b')).status).toBe(422);
    delete client.headers['x-csrf-token'];
    const preSessionBefore = client.cookies.get('gk_csrf');
    expect((await client.post('/admin/sign-out', { _csrf: token })).status).toBe(303);
    expect(client.cookies.get('gk_csrf')).not.toBe(preSessionBefore);
    // After sign-out neither the session's token nor the one from before sign-in works for the next sign-in.
    for (const stale of [token, anonymousToken]) {
      expectCsrfRefusal(await client.post('/admin/sign-in', { _csrf: stale, username: other.username, password: TEST_PASSWORD }), 'stale token');
    }
    expect((await client.signIn(other.username, TEST_PASSWORD)).status).toBe(303);
  });

  it('every registered non-GET route refuses no token, another session’s token, and a token from before sign-in', async () => {
    const unsafe = routes.filter((route) => !SAFE_METHODS.has(route.method));
    // The console's own forms at least; routes other domains add are picked up the same way.
    for (const known of ['/admin/sign-in', '/admin/sign-out', '/admin/password', '/admin/users', '/admin/users/:id/roles', '/admin/organisations/:id']) {
      expect(unsafe.map((route) => route.url)).toContain(known);
    }
    const { client, anonymousToken } = await signedInWithEarlierToken(admin);
    const { token: othersToken } = await signedInWithEarlierToken(other);
    const before = await t.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    for (const { method, url } of unsafe) {
      const path = url.replace(/:[A-Za-z_]+/g, other.id).replace(/\*$/, 'x');
      for (const [label, token] of [['no token', undefined], ['another session’s token', othersToken], ['pre-sign-in token', anonymousToken]] as const) {
        const body = new URLSearchParams({ ...(token ? { _csrf: token } : {}), organisationId: root.id, role: 'publisher', name: '改名', displayName: '改名', version: '1' });
        expectCsrfRefusal(await client.request(method, path, body.toString()), `${method} ${url} with ${label}`);
      }
    }
    const after = await t.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
