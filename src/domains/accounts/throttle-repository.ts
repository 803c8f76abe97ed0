import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Db } from './repository.ts';
import type { ThrottleState } from './sign-in-throttle.ts';

/** Storage of the sign-in throttles and of each user's known places. */
export async function readThrottles(db: Db, keys: readonly string[]): Promise<Map<string, ThrottleState>> {
  const out = new Map<string, ThrottleState>();
  if (keys.length === 0) return out;
  const rows = await db.selectFrom('sign_in_throttles').selectAll().where('key', 'in', [...keys]).execute();
  for (const row of rows) out.set(row.key, { failures: Number(row.failures), lastFailureAt: row.last_failure_at, blockedUntil: row.blocked_until });
  return out;
}

export async function writeThrottle(trx: Transaction<Database>, key: string, state: ThrottleState): Promise<void> {
  const values = { failures: state.failures, last_failure_at: state.lastFailureAt, blocked_until: state.blockedUntil };
  await trx
    .insertInto('sign_in_throttles')
    .values({ key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}

export async function clearThrottle(trx: Transaction<Database>, key: string): Promise<void> {
  await trx.deleteFrom('sign_in_throttles').where('key', '=', key).execute();
}

/** Has the user signed in successfully from this address before? */
export async function isKnownPlace(db: Db, userId: string, ip: string | null | undefined): Promise<boolean> {
  if (!ip) return false;
  const row = await db.selectFrom('sign_in_places').select('ip').where('user_id', '=', userId).where('ip', '=', ip).executeTakeFirst();
  return row !== undefined;
}

export async function rememberPlace(trx: Transaction<Database>, userId: string, ip: string | null | undefined, at: string): Promise<void> {
  if (!ip) return;
  await trx
    .insertInto('sign_in_places')
    .values({ user_id: userId, ip: ip.slice(0, 64), last_signed_in_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'ip']).doUpdateSet({ last_signed_in_at: at }))
    .execute();
}
