import { describe, expect, it } from 'vitest';
import { buildActor, buildCounty, buildUser, TEST_CLOCK } from '../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../test/support/databases.ts';
import { DomainError } from '../shared/errors.ts';
import { allowedUserChanges, assignRole, disableUser, getUserForActor, listOrganisations, resetPassword, revokeRole } from './index.ts';
import type { Actor } from './index.ts';
import { mayChangeUser, mayManageUser, maySeeUser, ownAccountRefusal } from './policy.ts';
import { escapeLike } from './scope.ts';

const base: Actor = { userId: 'me', username: 'me', displayName: 'me', roles: [], organisationPaths: {}, mustChangePassword: false };
const at = (roles: Actor['roles'], paths: Record<string, string>): Actor => ({ ...base, roles, organisationPaths: paths });

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('policy: "may manage this user" in one place', () => {
  const countyAdmin = at([{ organisationId: 'c', role: 'sysadmin' }], { c: '/c/' });
  const townAdmin = at([{ organisationId: 't', role: 'sysadmin' }], { t: '/c/t/' });
  const supervisor = at([{ organisationId: 'c', role: 'supervisor' }], { c: '/c/' });

  it('an administrator manages users whose every role lies in their reach', () => {
    expect(mayManageUser(countyAdmin, { id: 'u', rolePaths: ['/c/t/', '/c/d/'] })).toBe(true);
    expect(mayManageUser(townAdmin, { id: 'u', rolePaths: ['/c/t/'] })).toBe(true);
    // One role outside (a county department) is enough to refuse.
    expect(mayManageUser(townAdmin, { id: 'u', rolePaths: ['/c/t/', '/c/d/'] })).toBe(false);
    expect(mayManageUser(townAdmin, { id: 'u', rolePaths: ['/c/d/'] })).toBe(false);
    expect(mayManageUser(supervisor, { id: 'u', rolePaths: ['/c/t/'] })).toBe(false);
    expect(mayManageUser('system', { id: 'u', rolePaths: [] })).toBe(true);
  });

  it('a user without roles: only the installation administrator (a sysadmin at a root) sees and manages them', () => {
    expect(mayManageUser(countyAdmin, { id: 'u', rolePaths: [] })).toBe(true);
    expect(maySeeUser(countyAdmin, { id: 'u', rolePaths: [] })).toBe(true);
    expect(mayManageUser(townAdmin, { id: 'u', rolePaths: [] })).toBe(false);
    expect(maySeeUser(townAdmin, { id: 'u', rolePaths: [] })).toBe(false);
  });

  it('sees oneself and users with a role in view; supervisors see below, others only their own organisation', () => {
    expect(maySeeUser(townAdmin, { id: 'me', rolePaths: ['/x/'] })).toBe(true);
    expect(maySeeUser(supervisor, { id: 'u', rolePaths: ['/c/t/'] })).toBe(true);
    const publisher = at([{ organisationId: 't', role: 'publisher' }], { t: '/c/t/' });
    expect(maySeeUser(publisher, { id: 'u', rolePaths: ['/c/t/'] })).toBe(true);
    expect(maySeeUser(publisher, { id: 'u', rolePaths: ['/c/t/v/'] })).toBe(false);
  });

  it('refuses what nobody does to their own account, with the reason', () => {
    expect(ownAccountRefusal(countyAdmin, 'me', 'disable')).toBe('不能停用自己的账户');
    expect(ownAccountRefusal(countyAdmin, 'me', 'revoke_role', 'sysadmin')).toBe('不能撤销自己的系统管理员角色');
    expect(ownAccountRefusal(countyAdmin, 'me', 'revoke_role', 'publisher')).toBeUndefined();
    expect(ownAccountRefusal(countyAdmin, 'me', 'reset_password')).toBe('请通过“修改密码”修改自己的密码');
    expect(ownAccountRefusal(countyAdmin, 'me', 'update')).toBeUndefined();
    expect(ownAccountRefusal(countyAdmin, 'other', 'disable')).toBeUndefined();
    expect(ownAccountRefusal('system', 'me', 'disable')).toBeUndefined();
    expect(mayChangeUser(countyAdmin, { id: 'me', rolePaths: ['/c/'] }, 'disable')).toBe(false);
    expect(mayChangeUser(countyAdmin, { id: 'me', rolePaths: ['/c/'] }, 'update')).toBe(true);
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('/a_b/%\\')).toBe('/a\\_b/\\%\\\\');
  });
});

