import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { Clock } from '../../shared/clock.ts';
import { loadActor } from '../repository.ts';
import { SESSION_TOUCH_INTERVAL_MS, sessionExpiry } from '../sessions.ts';
import { hashSessionToken } from '../tokens.ts';
import type { Actor } from '../types.ts';

/**
 * The actor behind a session token, or undefined (unknown, expired, or the user is disabled).
 * Sliding expiry: each use extends the session by the idle timeout, never past the absolute
 * maximum from sign-in; the row is rewritten at most once a minute.
 */
export async function resolveSession(db: Kysely<Database> | Transaction<Database>, token: string | undefined | null, clock: Clock): Promise<Actor | undefined> {
  if (typeof token !== 'string' || token.length < 16 || token.length > 200) return undefined;
  const id = hashSessionToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.created_at as session_created_at', 'sessions.expires_at', 'sessions.last_seen_at'])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const now = clock.now();
  if (row.expires_at <= now.toISOString() || Number(row.disabled) === 1) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return undefined;
  }
  if (now.getTime() - Date.parse(row.last_seen_at) >= SESSION_TOUCH_INTERVAL_MS) {
    const expiresAt = sessionExpiry(new Date(row.session_created_at), now);
    // Only if no concurrent request of this session (another tab, another server process) touched it
    // since our read: at the minute boundary they all see the old last_seen_at, one of them writes.
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString(), expires_at: expiresAt.toISOString() })
      .where('id', '=', id)
      .where('last_seen_at', '=', row.last_seen_at)
      .execute();
  }
  return loadActor(db, row);
}

/** Deletes every expired session (for a periodic job); returns how many. */
export async function purgeExpiredSessions(db: Kysely<Database>, clock: Clock): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', clock.now().toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
