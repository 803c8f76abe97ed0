import { describe, expect, it } from 'vitest';
import { TEST_CLOCK } from '../../../test/support/accounts-factories.ts';
import { createTestDatabase, describeEachDialect } from '../../../test/support/databases.ts';
import { DEMO_USERS, findOrganisationByCode, listOrganisationAncestors, listOrganisationChildren, listOrganisations, listPublicOrganisations, listUsers, ROLES, ROLE_LABELS, seedDemo, seedOrganisations, signIn } from './index.ts';
import { passwordProblems } from './passwords.ts';

describe('roles', () => {
  it('have the Chinese labels of the issue', () => {
    expect(ROLES.map((r) => ROLE_LABELS[r])).toEqual(['系统管理员', '信息发布员', '审核员', '保密审查员', '依申请承办人', '分管领导', '上级监督员']);
    expect(new Set(DEMO_USERS.flatMap((u) => u.roles))).toEqual(new Set(ROLES));
  });
});

// The demo needs an empty database: each test opens its own.
describeEachDialect('seedDemo', (t) => {
  it('seeds the county, its township and departments, one user per role; then does nothing', async () => {
    const fresh = await createTestDatabase(t.dialect);
    try {
      const demo = await seedDemo(fresh.db, TEST_CLOCK);
      expect(demo.seeded).toBe(true);
      expect(demo.organisations.map((o) => o.name)).toEqual(['伊川县人民政府', '水寨镇人民政府', '伊川县教育局', '伊川县财政局']);
      expect(demo.accounts.slice(0, ROLES.length).map((a) => a.roleLabel)).toEqual(ROLES.map((r) => ROLE_LABELS[r]));
      expect(demo.accounts.slice(ROLES.length).map((a) => [a.username, a.organisationCode, a.roleLabel])).toEqual([
        ['shuizhai', 'yichuan-shuizhai', '信息发布员、依申请承办人'],
        ['shuizhai-leader', 'yichuan-shuizhai', '审核员、保密审查员、分管领导'],
      ]);
      for (const account of demo.accounts) expect(passwordProblems(account.password, account.username)).toEqual([]);
      expect(new Set(demo.accounts.map((a) => a.password)).size).toBe(demo.accounts.length);

      const admin = await signIn(fresh.db, { username: 'admin', password: demo.accounts[0]!.password }, TEST_CLOCK);
      expect(admin.actor.mustChangePassword).toBe(false);
      expect((await listOrganisations(fresh.db, admin.actor)).map((o) => o.code)).toEqual(['yichuan', 'yichuan-shuizhai', 'yichuan-caizheng', 'yichuan-jiaoyu']);
      expect(await listUsers(fresh.db, admin.actor)).toHaveLength(DEMO_USERS.length);

      const county = await findOrganisationByCode(fresh.db, 'YICHUAN');
      expect((await listOrganisationChildren(fresh.db, county!)).map((o) => o.code)).toEqual(['yichuan-shuizhai', 'yichuan-caizheng', 'yichuan-jiaoyu']);
      const township = await findOrganisationByCode(fresh.db, 'yichuan-shuizhai');
      expect((await listOrganisationAncestors(fresh.db, township!)).map((o) => o.code)).toEqual(['yichuan']);
      expect(await findOrganisationByCode(fresh.db, 'nowhere')).toBeUndefined();
      expect(await listPublicOrganisations(fresh.db)).toHaveLength(4);

      const again = await seedDemo(fresh.db, TEST_CLOCK);
      expect(again).toEqual({ seeded: false, organisations: [], accounts: [] });
      const count = await fresh.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(DEMO_USERS.length);
    } finally {
      await fresh.dispose();
    }
  });

  it('bulk-seeds organisations for the benchmark', async () => {
    const fresh = await createTestDatabase(t.dialect);
    try {
      const demo = await seedDemo(fresh.db, TEST_CLOCK);
      expect(await seedOrganisations(fresh.db, 250, TEST_CLOCK)).toBe(250);
      // The bulk organisations leave the accounts as they were: the demo password still signs in, and
      // a wrong password that satisfies the password rules is refused as wrong (not as malformed).
      const admin = await signIn(fresh.db, { username: 'admin', password: demo.accounts[0]!.password }, TEST_CLOCK);
      expect(admin.actor.username).toBe('admin');
      await expect(signIn(fresh.db, { username: 'admin', password: `${demo.accounts[0]!.password}-wrong` }, TEST_CLOCK))
        .rejects.toMatchObject({ code: 'accounts.invalid_credentials' });
      const count = await fresh.db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(254);
      await seedOrganisations(fresh.db, 10, TEST_CLOCK);
      const codes = await fresh.db.selectFrom('organisations').select('code').where('code', '=', 'bench-260').execute();
      expect(codes).toHaveLength(1);
    } finally {
      await fresh.dispose();
    }
  });
});
