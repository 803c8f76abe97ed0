/**
 * Factories for the accounts domain: real rows through the real commands. Each test makes its own
 * organisation (random codes), so tests isolate by tenant and need no truncation.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { createOrganisation, createUser, signIn } from '../../src/domains/accounts/index.ts';
import type { Actor, Organisation, OrganisationKind, Role, UserSummary } from '../../src/domains/accounts/index.ts';
import { fixedClock } from '../../src/domains/shared/clock.ts';
import type { Clock } from '../../src/domains/shared/clock.ts';

export const TEST_CLOCK = fixedClock('2026-11-28T02:00:00.000Z');
export const TEST_PASSWORD = 'correct-horse-42';

export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

export function buildOrganisation(
  db: Kysely<Database>,
  overrides: { parent?: Organisation; kind?: OrganisationKind; name?: string; code?: string } = {},
): Promise<Organisation> {
  const suffix = uniqueSuffix();
  return createOrganisation(
    db,
    { actor: 'system', clock: TEST_CLOCK },
    {
      code: overrides.code ?? `org-${suffix}`,
      name: overrides.name ?? `测试机构${suffix}`,
      kind: overrides.kind ?? (overrides.parent ? 'department' : 'county_government'),
      parentId: overrides.parent?.id,
    },
  );
}

export function buildUser(
  db: Kysely<Database>,
  roles: { organisation: Organisation; role: Role }[] = [],
  overrides: { username?: string; password?: string } = {},
): Promise<UserSummary> {
  return createUser(
    db,
    { actor: 'system', clock: TEST_CLOCK },
    {
      username: overrides.username ?? `u${uniqueSuffix()}`,
      displayName: '测试用户',
      password: overrides.password ?? TEST_PASSWORD,
      roles: roles.map((r) => ({ organisationId: r.organisation.id, role: r.role })),
    },
  );
}

/** A user with the given roles, signed in: returns the actor. */
export async function buildActor(db: Kysely<Database>, roles: { organisation: Organisation; role: Role }[], clock: Clock = TEST_CLOCK): Promise<Actor> {
  const user = await buildUser(db, roles);
  return (await signIn(db, { username: user.username, password: TEST_PASSWORD }, clock)).actor;
}

/** A county with a township and a department below it. */
export async function buildCounty(db: Kysely<Database>) {
  const county = await buildOrganisation(db, { kind: 'county_government', name: '测试县人民政府' });
  const township = await buildOrganisation(db, { parent: county, kind: 'township', name: '测试镇人民政府' });
  const department = await buildOrganisation(db, { parent: county, kind: 'department', name: '测试县教育局' });
  return { county, township, department };
}
