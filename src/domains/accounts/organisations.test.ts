import { describe, expect, it } from 'vitest';
import { buildCounty, buildOrganisation, buildUser, TEST_CLOCK } from '../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../test/support/databases.ts';
import { DomainError } from '../shared/errors.ts';
import { createOrganisation, createUser, SYSTEM, updateOrganisation, updateUser } from './index.ts';
import { hasInvisibleCharacters, normaliseName } from './names.ts';
import { kindAllowedUnder, kindProblem } from './organisation-kinds.ts';

async function errorOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('organisation kinds under a parent', () => {
  it.each([
    [null, 'county_government', true],
    [null, 'department', false],
    ['county_government', 'township', true],
    ['county_government', 'county_government', false],
    ['township', 'provincial_government', false],
    ['township', 'county_government', false],
    ['township', 'department', true],
    ['township', 'other', true],
    ['subdistrict', 'township', false],
    ['department', 'township', false],
    ['other', 'department', false],
    ['provincial_government', 'county_government', true],
  ] as const)('under %s: %s → %s', (parent, kind, allowed) => {
    expect(kindAllowedUnder(parent, kind)).toBe(allowed);
  });

  it('says why in Chinese', () => {
    expect(kindProblem('township', 'county_government')).toBe('乡镇人民政府下不能设立县级人民政府，只能设立：政府工作部门、其他机关单位');
  });
});

describe('names people read', () => {
  it('normalises (NFKC, trimmed) and finds control, zero-width and bidi characters', () => {
    expect(normaliseName('  伊川县ＡＢＣ１２３  ')).toBe('伊川县ABC123');
    for (const bad of ['水寨\u200B镇', '\u202E府政民人', '水寨\u2066镇\u2069', 'a\u0007b', '水寨\uFEFF镇', '水寨\u200D镇', 'a\u2028b']) {
      expect(hasInvisibleCharacters(normaliseName(bad)), JSON.stringify(bad)).toBe(true);
    }
    expect(hasInvisibleCharacters('伊川县人民政府（办公室）')).toBe(false);
  });
});

describeEachDialect('organisation rules', (t) => {
  const system = { actor: SYSTEM, clock: TEST_CLOCK };

  it('refuses a government under a township, and a second 伊川县人民政府 under one parent, with the reason', async () => {
    const { county, township } = await buildCounty(t.db);
    const misplaced = await errorOf(createOrganisation(t.db, system, { code: `x-${Date.now()}`, name: '伊川县人民政府', kind: 'county_government', parentId: township.id }));
    expect(misplaced.status).toBe(422);
    expect(misplaced.fields).toEqual([{ field: 'kind', message: '乡镇人民政府下不能设立县级人民政府，只能设立：政府工作部门、其他机关单位' }]);
    const village = await createOrganisation(t.db, system, { code: `v-${Date.now()}`, name: '  北村村民委员会 ', kind: 'other', parentId: township.id });
    expect(village.name).toBe('北村村民委员会');
    const twin = await errorOf(createOrganisation(t.db, system, { code: `v2-${Date.now()}`, name: '北村村民委员会', kind: 'other', parentId: township.id }));
    expect(twin.fields).toEqual([{ field: 'name', message: '同一上级机关下已有同名机构' }]);
    // The same name under another parent is fine.
    expect((await createOrganisation(t.db, system, { code: `v3-${Date.now()}`, name: '北村村民委员会', kind: 'other', parentId: county.id })).parentId).toBe(county.id);
  });

  it('refuses invisible and direction-changing characters in organisation and display names', async () => {
    const { county, department } = await buildCounty(t.db);
    for (const name of ['教育\u200B局', '\u202E局育教', '教\u0000育局']) {
      const error = await errorOf(createOrganisation(t.db, system, { code: `z-${Date.now()}`, name, kind: 'department', parentId: county.id }));
      expect(error.fields).toEqual([{ field: 'name', message: '机构名称不能包含控制字符、零宽字符或文字方向控制字符' }]);
    }
    const error = await errorOf(createUser(t.db, system, { username: `n${Date.now()}`, displayName: '张\u200D三', password: 'Good-pass-2026' }));
    expect(error.fields).toEqual([{ field: 'displayName', message: '姓名不能包含控制字符、零宽字符或文字方向控制字符' }]);
    const user = await buildUser(t.db, [{ organisation: department, role: 'publisher' }]);
    expect((await errorOf(updateUser(t.db, system, { userId: user.id, version: user.version, displayName: '\u2067李四' }))).status).toBe(422);
    expect(await updateUser(t.db, system, { userId: user.id, version: user.version, displayName: ' 李四 ' })).toBe(user.version + 1);
  });

  it('an update keeps the tree sound: kind under the parent, children under the new kind, no twin among siblings', async () => {
    const { county, township, department } = await buildCounty(t.db);
    await buildOrganisation(t.db, { parent: township, kind: 'department', name: '党政综合办公室' });
    const misfit = await errorOf(updateOrganisation(t.db, system, { organisationId: township.id, version: township.version, name: township.name, kind: 'other' }));
    expect(misfit.fields).toEqual([{ field: 'kind', message: '下级机构与新的机构类型不符：其他机关单位下不能设立政府工作部门，只能设立：其他机关单位' }]);
    expect((await errorOf(updateOrganisation(t.db, system, { organisationId: department.id, version: department.version, name: township.name, kind: 'department' }))).fields).toEqual([
      { field: 'name', message: '同一上级机关下已有同名机构' },
    ]);
    expect((await errorOf(updateOrganisation(t.db, system, { organisationId: department.id, version: department.version, name: department.name, kind: 'provincial_government' }))).fields[0]!.message).toContain('县级人民政府下不能设立省级人民政府');
    expect((await updateOrganisation(t.db, system, { organisationId: county.id, version: county.version, name: county.name, kind: 'county_government' })).version).toBe(county.version + 1);
  });
});