describeEachDialect('policy: every accounts command authorizes its subject', (t) => {
  it('a township administrator cannot assign or revoke a role of a county department user, even at the township (403, nothing written)', async () => {
    const { township, department } = await buildCounty(t.db);
    const deptUser = await buildUser(t.db, [{ organisation: department, role: 'publisher' }]);
    const townAdmin = await buildActor(t.db, [{ organisation: township, role: 'sysadmin' }]);
    const ctx = { actor: townAdmin, clock: TEST_CLOCK };
    expect(await errorOf(assignRole(t.db, ctx, { userId: deptUser.id, organisationId: township.id, role: 'reviewer' }))).toMatchObject({ status: 404 });
    const roles = await t.db.selectFrom('role_assignments').select('role').where('user_id', '=', deptUser.id).execute();
    expect(roles.map((r) => r.role)).toEqual(['publisher']);
    // A user the township admin can see (a role at the township) but not manage (another in the department): 403.
    const shared = await buildUser(t.db, [
      { organisation: township, role: 'reviewer' },
      { organisation: department, role: 'publisher' },
    ]);
    expect(await errorOf(assignRole(t.db, ctx, { userId: shared.id, organisationId: township.id, role: 'caseHandler' }))).toMatchObject({ status: 403 });
    expect(await errorOf(revokeRole(t.db, ctx, { userId: shared.id, organisationId: township.id, role: 'reviewer' }))).toMatchObject({ status: 403 });
    expect(await errorOf(disableUser(t.db, ctx, { userId: shared.id, version: shared.version }))).toMatchObject({ status: 403 });
    expect(await errorOf(resetPassword(t.db, ctx, { userId: shared.id }))).toMatchObject({ status: 403 });
    expect(await errorOf(getUserForActor(t.db, townAdmin, shared.id, 'user.manage'))).toMatchObject({ status: 403 });
  });

  it('revokeRole validates its role like assignRole (422 in Chinese)', async () => {
    const { county } = await buildCounty(t.db);
    const user = await buildUser(t.db, [{ organisation: county, role: 'publisher' }]);
    const error = await errorOf(revokeRole(t.db, { actor: 'system', clock: TEST_CLOCK }, { userId: user.id, organisationId: county.id, role: 'pope' as never }));
    expect(error).toMatchObject({ status: 422, code: 'accounts.invalid_input' });
    expect(error.fields[0]!.message).toContain('系统管理员');
  });

  it('an administrator is offered exactly what the server allows on their own account', async () => {
    const { county } = await buildCounty(t.db);
    const admin = await buildActor(t.db, [
      { organisation: county, role: 'sysadmin' },
      { organisation: county, role: 'publisher' },
    ]);
    const self = await getUserForActor(t.db, admin, admin.userId);
    const allowed = await allowedUserChanges(t.db, admin, self);
    expect(allowed).toMatchObject({ update: true, assignRole: true, disable: false, resetPassword: false, unlock: false });
    expect([...allowed.revocableRoles]).toEqual(['publisher']);
    const ctx = { actor: admin, clock: TEST_CLOCK };
    expect((await errorOf(disableUser(t.db, ctx, { userId: admin.userId, version: self.version }))).status).toBe(422);
    expect((await errorOf(resetPassword(t.db, ctx, { userId: admin.userId }))).status).toBe(422);
    expect((await errorOf(revokeRole(t.db, ctx, { userId: admin.userId, organisationId: county.id, role: 'sysadmin' }))).status).toBe(422);
    expect(await revokeRole(t.db, ctx, { userId: admin.userId, organisationId: county.id, role: 'publisher' })).toBe(true);
  });

  it('the subtree LIKE escapes `_`: a supervisor at /a_b/ does not see below /aXb/', async () => {
    const stamp = Date.now().toString(36);
    const ids = { ab: `p_${stamp}`, aXb: `pX${stamp}` };
    const now = TEST_CLOCK.now().toISOString();
    const row = (id: string, path: string, parent: string | null) => ({ id, code: id.toLowerCase().replace('_', '-') + path.length, name: `机构${id}`, parent_id: parent, kind: parent ? 'department' : 'county_government', path, created_at: now, version: 1 });
    await t.db
      .insertInto('organisations')
      .values([row(ids.ab, `/${ids.ab}/`, null), row(ids.aXb, `/${ids.aXb}/`, null), row(`${ids.aXb}c`, `/${ids.aXb}/${ids.aXb}c/`, ids.aXb)])
      .execute();
    const supervisor: Actor = { ...base, roles: [{ organisationId: ids.ab, role: 'supervisor' }], organisationPaths: { [ids.ab]: `/${ids.ab}/` } };
    expect((await listOrganisations(t.db, supervisor)).map((o) => o.id)).toEqual([ids.ab]);
  });
});
