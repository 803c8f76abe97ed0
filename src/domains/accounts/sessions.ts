/** Session lifetimes: sliding idle expiry, capped by an absolute maximum from sign-in. */
export const SESSION_IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** A session's last_seen_at / expires_at are rewritten at most this often (not on every request). */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;


export function sessionExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_IDLE_TIMEOUT_MS, createdAt.getTime() + SESSION_ABSOLUTE_TIMEOUT_MS));
}
