/**
 * The scoping condition as SQL, compiled without a database (Kysely's dummy driver): which ids and
 * path prefixes it asks for. The rows each role then sees are checked on both databases in
 * scoping.test.ts; this pins the shapes those runs cannot tell apart on SQLite.
 */
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/schema.ts';
import { visibleOrganisationIdsQuery } from './scope.ts';
import type { Actor } from './types.ts';

const db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const base: Actor = { userId: 'u', username: 'u', displayName: 'u', roles: [], organisationPaths: {}, mustChangePassword: false };
const compiled = (actor: Actor) => {
  const { sql, parameters } = visibleOrganisationIdsQuery(db, actor).compile();
  return { where: sql.slice(sql.indexOf(' where ') + 7), parameters };
};

describe('visibleOrganisationsCondition', () => {
  it('an actor without roles sees nothing, without an empty `in ()` (PostgreSQL refuses it)', () => {
    expect(compiled(base)).toEqual({ where: '1 = 0', parameters: [] });
  });

  it('own organisations by id; inherited roles add their subtree by escaped path prefix', () => {
    const actor: Actor = {
      ...base,
      roles: [{ organisationId: 't', role: 'publisher' }, { organisationId: 'c_1', role: 'supervisor' }],
      organisationPaths: { t: '/c_1/t/', c_1: '/c_1/' },
    };
    expect(compiled(actor)).toEqual({
      where: '("organisations"."id" in ($1, $2) or "organisations"."path" like $3 escape $4)',
      parameters: ['t', 'c_1', '/c\\_1/%', '\\'],
    });
  });

  it('an inherited role whose organisation path is unknown adds no subtree (and does not throw)', () => {
    const actor: Actor = { ...base, roles: [{ organisationId: 'c', role: 'sysadmin' }], organisationPaths: {} };
    expect(compiled(actor)).toEqual({ where: '"organisations"."id" in ($1)', parameters: ['c'] });
  });
});
