/**
 * Sign-in throttling (issue 11.2), pure rules. Instead of locking an account after a few wrong
 * passwords (which let anyone lock out `admin` with five requests, and told real accounts from
 * unknown ones), failures are counted per key — the account name as typed (real or not, so both
 * answer alike) and the client's address — and each failure past the free ones blocks that key
 * for a delay that doubles up to a cap. The owner signing in from a place they signed in from
 * before is not held back by the account's delay (an attacker elsewhere cannot keep them out);
 * the address's delay holds everyone at that address.
 *
 * After LOCK_AFTER_FAILURES failures on a real account it is also locked: then even the correct
 * password works only from a known place, until an administrator unlocks it.
 */
export type ThrottleScope = 'account' | 'address';

export interface ThrottlePolicy {
  /** Failures (within FAILURE_MEMORY_MS) that cost nothing. */
  freeFailures: number;
  /** The first delay; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const THROTTLE_POLICIES: Record<ThrottleScope, ThrottlePolicy> = {
  account: { freeFailures: 3, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000 },
  // An office behind one NAT address shares it: more free failures before the address is held back.
  address: { freeFailures: 10, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000 },
};

/** Failures older than this are forgotten: the count starts again. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60_000;

/** Failures on a real account (within FAILURE_MEMORY_MS) after which it is locked. */
export const LOCK_AFTER_FAILURES = 10;

export function throttleKey(scope: ThrottleScope, value: string): string {
  return `${scope}:${value}`.slice(0, 200);
}

/** The delay imposed after the `failures`-th failure in a row (0 while free): 1 s, 2 s, 4 s … the cap. */
export function delayAfterFailures(policy: ThrottlePolicy, failures: number): number {
  if (failures <= policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures - 1, 30);
  return Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs);
}

export interface ThrottleState {
  failures: number;
  lastFailureAt: string;
  blockedUntil: string;
}

/** The count a new failure continues from: forgotten after FAILURE_MEMORY_MS. */
export function failuresSoFar(state: ThrottleState | undefined, now: Date): number {
  if (!state) return 0;
  return now.getTime() - Date.parse(state.lastFailureAt) >= FAILURE_MEMORY_MS ? 0 : state.failures;
}

/** The state after one more failure at `now`. */
export function afterFailure(policy: ThrottlePolicy, state: ThrottleState | undefined, now: Date): ThrottleState {
  const failures = failuresSoFar(state, now) + 1;
  return { failures, lastFailureAt: now.toISOString(), blockedUntil: new Date(now.getTime() + delayAfterFailures(policy, failures)).toISOString() };
}

/** Milliseconds until the key may try again (0: now). */
export function remainingBlockMs(state: ThrottleState | undefined, now: Date): number {
  if (!state) return 0;
  return Math.max(0, Date.parse(state.blockedUntil) - now.getTime());
}
