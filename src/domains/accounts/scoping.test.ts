/**
 * Scoping of every list, per role: a role held at a township sees the township; 系统管理员 and
 * 上级监督员 (the inherited roles) also see what is below it; no role sees above or beside it.
 * Checked on the lists of organisations, users, information items and application cases, with
 * exactly which rows each role gets.
 */
import { beforeAll, expect, it } from 'vitest';
import { registerTestApplication } from '../../../test/support/application-factories.ts';
import { TEST_CLOCK, buildActor, buildOrganisation } from '../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../test/support/databases.ts';
import { parseCalendarDate } from '../calendar/index.ts';
import { createItem, ensureCatalog, listItemsForActor } from '../publishing/index.ts';
import { listCases } from '../requests/cases/index.ts';
import { ROLES, listOrganisations, listUsers } from './index.ts';
import type { Actor, Organisation, Role } from './index.ts';

type Place = 'county' | 'township' | 'village' | 'department';
const INHERITED: readonly Role[] = ['sysadmin', 'supervisor'];
/** Roles that see application cases (the cases' own policy narrows the organisations' scope). */
const CASE_ROLES: readonly Role[] = ['caseHandler', 'leader', 'supervisor'];

describeEachDialect('scoped lists per role', (t) => {
  const orgs = {} as Record<Place, Organisation>;
  const staff = {} as Record<Place, Actor>;
  const viewers = {} as Record<Role, Actor>;
  const placeOf = (organisationId: string) => (Object.keys(orgs) as Place[]).find((p) => orgs[p].id === organisationId) ?? organisationId;

  beforeAll(async () => {
    // county → township → village office; a department beside the township.
    orgs.county = await buildOrganisation(t.db, { kind: 'county_government' });
    orgs.township = await buildOrganisation(t.db, { parent: orgs.county, kind: 'township' });
    orgs.village = await buildOrganisation(t.db, { parent: orgs.township, kind: 'other' });
    orgs.department = await buildOrganisation(t.db, { parent: orgs.county, kind: 'department' });
    for (const place of Object.keys(orgs) as Place[]) {
      const organisation = orgs[place];
      staff[place] = await buildActor(t.db, [{ organisation, role: 'publisher' }, { organisation, role: 'caseHandler' }]);
      const [column] = await ensureCatalog(t.db, { actor: 'system', clock: TEST_CLOCK }, organisation.id);
      await createItem(t.db, { actor: staff[place], clock: TEST_CLOCK }, organisation.id, {
        columnId: column!.id, title: `${place}的通知`, body: '<p>正文</p>', madeOn: '2026-11-20',
      });
      await registerTestApplication(t.db, staff[place], organisation);
    }
    for (const role of ROLES) viewers[role] = await buildActor(t.db, [{ organisation: orgs.township, role }]);
  });

  it.each(ROLES)('%s held at the township', async (role) => {
    const viewer = viewers[role];
    const seen: Place[] = INHERITED.includes(role) ? ['township', 'village'] : ['township'];

    const organisations = await listOrganisations(t.db, viewer);
    expect(organisations.map((o) => placeOf(o.id))).toEqual(seen);

    const users = await listUsers(t.db, viewer);
    const expectedUsers = [...seen.map((p) => staff[p].userId), ...ROLES.map((r) => viewers[r].userId)];
    expect(users.map((u) => u.id).sort()).toEqual(expectedUsers.sort());

    const items = await listItemsForActor(t.db, viewer, TEST_CLOCK);
    expect(items.entries.map((e) => placeOf(e.item.organisationId)).sort()).toEqual([...seen].sort());

    const cases = await listCases(t.db, viewer, {}, parseCalendarDate('2026-11-20'));
    expect(cases.cases.map((c) => placeOf(c.organisationId)).sort()).toEqual(CASE_ROLES.includes(role) ? [...seen].sort() : []);
  });

  it('a role held above reaches down only if inherited; held below, it never reaches up', async () => {
    const countyPublisher = await buildActor(t.db, [{ organisation: orgs.county, role: 'publisher' }]);
    expect((await listOrganisations(t.db, countyPublisher)).map((o) => placeOf(o.id))).toEqual(['county']);
    expect((await listItemsForActor(t.db, countyPublisher, TEST_CLOCK)).entries.map((e) => placeOf(e.item.organisationId))).toEqual(['county']);
    const countySupervisor = await buildActor(t.db, [{ organisation: orgs.county, role: 'supervisor' }]);
    expect((await listOrganisations(t.db, countySupervisor)).map((o) => placeOf(o.id)).sort()).toEqual(['county', 'department', 'township', 'village']);
    expect((await listCases(t.db, countySupervisor, {}, parseCalendarDate('2026-11-20'))).total).toBe(4);
    const villageAdmin = await buildActor(t.db, [{ organisation: orgs.village, role: 'sysadmin' }]);
    expect((await listOrganisations(t.db, villageAdmin)).map((o) => placeOf(o.id))).toEqual(['village']);
    expect((await listUsers(t.db, villageAdmin)).map((u) => u.id).sort()).toEqual([staff.village.userId, villageAdmin.userId].sort());
  });
});
