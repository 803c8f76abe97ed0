import { describe, expect, it } from 'vitest';
import { buildActor, buildCounty, buildOrganisation, buildUser, TEST_CLOCK } from '../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../test/support/databases.ts';
import {
  assignRole,
  can,
  createOrganisation,
  disableUser,
  getOrganisationForActor,
  getUserForActor,
  listOrganisations,
  listUsers,
  organisationTree,
  revokeRole,
  updateOrganisation,
  updateUser,
  visibleOrganisationIds,
} from './index.ts';
import type { Actor } from './index.ts';

describe('can() denies by default', () => {
  it('denies a missing actor, an actor without roles, and unknown actions', () => {
    const nobody: Actor = { userId: 'u', username: 'u', displayName: 'u', roles: [], organisationPaths: {}, mustChangePassword: false };
    expect(can(undefined, 'organisation.view', { organisationPath: '/a/' })).toBe(false);
    expect(can(nobody, 'organisation.view', { organisationPath: '/a/' })).toBe(false);
    const admin: Actor = { ...nobody, roles: [{ organisationId: 'a', role: 'sysadmin' }], organisationPaths: { a: '/a/' } };
    expect(can(admin, 'organisation.manage', { organisationPath: '/a/b/' })).toBe(true);
    expect(can(admin, 'organisation.manage', { organisationPath: '/c/' })).toBe(false);
    expect(can(admin, 'organisation.manage', { organisationPath: '/c/d/' })).toBe(false);
    expect(can(admin, 'publication.publish' as never, { organisationPath: '/a/' })).toBe(false);
  });
});

