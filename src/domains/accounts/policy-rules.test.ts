/**
 * The accounts policy as a pure function: for each role, held at the organisation itself, above it
 * and below it, which roles apply and what they allow. (The scoped lists are in scoping.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { INHERITED_ROLES, can, effectiveRoles, initiatorCan, isInstallationAdmin, mayManageUser, maySeeUser } from './policy.ts';
import { ROLES, type Role } from './roles.ts';
import type { Actor } from './types.ts';

// county → township → village office; a sibling department of the county.
const PATHS = {
  county: '/county/',
  township: '/county/township/',
  village: '/county/township/village/',
  department: '/county/department/',
} as const;
type Place = keyof typeof PATHS;

function actor(...roles: [Role, Place][]): Actor {
  return {
    userId: 'u1', username: 'u1', displayName: '测试', mustChangePassword: false,
    roles: roles.map(([role, at]) => ({ role, organisationId: at })),
    organisationPaths: Object.fromEntries(roles.map(([, at]) => [at, PATHS[at]])),
  };
}
const at = (place: Place) => ({ organisationPath: PATHS[place] });

describe('effectiveRoles: own level, above, below', () => {
  it.each(ROLES)('%s held at the township', (role) => {
    const a = actor([role, 'township']);
    const inherited = INHERITED_ROLES.includes(role);
    expect([...effectiveRoles(a, PATHS.township)]).toEqual([role]);
    // below: only sysadmin and supervisor reach down
    expect([...effectiveRoles(a, PATHS.village)]).toEqual(inherited ? [role] : []);
    // above and beside: never
    expect([...effectiveRoles(a, PATHS.county)]).toEqual([]);
    expect([...effectiveRoles(a, PATHS.department)]).toEqual([]);
  });

  it('the inherited roles are exactly 系统管理员 and 上级监督员', () => {
    expect([...INHERITED_ROLES].sort()).toEqual(['supervisor', 'sysadmin']);
  });

  it('an id that only occurs as a path prefix is not an ancestor', () => {
    const a = actor(['sysadmin', 'township']);
    expect(effectiveRoles(a, '/county/townships/').size).toBe(0);
    expect(effectiveRoles(a, '/county/township-2/x/').size).toBe(0);
  });

  it('combines roles held at the place and above it, once each', () => {
    const a = actor(['supervisor', 'county'], ['publisher', 'township'], ['supervisor', 'township'], ['reviewer', 'department']);
    expect([...effectiveRoles(a, PATHS.township)].sort()).toEqual(['publisher', 'supervisor']);
    expect([...effectiveRoles(a, PATHS.village)]).toEqual(['supervisor']);
    expect([...effectiveRoles(a, PATHS.department)].sort()).toEqual(['reviewer', 'supervisor']);
  });

  it('nobody, or an actor without roles, has none', () => {
    expect(effectiveRoles(null, PATHS.county).size).toBe(0);
    expect(effectiveRoles(undefined, PATHS.county).size).toBe(0);
    expect(effectiveRoles(actor(), PATHS.county).size).toBe(0);
  });
});

describe('can', () => {
  const views = ['organisation.view', 'user.view'] as const;
  const manages = ['organisation.manage', 'user.manage'] as const;

  it.each(ROLES)('%s at the township: views its own level (and below if inherited); manages only as sysadmin', (role) => {
    const a = actor([role, 'township']);
    const inherited = INHERITED_ROLES.includes(role);
    for (const action of views) {
      expect(can(a, action, at('township')), action).toBe(true);
      expect(can(a, action, at('village')), action).toBe(inherited);
      expect(can(a, action, at('county')), action).toBe(false);
      expect(can(a, action, at('department')), action).toBe(false);
    }
    for (const action of manages) {
      expect(can(a, action, at('township')), action).toBe(role === 'sysadmin');
      expect(can(a, action, at('village')), action).toBe(role === 'sysadmin');
      expect(can(a, action, at('county')), action).toBe(false);
    }
  });

  it('a supervisor sees below but manages nothing', () => {
    const a = actor(['supervisor', 'county']);
    expect(can(a, 'user.view', at('village'))).toBe(true);
    expect(can(a, 'user.manage', at('village'))).toBe(false);
    expect(can(a, 'organisation.manage', at('county'))).toBe(false);
  });

  it('denies nobody and unknown actions', () => {
    expect(can(null, 'user.view', at('county'))).toBe(false);
    expect(can(actor(['sysadmin', 'county']), 'user.delete' as never, at('county'))).toBe(false);
  });
});

describe('initiatorCan', () => {
  it('the system may do everything; an actor what can() allows', () => {
    expect(initiatorCan('system', 'user.manage', at('county'))).toBe(true);
    expect(initiatorCan(actor(['publisher', 'county']), 'user.manage', at('county'))).toBe(false);
    expect(initiatorCan(actor(['sysadmin', 'county']), 'user.manage', at('township'))).toBe(true);
  });
});

describe('the system (CLI, seeding) sees and manages every user', () => {
  it('with or without roles anywhere', () => {
    expect(maySeeUser('system', { id: 'u2', rolePaths: [] })).toBe(true);
    expect(maySeeUser('system', { id: 'u2', rolePaths: [PATHS.village] })).toBe(true);
    expect(mayManageUser('system', { id: 'u2', rolePaths: [PATHS.county] })).toBe(true);
  });
});

describe('isInstallationAdmin', () => {
  it('only a sysadmin held at a root organisation', () => {
    expect(isInstallationAdmin(actor(['sysadmin', 'county']))).toBe(true);
    expect(isInstallationAdmin(actor(['publisher', 'township'], ['sysadmin', 'county']))).toBe(true);
    expect(isInstallationAdmin(actor(['sysadmin', 'township']))).toBe(false);
    expect(isInstallationAdmin(actor(['supervisor', 'county']))).toBe(false);
    expect(isInstallationAdmin(null)).toBe(false);
    expect(isInstallationAdmin(undefined)).toBe(false);
  });
  it('a role whose organisation path is unknown is not at the root', () => {
    const a = actor(['sysadmin', 'county']);
    expect(isInstallationAdmin({ ...a, organisationPaths: {} })).toBe(false);
  });
});
