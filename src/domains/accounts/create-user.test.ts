import { expect, it } from 'vitest';
import { buildActor, buildCounty, buildOrganisation, TEST_CLOCK, TEST_PASSWORD, uniqueSuffix } from '../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../test/support/databases.ts';
import { DomainError } from '../shared/errors.ts';
import { createUser } from './index.ts';

const system = { actor: 'system' as const, clock: TEST_CLOCK };

async function fieldsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  const domainError = error as DomainError;
  expect(domainError.status).toBe(422);
  return Object.fromEntries(domainError.fields.map((f) => [f.field, f.message]));
}

describeEachDialect('createUser', (t) => {
  it('creates a user with roles, an event per state change, no password in clear', async () => {
    const org = await buildOrganisation(t.db);
    const username = `pub${uniqueSuffix()}`;
    const user = await createUser(t.db, { ...system, ip: '10.0.0.1' }, {
      username: ` ${username.toUpperCase()} `,
      displayName: '李四',
      password: TEST_PASSWORD,
      roles: [{ organisationId: org.id, role: 'publisher' }],
    });
    expect(user).toMatchObject({ username, displayName: '李四', disabled: false, version: 1, roles: [{ organisationId: org.id, role: 'publisher' }] });
    const row = await t.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
    const events = await t.db.selectFrom('events').selectAll().where('subject_id', '=', user.id).orderBy('name').execute();
    expect(events.map((e) => e.name)).toEqual(['role.assigned', 'user.created']);
    expect(events.every((e) => e.ip === '10.0.0.1' && e.actor_user_id === null && e.occurred_at === TEST_CLOCK.now().toISOString())).toBe(true);
    expect(JSON.parse(events[1]!.data)).toEqual({ username, displayName: '李四' });
  });

  it('validates every field with a Chinese message beside it', async () => {
    const fields = await fieldsOf(createUser(t.db, system, { username: '1x', displayName: '', password: 'short' }));
    expect(fields).toEqual({
      username: '用户名须为3至32位小写字母、数字或 _ . -，并以字母开头',
      displayName: '请填写姓名',
      password: '密码至少需要8个字符（首尾空格不计）',
    });
    expect(await fieldsOf(createUser(t.db, system, { username: 'okname', displayName: '甲', password: 'onlyletters' }))).toEqual({
      password: '密码须同时包含字母和数字',
    });
    expect(
      await fieldsOf(createUser(t.db, system, { username: 'okname', displayName: '甲', password: 'a1b2c3d4', roles: [{ organisationId: 'x', role: 'king' as never }] })),
    ).toEqual({ 'roles.0.role': '请选择角色' });
  });

  it('refuses a taken username, and the failed command leaves no rows at all', async () => {
    const org = await buildOrganisation(t.db);
    const username = `dup${uniqueSuffix()}`;
    await createUser(t.db, system, { username, displayName: '甲', password: TEST_PASSWORD, roles: [{ organisationId: org.id, role: 'reviewer' }] });
    const count = async () => {
      const users = await t.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const events = await t.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const roles = await t.db.selectFrom('role_assignments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return [Number(users.n), Number(events.n), Number(roles.n)];
    };
    const before = await count();
    expect(await fieldsOf(createUser(t.db, system, { username, displayName: '乙', password: TEST_PASSWORD }))).toEqual({ username: '该用户名已被使用' });
    expect(await count()).toEqual(before);
  });

  it('rolls back the user and its events when a later step fails (an unknown organisation)', async () => {
    const org = await buildOrganisation(t.db);
    const username = `half${uniqueSuffix()}`;
    await expect(
      createUser(t.db, system, {
        username,
        displayName: '半',
        password: TEST_PASSWORD,
        roles: [
          { organisationId: org.id, role: 'publisher' },
          { organisationId: 'no-such-organisation', role: 'reviewer' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'accounts.organisation_not_found' });
    expect(await t.db.selectFrom('users').select('id').where('username', '=', username).execute()).toEqual([]);
    expect(await t.db.selectFrom('events').select('id').where('organisation_id', '=', org.id).where('name', '!=', 'organisation.created').execute()).toEqual([]);
    expect(await t.db.selectFrom('role_assignments').select('user_id').where('organisation_id', '=', org.id).execute()).toEqual([]);
  });

  it('writes the event in the caller transaction: an outer rollback removes both', async () => {
    const username = `outer${uniqueSuffix()}`;
    await expect(
      t.db.transaction().execute(async (trx) => {
        await createUser(trx, system, { username, displayName: '外', password: TEST_PASSWORD });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await t.db.selectFrom('users').select('id').where('username', '=', username).execute()).toEqual([]);
    const events = await t.db.selectFrom('events').select('data').where('name', '=', 'user.created').execute();
    expect(events.some((e) => e.data.includes(username))).toBe(false);
  });

  it('lets a sysadmin create users only in organisations they administer, and requires a role', async () => {
    const { county, township, department } = await buildCounty(t.db);
    const townshipAdmin = await buildActor(t.db, [{ organisation: township, role: 'sysadmin' }]);
    const ctx = { actor: townshipAdmin, clock: TEST_CLOCK };
    const ok = await createUser(t.db, ctx, { username: `t${uniqueSuffix()}`, displayName: '镇', password: TEST_PASSWORD, roles: [{ organisationId: township.id, role: 'publisher' }] });
    expect(ok.roles).toEqual([{ organisationId: township.id, role: 'publisher' }]);
    await expect(
      createUser(t.db, ctx, { username: `t${uniqueSuffix()}`, displayName: '越', password: TEST_PASSWORD, roles: [{ organisationId: department.id, role: 'publisher' }] }),
    ).rejects.toMatchObject({ code: 'accounts.organisation_not_found', status: 404 });
    const publisher = await buildActor(t.db, [{ organisation: county, role: 'publisher' }]);
    await expect(
      createUser(t.db, { actor: publisher, clock: TEST_CLOCK }, { username: `t${uniqueSuffix()}`, displayName: '无权', password: TEST_PASSWORD, roles: [{ organisationId: county.id, role: 'publisher' }] }),
    ).rejects.toMatchObject({ code: 'accounts.forbidden', status: 403 });
    expect(await fieldsOf(createUser(t.db, ctx, { username: `t${uniqueSuffix()}`, displayName: '无角色', password: TEST_PASSWORD }))).toEqual({ roles: '请至少分配一个角色' });
  });
});
