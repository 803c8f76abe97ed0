import type { Kysely } from 'kysely';
import { recordEvent } from '../../../db/events.ts';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { Clock } from '../../shared/clock.ts';
import { hashSessionToken } from '../tokens.ts';

/** 退出登录: deletes the session. Returns false when there was no such session. */
export function signOut(db: Kysely<Database>, token: string, clock: Clock, ip: string | null = null): Promise<boolean> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return Promise.resolve(false);
  return inTransaction(db, async (trx) => {
    const session = await trx.selectFrom('sessions').select(['id', 'user_id']).where('id', '=', hashSessionToken(token)).executeTakeFirst();
    if (!session) return false;
    await trx.deleteFrom('sessions').where('id', '=', session.id).execute();
    await recordEvent(trx, clock, {
      name: 'user.signed_out',
      subjectType: 'user',
      subjectId: session.user_id,
      actorUserId: session.user_id,
      organisationId: null,
      ip,
    });
    return true;
  });
}
