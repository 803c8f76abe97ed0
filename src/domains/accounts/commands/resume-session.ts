import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { Clock } from '../../shared/clock.ts';
import { findSession } from '../queries/find-session.ts';
import { loadActor } from '../repository.ts';
import { SESSION_TOUCH_INTERVAL_MS, sessionExpiry } from '../sessions.ts';
import type { Actor } from '../types.ts';

/**
 * The actor behind a session token, or undefined (unknown, expired, or the user is disabled). A
 * command, not a query: it ends a dead session and slides a live one's expiry (by the idle timeout,
 * never past the absolute maximum from sign-in), rewriting the row at most once a minute.
 */
export async function resolveSession(db: Kysely<Database> | Transaction<Database>, token: string | undefined | null, clock: Clock): Promise<Actor | undefined> {
  const session = await findSession(db, token);
  if (!session) return undefined;
  const now = clock.now();
  if (session.expiresAt <= now.toISOString() || Number(session.user.disabled) === 1) {
    await db.deleteFrom('sessions').where('id', '=', session.id).execute();
    return undefined;
  }
  if (now.getTime() - Date.parse(session.lastSeenAt) >= SESSION_TOUCH_INTERVAL_MS) await touchSession(db, session, now);
  return loadActor(db, session.user);
}

/**
 * Only if no concurrent request of this session (another tab, another server process) touched it
 * since our read: at the minute boundary they all see the old last_seen_at, one of them writes.
 */
async function touchSession(db: Kysely<Database> | Transaction<Database>, session: { id: string; createdAt: string; lastSeenAt: string }, now: Date) {
  const expiresAt = sessionExpiry(new Date(session.createdAt), now);
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now.toISOString(), expires_at: expiresAt.toISOString() })
    .where('id', '=', session.id)
    .where('last_seen_at', '=', session.lastSeenAt)
    .execute();
}

/** Deletes every expired session (for a periodic job); returns how many. */
export async function purgeExpiredSessions(db: Kysely<Database>, clock: Clock): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', clock.now().toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