describeEachDialect('authorization and scoping', (t) => {
  it('a township publisher cannot see the county department or its users', async () => {
    const { county, township, department } = await buildCounty(t.db);
    const departmentUser = await buildUser(t.db, [{ organisation: department, role: 'publisher' }]);
    const colleague = await buildUser(t.db, [{ organisation: township, role: 'reviewer' }]);
    const publisher = await buildActor(t.db, [{ organisation: township, role: 'publisher' }]);

    expect(await visibleOrganisationIds(t.db, publisher)).toEqual([township.id]);
    expect((await listOrganisations(t.db, publisher)).map((o) => o.id)).toEqual([township.id]);
    const users = (await listUsers(t.db, publisher)).map((u) => u.id);
    expect(users).toContain(colleague.id);
    expect(users).not.toContain(departmentUser.id);
    await expect(getUserForActor(t.db, publisher, departmentUser.id)).rejects.toMatchObject({ status: 404 });
    await expect(getOrganisationForActor(t.db, publisher, department.id)).rejects.toMatchObject({ status: 404, code: 'accounts.organisation_not_found' });
    await expect(getOrganisationForActor(t.db, publisher, county.id)).rejects.toMatchObject({ status: 404 });
    expect((await listUsers(t.db, publisher, { organisationId: department.id })).map((u) => u.id)).toEqual([]);
  });

  it('a supervisor of the county sees every subordinate organisation and its users, but cannot change them', async () => {
    const { county, township, department } = await buildCounty(t.db);
    const elsewhere = await buildOrganisation(t.db);
    const townshipUser = await buildUser(t.db, [{ organisation: township, role: 'caseHandler' }]);
    const outsider = await buildUser(t.db, [{ organisation: elsewhere, role: 'publisher' }]);
    const supervisor = await buildActor(t.db, [{ organisation: county, role: 'supervisor' }]);

    expect(new Set(await visibleOrganisationIds(t.db, supervisor))).toEqual(new Set([county.id, township.id, department.id]));
    expect((await listOrganisations(t.db, supervisor)).map((o) => o.code)).toEqual([county.code, township.code, department.code]);
    const tree = await organisationTree(t.db, supervisor);
    expect(tree).toHaveLength(1);
    expect(tree[0]!.children.map((c) => c.organisation.id)).toEqual([township.id, department.id]);
    const users = (await listUsers(t.db, supervisor)).map((u) => u.id);
    expect(users).toContain(townshipUser.id);
    expect(users).not.toContain(outsider.id);
    // Seen but not allowed: 403, not 404.
    await expect(getOrganisationForActor(t.db, supervisor, township.id, 'organisation.manage')).rejects.toMatchObject({ status: 403, code: 'accounts.forbidden' });
    await expect(getUserForActor(t.db, supervisor, townshipUser.id, 'user.manage')).rejects.toMatchObject({ status: 403 });
    await expect(
      disableUser(t.db, { actor: supervisor, clock: TEST_CLOCK }, { userId: townshipUser.id, version: townshipUser.version }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(disableUser(t.db, { actor: supervisor, clock: TEST_CLOCK }, { userId: outsider.id, version: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(getOrganisationForActor(t.db, supervisor, elsewhere.id)).rejects.toMatchObject({ status: 404 });
    await expect(getOrganisationForActor(t.db, supervisor, '../../etc/passwd')).rejects.toMatchObject({ status: 404 });
  });

  it('a county sysadmin manages the subtree; a township sysadmin only the township', async () => {
    const { county, township, department } = await buildCounty(t.db);
    const countyAdmin = await buildActor(t.db, [{ organisation: county, role: 'sysadmin' }]);
    const townshipAdmin = await buildActor(t.db, [{ organisation: township, role: 'sysadmin' }]);
    const ctx = { actor: countyAdmin, clock: TEST_CLOCK };

    const village = await createOrganisation(t.db, ctx, { code: `cun-${township.code}`, name: '测试村民委员会', kind: 'other', parentId: township.id });
    expect(village.path).toBe(`${township.path}${village.id}/`);
    await expect(
      createOrganisation(t.db, { actor: townshipAdmin, clock: TEST_CLOCK }, { code: `x-${department.code}`, name: '越权机构', kind: 'other', parentId: department.id }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(createOrganisation(t.db, ctx, { code: `root-${county.code}`, name: '新根机构', kind: 'county_government' })).rejects.toMatchObject({ status: 403 });

    const user = await buildUser(t.db, [{ organisation: department, role: 'publisher' }]);
    expect(await assignRole(t.db, ctx, { userId: user.id, organisationId: department.id, role: 'reviewer' })).toBe(true);
    expect(await assignRole(t.db, ctx, { userId: user.id, organisationId: department.id, role: 'reviewer' })).toBe(false);
    expect(await revokeRole(t.db, ctx, { userId: user.id, organisationId: department.id, role: 'publisher' })).toBe(true);
    await expect(
      assignRole(t.db, { actor: townshipAdmin, clock: TEST_CLOCK }, { userId: user.id, organisationId: department.id, role: 'leader' }),
    ).rejects.toMatchObject({ status: 404 });
    const names = await t.db.selectFrom('events').select('name').where('subject_id', '=', user.id).orderBy('occurred_at').execute();
    expect(names.map((e) => e.name).sort()).toEqual(['role.assigned', 'role.assigned', 'role.revoked', 'user.created'].sort());
    expect((await getUserForActor(t.db, countyAdmin, user.id, 'user.manage')).roles).toEqual([{ organisationId: department.id, role: 'reviewer' }]);

    // Left without any role: only the installation's sysadmin (a root's) still sees the user.
    expect(await revokeRole(t.db, ctx, { userId: user.id, organisationId: department.id, role: 'reviewer' })).toBe(true);
    expect((await listUsers(t.db, countyAdmin)).map((u) => u.id)).toContain(user.id);
    expect((await listUsers(t.db, townshipAdmin)).map((u) => u.id)).not.toContain(user.id);
    await expect(getUserForActor(t.db, townshipAdmin, user.id)).rejects.toMatchObject({ status: 404 });
  });

  it('edits carry a version: the second of two concurrent edits is refused', async () => {
    const { county, township } = await buildCounty(t.db);
    const admin = await buildActor(t.db, [{ organisation: county, role: 'sysadmin' }]);
    const ctx = { actor: admin, clock: TEST_CLOCK };
    const first = await updateOrganisation(t.db, ctx, { organisationId: township.id, version: township.version, name: '水寨镇人民政府（改）', kind: 'township' });
    expect(first.version).toBe(2);
    await expect(
      updateOrganisation(t.db, ctx, { organisationId: township.id, version: township.version, name: '另一个名称', kind: 'township' }),
    ).rejects.toMatchObject({ code: 'conflict', userMessage: '该记录已被他人修改，请刷新后重试' });
    const user = await buildUser(t.db, [{ organisation: township, role: 'publisher' }]);
    expect(await updateUser(t.db, ctx, { userId: user.id, version: 1, displayName: '新名字' })).toBe(2);
    await expect(updateUser(t.db, ctx, { userId: user.id, version: 1, displayName: '旧版本' })).rejects.toMatchObject({ status: 409 });
    const events = await t.db.selectFrom('events').select('name').where('subject_id', '=', township.id).where('name', '=', 'organisation.updated').execute();
    expect(events).toHaveLength(1);
  });
});
