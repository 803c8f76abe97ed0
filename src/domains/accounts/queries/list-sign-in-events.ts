import { forbidden } from '../errors.ts';
import { isInstallationAdmin } from '../policy.ts';
import type { Db } from '../repository.ts';
import { visibleOrganisationIdsQuery } from '../scope.ts';
import type { Actor } from '../types.ts';

/** The sign-in events an administrator reviews (登录记录). */
export const SIGN_IN_EVENT_NAMES = ['user.signed_in', 'user.sign_in_failed', 'user.locked', 'user.unlocked', 'user.signed_out'] as const;
export type SignInEventName = (typeof SIGN_IN_EVENT_NAMES)[number];

export interface SignInEvent {
  occurredAt: string;
  name: SignInEventName;
  /** The account's name; empty for an attempt on a name that is no account (not stored). */
  username: string;
  userId: string | null;
  /** Why a sign-in failed: unknown_user, wrong_password, throttled, locked, disabled. */
  reason: string | null;
  ip: string | null;
}

/**
 * The latest sign-in events an actor may review: the installation's administrator sees all of
 * them (attempts on unknown names included); another sysadmin those of the users holding a role in
 * an organisation they can see. Nobody else (403).
 */
export async function listSignInEvents(db: Db, actor: Actor, options: { limit?: number } = {}): Promise<SignInEvent[]> {
  if (!actor.roles.some((r) => r.role === 'sysadmin')) throw forbidden('sign-in events: not a sysadmin');
  const limit = Math.min(Math.max(options.limit ?? 200, 1), 1000);
  let query = db
    .selectFrom('events')
    .leftJoin('users', 'users.id', 'events.subject_id')
    .select(['events.occurred_at', 'events.name', 'events.subject_id', 'events.data', 'events.ip', 'users.username'])
    .where('events.name', 'in', [...SIGN_IN_EVENT_NAMES])
    .where('events.subject_type', '=', 'user');
  if (!isInstallationAdmin(actor)) {
    const users = db.selectFrom('role_assignments').select('role_assignments.user_id').where('role_assignments.organisation_id', 'in', visibleOrganisationIdsQuery(db, actor));
    query = query.where('events.subject_id', 'in', users);
  }
  const rows = await query.orderBy('events.occurred_at', 'desc').orderBy('events.id', 'desc').limit(limit).execute();
  return rows.map((row) => {
    const data = parseData(row.data);
    return {
      occurredAt: row.occurred_at,
      name: row.name as SignInEventName,
      username: row.username ?? '',
      userId: row.subject_id,
      reason: typeof data.reason === 'string' ? data.reason : null,
      ip: row.ip,
    };
  });
}

function parseData(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
