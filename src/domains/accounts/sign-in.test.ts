import { expect, it } from 'vitest';
import { buildOrganisation, buildUser, TEST_CLOCK, TEST_PASSWORD } from '../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../test/support/databases.ts';
import { fixedClock } from '../shared/clock.ts';
import { DomainError } from '../shared/errors.ts';
import { changePassword, disableUser, enableUser, resetPassword, resolveSession, SESSION_ABSOLUTE_TIMEOUT_MS, SESSION_IDLE_TIMEOUT_MS, signIn, signOut } from './index.ts';
import { hashSessionToken } from './tokens.ts';

const at = (ms: number) => fixedClock(new Date(TEST_CLOCK.now().getTime() + ms));
const MINUTE = 60_000;

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describeEachDialect('signIn and sessions', (t) => {
  it('signs in: a random token, only its SHA-256 stored, an actor with roles, an event', async () => {
    const org = await buildOrganisation(t.db);
    const user = await buildUser(t.db, [{ organisation: org, role: 'publisher' }]);
    const { token, actor, expiresAt } = await signIn(t.db, { username: user.username.toUpperCase(), password: TEST_PASSWORD, ip: '192.0.2.7' }, TEST_CLOCK);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(actor).toMatchObject({ userId: user.id, username: user.username, roles: [{ organisationId: org.id, role: 'publisher' }] });
    expect(actor.organisationPaths[org.id]).toBe(org.path);
    expect(expiresAt.getTime() - TEST_CLOCK.now().getTime()).toBe(SESSION_IDLE_TIMEOUT_MS);
    const sessions = await t.db.selectFrom('sessions').selectAll().where('user_id', '=', user.id).execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.id).toBe(hashSessionToken(token));
    expect(sessions[0]!.id).not.toContain(token);
    const events = await t.db.selectFrom('events').select(['name', 'actor_user_id', 'ip']).where('subject_id', '=', user.id).where('name', '=', 'user.signed_in').execute();
    expect(events).toEqual([{ name: 'user.signed_in', actor_user_id: user.id, ip: '192.0.2.7' }]);
    expect(await resolveSession(t.db, token, TEST_CLOCK)).toEqual(actor);
  });

  it('refuses a wrong password and an unknown user with the same message, and records both', async () => {
    const user = await buildUser(t.db, [{ organisation: await buildOrganisation(t.db), role: 'reviewer' }]);
    const wrong = await errorOf(signIn(t.db, { username: user.username, password: 'wrong-password-1' }, TEST_CLOCK));
    const unknown = await errorOf(signIn(t.db, { username: 'nobody-here', password: 'wrong-password-1' }, TEST_CLOCK));
    for (const error of [wrong, unknown]) {
      expect(error).toMatchObject({ code: 'accounts.invalid_credentials', status: 401, userMessage: '用户名或密码不正确' });
    }
    const throttles = await t.db.selectFrom('sign_in_throttles').select(['key', 'failures']).where('key', 'in', [`account:${user.username}`, 'account:nobody-here']).execute();
    expect(Object.fromEntries(throttles.map((r) => [r.key, Number(r.failures)]))).toEqual({ [`account:${user.username}`]: 1, 'account:nobody-here': 1 });
    const failures = await t.db.selectFrom('events').select(['subject_id', 'data']).where('name', '=', 'user.sign_in_failed').execute();
    expect(failures.map((f) => [f.subject_id, JSON.parse(f.data).reason])).toEqual(
      expect.arrayContaining([
        [user.id, 'wrong_password'],
        [null, 'unknown_user'],
      ]),
    );
    const missing = await errorOf(signIn(t.db, { username: '', password: '' }, TEST_CLOCK));
    expect(missing.fields).toEqual([
      { field: 'username', message: '请填写用户名' },
      { field: 'password', message: '请填写密码' },
    ]);
  });

  it('costs an unknown user about the same time as a wrong password', async () => {
    const user = await buildUser(t.db);
    const time = async (username: string) => {
      const start = performance.now();
      await signIn(t.db, { username, password: 'wrong-password-1' }, TEST_CLOCK).catch(() => undefined);
      return performance.now() - start;
    };
    await time('warm-up-user');
    const known = Math.min(await time(user.username), await time(user.username));
    const unknown = Math.min(await time('no-such-user'), await time('no-such-user'));
    // Both run scrypt; without the dummy hash the unknown user would take ~0 ms.
    expect(unknown).toBeGreaterThan(known * 0.3);
  });

  it('slides the idle expiry, caps it at the absolute maximum, and deletes expired sessions', async () => {
    const user = await buildUser(t.db);
    const { token } = await signIn(t.db, { username: user.username, password: TEST_PASSWORD }, TEST_CLOCK);
    expect(await resolveSession(t.db, token, at(SESSION_IDLE_TIMEOUT_MS - MINUTE))).toBeDefined();
    // Used a minute before the idle timeout: extended.
    expect(await resolveSession(t.db, token, at(2 * SESSION_IDLE_TIMEOUT_MS - 2 * MINUTE))).toBeDefined();
    // Idle for longer than the timeout: gone.
    expect(await resolveSession(t.db, token, at(4 * SESSION_IDLE_TIMEOUT_MS))).toBeUndefined();
    expect(await t.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);

    const second = await signIn(t.db, { username: user.username, password: TEST_PASSWORD }, TEST_CLOCK);
    let clock = 0;
    while (clock + SESSION_IDLE_TIMEOUT_MS / 2 < SESSION_ABSOLUTE_TIMEOUT_MS) {
      clock += SESSION_IDLE_TIMEOUT_MS / 2;
      expect(await resolveSession(t.db, second.token, at(clock))).toBeDefined();
    }
    expect(await resolveSession(t.db, second.token, at(SESSION_ABSOLUTE_TIMEOUT_MS))).toBeUndefined();
    expect(await resolveSession(t.db, 'not-a-token', TEST_CLOCK)).toBeUndefined();
    expect(await resolveSession(t.db, undefined, TEST_CLOCK)).toBeUndefined();
  });

  it('touches a session at most once a minute, once for concurrent requests at the minute boundary', async () => {
    const user = await buildUser(t.db, [{ organisation: await buildOrganisation(t.db), role: 'reviewer' }]);
    const { token } = await signIn(t.db, { username: user.username, password: TEST_PASSWORD }, TEST_CLOCK);
    const id = hashSessionToken(token);
    const lastSeen = async () => (await t.db.selectFrom('sessions').select('last_seen_at').where('id', '=', id).executeTakeFirstOrThrow()).last_seen_at;
    await resolveSession(t.db, token, at(MINUTE - 1));
    expect(await lastSeen()).toBe(TEST_CLOCK.now().toISOString());
    // Two requests read the old last_seen_at; the second one's write finds it changed and does nothing.
    await Promise.all([resolveSession(t.db, token, at(MINUTE)), resolveSession(t.db, token, at(MINUTE + 5))]);
    expect(await lastSeen()).toBe(at(MINUTE).now().toISOString());
  });

  it('signs out: the session is gone, an event is written', async () => {
    const user = await buildUser(t.db);
    const { token } = await signIn(t.db, { username: user.username, password: TEST_PASSWORD }, TEST_CLOCK);
    expect(await signOut(t.db, token, TEST_CLOCK, '192.0.2.8')).toBe(true);
    expect(await signOut(t.db, token, TEST_CLOCK)).toBe(false);
    expect(await resolveSession(t.db, token, TEST_CLOCK)).toBeUndefined();
    const events = await t.db.selectFrom('events').select(['actor_user_id', 'ip']).where('subject_id', '=', user.id).where('name', '=', 'user.signed_out').execute();
    expect(events).toEqual([{ actor_user_id: user.id, ip: '192.0.2.8' }]);
  });

  it('changes the password: old one required, strength rule, other sessions end', async () => {
    const user = await buildUser(t.db);
    const first = await signIn(t.db, { username: user.username, password: TEST_PASSWORD }, TEST_CLOCK);
    const other = await signIn(t.db, { username: user.username, password: TEST_PASSWORD }, TEST_CLOCK);
    const ctx = { actor: first.actor, clock: TEST_CLOCK };
    expect(await errorOf(changePassword(t.db, ctx, { currentPassword: 'not-it-123', newPassword: 'new-secret-99' }))).toMatchObject({
      code: 'accounts.wrong_password',
      fields: [{ field: 'currentPassword', message: '当前密码不正确' }],
    });
    expect((await errorOf(changePassword(t.db, ctx, { currentPassword: TEST_PASSWORD, newPassword: 'short1' }))).fields).toEqual([
      { field: 'newPassword', message: '密码至少需要8个字符' },
    ]);
    expect((await errorOf(changePassword(t.db, ctx, { currentPassword: TEST_PASSWORD, newPassword: `${user.username}99` }))).fields).toEqual([
      { field: 'newPassword', message: '密码不能包含用户名' },
    ]);
    await changePassword(t.db, ctx, { currentPassword: TEST_PASSWORD, newPassword: 'new-secret-99', keepSessionToken: first.token });
    expect(await resolveSession(t.db, first.token, TEST_CLOCK)).toBeDefined();
    expect(await resolveSession(t.db, other.token, TEST_CLOCK)).toBeUndefined();
    expect((await errorOf(signIn(t.db, { username: user.username, password: TEST_PASSWORD }, TEST_CLOCK))).code).toBe('accounts.invalid_credentials');
    expect((await signIn(t.db, { username: user.username, password: 'new-secret-99' }, TEST_CLOCK)).actor.userId).toBe(user.id);
    const events = await t.db.selectFrom('events').select('name').where('subject_id', '=', user.id).where('name', '=', 'user.password_changed').execute();
    expect(events).toHaveLength(1);
  });

  it('a disabled user cannot sign in and loses their sessions', async () => {
    const user = await buildUser(t.db);
    const { token } = await signIn(t.db, { username: user.username, password: TEST_PASSWORD }, TEST_CLOCK);
    expect(await disableUser(t.db, { actor: 'system', clock: TEST_CLOCK }, { userId: user.id, version: user.version })).toBe(2);
    expect(await resolveSession(t.db, token, TEST_CLOCK)).toBeUndefined();
    expect(await errorOf(signIn(t.db, { username: user.username, password: TEST_PASSWORD }, TEST_CLOCK))).toMatchObject({
      code: 'accounts.user_disabled',
      userMessage: '该账户已停用，请联系系统管理员',
    });
    // A second admin working from the old version gets a conflict.
    expect(await errorOf(disableUser(t.db, { actor: 'system', clock: TEST_CLOCK }, { userId: user.id, version: user.version }))).toMatchObject({
      code: 'conflict',
      status: 409,
      userMessage: '该记录已被他人修改，请刷新后重试',
    });
  });

  it('an administrator resets a password: throttle lifted, change required, sessions ended; enable after disable', async () => {
    const user = await buildUser(t.db);
    const { token } = await signIn(t.db, { username: user.username, password: TEST_PASSWORD }, TEST_CLOCK);
    for (let i = 0; i < 5; i++) await signIn(t.db, { username: user.username, password: `nope-${i}` }, TEST_CLOCK).catch(() => undefined);
    const system = { actor: 'system' as const, clock: TEST_CLOCK };
    const password = await resetPassword(t.db, system, { userId: user.id });
    expect(await resolveSession(t.db, token, TEST_CLOCK)).toBeUndefined();
    const again = await signIn(t.db, { username: user.username, password }, TEST_CLOCK);
    expect(again.actor.mustChangePassword).toBe(true);
    await changePassword(t.db, { actor: again.actor, clock: TEST_CLOCK }, { currentPassword: password, newPassword: 'chosen-by-me-7' });
    expect((await signIn(t.db, { username: user.username, password: 'chosen-by-me-7' }, TEST_CLOCK)).actor.mustChangePassword).toBe(false);

    const row = await t.db.selectFrom('users').select('version').where('id', '=', user.id).executeTakeFirstOrThrow();
    const disabled = await disableUser(t.db, system, { userId: user.id, version: Number(row.version) });
    expect(await enableUser(t.db, system, { userId: user.id, version: disabled })).toBe(disabled + 1);
    expect((await signIn(t.db, { username: user.username, password: 'chosen-by-me-7' }, TEST_CLOCK)).actor.userId).toBe(user.id);
    const names = (await t.db.selectFrom('events').select('name').where('subject_id', '=', user.id).execute()).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['user.password_reset', 'user.password_changed', 'user.disabled', 'user.enabled']));
  });
});
