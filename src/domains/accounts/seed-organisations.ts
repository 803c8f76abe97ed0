import type { Kysely } from 'kysely';
import { newId } from '../../db/ids.ts';
import type { Database } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { systemClock } from '../shared/clock.ts';
import type { Clock } from '../shared/clock.ts';
import { recordAccountEvent } from './events.ts';

/**
 * Bulk seeding for the benchmark: adds `n` organisations (townships and departments, codes
 * `bench-1`, `bench-2`, …) under the first root organisation, creating a root `bench-root` when
 * there is none. One transaction, inserts in batches, one event per organisation.
 */
export async function seedOrganisations(db: Kysely<Database>, n: number, clock: Clock = systemClock): Promise<number> {
  return inTransaction(db, async (trx) => {
    const ctx = { actor: 'system' as const, clock, ip: null };
    const now = clock.now().toISOString();
    let root = await trx.selectFrom('organisations').select(['id', 'path']).where('parent_id', 'is', null).orderBy('created_at').executeTakeFirst();
    if (!root) {
      const id = newId();
      root = { id, path: `/${id}/` };
      await trx
        .insertInto('organisations')
        .values({ id, code: 'bench-root', name: '基准测试县人民政府', parent_id: null, kind: 'county_government', path: root.path, created_at: now, version: 1 })
        .execute();
      await recordAccountEvent(trx, ctx, { name: 'organisation.created', subjectType: 'organisation', subjectId: id, organisationId: id });
    }
    const { count } = await trx
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('code', 'like', 'bench-%')
      .executeTakeFirstOrThrow();
    const start = Number(count) + 1;
    const batchSize = 100;
    for (let offset = 0; offset < n; offset += batchSize) {
      const rows = Array.from({ length: Math.min(batchSize, n - offset) }, (_, i) => {
        const number = start + offset + i;
        const id = newId();
        const township = number % 3 === 0;
        return {
          id,
          code: `bench-${number}`,
          name: township ? `第${number}镇人民政府` : `第${number}号县政府部门`,
          parent_id: root.id,
          kind: township ? 'township' : 'department',
          path: `${root.path}${id}/`,
          created_at: now,
          version: 1,
        };
      });
      await trx.insertInto('organisations').values(rows).execute();
      await trx
        .insertInto('events')
        .values(
          rows.map((row) => ({
            id: newId(),
            occurred_at: now,
            actor_user_id: null,
            organisation_id: row.id,
            subject_type: 'organisation',
            subject_id: row.id,
            name: 'organisation.created',
            data: JSON.stringify({ code: row.code, name: row.name, kind: row.kind, parentId: row.parent_id, seeded: true }),
            ip: null,
          })),
        )
        .execute();
    }
    return n;
  });
}
