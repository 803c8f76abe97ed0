import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TrustProxy } from '../../src/web/http/trust-proxy.ts';
import { describeEachDialect } from '../support/databases.ts';
import type { RunningServer } from './support/server.ts';
import { Client, movableClock, startServer } from './support/server.ts';

/** Signs in as an unknown user through `client` (with whatever forwarded header it carries); returns the status. */
async function attempt(client: Client, marker: string): Promise<number> {
  return (await client.signIn(marker, 'wrong-password-1')).status;
}

/** The test server is reached over loopback: the socket's peer is 127.0.0.1. */
const cases: { trust: TrustProxy; forwarded: string; client: string; why: string }[] = [
  { trust: false, forwarded: '203.0.113.9', client: '127.0.0.1', why: 'no proxy trusted: the header is ignored' },
  { trust: ['10.0.0.0/8'], forwarded: '203.0.113.9', client: '127.0.0.1', why: 'the peer is not a trusted proxy: ignored' },
  { trust: ['127.0.0.1'], forwarded: '203.0.113.9', client: '203.0.113.9', why: 'the trusted proxy says who its client was' },
  { trust: ['127.0.0.1'], forwarded: '6.6.6.6, 203.0.113.9', client: '203.0.113.9', why: 'a forged left part is not believed' },
  { trust: ['127.0.0.0/8', '10.0.0.0/8'], forwarded: '6.6.6.6, 203.0.113.9, 10.1.2.3', client: '203.0.113.9', why: 'two trusted proxies' },
  { trust: 1, forwarded: '6.6.6.6, 203.0.113.9', client: '203.0.113.9', why: 'one hop: the right-most address' },
  { trust: 2, forwarded: '6.6.6.6, 203.0.113.9, 10.1.2.3', client: '203.0.113.9', why: 'two hops' },
];

for (const [index, testCase] of cases.entries()) {
  describeEachDialect(`web: client address behind proxies (${index}: ${testCase.why})`, (t) => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer(t.db, t.dialect, movableClock(), { trustProxy: testCase.trust, signInRateLimit: 3 });
    });
    afterAll(async () => server?.close());

    it(`TRUST_PROXY=${JSON.stringify(testCase.trust)}, X-Forwarded-For: ${testCase.forwarded} → ${testCase.client}`, async () => {
      const client = new Client(server.baseUrl);
      client.headers['x-forwarded-for'] = testCase.forwarded;
      const marker = `nobody${index}x`;
      expect(await attempt(client, marker)).toBe(401);
      // The unknown name is not stored; the reason and address are.
      const rows = await t.db.selectFrom('events').select(['ip']).where('name', '=', 'user.sign_in_failed').execute();
      expect(rows.at(-1)?.ip).toBe(testCase.client);
    });

    it('the per-address sign-in limit counts the believed address: forging another one each time does not escape it', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const client = new Client(server.baseUrl);
        // A client behind the proxy varies the left part; the proxy's own append stays the same.
        client.headers['x-forwarded-for'] = `198.51.100.${i}, ${testCase.forwarded}`;
        statuses.push(await attempt(client, `limit${index}x${i}`));
      }
      // The previous test used one attempt of the same address.
      expect(statuses).toEqual([401, 401, 429, 429]);
    });
  });
}
