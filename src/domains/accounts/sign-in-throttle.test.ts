import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, TEST_CLOCK, TEST_PASSWORD, uniqueSuffix } from '../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../test/support/databases.ts';
import { fixedClock } from '../shared/clock.ts';
import { DomainError } from '../shared/errors.ts';
import { SYSTEM, signIn, SignInThrottled, unlockUser } from './index.ts';
import { afterFailure, delayAfterFailures, FAILURE_MEMORY_MS, LOCK_AFTER_FAILURES, remainingBlockMs, THROTTLE_POLICIES } from './sign-in-throttle.ts';

const at = (ms: number) => fixedClock(new Date(TEST_CLOCK.now().getTime() + ms));
const start = TEST_CLOCK.now();

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('sign-in throttle rules', () => {
  it('lets the first failures pass, then doubles the delay from one second up to the cap', () => {
    const account = THROTTLE_POLICIES.account;
    const delays = [1, 2, 3, 4, 5, 6, 7, 20, 200].map((n) => delayAfterFailures(account, n));
    expect(delays).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000, account.maxDelayMs, account.maxDelayMs]);
    expect(delayAfterFailures(THROTTLE_POLICIES.address, 10)).toBe(0);
    expect(delayAfterFailures(THROTTLE_POLICIES.address, 11)).toBe(1_000);
  });

  it('forgets failures after a day, and blocks exactly until the delay ends', () => {
    const policy = THROTTLE_POLICIES.account;
    let state = afterFailure(policy, undefined, start);
    for (let i = 0; i < 4; i++) state = afterFailure(policy, state, start);
    expect(state.failures).toBe(5);
    expect(remainingBlockMs(state, start)).toBe(2_000);
    expect(remainingBlockMs(state, new Date(start.getTime() + 2_000))).toBe(0);
    expect(afterFailure(policy, state, new Date(start.getTime() + FAILURE_MEMORY_MS)).failures).toBe(1);
    expect(afterFailure(policy, state, new Date(start.getTime() + FAILURE_MEMORY_MS - 1)).failures).toBe(6);
  });
});

