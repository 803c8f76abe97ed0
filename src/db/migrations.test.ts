import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.ts';
import { ORGANISATION_KINDS } from '../domains/accounts/organisation-kinds.ts';
import { ROLES } from '../domains/accounts/roles.ts';
import { ORGANISATION_KINDS_AT_2026_11_28, ROLES_AT_2026_11_28 } from './migrations/2026-11-28-accounts.ts';
import { MIGRATIONS, migrateToLatest, pendingMigrations } from './migrations/index.ts';
import { newId } from './ids.ts';

describe('migration CHECK lists', () => {
  it('match the domain lists (a new role needs a new migration)', () => {
    expect([...ROLES_AT_2026_11_28]).toEqual([...ROLES]);
    expect([...ORGANISATION_KINDS_AT_2026_11_28]).toEqual([...ORGANISATION_KINDS]);
  });
});

describeEachDialect(
  'migrations',
  (t) => {
    it('start with every migration pending, apply all, then none', async () => {
      expect(await pendingMigrations(t.db)).toEqual(Object.keys(MIGRATIONS));
      expect(await migrateToLatest(t.db)).toEqual(Object.keys(MIGRATIONS));
      expect(await pendingMigrations(t.db)).toEqual([]);
      expect(await migrateToLatest(t.db)).toEqual([]);
    });

    it('create the tables', async () => {
      const tables = (await t.db.introspection.getTables()).map((table) => table.name);
      expect(tables).toEqual(expect.arrayContaining(['organisations', 'users', 'role_assignments', 'sessions', 'events']));
    });

    it('enforce the role CHECK constraint and foreign keys', async () => {
      const now = new Date().toISOString();
      const orgId = newId();
      const userId = newId();
      await t.db
        .insertInto('organisations')
        .values({ id: orgId, code: `m-${orgId.slice(0, 8)}`, name: '迁移测试', parent_id: null, kind: 'township', path: `/${orgId}/`, created_at: now, version: 1 })
        .execute();
      await t.db
        .insertInto('users')
        .values({ id: userId, username: `m${userId.slice(0, 8)}`, display_name: 'x', password_hash: 'x', failed_attempts: 0, locked_until: null, must_change_password: 0, disabled: 0, created_at: now, version: 1 })
        .execute();
      await expect(
        t.db.insertInto('role_assignments').values({ user_id: userId, organisation_id: orgId, role: 'emperor', created_at: now }).execute(),
      ).rejects.toThrow();
      await expect(
        t.db.insertInto('role_assignments').values({ user_id: userId, organisation_id: newId(), role: 'publisher', created_at: now }).execute(),
      ).rejects.toThrow();
      await t.db.insertInto('role_assignments').values({ user_id: userId, organisation_id: orgId, role: 'publisher', created_at: now }).execute();
      await expect(
        t.db
          .insertInto('organisations')
          .values({ id: newId(), code: 'bad-kind', name: '类型错误', parent_id: null, kind: 'kingdom', path: '/x/', created_at: now, version: 1 })
          .execute(),
      ).rejects.toThrow();
    });

    it('run on the dialect they claim', async () => {
      const query = t.dialect === 'sqlite' ? sql<{ v: string }>`select sqlite_version() as v` : sql<{ v: string }>`select version() as v`;
      const { rows } = await query.execute(t.db);
      expect(rows[0]?.v).toMatch(t.dialect === 'sqlite' ? /^3\./ : /PostgreSQL/);
    });
  },
  { migrate: false },
);
