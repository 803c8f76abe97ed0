import type { Selectable } from 'kysely';
import type { UsersTable } from '../../../db/schema.ts';
import type { Db } from '../repository.ts';
import { hashSessionToken } from '../tokens.ts';

export interface FoundSession {
  /** The stored id (the token's hash). */
  id: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  user: Selectable<UsersTable>;
}

/** The session behind a token, with its user, as stored (expired or not): reads only. */
export async function findSession(db: Db, token: string | undefined | null): Promise<FoundSession | undefined> {
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
  const { session_created_at, expires_at, last_seen_at, ...user } = row;
  return { id, createdAt: session_created_at, expiresAt: expires_at, lastSeenAt: last_seen_at, user };
}