describeEachDialect('signIn throttling and the lock', (t) => {
  /** Fails `n` times on `username` from `ip`, waiting out each delay (so every try is counted). */
  async function failTimes(username: string, n: number, ip: string, from = 0): Promise<number> {
    let now = from;
    for (let i = 0; i < n; i++) {
      const error = await errorOf(signIn(t.db, { username, password: `wrong-${i}-pw`, ip }, at(now)));
      expect(error.code).toBe('accounts.invalid_credentials');
      now += 16 * 60_000;
    }
    return now;
  }

  it('answers a real and an unknown account alike: 401, then the same 429 with the same wait', async () => {
    const user = await buildUser(t.db, [{ organisation: await buildOrganisation(t.db), role: 'publisher' }]);
    const unknown = `nobody-${uniqueSuffix()}`;
    const answers: Record<string, string[]> = {};
    for (const name of [user.username, unknown]) {
      answers[name] = [];
      for (let i = 0; i < 6; i++) {
        const error = await errorOf(signIn(t.db, { username: name, password: `wrong-${i}-pw`, ip: `198.51.100.${name === unknown ? 1 : 2}` }, at(0)));
        answers[name]!.push(`${error.status} ${error.userMessage}`);
      }
    }
    expect(answers[user.username]).toEqual(answers[unknown]);
    expect(answers[unknown]).toEqual([...Array(4).fill('401 用户名或密码不正确'), '429 登录尝试过于频繁，请1秒后再试', '429 登录尝试过于频繁，请1秒后再试']);
    const throttled = await errorOf(signIn(t.db, { username: unknown, password: 'x', ip: '198.51.100.1' }, at(0)));
    expect(throttled).toBeInstanceOf(SignInThrottled);
    expect((throttled as SignInThrottled).retryAfterSeconds).toBe(1);
    // Past the wait, the right password works; a wrong one doubles the wait.
    await errorOf(signIn(t.db, { username: unknown, password: 'wrong-again-1', ip: '198.51.100.1' }, at(1_000)));
    expect((await errorOf(signIn(t.db, { username: unknown, password: 'x', ip: '198.51.100.1' }, at(1_000)))).userMessage).toBe('登录尝试过于频繁，请2秒后再试');
    expect((await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ip: '198.51.100.2' }, at(1_000))).actor.userId).toBe(user.id);
  });

  it('holds back an address that tries many names, whatever the name', async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    for (let i = 0; i < THROTTLE_POLICIES.address.freeFailures; i++) {
      expect((await errorOf(signIn(t.db, { username: `spray-${uniqueSuffix()}`, password: 'Password1', ip }, at(0)))).status).toBe(401);
    }
    expect((await errorOf(signIn(t.db, { username: `spray-${uniqueSuffix()}`, password: 'Password1', ip }, at(0)))).status).toBe(401);
    expect((await errorOf(signIn(t.db, { username: `spray-${uniqueSuffix()}`, password: 'Password1', ip }, at(0)))).status).toBe(429);
    const user = await buildUser(t.db, [{ organisation: await buildOrganisation(t.db), role: 'publisher' }]);
    expect((await errorOf(signIn(t.db, { username: user.username, password: TEST_PASSWORD, ip }, at(0)))).status).toBe(429);
    expect((await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ip: '192.0.2.99' }, at(0))).actor.userId).toBe(user.id);
  });

  it('does not hold back the owner at a known place while someone elsewhere guesses', async () => {
    const user = await buildUser(t.db, [{ organisation: await buildOrganisation(t.db), role: 'publisher' }]);
    await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ip: '192.0.2.10' }, at(0));
    for (let i = 0; i < 5; i++) await signIn(t.db, { username: user.username, password: `guess-${i}-pw`, ip: '198.51.100.66' }, at(0)).catch(() => undefined);
    expect((await errorOf(signIn(t.db, { username: user.username, password: TEST_PASSWORD, ip: '198.51.100.67' }, at(0)))).status).toBe(429);
    expect((await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ip: '192.0.2.10' }, at(0))).actor.userId).toBe(user.id);
  });

  it(`locks a real account after ${LOCK_AFTER_FAILURES} failures: the right password then works only from a known place or after an administrator unlocks`, async () => {
    const user = await buildUser(t.db, [{ organisation: await buildOrganisation(t.db), role: 'publisher' }]);
    await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ip: '192.0.2.20' }, at(0));
    const after = await failTimes(user.username, LOCK_AFTER_FAILURES, '198.51.100.20', 1_000);
    const row = await t.db.selectFrom('users').select('locked_at').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.locked_at).not.toBeNull();
    expect(await t.db.selectFrom('events').select('name').where('subject_id', '=', user.id).where('name', '=', 'user.locked').execute()).toHaveLength(1);
    // A wrong password still answers 401 (as for anyone); the right one from elsewhere: 423.
    const elsewhere = await errorOf(signIn(t.db, { username: user.username, password: TEST_PASSWORD, ip: '198.51.100.21' }, at(after + 16 * 60_000)));
    expect(elsewhere).toMatchObject({ code: 'accounts.locked', status: 423 });
    // The known place clears it.
    await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ip: '192.0.2.20' }, at(after + 16 * 60_000));
    expect((await t.db.selectFrom('users').select('locked_at').where('id', '=', user.id).executeTakeFirstOrThrow()).locked_at).toBeNull();

    // Locked again; this time an administrator unlocks it, and the right password works anywhere.
    const again = await failTimes(user.username, LOCK_AFTER_FAILURES, '198.51.100.22', after + 32 * 60_000);
    expect((await errorOf(signIn(t.db, { username: user.username, password: TEST_PASSWORD, ip: '198.51.100.23' }, at(again)))).status).toBe(423);
    expect(await unlockUser(t.db, { actor: SYSTEM, clock: at(again) }, { userId: user.id })).toBe(true);
    expect(await unlockUser(t.db, { actor: SYSTEM, clock: at(again) }, { userId: user.id })).toBe(false);
    expect((await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ip: '198.51.100.23' }, at(again))).actor.userId).toBe(user.id);
    const reasons = await t.db.selectFrom('events').select('data').where('subject_id', '=', user.id).where('name', '=', 'user.unlocked').execute();
    expect(reasons.map((r) => JSON.parse(r.data).by).sort()).toEqual(['administrator', 'known_place']);
  });
});
